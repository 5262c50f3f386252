import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '@/utils/history/history';
import {
  pictureDescription,
  startOfWeek,
  summaryStart,
  thisWeekByKind,
  weeklySummary,
  weekSentence,
} from '@/utils/history/insights';
import { DAY, HOUR } from '@/utils/time/local-time';
import { categories, type Category } from '@/utils/library/nudge';

// The unit project runs in America/New_York.
const NOW = new Date(2026, 5, 10, 15, 0).getTime(); // Wednesday 10 June 2026, 15:00
const MONDAY = new Date(2026, 5, 8).getTime();

let id = 0;
const acted = (
  at: number,
  category: Category = 'kind-act',
  action: HistoryEntry['action'] = 'done',
): HistoryEntry => ({ at, id: `n${id++}`, category, text: 'x', action });

const times = (n: number, make: (i: number) => HistoryEntry): HistoryEntry[] =>
  Array.from({ length: n }, (_, i) => make(i));

describe('startOfWeek', () => {
  it.each([
    ['a Wednesday', NOW, MONDAY],
    ['Monday just after midnight', MONDAY + 60_000, MONDAY],
    ['Sunday night', MONDAY - 60_000, new Date(2026, 5, 1).getTime()],
    // New York springs forward on Sunday 8 March 2026: the week still starts at local midnight.
    [
      'the week after a clock change',
      new Date(2026, 2, 11, 9).getTime(),
      new Date(2026, 2, 9).getTime(),
    ],
  ])('%s', (_, t, monday) => {
    expect(startOfWeek(t)).toBe(monday);
  });

  it('covers eight weeks back to a Monday at midnight', () => {
    expect(summaryStart(NOW)).toBe(new Date(2026, 3, 20).getTime());
  });
});

describe('weeklySummary', () => {
  it('counts acted-on nudges per week and kind, this week last', () => {
    const summary = weeklySummary(
      [
        acted(NOW - HOUR, 'flirty-text', 'copied'),
        acted(MONDAY + HOUR, 'touch'),
        acted(MONDAY - HOUR, 'touch'),
        acted(NOW - 20 * DAY),
        { ...acted(NOW - 2 * HOUR), action: 'shown' },
        { ...acted(NOW - 2 * HOUR), action: 'snoozed' },
      ],
      NOW,
    );
    expect(summary.weeks).toHaveLength(8);
    expect(summary.weeks.map((w) => w.total)).toEqual([0, 0, 0, 0, 1, 0, 1, 2]);
    expect(summary.weeks.at(-1)?.start).toBe(MONDAY);
    expect(summary.weeks.at(-1)?.byKind).toEqual({ 'flirty-text': 1, touch: 1 });
  });

  it('counts a nudge copied and then done the same day once', () => {
    const copied = acted(NOW - HOUR, 'flirty-text', 'copied');
    const summary = weeklySummary([copied, { ...copied, at: NOW - 30_000, action: 'done' }], NOW);
    expect(summary.weeks.at(-1)?.total).toBe(1);
  });

  it('ignores what is older than the picture or after now', () => {
    const summary = weeklySummary([acted(NOW - 60 * DAY), acted(NOW + HOUR)], NOW);
    expect(summary.weeks.every((w) => w.total === 0)).toBe(true);
  });
});

