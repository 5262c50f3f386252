/// <reference types="chrome" />
// Accessibility probes for extension pages in real Chromium (tests/e2e/a11y.test.ts, screenshots).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One axe finding, short enough to read in a failed assertion. */
export interface Violation {
  rule: string;
  impact: string | null | undefined;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core on the page as it is now, with its default rules (WCAG 2.x A/AA and best
 * practices). The source is evaluated, not added as a script tag: extension pages' CSP
 * refuses scripts from elsewhere, but evaluate runs beside the page's own.
 */
export async function axeViolations(page: Page): Promise<Violation[]> {
  // Colours read mid-transition (a look switched on an open page) are neither look's.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  await page.evaluate(await axeSource);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run: () => Promise<AxeResults> } }).axe.run(),
  );
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
  }));
}

/** The page background (`--bg` on <html>) in each look, as Chromium computes it. */
export const BACKGROUND = { light: 'rgb(253, 248, 244)', dark: 'rgb(29, 26, 31)' } as const;

/**
 * Records, in every document this page opens from now on, the theme and background of the
 * first frame: a requestAnimationFrame callback set when the document is created runs just
 * before that frame is painted.
 */
export async function recordFirstFrame(page: Page): Promise<void> {
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      const root = document.documentElement;
      (window as unknown as { firstFrame: unknown }).firstFrame = {
        theme: root.dataset.theme ?? 'system',
        background: getComputedStyle(root).backgroundColor,
      };
    });
  });
}

export function firstFrame(page: Page): Promise<{ theme: string; background: string }> {
  return page
    .waitForFunction(() => (window as unknown as { firstFrame?: unknown }).firstFrame)
    .then((handle) => handle.jsonValue() as Promise<{ theme: string; background: string }>);
}

export const background = (page: Page): Promise<string> =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

/**
 * Real browser zoom for the page's tab (`tabs.setZoom`, as Ctrl + does). Chromium keeps zoom
 * per origin, so every page of the extension follows: set it back to 1 when done.
 */
export async function zoom(page: Page, factor: number): Promise<void> {
  await page.evaluate(async (f) => {
    const tab = await chrome.tabs.getCurrent();
    if (tab?.id === undefined) throw new Error('not in a tab');
    await chrome.tabs.setZoom(tab.id, f);
  }, factor);
  await page.waitForFunction((f) => devicePixelRatio === f, factor);
}

/**
 * What does not fit the width: whether the page scrolls sideways, and every element that
 * reaches past the right edge or cuts its own content off (overflow hidden or clip).
 */
export function horizontalOverflow(
  page: Page,
): Promise<{ scrollWidth: number; innerWidth: number; outside: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const name = (el: Element): string =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).replace(/ /g, '.')}` : ''}`;
    const outside = [...document.body.querySelectorAll('*')].flatMap((el) => {
      const box = el.getBoundingClientRect();
      // Nothing to see (or text for screen readers only, in a 1 px box): nothing to cut.
      if (box.width <= 1 && box.height <= 1) return [];
      if (box.right > width + 0.5) return [`${name(el)} ends at ${Math.round(box.right)}px`];
      const { overflowX } = getComputedStyle(el);
      const cut =
        (overflowX === 'hidden' || overflowX === 'clip') && el.scrollWidth > el.clientWidth + 1;
      return cut ? [`${name(el)} cuts off its content`] : [];
    });
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth, outside };
  });
}

/** Elements still moving: a transition or an animation that lasts. */
export function moving(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((el) => {
      const style = getComputedStyle(el);
      const lasts = (list: string): boolean => list.split(',').some((d) => parseFloat(d) > 0);
      const moves =
        lasts(style.transitionDuration) ||
        (style.animationName !== 'none' && lasts(style.animationDuration));
      return moves ? [el.tagName.toLowerCase()] : [];
    }),
  );
}
