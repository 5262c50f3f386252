import type { Ref } from 'preact';
import { categoryLabels } from '@/utils/library/nudge';
import type { ShownNudge } from '@/utils/library/shown-nudge';

interface NudgeCardProps {
  nudge: ShownNudge;
  /** The message element, so the popup can select it when the clipboard refuses. */
  messageRef?: Ref<HTMLParagraphElement>;
}

/** A nudge as text only: whatever it says is rendered as characters, never as markup. */
export function NudgeCard({ nudge, messageRef }: NudgeCardProps) {
  return (
    <article class="nudge" aria-labelledby="nudge-label">
      <p class="nudge-label" id="nudge-label">
        {categoryLabels[nudge.category]}
      </p>
      {/* elementtiming: `npm run bench` reads when the nudge is painted. */}
      <p class="nudge-text" data-testid="nudge-text" elementtiming="nudge">
        {nudge.text}
      </p>
      {nudge.message !== undefined && (
        <p class="nudge-message" data-testid="nudge-message" ref={messageRef}>
          {nudge.message}
        </p>
      )}
    </article>
  );
}
