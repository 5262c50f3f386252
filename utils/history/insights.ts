import { i18n } from '#i18n';
import type { HistoryEntry } from './history';
import { atLocalTime, DAY, startOfLocalDay } from '../time/local-time';
import { categories, messageName, type Category } from '../library/nudge';

/** How many weeks the picture shows, this one included. */
export const WEEKS = 8;
/** Nothing acted on for this long, after something before: the page says welcome back. */
export const QUIET_STRETCH_DAYS = 14;

/** Acting on a nudge means copying its message or marking it done; being shown is not. */
export const isActedOn = (entry: HistoryEntry): boolean =>
  entry.action === 'copied' || entry.action === 'done';

/** Local Monday midnight starting the week of `t` (calendar days, so DST never shifts it). */
export function startOfWeek(t: number): number {
  const sinceMonday = (new Date(t).getDay() + 6) % 7;
  return atLocalTime(t, 0, -sinceMonday);
}

/** The first moment the picture covers: Monday of the oldest of `weeks` weeks. */
export function summaryStart(now: number, weeks = WEEKS): number {
  return atLocalTime(startOfWeek(now), 0, -7 * (weeks - 1));
}

export interface WeekTally {
  /** Local Monday midnight, epoch ms. */
  start: number;
  /** Nudges acted on that week; copied and done on the same nudge the same day count once. */
  total: number;
  byKind: Partial<Record<Category, number>>;
}

export interface WeeklySummary {
  /** Oldest first; the last one is this week. */
  weeks: WeekTally[];
  /** Nothing acted on in the quiet stretch, but something before it. */
  welcomeBack: boolean;
}

export interface SummaryOptions {
  weeks?: number;
  /** Whether anything at all is stored from before the weeks read (they were here before). */
  olderHistory?: boolean;
}

/** Per-week counts of acted-on nudges by kind, from entries of the last `weeks` weeks. */
export function weeklySummary(
  entries: readonly HistoryEntry[],
  now: number,
  { weeks = WEEKS, olderHistory = false }: SummaryOptions = {},
): WeeklySummary {
  const first = summaryStart(now, weeks);
  const tallies: WeekTally[] = Array.from({ length: weeks }, (_, i) => ({
    start: atLocalTime(first, 0, 7 * i),
    total: 0,
    byKind: {},
  }));
  const counted = new Set<string>();
  let lastActedOn = -Infinity;
  for (const entry of entries) {
    if (!isActedOn(entry) || entry.at > now) continue;
    lastActedOn = Math.max(lastActedOn, entry.at);
    const once = `${entry.id}@${startOfLocalDay(entry.at)}`;
    const week = tallies.findLast((tally) => tally.start <= entry.at);
    if (!week || counted.has(once)) continue;
    counted.add(once);
    week.total++;
    week.byKind[entry.category] = (week.byKind[entry.category] ?? 0) + 1;
  }
  const quiet = lastActedOn < now - QUIET_STRETCH_DAYS * DAY;
  return { weeks: tallies, welcomeBack: quiet && (lastActedOn > -Infinity || olderHistory) };
}

/** This week's kinds with their counts, most first (ties in the page's order of kinds). */
export function thisWeekByKind(summary: WeeklySummary): [Category, number][] {
  const byKind = summary.weeks.at(-1)?.byKind ?? {};
  return categories
    .flatMap((kind): [Category, number][] => (byKind[kind] ? [[kind, byKind[kind]]] : []))
    .sort((a, b) => b[1] - a[1]);
}

/** "You sent 4 flirty texts this week.": each kind's sentence, by its message name. */
const kindSentence = (kind: Category, n: number): string =>
  i18n.t(`insights.week.${messageName(kind)}`, n);

/**
 * One warm sentence about this week: what was done, worded for the kind done most. It never
 * counts what was not done, and never speaks of streaks.
 */
export function weekSentence(summary: WeeklySummary): string {
  if (summary.welcomeBack) return i18n.t('insights.welcome_back');
  const [top, ...rest] = thisWeekByKind(summary);
  if (!top) {
    const before = summary.weeks.some((week) => week.total > 0);
    return i18n.t(before ? 'insights.this_week_open' : 'insights.getting_started');
  }
  const head = kindSentence(top[0], top[1]);
  const more = rest.reduce((sum, [, n]) => sum + n, 0);
  return more === 0 ? head : `${head} ${i18n.t('insights.and_more', more)}`;
}

/** The picture in words: only weeks with something in them are named. */
export function pictureDescription(summary: WeeklySummary, locale?: string): string {
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long' });
  const last = summary.weeks.length - 1;
  const parts = summary.weeks.flatMap((week, i) => {
    if (week.total === 0) return [];
    if (i === last) return [i18n.t('insights.picture_this_week', week.total)];
    return [i18n.t('insights.picture_week', week.total, [date.format(week.start), week.total])];
  });
  if (parts.length === 0) return i18n.t('insights.picture_empty');
  return [i18n.t('insights.picture_intro', [summary.weeks.length]), ...parts].join(' ');
}
