import { describe, expect, it } from 'vitest';
import { CODE_LEGEND } from '@/modules/content/codes';
import {
  defineLibrary,
  traitsOf,
  type CodeLegend,
  type LibraryFile,
  type LibraryRows,
} from '@/utils/library/library-rows';
import { categories } from '@/utils/library/nudge';

const legend = CODE_LEGEND;

describe('traitsOf', () => {
  it('puts together what each letter says by the legend', () => {
    const tiny: CodeLegend = [
      { s: { effort: 'seconds' } },
      { n: { time: 'night' } },
      { g: { tone: 'gentle' } },
      { t: { partnerPresent: true } },
    ];
    expect(traitsOf(tiny, 'sngt')).toEqual({
      effort: 'seconds',
      time: 'night',
      tone: 'gentle',
      partnerPresent: true,
    });
  });

  it.each(['', 'sng', 'sngx', 'sngtRa', 'sngt '])('%j is not a code: null', (code) => {
    expect(traitsOf(legend, code)).toBeNull();
  });
});

describe('defineLibrary', () => {
  it('numbers codes within their kind, keeping a retired one’s place', () => {
    const rows = Object.fromEntries(categories.map((kind) => [kind, '']));
    const library = defineLibrary({ legend, rows: { ...rows, 'check-in': 'sngt ---- magtR' } });
    expect(library.map((n) => [n.id, n.ritual])).toEqual([
      ['check-in-01', undefined],
      ['check-in-03', true],
    ]);
  });

  it('leaves out a code that says nothing, keeping the others’ numbers', () => {
    const rows = { touch: 'sngt qqqq sngt' };
    expect(defineLibrary({ legend, rows }).map((n) => n.id)).toEqual(['touch-01', 'touch-03']);
  });

  it('throws on a file of another shape (the loader then rejects)', () => {
    const odd = { touch: 7 } as unknown as LibraryRows;
    expect(() => defineLibrary({ legend, rows: odd })).toThrow();
    expect(() => defineLibrary({ rows: { touch: 'sngt' } } as unknown as LibraryFile)).toThrow();
  });
});
