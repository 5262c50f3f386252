// `npm run content:stats`: the library's shape as JSON (run through jiti; no build needed).
import { shippedLibrary } from '../modules/content/compact';
import { readContent } from '../modules/content/read-content';
import { categories } from '../utils/library/nudge';
import { milestones, seasons } from '../utils/library/seasons';

// As the extension reads it from library.json: the live nudges, decoded from their codes.
const library = shippedLibrary(readContent(categories));

function countBy(key: 'category' | 'effort' | 'time'): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const nudge of library) counts[nudge[key]] = (counts[nudge[key]] ?? 0) + 1;
  return counts;
}

const byCategory = Object.fromEntries(categories.map((c) => [c, countBy('category')[c] ?? 0]));
// A nudge for some seasons counts in each; one that names none suits them all.
const bySeason = {
  ...Object.fromEntries(
    seasons.map((s) => [s, library.filter((n) => n.seasons?.includes(s)).length]),
  ),
  all: library.filter((n) => !n.seasons).length,
};
const byMilestone = Object.fromEntries(
  milestones.map((m) => [m, library.filter((n) => n.milestone === m).length]),
);
const stats = {
  total: library.length,
  byCategory,
  byEffort: countBy('effort'),
  byTimeOfDay: countBy('time'),
  bySeason,
  out: library.filter((n) => n.out).length,
  ritual: library.filter((n) => n.ritual).length,
  byMilestone,
};
console.log(JSON.stringify(stats, null, 2));
