import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderOptions } from '../render-options';
import { optionsSections } from '@/components/options/sections/section-list';
import { sectionInHash } from '@/components/options/sections/section-focus';

afterEach(() => {
  cleanup();
  history.replaceState(null, '', location.pathname);
});

const nav = (): HTMLElement => screen.getByRole('navigation', { name: 'On this page' });
const links = (): HTMLAnchorElement[] => within(nav()).getAllByRole('link');
const heading = (name: string): HTMLElement => screen.getByRole('heading', { level: 2, name });

/** Goes to a hash as a link, the address bar or Back would: the page hears `hashchange`. */
function goTo(hash: string): void {
  location.hash = hash;
  dispatchEvent(new HashChangeEvent('hashchange'));
}

describe('The sections of the options page', () => {
  it('are each a region under its heading, in the order of the links', async () => {
    await renderOptions();
    const words = links().map((link) => link.textContent);
    expect(words).toEqual([
      'Right now',
      'Your nudges',
      'When they come',
      'Your own nudges',
      'Looking back',
      'Your data',
      'Appearance and language',
    ]);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(words);
    for (const [i, link] of links().entries()) {
      const { id } = optionsSections[i]!;
      expect(link.getAttribute('href')).toBe(`#${id}`);
      const region = screen.getByRole('region', { name: words[i] });
      expect(region.id).toBe(id);
    }
  });

  it('group the settings where a parent looks for them', async () => {
    await renderOptions();
    const legends = (name: string): string[] =>
      [...screen.getByRole('region', { name }).querySelectorAll('legend')].map(
        (l) => l.textContent ?? '',
      );
    expect(legends('Your nudges')).toEqual(
      expect.arrayContaining([
        'Kinds of nudge',
        'How flirty may it get?',
        'How nudges arrive',
        'What a notification shows',
      ]),
    );
    expect(legends('When they come')).toEqual(
      expect.arrayContaining(['Quiet hours', 'Work hours', 'Good moments', 'Daily check-in']),
    );
    expect(legends('Appearance and language')).toContain('Appearance');
    const looking = screen.getByRole('region', { name: 'Looking back' });
    within(looking).getByRole('heading', { name: 'What Still Us has learned' });
    within(looking).getByRole('heading', { name: 'Your weeks' });
    within(looking).getByRole('heading', { name: 'History' });
    within(screen.getByRole('region', { name: 'Appearance and language' })).getByLabelText(
      'Messages to send in',
    );
  });

  it.each(optionsSections.map(({ id, heading: words }) => [id, words()]))(
    'a link to #%s brings its section to the focus',
    async (id, words) => {
      const scrolled = vi.spyOn(HTMLElement.prototype, 'scrollIntoView');
      await renderOptions();
      goTo(`#${id}`);
      await waitFor(() => expect(document.activeElement).toBe(heading(words)));
      expect(scrolled.mock.contexts.at(-1)).toBe(document.getElementById(id));
      const current = links().filter((link) => link.getAttribute('aria-current') === 'location');
      expect(current.map((link) => link.textContent)).toEqual([words]);
      scrolled.mockRestore();
    },
  );

  it('opens the section the URL names on arrival', async () => {
    history.replaceState(null, '', '#data');
    await renderOptions();
    await waitFor(() => expect(document.activeElement).toBe(heading('Your data')));
  });

  it('follows Back to the section before', async () => {
    await renderOptions();
    goTo('#own');
    await waitFor(() => expect(document.activeElement).toBe(heading('Your own nudges')));
    goTo('#when');
    await waitFor(() => expect(document.activeElement).toBe(heading('When they come')));
    goTo('#own'); // As Back brings the earlier hash back.
    await waitFor(() => expect(document.activeElement).toBe(heading('Your own nudges')));
  });

  it('a link to the section the hash names already opens it again', async () => {
    history.replaceState(null, '', '#history');
    await renderOptions();
    await waitFor(() => expect(document.activeElement).toBe(heading('Looking back')));
    screen.getByRole('button', { name: 'Pause for an hour' }).focus();
    fireEvent.click(within(nav()).getByRole('link', { name: 'Looking back' }));
    expect(document.activeElement).toBe(heading('Looking back'));
  });

  it('leaves the page as it is for a hash that names no section', async () => {
    history.replaceState(null, '', '#nowhere');
    await renderOptions();
    goTo('#also-nowhere');
    expect(document.activeElement).toBe(document.body);
    expect(links().some((link) => link.hasAttribute('aria-current'))).toBe(false);
  });
});

describe('sectionInHash', () => {
  it.each([
    ['#when', 'when'],
    ['when', 'when'],
    ['', ''],
    ['#', ''],
    ['#When', ''],
    ['#%77hen', ''],
    ['#nowhere', ''],
    ['#%E0%A4%A', ''],
  ])('%j names %j', (hash, id) => {
    expect(sectionInHash(hash)).toBe(id);
  });
});
