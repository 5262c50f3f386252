import { categories, type Category } from '@/utils/library/nudge';

/** Preferences keep the kinds turned off: every kind but `on`, to leave only those on. */
export const allKindsBut = (...on: Category[]): Category[] =>
  categories.filter((kind) => !on.includes(kind));
