import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { firstNudgeWords } from './first-nudge-words';
import { PinHint } from './PinHint';
import { NudgeCard } from '@/components/NudgeCard';
import { useStored } from '@/components/use-stored';
import { loadLibrary } from '@/utils/library/load-library';
import type { NudgeEntry } from '@/utils/library/nudge';
import { welcomeSample } from '@/utils/library/welcome-sample';
import { nextNudgeGlance } from '@/utils/schedule/at-a-glance';
import type { DeliveryMode, Preferences } from '@/utils/storage/preferences';
import { nextNudgeAtStorage } from '@/utils/storage/storage';

/** How nudges will come, in the words of the choice just made. */
function arrival(mode: DeliveryMode): string {
  if (mode === 'notification') return i18n.t('welcome.done_arrive_notification');
  if (mode === 'badge') return i18n.t('welcome.done_arrive_badge');
  return i18n.t('welcome.done_arrive_popup');
}

interface WelcomeDoneProps {
  /** As saved: the sample shows the name the nudges will use, the words the way they come. */
  prefs: Preferences;
  /** The minute it is, moving on by itself. */
  now: number;
  /** Moves focus to the heading when shown, so a screen reader starts here. */
  focus: boolean;
}

/**
 * The end: a real nudge with the partner's name in it, so the person sees what to expect, when
 * the first one comes (the time the worker armed, as the options page tells it), and where the
 * toolbar icon is.
 */
export function WelcomeDone({ prefs, now, focus }: WelcomeDoneProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (focus) heading.current?.focus();
  }, []);
  // Read when this step shows; should the file not load, the card is left out.
  const [library, setLibrary] = useState<readonly NudgeEntry[]>([]);
  useEffect(() => {
    loadLibrary().then(setLibrary, () => setLibrary([]));
  }, []);
  // Followed as the worker re-arms (each answer saved here re-arms it).
  const armed = useStored(nextNudgeAtStorage);
  const sample = welcomeSample(library, prefs.partnerName);
  return (
    <section class="welcome-done" aria-labelledby="done-heading">
      <h2 id="done-heading" tabIndex={-1} ref={heading}>
        {i18n.t('welcome.done_heading')}
      </h2>
      {/* The line only with its card: never "Here is what a nudge looks like:" and nothing. */}
      {sample && (
        <>
          <p>{i18n.t('welcome.done_sample')}</p>
          <NudgeCard nudge={sample} />
        </>
      )}
      <p>{arrival(prefs.delivery)}</p>
      <p>
        {firstNudgeWords(nextNudgeGlance(prefs, armed, now), now)} {i18n.t('welcome.done_gentle')}
      </p>
      <PinHint />
      <p>
        {i18n.t('welcome.done_settings_hint')}{' '}
        <a href="/options.html">{i18n.t('welcome.done_settings')}</a>
      </p>
    </section>
  );
}