describe('weekSentence', () => {
  it.each<[string, HistoryEntry[], { olderHistory?: boolean }, string]>([
    [
      'four of one kind',
      times(4, (i) => acted(NOW - i * HOUR, 'flirty-text', 'copied')),
      {},
      'You sent 4 flirty texts this week.',
    ],
    ['just one', [acted(NOW - HOUR)], {}, 'You did a kind thing this week.'],
    [
      'several kinds: the most done first, then the rest together',
      [
        ...times(3, (i) => acted(NOW - i * HOUR, 'appreciation', 'copied')),
        acted(MONDAY + HOUR, 'touch'),
        acted(MONDAY + 2 * HOUR, 'tiny-date'),
      ],
      {},
      'You showed appreciation 3 times this week. Plus 2 more small moments.',
    ],
    [
      'one other besides',
      [acted(NOW - HOUR, 'touch'), acted(NOW - 2 * HOUR, 'touch'), acted(MONDAY, 'you-time')],
      {},
      'You shared 2 little touches this week. Plus one more small moment.',
    ],
    [
      'nothing yet this week, something last week',
      [acted(MONDAY - DAY)],
      {},
      'Any small moment this week is plenty, whenever it comes.',
    ],
    [
      'nothing acted on ever',
      [{ ...acted(NOW - HOUR), action: 'shown' }],
      {},
      'When you copy a message or mark a nudge done, your week shows up here.',
    ],
    [
      'back after a quiet stretch',
      [acted(NOW - 20 * DAY)],
      {},
      'Welcome back. It’s lovely to see you. Pick up whenever it suits you; there’s nothing to catch up on.',
    ],
    [
      'back after a stretch longer than the picture',
      [{ ...acted(NOW - HOUR), action: 'shown' }],
      { olderHistory: true },
      'Welcome back. It’s lovely to see you. Pick up whenever it suits you; there’s nothing to catch up on.',
    ],
  ])('%s', (_, entries, options, sentence) => {
    expect(weekSentence(weeklySummary(entries, NOW, options))).toBe(sentence);
  });

  it('is not a welcome back when the last one was under two weeks ago', () => {
    expect(weeklySummary([acted(NOW - 13 * DAY)], NOW).welcomeBack).toBe(false);
  });

  it.each(categories)('has warm words for one and for several of %s', (kind) => {
    const one = weekSentence(weeklySummary([acted(NOW - HOUR, kind)], NOW));
    const three = weekSentence(
      weeklySummary(
        times(3, (i) => acted(NOW - i * HOUR, kind)),
        NOW,
      ),
    );
    for (const sentence of [one, three]) {
      expect(sentence).toMatch(/^You .+ this week\.$/);
      expect(sentence).not.toMatch(/\$|\|/);
    }
    expect(three).toContain('3');
    expect(one).not.toMatch(/\d/);
  });

  it('orders kinds by how many, ties in the page’s order', () => {
    const summary = weeklySummary(
      [acted(NOW - HOUR, 'touch'), acted(NOW - HOUR, 'reassurance'), acted(NOW, 'touch')],
      NOW,
    );
    expect(thisWeekByKind(summary)).toEqual([
      ['touch', 2],
      ['reassurance', 1],
    ]);
  });
});

describe('words', () => {
  it('never speak of streaks, or count what was missed', async () => {
    const messages = generateChromeMessages(await parseMessagesFile('locales/en.yml'));
    const insights = Object.entries(messages).filter(([name]) => name.startsWith('insights_'));
    expect(insights.length).toBeGreaterThan(10);
    for (const [, { message }] of insights)
      expect(message).not.toMatch(
        /streak|in a row|missed|behind|only|fail|broke|should|skipped|yet to/i,
      );
  });

  it('say the same in Spanish', async () => {
    const messages = generateChromeMessages(await parseMessagesFile('locales/es.yml'));
    const insights = Object.entries(messages).filter(([name]) => name.startsWith('insights_'));
    expect(insights.length).toBeGreaterThan(10);
    for (const [, { message }] of insights)
      expect(message).not.toMatch(/racha|seguid|perdi|falt|solo|deberías|atrasad/i);
  });
});

describe('pictureDescription', () => {
  it('names only the weeks with something in them', () => {
    const summary = weeklySummary(
      [acted(NOW - HOUR), acted(NOW - 2 * HOUR), acted(MONDAY - 8 * DAY, 'touch')],
      NOW,
    );
    expect(pictureDescription(summary, 'en-US')).toBe(
      'Small moments you acted on over the last 8 weeks. Week of May 25: 1. This week: 2.',
    );
  });

  it('says the picture fills in when there is nothing to show', () => {
    expect(pictureDescription(weeklySummary([], NOW))).toBe(
      'The picture fills in as you act on nudges.',
    );
  });
});
