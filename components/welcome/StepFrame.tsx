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
  /** Leaves this question as it is and goes on to the next. */
  onSkipStep: () => void;
  /** Goes straight to the end; absent on the last question, where skipping it does that. */
  onSkipRest?: (() => void) | undefined;
  children: ComponentChildren;
}

/** One welcome step: where you are, the question, Next / Back, and the ways to skip. */
export function StepFrame({
  n,
  total,
  title,
  focus,
  onNext,
  onBack,
  onSkipStep,
  onSkipRest,
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
        <span class="welcome-skips">
          <button type="button" class="link" onClick={onSkipStep}>
            {i18n.t('welcome.skip_step')}
          </button>
          {onSkipRest && (
            <button type="button" class="link" onClick={onSkipRest}>
              {i18n.t('welcome.skip_rest')}
            </button>
          )}
        </span>
      </div>
    </form>
  );
}
