import type { Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { popupFirstPaint } from '@/modules/popup-first-paint';

type OutputAsset = Rolldown.OutputAsset;
type OutputBundle = Rolldown.OutputBundle;

const asset = (fileName: string, source: string): OutputAsset =>
  ({ type: 'asset', fileName, source }) as OutputAsset;

const page = `<head>
    <script src="/popup-paint.js" defer blocking="render" vite-ignore></script>
    <script type="module" crossorigin src="/chunks/popup-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/chunks/history-def.js">
    <link rel="stylesheet" crossorigin href="/assets/popup-ghi.css">
  </head>`;

/** Runs the plugin's generateBundle on a bundle as Vite hands it over. */
function generate(bundle: OutputBundle): void {
  const hook = popupFirstPaint().generateBundle;
  const run = typeof hook === 'function' ? hook : hook?.handler;
  run?.call({} as Rolldown.PluginContext, {} as Rolldown.NormalizedOutputOptions, bundle, false);
}

describe('the popup-first-paint plugin', () => {
  it('inlines the styles and hands the module to popup-paint.js', () => {
    const bundle: OutputBundle = {
      'entrypoints/popup/index.html': asset('entrypoints/popup/index.html', page),
      'assets/popup-ghi.css': asset('assets/popup-ghi.css', 'p{}'),
    };
    generate(bundle);
    const html = (bundle['entrypoints/popup/index.html'] as OutputAsset).source;
    expect(html).toContain('<style>p{}</style>');
    expect(html).toContain('<script src="/popup-paint.js" data-main="/chunks/popup-abc.js"');
    expect(html).not.toMatch(/type="module"|modulepreload|stylesheet/);
    expect(Object.keys(bundle)).toEqual(['entrypoints/popup/index.html']);
  });

  it('leaves every other page alone', () => {
    const options = asset('entrypoints/options/index.html', page);
    const bundle: OutputBundle = { 'entrypoints/options/index.html': options };
    generate(bundle);
    expect(options.source).toBe(page);
  });
});
