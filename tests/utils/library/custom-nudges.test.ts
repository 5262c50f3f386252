import { describe, expect, it, vi } from 'vitest';
import {
  checkCustomNudge,
  isCustomNudge,
  mergeCustomNudges,
  newCustomNudgeId,
  type NewCustomNudge,
} from '@/utils/library/custom-nudges';
import {
  customNudgesFileText,
  MAX_FILE_BYTES,
  parseCustomNudgesFile,
  readCustomNudgesFile,
} from '@/utils/library/custom-nudges-file';
import type { CustomNudge } from '@/utils/library/nudge';

const EMPTY = 'Please write a few words.';
const LONG = 'That’s a little long: please keep it to 280 characters or fewer.';

describe('checkCustomNudge', () => {
  it('accepts a nudge, trimmed, and leaves out an empty message', () => {
    expect(checkCustomNudge({ category: 'kind-act', text: '  Make tea  ', message: '  ' })).toEqual(
      {
        category: { ok: true, value: 'kind-act' },
        text: { ok: true, value: 'Make tea' },
        message: { ok: true, value: undefined },
        nudge: { category: 'kind-act', text: 'Make tea' },
      },
    );
  });

  it('keeps a message, trimmed', () => {
    expect(
      checkCustomNudge({ category: 'flirty-text', text: 'Send this', message: ' Hi you \n' }).nudge,
    ).toEqual({ category: 'flirty-text', text: 'Send this', message: 'Hi you' });
  });

  it.each<[string, unknown, 'category' | 'text' | 'message', string]>([
    ['an empty text', { category: 'touch', text: '' }, 'text', EMPTY],
    ['a text of only spaces', { category: 'touch', text: ' \n\t ' }, 'text', EMPTY],
    ['no text at all', { category: 'touch' }, 'text', EMPTY],
    ['a text that is not words', { category: 'touch', text: 42 }, 'text', EMPTY],
    ['a 281-character text', { category: 'touch', text: 'a'.repeat(281) }, 'text', LONG],
    [
      'a 281-character message',
      { category: 'touch', text: 'Hi', message: 'm'.repeat(281) },
      'message',
      LONG,
    ],
    [
      'a message that is not words',
      { category: 'touch', text: 'Hi', message: 7 },
      'message',
      'Please write the message as words.',
    ],
    [
      'an unknown kind',
      { category: 'pigeon', text: 'Hi' },
      'category',
      'Please choose one of the kinds in the list.',
    ],
    ['no kind', { text: 'Hi' }, 'category', 'Please choose one of the kinds in the list.'],
  ])('explains %s', (_case, input, field, message) => {
    const check = checkCustomNudge(input);
    expect(check[field]).toMatchObject({ ok: false, message });
    expect(check.nudge).toBeNull();
  });

  it.each([
    ['280 characters', 'a'.repeat(280), true],
    ['281 characters', 'a'.repeat(281), false],
    ['280 characters with spaces around', `  ${'a'.repeat(280)}  `, true],
    ['280 emoji (one character each)', '💛'.repeat(280), true],
    ['281 emoji', '💛'.repeat(281), false],
  ])('a text of %s is ok: %s', (_case, text, ok) => {
    expect(checkCustomNudge({ category: 'reassurance', text }).text.ok).toBe(ok);
    expect(
      checkCustomNudge({ category: 'reassurance', text: 'Hi', message: text }).message.ok,
    ).toBe(ok);
  });

  it.each([null, 'text', 3, []])('treats %j as a nudge with nothing filled in', (input) => {
    expect(checkCustomNudge(input)).toMatchObject({ text: { ok: false }, nudge: null });
  });

  it('keeps markup as the characters it is', () => {
    const text = '<img src=x onerror=alert(1)>';
    expect(checkCustomNudge({ category: 'touch', text }).nudge?.text).toBe(text);
  });
});

describe('isCustomNudge', () => {
  it.each<[unknown, boolean]>([
    [{ id: 'custom-1', category: 'touch', text: 'Hug' }, true],
    [{ id: 'custom-1', category: 'touch', text: 'Hug', message: 'x' }, true],
    [{ category: 'touch', text: 'Hug' }, false],
    [{ id: '', category: 'touch', text: 'Hug' }, false],
    [{ id: 'custom-1', category: 'nope', text: 'Hug' }, false],
    [{ id: 'custom-1', category: 'touch', text: '' }, false],
    [null, false],
    ['custom-1', false],
  ])('%j → %s', (value, expected) => {
    expect(isCustomNudge(value)).toBe(expected);
  });
});

