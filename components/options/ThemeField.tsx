import { i18n } from '#i18n';
import type { JSX } from 'preact';
import { RadioFieldset } from '../fields/RadioFieldset';
import { themeChoices, type ThemeChoice } from '@/utils/storage/preferences';

interface ThemeFieldProps {
  value: ThemeChoice;
  onSave: (theme: ThemeChoice) => void;
}

/**
 * "Appearance": match the device, or always light or dark. Radios, so arrow keys move
 * between them; the page changes as soon as the choice is saved (utils/ui/follow-theme.ts).
 */
export function ThemeField({ value, onSave }: ThemeFieldProps): JSX.Element {
  return (
    <RadioFieldset
      name="theme"
      legend={i18n.t('theme.legend')}
      choices={themeChoices}
      value={value}
      onChange={onSave}
      label={(theme) => i18n.t(`theme.${theme}`)}
      // Only "match the device" needs saying more.
      hint={(theme) => (theme === 'system' ? i18n.t('theme.system_hint') : undefined)}
    />
  );
}
