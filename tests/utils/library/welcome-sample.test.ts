import { expect, it } from 'vitest';
import { library } from '../../support/library';
import { welcomeSample, WELCOME_SAMPLE_ID } from '@/utils/library/welcome-sample';

it('is a real library nudge, gentle and for any time', () => {
  expect(library.find((e) => e.id === WELCOME_SAMPLE_ID)).toMatchObject({
    tone: 'gentle',
    time: 'any',
  });
});

it.each([
  ['Sam', 'Sam'],
  ['  Robin  ', 'Robin'],
  ['', 'your partner'],
])('fills in the name %j', (name, shown) => {
  const sample = welcomeSample(library, name);
  expect(sample?.id).toBe(WELCOME_SAMPLE_ID);
  expect(sample?.text).toContain(shown);
  expect(sample?.text).not.toContain('{partner}');
});

it('is null when its words are missing, never a blank card', () => {
  expect(welcomeSample(library, 'Sam', () => '')).toBeNull();
});

it('is null while the library is not there, never a blank card', () => {
  expect(welcomeSample([], 'Sam')).toBeNull();
});
