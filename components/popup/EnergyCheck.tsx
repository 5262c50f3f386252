import { i18n } from '#i18n';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { answerEnergy, energyAnsweredToday } from '@/utils/popup/popup-actions';
import { dropReadyIdea } from '@/utils/popup/ready/drop-ready-idea';
import type { EnergyAnswer } from '@/utils/storage/storage';

type Level = EnergyAnswer['level'];
const LEVELS: Level[] = ['rough', 'touched-out', 'okay', 'good'];
type Key = 'rough' | 'touched_out' | 'okay' | 'good';
const key = (level: Level): Key => (level === 'touched-out' ? 'touched_out' : level);
const label = (level: Level): string => i18n.t(`popup.energy_${key(level)}`);
const thanks = (level: Level): string => i18n.t(`popup.energy_thanks_${key(level)}`);

/** "How are you today?", asked once a day, below everything else so nothing moves. */
export function EnergyCheck({ now }: { now: () => number }) {
  const [state, setState] = useState<'quiet' | 'asking' | Level>('quiet');
  // The keyboard follows the answer: to "Change my answer", and back to the first choice.
  const box = useRef<HTMLDivElement>(null);
  const touched = useRef(false);
  useLayoutEffect(() => {
    if (touched.current) box.current?.querySelector('button')?.focus();
  }, [state]);
  useEffect(() => {
    energyAnsweredToday(now())
      .then((answered) => !answered && setState('asking'))
      .catch(() => undefined);
  }, []);

  if (state === 'quiet') return null;
  // A mis-tap is undone here: the question comes back, and the new answer replaces the old.
  if (state !== 'asking')
    return (
      <div class="energy-thanks" ref={box}>
        <span role="status">{thanks(state)}</span>{' '}
        <button
          type="button"
          class="link"
          onClick={() => {
            touched.current = true;
            setState('asking');
          }}
        >
          {i18n.t('popup.energy_change')}
        </button>
      </div>
    );
  return (
    <div class="energy" role="group" aria-labelledby="energy-question" ref={box}>
      <p id="energy-question">{i18n.t('popup.energy_question')}</p>
      <p>{i18n.t('popup.energy_hint')}</p>
      <div class="row">
        {LEVELS.map((level) => (
          <button
            type="button"
            key={level}
            onClick={() =>
              void answerEnergy(level, now())
                // A rough day asks for other ideas: the one drawn ahead may no longer fit.
                .then(() => {
                  dropReadyIdea();
                  touched.current = true;
                  setState(level);
                })
                .catch(() => setState('quiet'))
            }
          >
            {label(level)}
          </button>
        ))}
      </div>
    </div>
  );
}
