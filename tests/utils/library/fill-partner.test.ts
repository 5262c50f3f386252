import { expect, it } from 'vitest';
import { fillPartner } from '@/utils/library/fill-partner';

const nudge = {
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
  expect(fillPartner(nudge, name)).toEqual({ id: 'x', category: 'flirty-text', text, message });
});

it('keeps a name with markup as plain characters', () => {
  expect(fillPartner(nudge, '<b>Sam</b>').text).toBe('Send <b>Sam</b> a spark:');
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
