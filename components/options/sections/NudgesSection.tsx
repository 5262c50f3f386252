import type { JSX } from 'preact';
import { OptionsSection, type SettingsProps } from './OptionsSection';
import { BabyDateField } from '../BabyDateField';
import { CategoriesField } from '../CategoriesField';
import { DailyCountsField } from '../DailyCountsField';
import { DeliveryField } from '../DeliveryField';
import { FlirtyField } from '../FlirtyField';
import { NotificationWordsField } from '../NotificationWordsField';
import { PartnerField } from '../PartnerField';

/** The nudges themselves: for whom, how many, which kinds, how flirty, how they arrive. */
export function NudgesSection({ prefs, save }: SettingsProps): JSX.Element {
  return (
    <OptionsSection id="nudges">
      <PartnerField value={prefs.partnerName} onSave={(partnerName) => save({ partnerName })} />
      <BabyDateField value={prefs.babyDate} onSave={(babyDate) => save({ babyDate })} />
      <DailyCountsField value={prefs} onSave={save} />
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
