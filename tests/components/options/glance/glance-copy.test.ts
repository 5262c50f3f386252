import { describe, expect, it } from 'vitest';
import {
  GLANCE_ON_KEY,
  glanceOnCopy,
  rememberGlanceOn,
} from '@/components/options/glance/glance-copy';

const refusing = {
  getItem: (): never => {
    throw new Error('blocked');
  },
  setItem: (): never => {
    throw new Error('full');
  },
};

describe('the glance copy', () => {
  it.each([
    [true, true],
    [false, false],
  ])('remembers on = %s', (on, read) => {
    rememberGlanceOn(on);
    expect(glanceOnCopy()).toBe(read);
  });

  it.each([null, '', 'yes', '0'])('reads %j as not known to be on', (value) => {
    if (value === null) localStorage.removeItem(GLANCE_ON_KEY);
    else localStorage.setItem(GLANCE_ON_KEY, value);
    expect(glanceOnCopy()).toBe(false);
  });

  it('never throws when storage refuses', () => {
    expect(() => rememberGlanceOn(true, refusing)).not.toThrow();
    expect(glanceOnCopy(refusing)).toBe(false);
  });
});
