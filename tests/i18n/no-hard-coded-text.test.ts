import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Where interface text is written: every component and page. */
const ROOTS = ['components', 'entrypoints'];

/**
 * Words that may stay as written, each with its reason. Even the brand name comes from the
 * locale files (`common.extension_name`).
 */
const ALLOWED: { file: string; text: string; why: string }[] = [
  {
    file: join('utils', 'delivery', 'offscreen-copy.ts'),
    text: 'Copy a nudge’s message.',
    why: 'Chrome asks why an offscreen page is made; people never see it',
  },
];
/** Never shipped: `npm run bench` seeds history with this script. */
const NOT_SHIPPED = join('entrypoints', 'bench-history.ts');

/** Attributes and props that people read or hear: `aria-label`, `title`, `submitLabel`, … */
const TEXT_PROP =
  /^(?:aria-(?:label|description|roledescription|placeholder|valuetext)|title|alt|placeholder|legend|hint|question|label|[a-zA-Z]*(?:Label|Title|Text|Hint|Question|Message))$/;
const LETTERS = /\p{L}/u;

function sourceFiles(dir: string, ending: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path, ending);
    return ending.test(entry.name) && path !== NOT_SHIPPED ? [path] : [];
  });
}

const parse = (file: string): ts.SourceFile =>
  ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
const allowed = (file: string) => (text: string) =>
  !ALLOWED.some((a) => a.file === file && a.text === text);

/** The words written in code of a string, or of a template's fixed parts. */
function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
  }
  return null;
}

/** Strings an expression can show as it is: itself, either branch of `?:`, the end of `&&`. */
function shownLiterals(node: ts.Expression): string[] {
  if (ts.isParenthesizedExpression(node)) return shownLiterals(node.expression);
  if (ts.isConditionalExpression(node)) {
    return [...shownLiterals(node.whenTrue), ...shownLiterals(node.whenFalse)];
  }
  if (ts.isBinaryExpression(node) && /^(?:&&|\|\||\?\?)$/.test(node.operatorToken.getText())) {
    return [...shownLiterals(node.left), ...shownLiterals(node.right)];
  }
  const text = literalText(node);
  return text === null ? [] : [text];
}

/** Every piece of text a file's JSX shows that is written in the code, not read from i18n. */
function hardCodedText(file: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) found.push(node.text);
    // A child like {'Cancel'} or {busy ? 'Saving…' : 'Save'}.
    if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      found.push(...shownLiterals(node.expression));
    }
    if (ts.isJsxAttribute(node) && TEXT_PROP.test(node.name.getText()) && node.initializer) {
      const value = node.initializer;
      if (ts.isStringLiteral(value)) found.push(value.text);
      else if (ts.isJsxExpression(value) && value.expression) {
        found.push(...shownLiterals(value.expression));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(parse(file));
  return found
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .filter((text) => LETTERS.test(text))
    .filter(allowed(file));
}

/** "Start fresh", "Nothing was lost: …": a capitalised word, then more words. */
const SENTENCE = /^\p{Lu}\p{Ll}*(?:’\p{Ll}+)?(?: +[\p{L}’'-]+)+/u;

/** For an error thrown or logged, which a developer reads, not the person using it. */
const forDevelopers = (node: ts.Node): boolean =>
  (ts.isNewExpression(node.parent) && /Error$/.test(node.parent.expression.getText())) ||
  (ts.isCallExpression(node.parent) && node.parent.expression.getText().startsWith('console.'));

/** Strings anywhere in a file (a label in a record, a message in a check) that read as words. */
function sentences(file: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const text = ts.isImportDeclaration(node.parent ?? node) ? null : literalText(node);
    if (text !== null && SENTENCE.test(text.trim()) && !forDevelopers(node))
      found.push(text.trim());
    ts.forEachChild(node, visit);
  };
  visit(parse(file));
  return found.filter(allowed(file));
}

const files = ROOTS.flatMap((root) => sourceFiles(root, /\.tsx$/));
/** Code that shows words: components, pages and what they call (checks, notifications…). */
const code = [...ROOTS, 'utils'].flatMap((root) => sourceFiles(root, /\.tsx?$/));

describe('interface text comes from the locale files', () => {
  it('finds the components to look at', () => {
    expect(files).toContain(join('components', 'popup', 'Popup.tsx'));
  });

  it.each(files)('%s has no words written in its JSX', (file) => {
    expect(hardCodedText(file)).toEqual([]);
  });

  it.each(code)('%s spells out no sentence in its code', (file) => {
    expect(sentences(file)).toEqual([]);
  });

  it('would notice words written in JSX, in props people read, and in either branch', () => {
    const probe = join('tests', 'i18n', 'fixtures', 'HardCoded.tsx');
    expect(hardCodedText(probe).sort()).toEqual(
      ['Close the menu', 'Edit nudge', 'Hello there', 'Nothing yet', 'Save', 'Saving…'].sort(),
    );
    // Single words are for the JSX check above: in code they are mostly names, not text.
    expect(sentences(probe)).toEqual(['Close the menu', 'Edit nudge', 'Nothing yet']);
  });
});
