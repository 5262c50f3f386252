import { h } from 'preact';
import type { Ref } from 'preact';
import type { ShownNudge } from '@/utils/library/shown-nudge';
import { nudgeCardView } from '@/utils/popup/nudge-card-view';

interface NudgeCardProps {
  nudge: ShownNudge;
  /** The message element, so the popup can select it when the clipboard refuses. */
  messageRef?: Ref<HTMLParagraphElement>;
}

/** A nudge as text only: whatever it says is rendered as characters, never as markup. */
export function NudgeCard({ nudge, messageRef }: NudgeCardProps) {
  return nudgeCardView(h, nudge, messageRef);
}
