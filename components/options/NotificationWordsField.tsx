import { i18n } from '#i18n';
import type { JSX } from 'preact';
import { RadioFieldset } from '../fields/RadioFieldset';
import { notificationWordsChoices, type NotificationWords } from '@/utils/storage/preferences';

interface NotificationWordsFieldProps {
  value: NotificationWords;
  onSave: (words: NotificationWords) => void;
}

/**
 * "What a notification shows": a notification may sit on a locked or shared screen, so by
 * default a flirty text shows only its kind there, and its words after a click.
 */
export function NotificationWordsField({
  value,
  onSave,
}: NotificationWordsFieldProps): JSX.Element {
  return (
    <RadioFieldset
      name="notification-words"
      legend={i18n.t('options.notification_words.legend')}
      choices={notificationWordsChoices}
      value={value}
      onChange={onSave}
      label={(words) => i18n.t(`options.notification_words.${words}`)}
      hint={(words) => i18n.t(`options.notification_words.${words}_hint`)}
    />
  );
}
