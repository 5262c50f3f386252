import type { JSX } from 'preact';
import { HintedInput } from './HintedInput';
import { PARTNER_NAME_MAX } from '@/utils/storage/preferences';

interface NameInputProps {
  /** The input's id; its hint and error are `${id}-hint` and `${id}-error`. */
  id: string;
  label: string;
  hint: string;
  value: string;
  /** What is wrong with the name, or ''. */
  error: string;
  onInput: (name: string) => void;
  onBlur?: () => void;
}

/** The partner's name, as settings and the welcome page both ask for it. */
export function NameInput({ onInput, ...field }: NameInputProps): JSX.Element {
  return (
    <HintedInput
      {...field}
      type="text"
      autocomplete="off"
      // Room past the limit, so a long paste shows the message instead of being cut; counted
      // in UTF-16 units, and one emoji of a family can take eight of them.
      maxLength={PARTNER_NAME_MAX * 8 + 20}
      onInput={(e) => onInput(e.currentTarget.value)}
    />
  );
}
