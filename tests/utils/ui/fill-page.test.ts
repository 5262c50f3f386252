import { describe, expect, it } from 'vitest';
import { fillPage } from '@/utils/ui/fill-page';

const markup = `<h1 data-i18n="common_extension_name"></h1>
  <nav data-i18n-label="options_sections_nav"><a href="#now">x</a><a href="#when">y</a></nav>
  <p data-glance-state></p>`;

describe('fillPage', () => {
  it.each([
    ['#when', 'options_pause_on', ['#when'], 'Nudges are on.'],
    ['', '', [], ''],
    ['#"]<b>', '', [], ''],
  ])('hash %j, state %j', (hash, state, current, line) => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = markup;
    const root = document;
    fillPage(root, hash, state);
    expect(root.querySelector('h1')?.textContent).toBe('Still Us');
    expect(root.querySelector('nav')?.getAttribute('aria-label')).toBe('On this page');
    const marked = [...root.querySelectorAll('[aria-current="location"]')];
    expect(marked.map((a) => a.getAttribute('href'))).toEqual(current);
    expect(root.querySelector('p')?.textContent).toBe(line);
    expect(root.querySelector('b')).toBeNull();
    expect(document.documentElement.lang).toBe('en');
  });
});
