import { fillPartner } from '@/utils/library/fill-partner';
import { withText } from '@/utils/library/nudge-text';
import { library } from './library';
import type { PendingNudge } from '@/utils/library/shown-nudge';

/** A real library nudge, with its words and "Sam" filled in, waiting since `shownAt`. */
export function libraryNudge(id: string, shownAt: number): PendingNudge {
  const entry = library.find((n) => n.id === id);
  const nudge = entry && withText(entry);
  if (!nudge) throw new Error(`no nudge ${id} in the library`);
  return { ...fillPartner(nudge, 'Sam'), shownAt, delivery: 'popup' };
}
