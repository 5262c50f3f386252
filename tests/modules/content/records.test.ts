import { describe, expect, it } from 'vitest';
import { nudgeId, parseKind } from '@/modules/content/records';

/** One well-formed record as YAML lines, with some of its lines replaced or left out. */
function record(id: string, changes: Record<string, string | null> = {}): string {
  const lines: Record<string, string | null> = {
    id: `id: ${id}`,
    effort: 'effort: seconds',
    time: 'time: any',
    tone: 'tone: gentle',
    partnerPresent: 'partnerPresent: true',
    text: "text: { en: 'Hug {partner} for ten slow seconds.' }",
    ...changes,
  };
  const kept = Object.values(lines).filter((line): line is string => line !== null);
  return kept.map((line, i) => (i === 0 ? `- ${line}` : `  ${line}`)).join('\n');
}
const file = (...records: string[]): string => `${records.join('\n')}\n`;
const problems = (yaml: string): string[] => parseKind('touch', yaml).problems;

describe('parseKind', () => {
  it('reads a well-formed record, with its kind from the file', () => {
    const { records, problems } = parseKind('touch', file(record('touch-01')));
    expect(problems).toEqual([]);
    expect(records).toEqual([
      {
        id: 'touch-01',
        category: 'touch',
        effort: 'seconds',
        time: 'any',
        tone: 'gentle',
        partnerPresent: true,
        text: { en: 'Hug {partner} for ten slow seconds.' },
      },
    ]);
  });

  it('reads a flirty one with its spice, a message and a retired one', () => {
    const yaml = file(
      record('touch-01', { tone: 'tone: flirty', spice: 'spice: bold' }),
      record('touch-02', { message: "message: { en: 'Come here, {partner}.', es: 'Ven.' }" }),
      record('touch-03', { retired: 'retired: true' }),
    );
    const { records, problems } = parseKind('touch', yaml);
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.id, r.spice, r.message?.es, r.retired])).toEqual([
      ['touch-01', 'bold', undefined, undefined],
      ['touch-02', undefined, 'Ven.', undefined],
      ['touch-03', undefined, undefined, true],
    ]);
  });

  it.each([
    [
      'a missing trait',
      { time: null },
      'touch-01: time is missing (any, morning, day, evening, night)',
    ],
    ['an unknown trait', { mood: 'mood: calm' }, 'touch-01: unknown field mood'],
    ['an unknown value', { effort: 'effort: quick' }, 'touch-01: effort "quick" is not one of'],
    [
      'a value of the wrong type',
      { partnerPresent: 'partnerPresent: yes' },
      'partnerPresent "yes"',
    ],
    [
      'spice on a gentle nudge',
      { spice: 'spice: sweet' },
      'spice is given only when tone is flirty',
    ],
    ['a flirty nudge without spice', { tone: 'tone: flirty' }, 'touch-01: spice is missing'],
    ['no text', { text: null }, 'touch-01: text is missing'],
    ['text not by language', { text: "text: 'Hug'" }, 'text should be words by language'],
    ['no English', { text: "text: { es: 'Abrázale' }" }, 'text.en is missing'],
    ['a made-up language', { text: "text: { en: 'Hug', english: 'Hug' }" }, 'text.english: not a'],
    ['empty words', { message: "message: { en: ' ' }" }, 'message.en is empty'],
    ['retired as a word', { retired: 'retired: yes' }, 'retired is true or left out'],
    ['no id', { id: null }, 'nudge 1: id is missing or not like <kind>-<nn>'],
  ])('names %s', (_, changes, problem) => {
    const found = problems(file(record('touch-01', changes))).join('\n');
    expect(found).toContain(problem);
  });

  it('reads the traits a few nudges add: seasons, out, ritual, milestone', () => {
    const yaml = file(
      record('touch-01', { seasons: 'seasons: [dip, toddler]', out: 'out: true' }),
      record('touch-02', { milestone: 'milestone: month-6' }),
    );
    const { records, problems } = parseKind('touch', yaml);
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.seasons, r.out, r.milestone])).toEqual([
      [['dip', 'toddler'], true, undefined],
      [undefined, undefined, 'month-6'],
    ]);
    const ritual = parseKind('check-in', file(record('check-in-01', { ritual: 'ritual: true' })));
    expect(ritual.problems).toEqual([]);
    expect(ritual.records[0]?.ritual).toBe(true);
  });

  it.each([
    ['an unknown season', 'seasons: [dip, teens]', 'seasons ["dip","teens"] is not a list of fog'],
    ['seasons out of order', 'seasons: [toddler, dip]', '(each once, in this order)'],
    ['a season twice', 'seasons: [dip, dip]', '(each once, in this order)'],
    ['no season', 'seasons: []', 'seasons [] is not a list'],
    ['one season, not a list', 'seasons: dip', 'seasons "dip" is not a list'],
    ['out as false', 'out: false', 'out false is not one of true'],
    ['an unknown milestone', 'milestone: month-2', 'milestone "month-2" is not one of month-1,'],
  ])('names %s', (_, line, problem) => {
    const [name] = line.split(':');
    expect(problems(file(record('touch-01', { [name!]: line }))).join('\n')).toContain(problem);
  });

  it.each([
    [
      'a ritual off check-in',
      'touch',
      { ritual: 'ritual: true' },
      'ritual is given only on check-in nudges',
    ],
    [
      'a ritual for some seasons',
      'check-in',
      { ritual: 'ritual: true', seasons: 'seasons: [dip]' },
      'ritual is never given with seasons',
    ],
    [
      'a milestone that goes out',
      'check-in',
      { milestone: 'milestone: year-1', out: 'out: true' },
      'milestone is never given with out',
    ],
  ] as const)('refuses %s', (_, kind, changes, problem) => {
    const yaml = file(record(`${kind}-01`, changes));
    expect(parseKind(kind, yaml).problems).toEqual([`${kind}-01: ${problem}`]);
  });

  it('refuses a duplicate id', () => {
    expect(problems(file(record('touch-01'), record('touch-01')))).toEqual([
      'touch-01: id touch-01 appears twice: ids are never reused',
    ]);
  });

  it('refuses an id of another kind: it belongs in that kind’s file', () => {
    expect(problems(file(record('touch-01'), record('kind-act-02')))).toEqual([
      'kind-act-02: id kind-act-02 is not a touch id: it belongs in kind-act.yml',
    ]);
  });

  it('refuses a skipped or moved number: ids are never renumbered', () => {
    const [problem] = problems(file(record('touch-01'), record('touch-03')));
    expect(problem).toMatch(/^touch-03: expected touch-02 here: .*retired: true/);
    expect(problems(file(record('touch-02'), record('touch-01')))).toHaveLength(2);
  });

  it.each([
    ['not YAML', '- id: [', 'is not valid YAML'],
    ['not a list', 'id: touch-01\n', 'should be a list of nudges'],
    ['a list of words', '- hug\n', 'nudge 1: should be a record'],
  ])('refuses a file that is %s', (_, yaml, problem) => {
    expect(problems(yaml).join('\n')).toContain(problem);
  });

  it('lists every problem of a record, not only the first', () => {
    expect(problems(file(record('touch-01', { time: null, effort: 'effort: slow' })))).toHaveLength(
      2,
    );
  });
});

describe('nudgeId', () => {
  it.each([
    [1, 'touch-01'],
    [12, 'touch-12'],
    [100, 'touch-100'],
  ])('nudge %i is %s', (n, id) => expect(nudgeId('touch', n)).toBe(id));
});
