import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WelcomeDone } from '@/components/welcome/WelcomeDone';
import { defaultPreferences, type Preferences } from '@/utils/storage/preferences';
import { nextNudgeAtStorage } from '@/utils/storage/storage';
import { formatClock } from '@/utils/time/local-time';

afterEach(() => {
  cleanup();
  vi.unstubAllEnvs();
});

/** A local time on a plain January day (no clock change near it). */
const at = (hours: number, minutes: number, day = 15): number =>
  new Date(2026, 0, day, hours, minutes).getTime();
const THREE_AM = at(3, 0);

async function renderDone(prefs: Partial<Preferences>, armed: number | null): Promise<void> {
  await nextNudgeAtStorage.setValue(armed);
  render(<WelcomeDone prefs={{ ...defaultPreferences, ...prefs }} now={THREE_AM} focus={false} />);
  await screen.findByRole('heading', { level: 2, name: 'You’re all set' });
}

/** The line that says when the first nudge comes, once the armed time is read. */
const firstLine = (text: RegExp): Promise<HTMLElement> => screen.findByText(text);

describe('when the first nudge comes (issue 18: the words match the armed alarm)', () => {
  it('at 3:00 in quiet hours (until 7:30), armed for 7:48: after the quiet hours, not "in a little while"', async () => {
    await renderDone({}, at(7, 48));
    const line = await firstLine(/first one comes/);
    expect(line.textContent).toContain(
      `It’s quiet hours now, so the first one comes after ${formatClock(at(7, 30))}.`,
    );
    expect(line.textContent).not.toMatch(/little while/);
  });

  it('at 3:00 outside quiet hours, armed for 7:48: around the rounded time, 7:50', async () => {
    await renderDone({ quietHours: [{ start: '22:00', end: '02:00' }] }, at(7, 48));
    const line = await firstLine(/first one comes/);
    expect(line.textContent).toContain(`The first one comes around ${formatClock(at(7, 50))}.`);
  });

  it('armed for tomorrow says tomorrow', async () => {
    await renderDone({ quietHours: [] }, at(9, 2, 16));
    const line = await firstLine(/first one comes/);
    expect(line.textContent).toContain(
      `The first one comes tomorrow, around ${formatClock(at(9, 0))}.`,
    );
  });

  it('armed within a few minutes says so', async () => {
    await renderDone({ quietHours: [] }, at(3, 4));
    expect((await firstLine(/first one comes/)).textContent).toContain(
      'The first one comes in a few minutes.',
    );
  });

  it('paused (settings synced from another browser): until when, and that nudges come back', async () => {
    await renderDone({ pausedUntil: at(9, 0) }, at(9, 20));
    const line = await firstLine(/Paused until/);
    expect(line.textContent).toContain(
      `Paused until ${formatClock(at(9, 0))}. Nudges come back on their own.`,
    );
  });

  it('none armed: says so kindly, and where to look, never a time that is not set', async () => {
    await renderDone({ quietHours: [] }, null);
    const line = await firstLine(/no time set/);
    expect(line.textContent).toContain(
      'There’s no time set for the first one just yet. Settings will show it once there is.',
    );
  });

  it('follows the worker as it re-arms', async () => {
    await renderDone({ quietHours: [] }, null);
    await firstLine(/no time set/);
    await nextNudgeAtStorage.setValue(at(10, 31));
    expect((await firstLine(/around/)).textContent).toContain(formatClock(at(10, 30)));
  });
});

describe('where Still Us lives: pinning the toolbar icon', () => {
  it('in Chrome: the puzzle piece, then the pin, with a picture named for screen readers', async () => {
    await renderDone({}, null);
    expect(screen.getByRole('heading', { level: 3, name: 'Keep Still Us close' })).toBeTruthy();
    expect(screen.getByText(/click the puzzle piece \(Extensions\).*then the pin/)).toBeTruthy();
    const picture = screen.getByRole('img', {
      name: /puzzle-piece button.*a pin next to Still Us/,
    });
    expect(picture.tagName.toLowerCase()).toBe('svg');
    // Drawn in the text colour and the theme's accent, so it works in dark mode too.
    expect(picture.getAttribute('stroke')).toBe('currentColor');
    expect(picture.innerHTML).toContain('var(--accent)');
    expect(picture.innerHTML).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(/i);
  });

  it('in Firefox: the Extensions button, then the gear and “Pin to Toolbar”', async () => {
    vi.stubEnv('FIREFOX', 'true');
    await renderDone({}, null);
    expect(
      screen.getByText(/Extensions button \(the puzzle piece\).*gear.*“Pin to Toolbar”/),
    ).toBeTruthy();
    expect(screen.queryByText(/then the pin next to Still Us/)).toBeNull();
    expect(screen.getByRole('img', { name: /a gear next to Still Us/ })).toBeTruthy();
  });
});
