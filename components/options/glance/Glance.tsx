import type { JSX } from 'preact';
import { useEffect } from 'preact/hooks';
import { checkInWords, nextWords, stateWords, todayWords } from './glance-words';
import { useGlanceFacts } from './use-glance-facts';
import { PauseControls } from '../PauseControls';
import { rememberGlanceOn } from './glance-copy';
import { OptionsSection } from '../sections/OptionsSection';
import { nextCheckInAt, nextNudgeGlance } from '@/utils/schedule/at-a-glance';
import type { Preferences } from '@/utils/storage/preferences';

interface GlanceProps {
  prefs: Preferences;
  /** The minute it is, moving on by itself. */
  now: number;
  onPause: (pausedUntil: number | null) => void;
}

/**
 * The top of the page, at a glance: whether nudges are on, when the next one comes (rounded,
 * so it stays a small surprise), the check-in, today so far, and Pause / Resume. It follows
 * the schedule as the worker re-arms it, from this tab or any other.
 */
export function Glance({ prefs, now, onPause }: GlanceProps): JSX.Element {
  const { armed, done, today } = useGlanceFacts(now);
  const next = nextNudgeGlance(prefs, armed, now);
  const checkIn = nextCheckInAt(prefs, done, now);
  // The next visit's first paint says "Nudges are on." from this copy (glance-copy.ts).
  const on = next.kind !== 'paused';
  useEffect(() => rememberGlanceOn(on), [on]);
  return (
    <OptionsSection id="now" class="glance">
      {/* The benchmark times the top of the page by this line. */}
      <p class="glance-state" role="status" elementtiming="now">
        {stateWords(next, now)}
      </p>
      {/* Kept in place while read, so nothing below moves when the words come. */}
      {next.kind !== 'paused' && <p class="glance-line">{nextWords(next, now)}</p>}
      {checkIn !== null && <p class="glance-line">{checkInWords(checkIn, now)}</p>}
      <p class="glance-line">{today && todayWords(today)}</p>
      <PauseControls paused={next.kind === 'paused'} now={now} onSave={onPause} />
    </OptionsSection>
  );
}
