import { describe, expect, it } from 'vitest';
import {
  HOLD_EXPIRES_AFTER,
  holdFor,
  isCallSite,
  SETTLE_AFTER_HOLD,
  stepHeld,
  type DeliveryContext,
  type HeldNudge,
} from '@/utils/schedule/hold-rules';

const clear: DeliveryContext = { idle: 'active', fullscreen: false, activeTab: null };

describe('holdFor', () => {
  it('lets a nudge through when the person is here and nothing is in the way', () => {
    expect(holdFor(clear, true)).toBeNull();
    expect(holdFor({ ...clear, activeTab: { url: 'https://example.com/' } }, true)).toBeNull();
  });

  it('holds while away or locked', () => {
    expect(holdFor({ ...clear, idle: 'idle' }, false)).toBe('away');
    expect(holdFor({ ...clear, idle: 'locked' }, false)).toBe('away');
  });

  it('holds while the focused window is fullscreen', () => {
    expect(holdFor({ ...clear, fullscreen: true }, false)).toBe('fullscreen');
  });

  it('holds on a call or while sound plays, only when the person opted in', () => {
    const call = { ...clear, activeTab: { url: 'https://meet.google.com/abc-defg-hij' } };
    const film = { ...clear, activeTab: { url: 'https://example.com/', audible: true } };
    expect(holdFor(call, true)).toBe('call');
    expect(holdFor(film, true)).toBe('call');
    expect(holdFor(call, false)).toBeNull();
    expect(holdFor(film, false)).toBeNull();
  });

  it('without permission to see addresses, sound alone still counts', () => {
    expect(holdFor({ ...clear, activeTab: { audible: true } }, true)).toBe('call');
    expect(holdFor({ ...clear, activeTab: {} }, true)).toBeNull();
  });
});

describe('isCallSite', () => {
  it.each([
    'https://meet.google.com/abc',
    'https://us02web.zoom.us/j/123',
    'https://zoom.us/j/1',
    'https://teams.microsoft.com/l/meetup-join/x',
    'https://acme.webex.com/meet/x',
    'https://meet.jit.si/room',
  ])('knows %s', (url) => expect(isCallSite(url)).toBe(true));

  it.each([
    undefined,
    '',
    'not a url',
    'https://example.com/meet.google.com',
    'https://notzoom.us/',
    'https://google.com/',
    'https://zoom.us.example.com/',
  ])('does not count %s', (url) => expect(isCallSite(url)).toBe(false));
});

describe('stepHeld', () => {
  const since = 1_000_000;
  const held: HeldNudge = { since, reason: 'away', clearSince: null };

  it('keeps waiting while the hold lasts, noting the latest reason', () => {
    expect(stepHeld(held, 'fullscreen', since + 60_000)).toEqual({
      do: 'wait',
      held: { since, reason: 'fullscreen', clearSince: null },
    });
  });

  it('delivers only once the moment has stayed clear a little while', () => {
    const first = stepHeld(held, null, since + 60_000);
    expect(first).toEqual({ do: 'wait', held: { ...held, clearSince: since + 60_000 } });
    const noted = { ...held, clearSince: since + 60_000 };
    expect(stepHeld(noted, null, since + 60_000 + SETTLE_AFTER_HOLD - 1).do).toBe('wait');
    expect(stepHeld(noted, null, since + 60_000 + SETTLE_AFTER_HOLD).do).toBe('deliver');
  });

  it('starts the settling again when the hold comes back', () => {
    const noted = { ...held, clearSince: since + 60_000 };
    const step = stepHeld(noted, 'away', since + 90_000);
    expect(step).toEqual({ do: 'wait', held: { ...held, clearSince: null } });
  });

  it('expires after two hours, held or not', () => {
    expect(stepHeld(held, 'away', since + HOLD_EXPIRES_AFTER)).toEqual({ do: 'expire' });
    const noted = { ...held, clearSince: since };
    expect(stepHeld(noted, null, since + HOLD_EXPIRES_AFTER)).toEqual({ do: 'expire' });
    expect(stepHeld(held, 'away', since + HOLD_EXPIRES_AFTER - 1).do).toBe('wait');
  });
});
