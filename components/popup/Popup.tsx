import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { browser } from 'wxt/browser';
import { NudgeCard } from '../NudgeCard';
import { SnoozeChoices } from './SnoozeChoices';
import { copyText, selectText } from '@/utils/popup/copy-text';
import {
  anotherIdea,
  markDone,
  neverShow,
  openNudge,
  recordAction,
  snooze,
} from '@/utils/popup/popup-actions';
import { EnergyCheck } from './EnergyCheck';
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

/** The popup: one nudge, a few calm actions. */
/** The page's one level-one heading, for screen readers (the nudge speaks for itself). */
const Heading = (): JSX.Element => (
  <h1 class="visually-hidden">{i18n.t('common.extension_name')}</h1>
);

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
        <Heading />
        <p>{i18n.t('popup.all_off')}</p>
        <OptionsLink />
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
    await snooze(nudge, minutes, now());
    setView('snoozed');
    setStatus(
      minutes === 60 ? i18n.t('popup.next_in_hour') : i18n.t('popup.next_in_minutes', minutes),
    );
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

  const thanked = thanks(view);
  return (
    <main class="popup">
      <Heading />
      {thanked !== undefined ? (
        <p class="thanks">{thanked}</p>
      ) : (
        <NudgeCard nudge={nudge} messageRef={messageRef} />
      )}
      {view === 'nudge' && (
        <div class="actions">
          {nudge.message !== undefined && (
            <button
              type="button"
              class="primary"
              onClick={copy}
              aria-label={i18n.t('popup.copy_label')}
            >
              {i18n.t('common.copy')}
            </button>
          )}
          <button type="button" class={nudge.message === undefined ? 'primary' : ''} onClick={done}>
            {i18n.t('common.done')}
          </button>
          <button type="button" onClick={() => setView('snooze')}>
            {i18n.t('common.not_now')}
          </button>
          <button type="button" onClick={another}>
            {i18n.t('popup.another')}
          </button>
        </div>
      )}
      {view === 'snooze' && (
        <SnoozeChoices onChoose={later} onNever={never} onCancel={() => setView('nudge')} />
      )}
      {thanked !== undefined && (
        <div class="actions">
          <button type="button" onClick={another}>
            {i18n.t('popup.another')}
          </button>
        </div>
      )}
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      <OptionsLink />
      <EnergyCheck now={now} />
    </main>
  );
}

function OptionsLink() {
  return (
    <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
      {i18n.t('popup.settings')}
    </button>
  );
}
