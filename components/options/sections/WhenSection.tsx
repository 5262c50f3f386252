import type { JSX } from 'preact';
import { OptionsSection, type SettingsProps } from './OptionsSection';
import { CallsField } from '../CallsField';
import { CheckInField } from '../CheckInField';
import { QuietHoursField } from '../QuietHoursField';
import { WorkHoursField } from '../WorkHoursField';

/** When nudges come: quiet hours, work hours, good moments, and the rituals' own times. */
export function WhenSection({ prefs, save }: SettingsProps): JSX.Element {
  return (
    <OptionsSection id="when">
      <QuietHoursField value={prefs.quietHours} onSave={(quietHours) => save({ quietHours })} />
      <WorkHoursField value={prefs.workHours} onSave={(workHours) => save({ workHours })} />
      <CallsField
        value={prefs.waitDuringCalls}
        onSave={(waitDuringCalls) => save({ waitDuringCalls })}
      />
      <CheckInField prefs={prefs} onSave={save} />
    </OptionsSection>
  );
}
