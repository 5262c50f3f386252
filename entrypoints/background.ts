import { browser } from 'wxt/browser';
import type { BackgroundDefinition } from 'wxt';
import { armNextNudge } from '@/utils/delivery/arm-next-nudge';
import { dropCallSitesWhenOff } from '@/utils/delivery/call-permission';
import { handleAlarm } from '@/utils/delivery/handle-alarm';
import {
  handleNotificationButton,
  handleNotificationClick,
} from '@/utils/delivery/notification-actions';
import { oneAtATime } from '@/utils/delivery/one-at-a-time';
import { affectsSchedule } from '@/utils/storage/schedule-triggers';
import { openWelcomeOnInstall, startUp } from '@/utils/delivery/start-up';

// Glue only: every listener is registered synchronously and keeps nothing in memory. The
// schedule's handlers run one at a time, each reading the clock when its turn comes. A plain
// definition, not defineBackground(): that wrapper would ship in the worker for nothing.
export default {
  main(): void {
    browser.runtime.onInstalled.addListener((details) =>
      Promise.all([oneAtATime(() => startUp(Date.now())), openWelcomeOnInstall(details)]),
    );
    browser.runtime.onStartup.addListener(() => oneAtATime(() => startUp(Date.now())));
    browser.alarms.onAlarm.addListener((alarm) => oneAtATime(() => handleAlarm(alarm, Date.now())));
    browser.notifications.onClicked.addListener((id) => handleNotificationClick(id));
    // Chrome only: Firefox notifications have no buttons, and never fire this.
    browser.notifications.onButtonClicked?.addListener((id, index) =>
      oneAtATime(() => handleNotificationButton(id, index, Date.now())),
    );
    // Not awaited: a handler's own write (a snooze) lands here while it is still running.
    browser.storage.onChanged.addListener((changes, area) => {
      if (affectsSchedule(changes, area)) void oneAtATime(() => armNextNudge(Date.now(), true));
      // Preferences (storage.ts `sync:preferences`) changed by any path: the permission follows.
      if (area === 'sync' && changes.preferences) void dropCallSitesWhenOff();
    });
  },
} satisfies BackgroundDefinition;
