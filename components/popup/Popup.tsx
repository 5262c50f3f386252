import { i18n } from '#i18n';
import { h } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { copyText, selectText } from '@/utils/popup/copy-text';
import {
  energyAnsweredToday,
  markDone,
  neverShow,
  recordAction,
} from '@/utils/popup/popup-actions';
import { anotherIdea, openNudge } from '@/utils/popup/open-nudge';
import { popupOnDemand, type PopupOnDemand } from '@/utils/popup/on-demand';
import { sameShowing } from '@/utils/popup/pending-nudge';
import { mayBePaused } from '@/utils/storage/peek-pause';
import { popupHeading, popupView, settingsLink } from '@/utils/popup/popup-view';
import { MinuteTimer } from './MinuteTimer';
import { WhenNeeded } from './WhenNeeded';
import { openSettings } from './open-settings';
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
  /** The idea drawn ahead, painted by popup-paint.js when nothing waits: shown once recorded. */
  ready?: PendingNudge | null;
  /** Injectable for tests. */
  now?: () => number;
}

/** The popup: one nudge, a few calm actions (the markup is popupView, shared with popup-paint.js). */
export function Popup({ initial = null, ready = null, now = () => Date.now() }: PopupProps) {
  const [nudge, setNudge] = useState<PendingNudge | null | undefined>(
    initial ?? ready ?? undefined,
  );
  const [view, setView] = useState<View>('nudge');
  const [status, setStatus] = useState('');
  const [copied, setCopied] = useState(false);
  const [parts, setParts] = useState<PopupOnDemand | null>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const busy = useRef(false);
  const opened = useRef<Promise<void>>();
  const current = useRef(nudge);
  current.current = nudge;

  useEffect(() => {
    opened.current = openNudge(now(), initial ? null : ready)
      .then(setNudge)
      .catch(() => setNudge(null))
      // `npm run bench` waits for this before it changes storage for the next run.
      .then(
        () => void (import.meta.env.STILL_US_BENCH && performance.mark('still-us:popup-opened')),
      );
  }, []);

  // The keyboard stays where the person is: on the choices after Not now, back on Not now
  // after Back, else on Another idea (the one action a thanks leaves), never the page top.
  const lastView = useRef(view);
  // Before the frame is painted, so the focus never sits on the page top in between.
  useLayoutEffect(() => {
    if (lastView.current === view) return;
    const back = lastView.current === 'snooze' && view === 'nudge';
    lastView.current = view;
    document
      .querySelector<HTMLElement>(
        view === 'snooze'
          ? '.snooze button'
          : `.actions button:${back ? 'nth-last-child(2)' : 'last-child'}`,
      )
      ?.focus();
  }, [view]);

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
        // A click on the idea drawn ahead waits for it to be recorded as shown; when a fresh
        // nudge took its place meanwhile (it had gone stale), the click was on one now gone.
        if (ready) await opened.current;
        if (!ready || (current.current && sameShowing(current.current, nudge)))
          await action(...args);
      } finally {
        busy.current = false;
      }
    };

  const copy = once(async () => {
    if (nudge.message === undefined) return;
    if (await copyText(nudge.message)) {
      setCopied(true);
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
  const later = once(async (choice: number | 'today') => {
    const { words } = await (parts ?? (await popupOnDemand())).snoozeNudge(nudge, choice, now);
    setView('snoozed');
    setStatus('');
    // The words wait for the re-arm outside the lock, so Another idea works meanwhile.
    void words
      .then((said) => lastView.current === 'snoozed' && setStatus(said))
      .catch(() => undefined);
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
    setCopied(false);
  });

  return popupView(h, {
    nudge,
    thanks: thanks(view),
    choices:
      view === 'snooze' && parts ? (
        <parts.SnoozeChoices onChoose={later} onNever={never} onCancel={() => setView('nudge')} />
      ) : undefined,
    status,
    copied,
    messageRef,
    on: {
      copy,
      done,
      // The choices come from the on-demand chunk: the view changes once they are there.
      notNow: once(async () => {
        const loaded = await popupOnDemand();
        setParts(loaded);
        setView('snooze');
      }),
      another,
      settings: () => openSettings(nudge),
    },
    footer: (
      <>
        {nudge.ritual === 'check-in' && view === 'nudge' && <MinuteTimer />}
        <WhenNeeded needed={() => mayBePaused(now())} render={(p) => <p.PausedNote now={now} />} />
        <WhenNeeded
          needed={async () => !(await energyAnsweredToday(now()))}
          render={(p) => <p.EnergyCheck now={now} />}
        />
      </>
    ),
  });
}
