import { describe, expect, it, vi } from 'vitest';
import { parseJsonText, readFileText, type JsonFileMessages } from '@/utils/ui/read-json-file';

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
