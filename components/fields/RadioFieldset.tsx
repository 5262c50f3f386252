import type { JSX } from 'preact';

interface RadioFieldsetProps<T extends string> {
  /** The radios' shared `name`, so arrow keys move between them. */
  name: string;
  choices: readonly T[];
  value: T;
  onChange: (choice: T) => void;
  /** A choice's own words. */
  label: (choice: T) => string;
  /** A quieter line after them, where a choice has one. */
  hint?: (choice: T) => string | undefined;
  /** Names the group, unless `labelledBy` points at a heading that does. */
  legend?: string;
  labelledBy?: string;
  class?: string;
  /** Gives each radio the id `${idPrefix}-${choice}`, for focus to be sent there. */
  idPrefix?: string;
}

/** One choice out of a few, each a radio with its words and an optional hint. */
export function RadioFieldset<T extends string>({
  name,
  choices,
  value,
  onChange,
  label,
  hint,
  legend,
  labelledBy,
  class: className = 'field',
  idPrefix,
}: RadioFieldsetProps<T>): JSX.Element {
  return (
    <fieldset class={className} aria-labelledby={labelledBy}>
      {legend !== undefined && <legend>{legend}</legend>}
      {choices.map((choice) => {
        const more = hint?.(choice);
        return (
          <label key={choice} class="check">
            <input
              id={idPrefix === undefined ? undefined : `${idPrefix}-${choice}`}
              type="radio"
              name={name}
              value={choice}
              checked={value === choice}
              onChange={() => onChange(choice)}
            />
            <span>
              {label(choice)} {more && <span class="hint">{more}</span>}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
