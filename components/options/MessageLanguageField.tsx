import { i18n } from '#i18n';
import type { JSX } from 'preact';
import { languages, type Language } from '@/utils/platform/languages';
import { messageLanguageChoices, type MessageLanguage } from '@/utils/storage/preferences';

/** Each language in its own words, as language pickers name them, read in that language. */
const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  es: 'Español',
  de: 'Deutsch',
  fr: 'Français',
};

interface MessageLanguageFieldProps {
  value: MessageLanguage;
  onSave: (lang: MessageLanguage) => void;
}

const isChoice = (value: string): value is MessageLanguage =>
  (messageLanguageChoices as readonly string[]).includes(value);

/**
 * "Messages to send in": for a couple who text in another language than their browser's. Only
 * the messages to copy change; the rest of a nudge stays in the pages' language.
 */
export function MessageLanguageField({ value, onSave }: MessageLanguageFieldProps): JSX.Element {
  return (
    <div class="field">
      <label for="message-language">{i18n.t('options.message_language.label')}</label>
      <p class="hint" id="message-language-hint">
        {i18n.t('options.message_language.hint')}
      </p>
      <select
        id="message-language"
        class="language-select"
        aria-describedby="message-language-hint"
        value={value}
        onChange={(e) => {
          const choice = e.currentTarget.value;
          if (isChoice(choice)) onSave(choice);
        }}
      >
        <option value="same">{i18n.t('options.message_language.same')}</option>
        {languages.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {LANGUAGE_NAMES[lang]}
          </option>
        ))}
      </select>
    </div>
  );
}
