import { describe, expect, it, vi } from 'vitest';
import {
  MAX_JSON_DEPTH,
  nestsDeeperThan,
  parseJsonText,
  readFileText,
  type JsonFileMessages,
} from '@/utils/ui/read-json-file';

const messages: JsonFileMessages = {
  tooBig: () => 'too big',
  unreadable: () => 'unreadable',
  notJson: () => 'not json',
};

describe('parseJsonText', () => {
  it.each([
    ['JSON within the cap', '{"a":[1,2]}', 11, { ok: true, value: { a: [1, 2] } }],
    ['more characters than the cap', '{"a":1234}', 9, { ok: false, message: 'too big' }],
    // Four characters, but eight bytes once encoded: the cap is in bytes.
    ['more bytes than the cap', '"éé"', 5, { ok: false, message: 'too big' }],
    ['text that is not JSON', '{"a":', 100, { ok: false, message: 'not json' }],
    ['nothing at all', '', 100, { ok: false, message: 'not json' }],
  ])('reads %s', (_, text, cap, expected) => {
    expect(parseJsonText(text, cap, messages)).toEqual(expected);
  });
});

describe('nesting', () => {
  const nested = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);

  it.each([
    [nested(64), false],
    [nested(65), true],
    [`{"a":${nested(64)}}`, true],
    // Brackets inside strings (escaped quotes too) are words, not nesting.
    [JSON.stringify({ text: '['.repeat(500) + '\\"' + '{'.repeat(500) }), false],
  ])('%#: deeper than 64 → %s', (text, deeper) => {
    expect(nestsDeeperThan(text, MAX_JSON_DEPTH)).toBe(deeper);
  });

  it('refuses a 400 KB file nested too deeply, with a message', () => {
    const read = parseJsonText(nested(200_000), 1_000_000, messages);
    expect(read).toEqual({ ok: false, message: expect.stringMatching(/layers/) });
  });
});

describe('readFileText', () => {
  it('refuses a file over the cap by its size, without reading it', async () => {
    const file = new Blob(['{}']);
    Object.defineProperty(file, 'size', { value: 11 });
    const read = vi.fn(() => Promise.resolve('{}'));
    file.text = read;
    expect(await readFileText(file, 10, messages)).toEqual({ ok: false, message: 'too big' });
    expect(read).not.toHaveBeenCalled();
  });

  it('gives the text of a file within the cap', async () => {
    expect(await readFileText(new Blob(['{"a":1}']), 10, messages)).toEqual({
      ok: true,
      value: '{"a":1}',
    });
  });

  it('says so when the browser cannot open the file', async () => {
    const broken = new Blob(['{}']);
    broken.text = () => Promise.reject(new Error('gone'));
    expect(await readFileText(broken, 10, messages)).toEqual({
      ok: false,
      message: 'unreadable',
    });
  });
});
