// CSS in the built stylesheets and the pages' inline styles (see ./index.ts).
import type { Identifier } from '@mdn/browser-compat-data/types';
import { children, own, type Scan } from './bcd';

/** The CSS in an HTML page: its <style> elements and style="" attributes (as a rule each). */
export function cssInHtml(html: string): string {
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]);
  const attributes = [...html.matchAll(/\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map(
    (m) => `[style]{${m[1] ?? m[2]}}`,
  );
  return [...styles, ...attributes].join('\n');
}

/** Every function name under css.types, to its path (the shallowest where a name repeats). */
export function cssFunctionIndex(types: Identifier, prefix = 'css.types'): Map<string, string> {
  const index = new Map<string, string>();
  let level: [Identifier, string][] = [[types, prefix]];
  while (level.length > 0) {
    const next: [Identifier, string][] = [];
    for (const [node, path] of level)
      for (const key of children(node)) {
        const child = own(node, key);
        if (!child) continue;
        if (!index.has(key)) index.set(key, `${path}.${key}`);
        next.push([child, `${path}.${key}`]);
      }
    level = next;
  }
  return index;
}

/**
 * The CSS features `css` (a stylesheet, minified or not) uses. `tree` is BCD's `css` node. A
 * pragmatic parser, not a full one: strings and url() bodies are blanked, then the text is cut
 * at `{`, `}` and `;` (so nested rules work): what ends at `{` is a selector or an at-rule's
 * prelude, what ends at `;` or `}` a declaration.
 */
export function cssUses(css: string, tree: Identifier, prefix = 'css'): Scan {
  const found = new Set<string>();
  const notInBcd = new Set<string>();
  const properties = own(tree, 'properties') ?? {};
  const selectors = own(tree, 'selectors') ?? {};
  const atRules = own(tree, 'at-rules') ?? {};
  const functions = cssFunctionIndex(own(tree, 'types') ?? {}, `${prefix}.types`);
  const look = (node: Identifier, group: string, name: string) => {
    if (own(node, name)) found.add(`${prefix}.${group}.${name}`);
    else notInBcd.add(`${prefix}.${group}.${name}`);
    return own(node, name);
  };

  const text = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'/g, '""')
    .replace(/\burl\(\s*[^)"']*\)/gi, 'url()');

  /** Functions in a value, and the keywords BCD lists under its property (at `path`). */
  const values = (value: string, property?: Identifier, path?: string) => {
    for (const m of value.matchAll(/(?<![\w-])(-?[a-zA-Z][\w-]*)\(/g)) {
      const name = (m[1] ?? '').toLowerCase();
      const at = functions.get(name);
      if (at) found.add(at);
      else notInBcd.add(`${prefix}.types.${name}()`);
    }
    if (!property) return;
    // Value keywords BCD lists under the property (display: grid; overflow-wrap: anywhere).
    for (const m of value.matchAll(/(?<![\w(-])([a-zA-Z][\w-]*)(?![\w(-])/g)) {
      const word = (m[1] ?? '').toLowerCase();
      if (own(property, word)) found.add(`${path}.${word}`);
    }
  };

  const declaration = (chunk: string) => {
    const colon = chunk.indexOf(':');
    if (colon < 0) return;
    const name = chunk.slice(0, colon).trim().toLowerCase();
    const value = chunk.slice(colon + 1).replace(/!\s*important/i, '');
    if (!/^-?-?[a-z][\w-]*$/.test(name)) return;
    // A vendor-prefixed fallback for other engines (Lightning CSS adds -webkit-user-select
    // beside user-select) sets nothing the unprefixed one does not: only its value is read.
    if (/^-(webkit|moz|ms|o)-/.test(name) && !own(properties, name)) return values(value);
    const key = name.startsWith('--') ? 'custom-property' : name;
    values(value, look(properties, 'properties', key), `${prefix}.properties.${key}`);
  };

  const selector = (chunk: string) => {
    const plain = chunk.replace(/\[[^\]]*\]/g, (attr) => {
      found.add(`${prefix}.selectors.attribute`);
      return attr.replace(/[^[\]]/g, ' ');
    });
    for (const m of plain.matchAll(/::?(-?[a-zA-Z][\w-]*)/g))
      look(selectors, 'selectors', (m[1] ?? '').toLowerCase());
    // Combinators and the like (the + in :nth-child(2n+1) is none).
    const outside = plain.replace(/:nth-[a-z-]+\([^()]*\)/gi, '');
    if (outside.includes('&')) look(selectors, 'selectors', 'nesting');
    if (outside.includes('*')) look(selectors, 'selectors', 'universal');
    if (outside.includes('>')) look(selectors, 'selectors', 'child');
    if (/\+/.test(outside)) look(selectors, 'selectors', 'next-sibling');
    if (outside.includes('~')) look(selectors, 'selectors', 'subsequent-sibling');
  };

  const atRule = (chunk: string) => {
    const m = /^@([a-zA-Z-]+)\s*([\s\S]*)$/.exec(chunk);
    if (!m) return;
    const name = (m[1] ?? '').toLowerCase();
    const prelude = m[2] ?? '';
    const rule = look(atRules, 'at-rules', name);
    if (!rule) return;
    if (name === 'media' || name === 'container' || name === 'custom-media') {
      for (const q of prelude.matchAll(/\(\s*([a-zA-Z-]+)\s*([:<>=)])/g)) {
        const feature = (q[1] ?? '').toLowerCase();
        if (own(rule, feature)) found.add(`${prefix}.at-rules.${name}.${feature}`);
        else notInBcd.add(`${prefix}.at-rules.${name}.${feature}`);
      }
      // (width <= 36rem), (36rem >= width), (400px < width < 700px)
      if (/\([^()]*[<>][^()]*\)/.test(prelude) && own(rule, 'range_syntax'))
        found.add(`${prefix}.at-rules.${name}.range_syntax`);
    }
    if (name !== 'media' && name !== 'container') values(prelude);
  };

  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (i < text.length && c !== '{' && c !== '}' && c !== ';') continue;
    const chunk = text.slice(start, i).trim();
    start = i + 1;
    if (!chunk) continue;
    if (chunk.startsWith('@')) atRule(chunk);
    else if (c === '{') selector(chunk);
    else declaration(chunk);
  }
  return {
    found: [...found].map((feature) => ({ feature, from: 'css' as const, guarded: false })),
    notInBcd: [...notInBcd],
  };
}
