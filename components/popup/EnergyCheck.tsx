import { useEffect, useState } from 'preact/hooks';
import { answerEnergy, energyAnsweredToday } from '@/utils/popup-actions';
import type { EnergyAnswer } from '@/utils/storage';

const ANSWERS: { level: EnergyAnswer['level']; label: string }[] = [
  { level: 'rough', label: 'Rough night' },
  { level: 'okay', label: 'Okay' },
  { level: 'good', label: 'Good' },
];

const THANKS: Record<EnergyAnswer['level'], string> = {
  rough: 'Thank you for saying. Today brings fewer nudges, and only the ten-second kind.',
  okay: 'Thanks for telling me.',
  good: 'Glad to hear it.',
};

/** "How are you today?", asked once a day, below everything else so nothing moves. */
export function EnergyCheck({ now }: { now: () => number }) {
  const [state, setState] = useState<'quiet' | 'asking' | EnergyAnswer['level']>('quiet');
  useEffect(() => {
    energyAnsweredToday(now())
      .then((answered) => !answered && setState('asking'))
      .catch(() => undefined);
  }, []);

  if (state === 'quiet') return null;
  if (state !== 'asking') return <p class="energy-thanks">{THANKS[state]}</p>;
  return (
    <div class="energy" role="group" aria-labelledby="energy-question">
      <p id="energy-question">How are you today?</p>
      <div class="row">
        {ANSWERS.map(({ level, label }) => (
          <button
            type="button"
            key={level}
            onClick={() =>
              void answerEnergy(level, now())
                .then(() => setState(level))
                .catch(() => setState('quiet'))
            }
          >
            {label}
          </button>
        ))}
      </div>
    </div>
  );
}
