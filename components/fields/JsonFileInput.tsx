import { i18n } from '#i18n';
import type { ComponentChildren, JSX, RefObject } from 'preact';
import { useState } from 'preact/hooks';
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

/**
 * "Choose a file…" for a JSON file, with its hint and, when the file is wrong, an alert. The
 * native input stays the control (focusable, labelled, Enter or Space opens the picker) but is
 * hidden from view: its own face is too wide for a phone and unlike the page's buttons. A
 * second label, styled as a button, is what shows and takes clicks; the file's name follows.
 */
export function JsonFileInput({ name, onFile, ...field }: JsonFileInputProps): JSX.Element {
  const [chosen, setChosen] = useState('');
  const inputId = `${name}-file`;
  const choose = (input: HTMLInputElement): void => {
    const file = input.files?.[0];
    // Cleared so that choosing the same file again, once fixed, reads it again.
    input.value = '';
    if (!file) return;
    setChosen(file.name);
    onFile(file);
  };
  return (
    <HintedInput
      {...field}
      id={name}
      inputId={inputId}
      class={name}
      inputClass="visually-hidden"
      errorRole="alert"
      type="file"
      accept=".json,application/json"
      onChange={(e) => choose(e.currentTarget)}
      beside={
        <p class="file-pick">
          <label for={inputId} class="file-button">
            {i18n.t('options.import_file.choose')}
          </label>
          <span class="file-name">{chosen}</span>
        </p>
      }
    />
  );
}
