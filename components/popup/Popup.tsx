import { i18n } from '#i18n';
import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { SnoozeChoices } from './SnoozeChoices';
import { copyText, selectText } from '@/utils/popup/copy-text';
import { markDone, neverShow, recordAction, snooze } from '@/utils/popup/popup-actions';
import { anotherIdea, openNudge } from '@/utils/popup/open-nudge';
import { popupHeading, popupView, settingsLink } from '@/utils/popup/popup-view';
import { EnergyCheck } from './EnergyCheck';
import { MinuteTimer } from './MinuteTimer';
import { nextNudgeStatus } from './next-nudge-status';
import { openSettings } from './open-settings';
import { nextArmedTime, nextNudgeWords } from '@/utils/popup/next-nudge-words';
import type { PendingNudge } from '@/utils/library/shown-nudge';

type View = 'nudge' | 'snooze' | 'done' | 'snoozed' | 'hidden';

/** The thanks that replaces the nudge once it is dealt with; none while it is showing. */
function thanks(view: View): string | undefined {
  if (view === 'done') return i18n.t('popup.thanks_done');
  if (view === 'snoozed') return i18n.t('popup.thanks_snoozed');
  if (view === 'hidden') return i18n.t('popup.thanks_hidden');
  return undefined;
}

interface PopupProps {
  /** The waiting nudge already painted from the URL (popup-paint.ts): the first render adopts it. */
  initial?: PendingNudge | null;
  /** Injectable for tests. */
  now?: () => number;
}

/** The popup: one nudge, a few calm actions (the markup is popupView, shared with popup-paint.js). */
export function Popup({ initial = null, now = () => Date.now() }: PopupProps) {
  const [nudge, setNudge] = useState<PendingNudge | null | undefined>(initial ?? undefined);
  const [view, setView] = useState<View>('nudge');
  const [status, setStatus] = useState('');
  const messageRef = useRef<HTMLParagraphElement>(null);
  const busy = useRef(false);

  useEffect(() => {
    openNudge(now())
      .then(setNudge)
      .catch(() => setNudge(null));
  }, []);

  if (nudge === undefined) return <main class="popup" aria-busy="true" />;
  if (nudge === null) {
    return (
      <main class="popup">
        {popupHeading(h)}
        <p>{i18n.t('popup.all_off')}</p>
        {settingsLink(h, () => openSettings(null))}
      </main>
    );
  }

  /** One action at a time: a quick second click must not race the first one's writes. */
  const once =
    <A extends unknown[]>(action: (...args: A) => Promise<void>) =>
    async (...args: A): Promise<void> => {
      if (busy.current) return;
      busy.current = true;
      try {
        await action(...args);
      } finally {
        busy.current = false;
      }
    };

  const copy = once(async () => {
    if (nudge.message === undefined) return;
    if (await copyText(nudge.message)) {
      setStatus(i18n.t('popup.copied'));
      await recordAction(nudge, 'copied', now());
    } else {
      if (messageRef.current) selectText(messageRef.current);
      setStatus(i18n.t('popup.copy_failed'));
    }
  });
  const done = once(async () => {
    await markDone(nudge, now());
    setView('done');
    setStatus('');
  });
  const later = once(async (minutes: number) => {
    // Watched from before the snooze is stored: the worker re-arms on that change.
    const armed = nextArmedTime();
    await snooze(nudge, minutes, now());
    setView('snoozed');
    setStatus(nextNudgeStatus(nextNudgeWords(await armed, now())));
  });
  const never = once(async () => {
    await neverShow(nudge, now());
    setView('hidden');
    setStatus('');
  });
  const another = once(async () => {
    const next = await anotherIdea(nudge, now());
    if (next) setNudge(next);
    setView('nudge');
    setStatus('');
  });

  return popupView(h, {
    nudge,
    thanks: thanks(view),
    choices:
      view === 'snooze' ? (
        <SnoozeChoices onChoose={later} onNever={never} onCancel={() => setView('nudge')} />
      ) : undefined,
    status,
    messageRef,
    on: {
      copy,
      done,
      notNow: () => setView('snooze'),
      another,
      settings: () => openSettings(nudge),
    },
    footer: (
      <>
        {nudge.ritual === 'check-in' && view === 'nudge' && <MinuteTimer />}
        <EnergyCheck now={now} />
      </>
    ),
  });
}
