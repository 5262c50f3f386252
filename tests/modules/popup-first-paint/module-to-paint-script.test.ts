import { describe, expect, it } from 'vitest';
import { moduleToPaintScript } from '@/modules/popup-first-paint/module-to-paint-script';

const built = `<head>
    <script src="/popup-paint.js" defer blocking="render" ></script>
    <script type="module" crossorigin src="/chunks/popup-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/chunks/history-def.js">
    <style>p{}</style>
  </head>`;

describe('moduleToPaintScript', () => {
  it('hands the module and its preloads to popup-paint.js and leaves nothing else to load', () => {
    const html = moduleToPaintScript(built);
    expect(html).toContain(
      '<script src="/popup-paint.js" data-main="/chunks/popup-abc.js" data-preload="/chunks/history-def.js" defer blocking="render" >',
    );
    expect(html).not.toMatch(/type="module"|modulepreload/);
    expect(html).toContain('<style>p{}</style>');
  });

  it('leaves a page of another shape as it is', () => {
    const noPaint = built.replace('/popup-paint.js', '/other.js');
    expect(moduleToPaintScript(noPaint)).toBe(noPaint);
    const noModule = built.replace(/\s*<script type="module"[^>]*><\/script>/, '');
    expect(moduleToPaintScript(noModule)).toBe(noModule);
  });
});
