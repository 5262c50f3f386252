import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { armNextNudge } from '@/utils/delivery/arm-next-nudge';
import { handleAlarm } from '@/utils/delivery/handle-alarm';
import {
  handleNotificationButton,
  handleNotificationClick,
} from '@/utils/delivery/notification-actions';
import { startUp } from '@/utils/delivery/start-up';
import { affectsSchedule } from '@/utils/storage/schedule-triggers';
import { openWelcomeOnInstall } from '@/utils/delivery/welcome-on-install';

// Glue only: every listener is registered synchronously and keeps nothing in memory.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener((details) =>
    Promise.all([startUp(Date.now()), openWelcomeOnInstall(details)]),
  );
  browser.runtime.onStartup.addListener(() => startUp(Date.now()));
  browser.alarms.onAlarm.addListener((alarm) => handleAlarm(alarm, Date.now()));
  browser.notifications.onClicked.addListener((id) => handleNotificationClick(id));
  // Chrome only: Firefox notifications have no buttons, and never fire this.
  browser.notifications.onButtonClicked?.addListener((id, index) =>
    handleNotificationButton(id, index, Date.now()),
  );
  browser.storage.onChanged.addListener((changes, area) =>
    affectsSchedule(changes, area) ? armNextNudge(Date.now(), true) : undefined,
  );
});
