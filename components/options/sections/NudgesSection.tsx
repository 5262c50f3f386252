import { i18n } from '#i18n';
import type { JSX } from 'preact';
import { OptionsSection, type SettingsProps } from './OptionsSection';
import { BabyDateField } from '../BabyDateField';
import { CategoriesField } from '../CategoriesField';
import { DeliveryField } from '../DeliveryField';
import { FlirtyField } from '../FlirtyField';
import { NotificationWordsField } from '../NotificationWordsField';
import { NumberField } from '../NumberField';
import { PartnerField } from '../PartnerField';
import {
  checkMaxPerDay,
  checkPerDay,
  MAX_PER_DAY_RANGE,
  PER_DAY_RANGE,
} from '@/utils/storage/preferences';

/** The two counts a day: about how many nudges, and never more than this many. */
const dailyCounts = [
  { name: 'perDay', id: 'per-day', words: 'per_day', range: PER_DAY_RANGE, check: checkPerDay },
  {
    name: 'maxPerDay',
    id: 'max-per-day',
    words: 'max_per_day',
    range: MAX_PER_DAY_RANGE,
    check: checkMaxPerDay,
  },
] as const;

/** The nudges themselves: for whom, how many, which kinds, how flirty, how they arrive. */
export function NudgesSection({ prefs, save }: SettingsProps): JSX.Element {
  return (
    <OptionsSection id="nudges">
      <PartnerField value={prefs.partnerName} onSave={(partnerName) => save({ partnerName })} />
      <BabyDateField value={prefs.babyDate} onSave={(babyDate) => save({ babyDate })} />
      {dailyCounts.map(({ name, id, words, range, check }) => (
        <NumberField
          key={id}
          id={id}
          label={i18n.t(`options.${words}.label`)}
          hint={i18n.t(`options.${words}.hint`)}
          value={prefs[name]}
          range={range}
          check={check}
          onSave={(count) => save({ [name]: count })}
        />
      ))}
      <CategoriesField
        value={prefs.kindsOff}
        onSave={(change) => save((current) => ({ kindsOff: change(current.kindsOff) }))}
      />
      <FlirtyField value={prefs.flirty} onSave={(flirty) => save({ flirty })} />
      <DeliveryField value={prefs.delivery} onSave={(delivery) => save({ delivery })} />
      <NotificationWordsField
        value={prefs.notificationWords}
        onSave={(notificationWords) => save({ notificationWords })}
      />
    </OptionsSection>
  );
}
