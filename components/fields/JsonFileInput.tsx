import type { ComponentChildren, JSX, RefObject } from 'preact';
import { HintedInput } from './HintedInput';

interface JsonFileInputProps {
  /** The block's class, and the start of its ids: `${name}-file` (the input), `-hint`, `-error`. */
  name: string;
  label: string;
  hint: string;
  /** What is wrong with the file chosen, or ''. */
  error: string;
  /** For focus to come back to the input once a preview closes. */
  inputRef: RefObject<HTMLInputElement>;
  onFile: (file: File) => void;
  /** Shown under it: the preview of the file chosen, a status line. */
  children?: ComponentChildren;
}

/** "Choose a file" for a JSON file, with its hint and, when the file is wrong, an alert. */
export function JsonFileInput({ name, onFile, ...field }: JsonFileInputProps): JSX.Element {
  const choose = (input: HTMLInputElement): void => {
    const file = input.files?.[0];
    // Cleared so that choosing the same file again, once fixed, reads it again.
    input.value = '';
    if (file) onFile(file);
  };
  return (
    <HintedInput
      {...field}
      id={name}
      inputId={`${name}-file`}
      class={name}
      errorRole="alert"
      type="file"
      accept=".json,application/json"
      onChange={(e) => choose(e.currentTarget)}
    />
  );
}
