import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { i18n } from '#i18n';

interface StepFrameProps {
  /** This step's number, from 1. */
  n: number;
  total: number;
  title: string;
  /** Moves focus to the heading when shown, so a screen reader starts at the new step. */
  focus: boolean;
  onNext: () => void;
  /** Absent on the first step. */
  onBack?: () => void;
  onSkip: () => void;
  children: ComponentChildren;
}

/** One welcome step: where you are, the question, and Next / Back / Skip for now. */
export function StepFrame({
  n,
  total,
  title,
  focus,
  onNext,
  onBack,
  onSkip,
  children,
}: StepFrameProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (focus) heading.current?.focus();
  }, []);
  return (
    <form
      class="welcome-step"
      aria-labelledby="step-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onNext();
      }}
    >
      <p class="welcome-progress" id="step-progress">
        {i18n.t('welcome.progress', [String(n), String(total)])}
      </p>
      <h2 id="step-heading" tabIndex={-1} ref={heading} aria-describedby="step-progress">
        {title}
      </h2>
      {children}
      <div class="welcome-actions">
        <button type="submit" class="primary">
          {n === total ? i18n.t('welcome.finish') : i18n.t('welcome.next')}
        </button>
        {onBack && (
          <button type="button" onClick={onBack}>
            {i18n.t('welcome.back')}
          </button>
        )}
        <button type="button" class="link" onClick={onSkip}>
          {i18n.t('welcome.skip')}
        </button>
      </div>
    </form>
  );
}
