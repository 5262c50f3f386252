import { describe, expect, it } from 'vitest';
import { inlineCss } from '@/modules/popup-first-paint/inline-css';

const built = `<head>
    <script src="/popup-paint.js" defer blocking="render" ></script>
    <link rel="stylesheet" crossorigin href="/assets/popup-abc.css">
  </head>`;

describe('inlineCss', () => {
  it('puts the popup stylesheet inside the page', () => {
    const taken: string[] = [];
    const html = inlineCss(built, (fileName) => {
      taken.push(fileName);
      return '.nudge-text{color:red}';
    });
    expect(taken).toEqual(['assets/popup-abc.css']);
    expect(html).toContain('<style>.nudge-text{color:red}</style>');
    expect(html).not.toMatch(/<link[^>]*stylesheet/);
  });

  it('keeps the link when the stylesheet is not in the build', () => {
    expect(inlineCss(built, () => undefined)).toBe(built);
  });

  it('copies the styles as they are (no `$` replacement patterns)', () => {
    expect(inlineCss(built, () => "a::after{content:'$&'}")).toContain(
      "<style>a::after{content:'$&'}</style>",
    );
  });
});
