import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { NudgeCard } from '../NudgeCard';
import { SnoozeChoices } from './SnoozeChoices';
import { copyText, selectText } from '@/utils/copy-text';
import {
  anotherIdea,
  markDone,
  neverShow,
  openNudge,
  recordAction,
  snooze,
} from '@/utils/popup-actions';
import { EnergyCheck } from './EnergyCheck';
import type { PendingNudge } from '@/utils/storage';

type View = 'nudge' | 'snooze' | 'done' | 'snoozed' | 'hidden';

const THANKS: Partial<Record<View, string>> = {
  done: 'Lovely. That counts.',
  snoozed: 'No rush at all.',
  hidden: 'Okay. That one won’t come again.',
};

const COPY_FAILED =
  'I couldn’t copy it on my own. The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.';

interface PopupProps {
  /** The waiting nudge already painted from the URL (popup-paint.ts): the first render adopts it. */
  initial?: PendingNudge | null;
  /** Injectable for tests. */
  now?: () => number;
}

/** The popup: one nudge, a few calm actions. */
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
        <p>All the kinds of nudge are off right now. You can turn some on in settings.</p>
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
      setStatus('Copied. Paste it into your chat whenever you like.');
      await recordAction(nudge, 'copied', now());
    } else {
      if (messageRef.current) selectText(messageRef.current);
      setStatus(COPY_FAILED);
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
      `Okay. The next one comes in about ${minutes === 60 ? 'an hour' : `${minutes} minutes`}.`,
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

  return (
    <main class="popup">
      {THANKS[view] !== undefined ? (
        <p class="thanks">{THANKS[view]}</p>
      ) : (
        <NudgeCard nudge={nudge} messageRef={messageRef} />
      )}
      {view === 'nudge' && (
        <div class="actions">
          {nudge.message !== undefined && (
            <button type="button" class="primary" onClick={copy} aria-label="Copy message">
              Copy
            </button>
          )}
          <button type="button" class={nudge.message === undefined ? 'primary' : ''} onClick={done}>
            Done
          </button>
          <button type="button" onClick={() => setView('snooze')}>
            Not now
          </button>
          <button type="button" onClick={another}>
            Another idea
          </button>
        </div>
      )}
      {view === 'snooze' && (
        <SnoozeChoices onChoose={later} onNever={never} onCancel={() => setView('nudge')} />
      )}
      {THANKS[view] !== undefined && (
        <div class="actions">
          <button type="button" onClick={another}>
            Another idea
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
      Settings and history
    </button>
  );
}
