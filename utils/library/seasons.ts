// No imports, so the content build, the worker and the pure folders (for its types) can all
// name these.

/**
 * The baby's seasons, youngest first: the fog (birth to 6 weeks), early (6 weeks to 4 months),
 * the dip (4 to 12 months), toddler (1 to 3 years). No date, a due date still ahead or past
 * 3 years: no season.
 */
export const seasons = ['fog', 'early', 'dip', 'toddler'] as const;
export type Season = (typeof seasons)[number];

/** The days one gentle nudge marks for the two of them, in order. */
export const milestones = ['month-1', 'month-3', 'month-6', 'year-1'] as const;
export type Milestone = (typeof milestones)[number];
