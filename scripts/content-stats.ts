// `npm run content:stats`: the library's shape as JSON (run through jiti; no build needed).
import { categories } from '../utils/library/nudge';
import { library } from '../utils/library/nudges';

function countBy(key: 'category' | 'effort' | 'time'): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const nudge of library) counts[nudge[key]] = (counts[nudge[key]] ?? 0) + 1;
  return counts;
}

const byCategory = Object.fromEntries(categories.map((c) => [c, countBy('category')[c] ?? 0]));
const stats = {
  total: library.length,
  byCategory,
  byEffort: countBy('effort'),
  byTimeOfDay: countBy('time'),
};
console.log(JSON.stringify(stats, null, 2));
