import type { Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { moduleAfterPaint, optionsFirstPaint } from '@/modules/options-first-paint';

const built = `<head>
    <script src="/options-paint.js" defer blocking="render" ></script>
    <script type="module" crossorigin src="/chunks/options-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/chunks/history-def.js">
    <link rel="stylesheet" crossorigin href="/assets/options-123.css">
  </head>`;

describe('moduleAfterPaint (options)', () => {
  it('hands the module to options-paint.js and leaves nothing else to load', () => {
    const html = moduleAfterPaint(built);
    expect(html).toContain(
      '<script src="/options-paint.js" data-main="/chunks/options-abc.js" defer blocking="render" >',
    );
    expect(html).not.toMatch(/type="module"|modulepreload/);
  });

  it('leaves a page of another shape as it is', () => {
    const noPaint = built.replace('/options-paint.js', '/other.js');
    expect(moduleAfterPaint(noPaint)).toBe(noPaint);
  });
});

describe('optionsFirstPaint', () => {
  it('inlines the stylesheet and drops its file', () => {
    const bundle = {
      'entrypoints/options/index.html': { type: 'asset', source: built },
      'assets/options-123.css': { type: 'asset', source: 'p{color:red}' },
    } as unknown as Rolldown.OutputBundle;
    const hook = optionsFirstPaint().generateBundle as (
      o: unknown,
      b: Rolldown.OutputBundle,
    ) => void;
    hook({}, bundle);
    const page = bundle['entrypoints/options/index.html'] as { source: string };
    expect(page.source).toContain('<style>p{color:red}</style>');
    expect(page.source).not.toContain('rel="stylesheet"');
    expect(bundle['assets/options-123.css']).toBeUndefined();
  });
});