describe('mergeCustomNudges', () => {
  const existing: CustomNudge[] = [
    { id: 'custom-a', category: 'touch', text: 'Hug' },
    { id: 'custom-b', category: 'kind-act', text: 'Make tea' },
  ];
  let n = 0;
  const ids = (): string => `custom-new-${++n}`;

  it('appends new nudges with new ids and skips ones already there by kind and text', () => {
    n = 0;
    const incoming: NewCustomNudge[] = [
      { category: 'touch', text: 'Hug' },
      { category: 'reassurance', text: 'Hug' },
      { category: 'kind-act', text: 'Make tea', message: 'different message, same nudge' },
      { category: 'check-in', text: 'How are you, really?' },
      { category: 'check-in', text: 'How are you, really?' },
    ];
    const { merged, added, skipped } = mergeCustomNudges(existing, incoming, ids);
    expect(added).toEqual([
      { id: 'custom-new-1', category: 'reassurance', text: 'Hug' },
      { id: 'custom-new-2', category: 'check-in', text: 'How are you, really?' },
    ]);
    expect(merged).toEqual([...existing, ...added]);
    expect(skipped).toEqual([incoming[0], incoming[2], incoming[4]]);
  });

  it('keeps broken stored entries and never counts them as duplicates', () => {
    const broken = [null, { id: 'x', category: 'touch', text: '' }] as unknown as CustomNudge[];
    const { merged, added } = mergeCustomNudges(broken, [{ category: 'touch', text: 'Hug' }], ids);
    expect(added).toHaveLength(1);
    expect(merged.slice(0, 2)).toEqual(broken);
  });

  it('changes nothing given nothing', () => {
    expect(mergeCustomNudges(existing, [], ids)).toEqual({
      merged: existing,
      added: [],
      skipped: [],
    });
  });
});

describe('newCustomNudgeId', () => {
  it('is custom- and a random part, never the same twice', () => {
    const [a, b] = [newCustomNudgeId(), newCustomNudgeId()];
    expect(a).toMatch(/^custom-[0-9a-f-]{36}$/);
    expect(a).not.toBe(b);
  });
});

const file = (nudges: unknown, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ app: 'still-us', kind: 'custom-nudges', version: 1, nudges, ...extra });

describe('customNudgesFileText', () => {
  it('writes app, kind, version and the nudges without their ids', () => {
    const text = customNudgesFileText([
      { id: 'custom-a', category: 'touch', text: 'Hug' },
      { id: 'custom-b', category: 'flirty-text', text: 'Send', message: 'Hey <b>you</b>' },
    ]);
    expect(JSON.parse(text)).toEqual({
      app: 'still-us',
      kind: 'custom-nudges',
      version: 1,
      nudges: [
        { category: 'touch', text: 'Hug' },
        { category: 'flirty-text', text: 'Send', message: 'Hey <b>you</b>' },
      ],
    });
  });

  it('reads back what it wrote', () => {
    const nudges: CustomNudge[] = [
      { id: 'custom-a', category: 'touch', text: 'Hug' },
      { id: 'custom-b', category: 'flirty-text', text: 'Send', message: 'Hey' },
    ];
    expect(parseCustomNudgesFile(customNudgesFileText(nudges))).toEqual({
      ok: true,
      nudges: nudges.map(({ category, text, message }) =>
        message ? { category, text, message } : { category, text },
      ),
    });
  });
});

