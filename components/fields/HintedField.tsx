import type { ComponentChildren, JSX } from 'preact';

/** What ties a control to its label, its hint and its error. */
export interface Described {
  id: string;
  'aria-describedby': string;
  'aria-invalid': boolean;
}

interface HintedFieldProps {
  /** Names the hint `${id}-hint` and the error `${id}-error`; the control too, unless `controlId`. */
  id: string;
  controlId?: string;
  label: string;
  hint: string;
  /** What is wrong, or ''. */
  error: string;
  /** `alert` where the error follows something done (a file chosen), not each keystroke. */
  errorRole?: 'alert';
  class?: string;
  /** The control, given the attributes that tie it to the rest. */
  control: (described: Described) => JSX.Element;
  /** Shown after the error, inside the same block. */
  children?: ComponentChildren;
}

/** A label, a hint, one control and, when something is wrong, the message saying what. */
export function HintedField({
  id,
  controlId = id,
  label,
  hint,
  error,
  errorRole,
  class: className = 'field',
  control,
  children,
}: HintedFieldProps): JSX.Element {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div class={className}>
      <label for={controlId}>{label}</label>
      <p class="hint" id={hintId}>
        {hint}
      </p>
      {control({
        id: controlId,
        'aria-describedby': error ? `${hintId} ${errorId}` : hintId,
        'aria-invalid': error !== '',
      })}
      {error && (
        <p class="error" id={errorId} role={errorRole}>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}
