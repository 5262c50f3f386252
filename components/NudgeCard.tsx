import { h } from 'preact';
import type { Ref } from 'preact';
import type { FilledNudge } from '@/utils/library/fill-partner';
import { nudgeCardView } from '@/utils/popup/nudge-card-view';

interface NudgeCardProps {
  nudge: FilledNudge;
  /** The message element, so the popup can select it when the clipboard refuses. */
  messageRef?: Ref<HTMLParagraphElement>;
}

/** A nudge as text only: whatever it says is rendered as characters, never as markup. */
export function NudgeCard({ nudge, messageRef }: NudgeCardProps) {
  return nudgeCardView(h, nudge, messageRef);
}
