import type { ComponentChildren, InputHTMLAttributes, JSX, RefObject } from 'preact';

/** The words and state around an input; the rest of its props go to the `<input>` itself. */
export interface HintedInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'class'> {
  /** Names the hint `${id}-hint` and the error `${id}-error`; the input too, unless `inputId`. */
  id: string;
  inputId?: string;
  label: string;
  hint: string;
  /** What is wrong, or ''. */
  error: string;
  /** `alert` where the error follows something done (a file chosen), not each keystroke. */
  errorRole?: 'alert';
  /** The class of the whole block. */
  class?: string;
  /** The class of the input itself. */
  inputClass?: string;
  inputRef?: RefObject<HTMLInputElement>;
  /** Shown right after the input, before the error (a file input's face). */
  beside?: ComponentChildren;
  /** Shown after the error, inside the same block. */
  children?: ComponentChildren;
}

/** A label, a hint, one input and, when something is wrong, the message saying what. */
export function HintedInput({
  id,
  inputId = id,
  label,
  hint,
  error,
  errorRole,
  class: className = 'field',
  inputClass,
  inputRef,
  beside,
  children,
  ...input
}: HintedInputProps): JSX.Element {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div class={className}>
      <label for={inputId}>{label}</label>
      <p class="hint" id={hintId}>
        {hint}
      </p>
      <input
        {...input}
        id={inputId}
        class={inputClass}
        ref={inputRef}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        aria-invalid={error !== ''}
      />
      {beside}
      {error && (
        <p class="error" id={errorId} role={errorRole}>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}
