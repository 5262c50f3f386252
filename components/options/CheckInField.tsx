import { i18n } from '#i18n';
import type { JSX } from 'preact';
import { RadioFieldset } from '../fields/RadioFieldset';
import { RitualField, ritualWords } from './RitualField';
import { ritualInQuiet, type RitualTime } from '@/utils/schedule/rituals';
import type { Preferences } from '@/utils/storage/preferences';

type CheckInPrefs = Pick<Preferences, 'checkIn' | 'checkInOverQuiet' | 'weeklyDate' | 'quietHours'>;

interface CheckInFieldProps {
  prefs: CheckInPrefs;
  onSave: (patch: Partial<CheckInPrefs>) => void;
  /** Only the daily check-in (the welcome page), not the weekly tiny date. */
  dailyOnly?: boolean;
}

/** "After the baby's bedtime" is the usual moment: 20:30, every day. */
const SUGGESTED: RitualTime = { days: [0, 1, 2, 3, 4, 5, 6], time: '20:30' };
/** Friday evening, once the baby is down. */
const SUGGESTED_DATE: RitualTime = { days: [5], time: '20:30' };

/**
 * The daily 60-second check-in and the weekly tiny date. A check-in time inside quiet hours
 * is said plainly, and the person picks which wins.
 */
export function CheckInField({ prefs, onSave, dailyOnly = false }: CheckInFieldProps): JSX.Element {
  const inQuiet =
    prefs.checkIn !== null && ritualInQuiet(prefs.checkIn, prefs.quietHours, Date.now());
  return (
    <>
      <RitualField
        id="check-in"
        value={prefs.checkIn}
        suggested={SUGGESTED}
        words={ritualWords('check_in')}
        onSave={(checkIn) => onSave({ checkIn })}
      >
        {inQuiet && (
          <RadioFieldset
            name="check-in-wins"
            legend={i18n.t('options.check_in.in_quiet')}
            choices={['quiet', 'check-in'] as const}
            value={prefs.checkInOverQuiet ? 'check-in' : 'quiet'}
            onChange={(wins) => onSave({ checkInOverQuiet: wins === 'check-in' })}
            label={(wins) =>
              i18n.t(`options.check_in.wins_${wins === 'quiet' ? 'quiet' : 'check_in'}`)
            }
          />
        )}
      </RitualField>
      {!dailyOnly && (
        <RitualField
          id="tiny-date"
          weekly
          value={prefs.weeklyDate}
          suggested={SUGGESTED_DATE}
          words={ritualWords('date')}
          onSave={(weeklyDate) => onSave({ weeklyDate })}
        />
      )}
    </>
  );
}
