import { i18n } from '#i18n';
import type { ThemeChoice } from '@/utils/storage/preferences';

const choices: { theme: ThemeChoice; label: () => string; hint?: () => string }[] = [
  { theme: 'system', label: () => i18n.t('theme.system'), hint: () => i18n.t('theme.system_hint') },
  { theme: 'light', label: () => i18n.t('theme.light') },
  { theme: 'dark', label: () => i18n.t('theme.dark') },
];

interface ThemeFieldProps {
  value: ThemeChoice;
  onSave: (theme: ThemeChoice) => void;
}

/**
 * "Appearance": match the device, or always light or dark. Radios, so arrow keys move
 * between them; the page changes as soon as the choice is saved (utils/ui/follow-theme.ts).
 */
export function ThemeField({ value, onSave }: ThemeFieldProps) {
  return (
    <fieldset class="field">
      <legend>{i18n.t('theme.legend')}</legend>
      {choices.map(({ theme, label, hint }) => (
        <label key={theme} class="check">
          <input
            type="radio"
            name="theme"
            value={theme}
            checked={value === theme}
            onChange={() => onSave(theme)}
          />
          <span>
            {label()} {hint && <span class="hint">{hint()}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