describe('parseCustomNudgesFile', () => {
  it('tidies the nudges and ignores ids and other fields', () => {
    expect(
      parseCustomNudgesFile(
        file([{ id: 'old', category: 'touch', text: ' Hug ', message: '', mood: 'x' }]),
      ),
    ).toEqual({ ok: true, nudges: [{ category: 'touch', text: 'Hug' }] });
  });

  it('accepts exactly 500 nudges', () => {
    const nudges = Array.from({ length: 500 }, (_, i) => ({ category: 'touch', text: `Hug ${i}` }));
    expect(parseCustomNudgesFile(file(nudges))).toMatchObject({ ok: true });
  });

  it.each<[string, string, RegExp]>([
    ['not JSON', 'hello, this is not json', /isn’t a JSON file/],
    ['empty', '', /isn’t a JSON file/],
    ['a JSON list', '[1, 2]', /isn’t a Still Us file of nudges/],
    ['JSON null', 'null', /isn’t a Still Us file of nudges/],
    ['from another app', file([], { app: 'other' }), /isn’t a Still Us file of nudges/],
    ['of another kind', file([], { kind: 'history' }), /isn’t a Still Us file of nudges/],
    ['of version 2', file([], { version: 2 }), /different version/],
    ['without a version', file([], { version: undefined }), /different version/],
    ['with the version as text', file([], { version: '1' }), /different version/],
    ['without a list', file({ a: 1 }), /no list of nudges/],
    ['with an empty list', file([]), /no nudges in it/],
    [
      'with 501 nudges',
      file(Array.from({ length: 501 }, (_, i) => ({ category: 'touch', text: `Hug ${i}` }))),
      /has 501 nudges\. Please import 500 or fewer/,
    ],
    ['over 1 MB', file([{ category: 'touch', text: 'x'.repeat(MAX_FILE_BYTES) }]), /too big/],
    [
      'over 1 MB only once encoded',
      file([{ category: 'touch', text: 'é'.repeat(MAX_FILE_BYTES / 2) }]),
      /too big/,
    ],
  ])('says what is wrong with a file %s', (_case, text, message) => {
    const parsed = parseCustomNudgesFile(text);
    expect(parsed).toEqual({ ok: false, message: expect.stringMatching(message) });
  });

  const good = { category: 'touch', text: 'Hug' };
  it.each<[string, unknown, string]>([
    ['an empty text', { category: 'touch', text: '  ' }, 'Nudge 3: the text is empty.'],
    ['no text', { category: 'touch' }, 'Nudge 3: the text is empty.'],
    [
      'a text that is a number',
      { category: 'touch', text: 5 },
      'Nudge 3: the text is not plain text.',
    ],
    [
      'a long text',
      { category: 'touch', text: 'a'.repeat(281) },
      'Nudge 3: the text is longer than 280 characters.',
    ],
    [
      'a long message',
      { ...good, message: 'a'.repeat(281) },
      'Nudge 3: the message to copy is longer than 280 characters.',
    ],
    [
      'a message that is a list',
      { ...good, message: ['hi'] },
      'Nudge 3: the message to copy is not plain text.',
    ],
    [
      'an unknown kind',
      { category: 'pigeon', text: 'Hug' },
      'Nudge 3: the kind is not one Still Us knows.',
    ],
    ['a string', 'Hug', 'Nudge 3 isn’t a nudge: each one needs a kind and a text.'],
    ['null', null, 'Nudge 3 isn’t a nudge: each one needs a kind and a text.'],
  ])('names the nudge and the field when one has %s', (_case, bad, message) => {
    expect(parseCustomNudgesFile(file([good, good, bad, good]))).toEqual({ ok: false, message });
  });
});

describe('readCustomNudgesFile', () => {
  it('refuses a file over 1 MB by its size, without reading it', async () => {
    const blob = new Blob(['{}']);
    Object.defineProperty(blob, 'size', { value: MAX_FILE_BYTES + 1 });
    const read = vi.fn(() => Promise.resolve('{}'));
    blob.text = read;
    expect(await readCustomNudgesFile(blob)).toEqual({
      ok: false,
      message: expect.stringMatching(/too big/),
    });
    expect(read).not.toHaveBeenCalled();
  });

  it('reads a good file, and says so kindly when a file cannot be opened', async () => {
    const text = file([{ category: 'touch', text: 'Hug' }]);
    expect(await readCustomNudgesFile(new Blob([text]))).toEqual(parseCustomNudgesFile(text));
    const broken = new Blob(['{}']);
    broken.text = () => Promise.reject(new Error('gone'));
    expect(await readCustomNudgesFile(broken)).toEqual({
      ok: false,
      message: 'That file couldn’t be opened.',
    });
  });
});
