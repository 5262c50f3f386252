import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import popupPaint from '@/entrypoints/popup-paint';
import { popupPath } from '@/utils/popup/popup-url';
import { libraryNudge } from '../support/library-nudge';
import { popupShownStorage } from '@/utils/storage/storage';

// happy-dom runs no scripts: the head only records what popup-paint.js adds.
let added: Node[] = [];
const modules = (): string[] =>
  added.flatMap((n) =>
    n instanceof HTMLScriptElement && n.type === 'module' ? [n.getAttribute('src')!] : [],
  );

const preloads = (): string[] =>
  added.flatMap((n) =>
    n instanceof HTMLLinkElement && n.rel === 'modulepreload' ? [n.getAttribute('href')!] : [],
  );

/** Runs popup-paint.js as popup.html would, with `data-main` (and `data-preload`) when the build set it. */
function run(hash: string, main?: string, preload?: string): void {
  history.replaceState(null, '', `/popup.html${hash}`);
  document.body.innerHTML = '<div id="app"></div>';
  const script = document.createElement('script');
  if (main) script.dataset.main = main;
  if (preload !== undefined) script.dataset.preload = preload;
  vi.spyOn(document, 'currentScript', 'get').mockReturnValue(script);
  void popupPaint.main();
}

describe('popup-paint.js', () => {
  beforeEach(() => {
    added = [];
    vi.spyOn(document.head, 'append').mockImplementation((...nodes) => {
      added.push(...nodes.filter((n): n is Node => typeof n !== 'string'));
    });
    vi.stubGlobal('requestAnimationFrame', (frame: FrameRequestCallback) => setTimeout(frame, 16));
    vi.useFakeTimers({ toFake: ['setTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  // The module is asked for once the nudge is in the page, not after the frame: an extension
  // file takes a frame's time to come, so it arrives about when the nudge is on screen.
  it('paints the waiting nudge, then asks for the popup module and its chunks at once', () => {
    const nudge = libraryNudge('flirty-text-08', Date.now());
    let paintedFirst = false;
    vi.mocked(document.head.append).mockImplementation((...nodes) => {
      paintedFirst ||= document.querySelector('[data-testid="nudge-text"]') !== null;
      added.push(...nodes.filter((n): n is Node => typeof n !== 'string'));
    });
    run(popupPath(nudge).replace('/popup.html', ''), '/chunks/popup-abc.js', '/chunks/a.js');
    expect(document.querySelector('[data-testid="nudge-text"]')?.textContent).toBe(nudge.text);
    expect(paintedFirst).toBe(true);
    expect(modules()).toEqual(['/chunks/popup-abc.js']);
    expect(preloads()).toEqual(['/chunks/a.js']);
  });

  // Issue 14: openPopup() rejects when the popup closes at once; the page's own word that it
  // painted the nudge is what tells the worker it was seen. Written after the frame, never before.
  it('says in storage that it painted the nudge, once that frame is on screen', async () => {
    const nudge = libraryNudge('flirty-text-08', Date.now());
    run(popupPath(nudge).replace('/popup.html', ''), '/chunks/popup-abc.js');
    expect(await popupShownStorage.getValue()).toBeNull();
    await vi.runAllTimersAsync();
    await vi.waitFor(async () =>
      expect(await popupShownStorage.getValue()).toEqual({ id: nudge.id, shownAt: nudge.shownAt }),
    );
  });

  it('writes no mark for a nudge that came a while ago (opened by hand): no worker waits for it', async () => {
    const nudge = libraryNudge('flirty-text-08', Date.now() - 60_000);
    run(popupPath(nudge).replace('/popup.html', ''), '/chunks/popup-abc.js');
    await vi.runAllTimersAsync();
    expect(document.querySelector('[data-testid="nudge-text"]')?.textContent).toBe(nudge.text);
    expect(await popupShownStorage.getValue()).toBeNull();
  });

  // A build whose popup module shares nothing has an empty `data-preload`: no link to the page itself.
  it('adds no preload when the build lists none', () => {
    run(
      popupPath(libraryNudge('kind-act-01', Date.now())).replace('/popup.html', ''),
      '/chunks/popup-abc.js',
      '',
    );
    expect(modules()).toEqual(['/chunks/popup-abc.js']);
    expect(preloads()).toEqual([]);
  });

  it('loads the module at once when there is nothing to paint', () => {
    run('', '/chunks/popup-abc.js');
    expect(document.getElementById('app')?.childElementCount).toBe(0);
    expect(modules()).toEqual(['/chunks/popup-abc.js']);
  });

  it('loads nothing when the page loads its module itself (wxt dev)', async () => {
    run(popupPath(libraryNudge('kind-act-01', Date.now())).replace('/popup.html', ''));
    await vi.runAllTimersAsync();
    expect(document.querySelector('[data-testid="nudge-text"]')).not.toBeNull();
    expect(modules()).toEqual([]);
  });
});
