import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Options } from '@/components/options/Options';
import { GLANCE_ON_KEY } from '@/components/options/glance/glance-copy';
import { optionsSections } from '@/components/options/sections/section-list';
import optionsPaint from '@/entrypoints/options-paint';

// The top of options.html as written: happy-dom runs no scripts, so the tests run the paint.
const page = readFileSync('entrypoints/options/index.html', 'utf8');
const app = /<div id="app">[\s\S]*<\/div>\s*(?=<script)/.exec(page)![0];

let added: Node[] = [];
function paint(hash = '', main?: string): HTMLElement {
  history.replaceState(null, '', `/options.html${hash}`);
  document.body.innerHTML = app;
  const script = document.createElement('script');
  if (main) script.dataset.main = main;
  vi.spyOn(document, 'currentScript', 'get').mockReturnValue(script);
  void optionsPaint.main();
  return document.getElementById('app')!;
}

/** Elements only, attributes sorted, without the paint's own markers: what Preact compares. */
function shape(node: Element): string {
  const attributes = [...node.attributes]
    .filter((a) => !a.name.startsWith('data-i18n') && a.name !== 'data-glance-state')
    .map((a) => `${a.name}="${a.value}"`)
    .sort();
  const inner = [...node.childNodes]
    .map((c) => (c instanceof Element ? shape(c) : (c.textContent ?? '').trim()))
    .join('');
  return `<${node.localName} ${attributes.join(' ')}>${inner}</${node.localName}>`;
}

describe('options-paint.js', () => {
  beforeEach(() => {
    added = [];
    vi.spyOn(document.head, 'append').mockImplementation((...nodes) => {
      added.push(...nodes.filter((n): n is Node => typeof n !== 'string'));
    });
    vi.stubGlobal('requestAnimationFrame', (frame: FrameRequestCallback) => setTimeout(frame, 16));
    // Preact's effects wait for a frame too, and cancel it with this.
    vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id));
  });
  afterEach(async () => {
    render(null, document.getElementById('app')!);
    // Preact's effects wait for a frame or 100 ms, then cancel the other: let that pass while
    // the stubs are still in place (unstubbed first, a late one threw after the test).
    await new Promise((done) => setTimeout(done, 120));
    localStorage.clear();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('fills in the top in words, the current section and the glance line from the copy', () => {
    localStorage.setItem(GLANCE_ON_KEY, '1');
    const root = paint('#when');
    expect(root.querySelector('h1')?.textContent).toBe('Still Us');
    expect(root.querySelector('nav')?.getAttribute('aria-label')).toBe('On this page');
    const links = [...root.querySelectorAll('nav a')];
    expect(links.map((a) => a.textContent)).toEqual(optionsSections.map((s) => s.heading()));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(
      optionsSections.map((s) => `#${s.id}`),
    );
    expect(links.filter((a) => a.hasAttribute('aria-current')).map((a) => a.textContent)).toEqual([
      'When they come',
    ]);
    expect(root.querySelector('#section-now')?.textContent).toBe('Right now');
    expect(root.querySelector('[elementtiming="now"]')?.textContent).toBe('Nudges are on.');
  });

  it('leaves the glance line to Preact when the copy does not say nudges are on', () => {
    localStorage.setItem(GLANCE_ON_KEY, '');
    expect(paint().querySelector('[elementtiming="now"]')?.textContent).toBe('');
  });

  it('loads the module only after the first frame', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    paint('', '/chunks/options-abc.js');
    expect(added).toEqual([]);
    await vi.runAllTimersAsync();
    vi.useRealTimers();
    expect(added.map((n) => (n as HTMLScriptElement).getAttribute('src'))).toEqual([
      '/chunks/options-abc.js',
    ]);
  });

  it.each([
    ['nudges on', '1'],
    ['nothing known', ''],
  ])('is what Preact renders first (%s), and Preact keeps its nodes', (_, copy) => {
    localStorage.setItem(GLANCE_ON_KEY, copy);
    const root = paint('#history');
    const painted = shape(root);
    const heading = root.querySelector('h1');
    // The preferences are read asynchronously: Preact's first, synchronous render is without them.
    render(<Options />, root);
    expect(shape(root)).toBe(painted);
    expect(root.querySelector('h1')).toBe(heading);
  });
});
