import { describe, expect, it } from 'vitest';
import { fillPartner } from '@/utils/library/fill-partner';

const messageNudge = {
  id: 'x',
  category: 'flirty-text' as const,
  text: 'Send {partner} a spark:',
  message: 'Hey {partner}, you looked great today.',
};

it.each([
  ['Sam', 'Send Sam a spark:', 'Hey Sam, you looked great today.'],
  ['  Sam  ', 'Send Sam a spark:', 'Hey Sam, you looked great today.'],
  ['', 'Send your partner a spark:', 'Hey love, you looked great today.'],
])('name %j', (name, text, message) => {
  expect(fillPartner(messageNudge, name)).toEqual({
    id: 'x',
    category: 'flirty-text',
    text,
    message,
  });
});

it('keeps a name with markup as plain characters', () => {
  expect(fillPartner(messageNudge, '<b>Sam</b>').text).toBe('Send <b>Sam</b> a spark:');
});

it('leaves out the message when the nudge has none', () => {
  expect(fillPartner({ id: 'y', category: 'kind-act', text: 'Hug {partner}.' }, 'Sam')).toEqual({
    id: 'y',
    category: 'kind-act',
    text: 'Hug Sam.',
  });
});

it.each(["$'", '$&', '$`', '$$', 'A$1'])('keeps a name with %j in it exactly as typed', (name) => {
  const filled = fillPartner(
    { id: 'x-01', category: 'kind-act', text: 'Say to {partner}: hi', message: 'Hi {partner}!' },
    name,
  );
  expect(filled.text).toBe(`Say to ${name}: hi`);
  expect(filled.message).toBe(`Hi ${name}!`);
});

describe('in another language', () => {
  const german = (key: string): string =>
    ({
      partner_text: 'dein Schatz',
      partner_akk: 'deinen Schatz',
      partner_dat: 'deinem Schatz',
      partner_message: 'Schatz',
    })[key] ?? '';

  it.each([
    ['Sam', 'Bring Sam Wasser und frag Sam, ob Sam schläft.'],
    ['', 'Bring deinem Schatz Wasser und frag deinen Schatz, ob dein Schatz schläft.'],
  ])('a German text takes the case its sentence needs (name %j)', (name, text) => {
    const nudge = {
      id: 'touch-01',
      category: 'touch' as const,
      text: 'Bring {partner:dat} Wasser und frag {partner:akk}, ob {partner} schläft.',
    };
    expect(fillPartner(nudge, name, null, german).text).toBe(text);
  });

  it('takes a library nudge’s message from the book, with the book’s own word for love', () => {
    const book = {
      lang: 'es',
      fallback: 'mi amor',
      byId: { 'flirty-text-01': 'Hola, {partner}.' },
    };
    const nudge = { ...messageNudge, id: 'flirty-text-01' };
    expect(fillPartner(nudge, '', book)).toEqual({
      id: 'flirty-text-01',
      category: 'flirty-text',
      text: 'Send your partner a spark:',
      message: 'Hola, mi amor.',
      lang: 'es',
    });
    expect(fillPartner(nudge, 'Sam', book).message).toBe('Hola, Sam.');
  });

  it('keeps a nudge the book has not (one of the person’s own) in the pages’ language', () => {
    const book = { lang: 'es', fallback: 'mi amor', byId: {} };
    const own = fillPartner({ ...messageNudge, id: 'custom-1' }, '', book);
    expect(own.message).toBe('Hey love, you looked great today.');
    expect(own.lang).toBeUndefined();
  });
});
