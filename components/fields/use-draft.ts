import { useEffect, useState } from 'preact/hooks';

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * A field's draft. Until the person edits it, it is `stored`, so a change made in another tab,
 * on the welcome page or on another device (by sync) shows at once. An edit is kept, whatever
 * arrives from storage meanwhile, until storage holds the same (`same`): then it follows again.
 * Saved edits show through `stored` at once (the page shows changes not yet written), so only
 * an edit that cannot be saved yet (a half-set range) stays a draft for long.
 */
export function useDraft<T>(
  stored: T,
  same: (draft: T, stored: T) => boolean = sameJson,
): [T, (draft: T) => void] {
  const [edit, setEdit] = useState<{ value: T } | null>(null);
  useEffect(() => {
    if (edit && same(edit.value, stored)) setEdit(null);
  }, [stored, edit]);
  return [edit ? edit.value : stored, (value) => setEdit({ value })];
}
