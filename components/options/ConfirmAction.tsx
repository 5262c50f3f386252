import { i18n } from '#i18n';
import type { ComponentChildren, JSX } from 'preact';
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';

interface ConfirmActionProps {
  /** The button's words; the confirming button says "Yes, <label>" unless told (inSentence). */
  label: string;
  /** Asked inline; it names the confirming group unless `groupLabel` does. */
  question: string;
  /** Resolves true once done; false (or a rejection) leaves things as they were. */
  onConfirm: () => Promise<boolean>;
  /** A fuller accessible name for the button, where its words alone are ambiguous. */
  triggerLabel?: string;
  /** The confirming button's words, when "Yes, <label>" reads badly. */
  confirmLabel?: string;
  /** The confirming group's accessible name, when the question alone is ambiguous. */
  groupLabel?: string;
  /** Controls shown in a row before the button while not asking; they make way for the question. */
  beside?: ComponentChildren;
}

/**
 * A button's words inside "Yes, …": the first letter lower-cased ("Yes, start fresh"), except in
 * German, which writes every noun with a capital ("Ja, Verlauf löschen").
 */
function inSentence(words: string): string {
  const lang = i18n.t('common.lang');
  return lang === 'de' ? words : words.charAt(0).toLocaleLowerCase(lang) + words.slice(1);
}

/** A button that asks once, inline, before doing something that can't be undone. */
export function ConfirmAction({
  label,
  question,
  onConfirm,
  triggerLabel,
  confirmLabel = i18n.t('common.yes_do', [inSentence(label)]),
  groupLabel,
  beside,
}: ConfirmActionProps): JSX.Element {
  const [open, setOpen] = useState(false);
  const questionId = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const backToTrigger = useRef(false);
  // A second click while the first is still being carried out does nothing.
  const busy = useRef(false);
  // The focused button goes away either way: put focus where the person can carry on.
  useLayoutEffect(() => {
    if (open) keep.current?.focus();
    else if (backToTrigger.current) trigger.current?.focus();
    backToTrigger.current = false;
  }, [open]);
  const close = (toTrigger: boolean): void => {
    busy.current = false;
    backToTrigger.current = toTrigger;
    setOpen(false);
  };
  const confirm = (): void => {
    if (busy.current) return;
    busy.current = true;
    onConfirm().then(
      (ok) => close(!ok),
      () => close(true),
    );
  };

  if (!open) {
    const button = (
      <button type="button" ref={trigger} aria-label={triggerLabel} onClick={() => setOpen(true)}>
        {label}
      </button>
    );
    if (beside === undefined) return button;
    return (
      <div class="row">
        {beside}
        {button}
      </div>
    );
  }
  return (
    <div
      role="group"
      aria-label={groupLabel}
      aria-labelledby={groupLabel === undefined ? questionId : undefined}
      class="confirm"
    >
      <p id={questionId}>{question}</p>
      {/* The safe choice is the prominent one (and has focus); the one that can't be undone is quieter. */}
      <button type="button" ref={keep} class="primary" onClick={() => close(true)}>
        {i18n.t('common.keep_it')}
      </button>
      <button type="button" class="danger" onClick={confirm}>
        {confirmLabel}
      </button>
    </div>
  );
}
