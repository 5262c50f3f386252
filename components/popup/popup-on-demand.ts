// The popup's code for moments that may not come, in one chunk loaded only when one does
// (utils/popup/on-demand.ts; bench/bytes.mjs leaves it out of the popup's first bytes):
// drawing a fresh nudge (opened by hand, or "Another idea"), showing and preparing the idea
// drawn ahead for the next popup opened by hand, the choices after "Not now" and "the rest of
// today", a pause in force, and the once-a-day energy question.
export { drawNudgeForPopup } from '@/utils/popup/draw-nudge-for-popup';
export { prepareReadyIdea } from '@/utils/popup/ready/prepare-ready-idea';
export { showInPopupByHand } from '@/utils/popup/ready/show-ready-idea';
export { EnergyCheck } from './EnergyCheck';
export { PausedNote } from './PausedNote';
export { snoozeNudge } from './snooze-nudge';
export { SnoozeChoices } from './SnoozeChoices';
