import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResolvedPublicFile, Wxt } from 'wxt';
import contentModule from '@/modules/content';
import { CONTENT_DIR } from '@/modules/content/read-content';
import { languages } from '@/utils/platform/languages';
import { libraryJson } from '../../support/library';

/** The messages.json assets @wxt-dev/i18n makes, one per shipped language, English's `extra`. */
const localeFiles = (extra = {}): ResolvedPublicFile[] =>
  languages.map((lang) => ({
    relativeDest: `_locales/${lang}/messages.json`,
    contents: JSON.stringify({
      partner_message: { message: `love-${lang}` },
      ...(lang === 'en' && extra),
    }),
  }));

type Hook = (wxt: Wxt, files?: ResolvedPublicFile[]) => unknown;

/** The module set up on a stand-in for WXT at `root`: its hooks, by name, to call by hand. */
function setUp(root: string): { wxt: Wxt; hooks: Map<string, Hook> } {
  const hooks = new Map<string, Hook>();
  const wxt = {
    config: { root },
    hooks: { hook: (name: string, hook: Hook) => hooks.set(name, hook) },
  };
  void contentModule.setup?.(wxt as unknown as Wxt, {});
  return { wxt: wxt as unknown as Wxt, hooks };
}

/** A copy of the project's content/nudges/, to spoil. */
function copyOfContent(): string {
  const root = mkdtempSync(join(tmpdir(), 'still-us-module-'));
  cpSync(CONTENT_DIR, join(root, CONTENT_DIR), { recursive: true });
  return root;
}

describe('the content module', () => {
  it('lets the build go on while every record is well formed', async () => {
    const { wxt, hooks } = setUp(process.cwd());
    await expect(hooks.get('build:before')?.(wxt)).resolves.toBeUndefined();
  });

  it('stops the build on a malformed record, naming it', async () => {
    const root = copyOfContent();
    const touch = join(root, CONTENT_DIR, 'touch.yml');
    writeFileSync(touch, readFileSync(touch, 'utf8').replace('tone: gentle', 'tone: shy'));
    const { wxt, hooks } = setUp(root);
    await expect(hooks.get('build:before')?.(wxt)).rejects.toThrow(
      /touch\.yml: touch-\d+: tone "shy"/,
    );
  });

  it('adds the nudges’ words to the messages.json that @wxt-dev/i18n made', async () => {
    const { wxt, hooks } = setUp(process.cwd());
    const files = localeFiles({ popup_done: { message: 'Done' } });
    await hooks.get('build:publicAssets')?.(wxt, files);
    const messages = JSON.parse((files[0] as { contents: string }).contents) as object;
    expect(Object.keys(messages)[0]).toBe('nudge_reassurance_01_text');
    expect(Object.keys(messages).at(-1)).toBe('popup_done');
  });

  it('ships each language’s messages to send in a file of its own', async () => {
    const { wxt, hooks } = setUp(process.cwd());
    const files = localeFiles();
    await hooks.get('build:publicAssets')?.(wxt, files);
    for (const lang of languages) {
      const book = files.find((f) => f.relativeDest === `messages/${lang}.json`);
      const { fallback, byId } = JSON.parse((book as { contents: string }).contents) as {
        fallback: string;
        byId: Record<string, string>;
      };
      expect(fallback).toBe(`love-${lang}`);
      if (lang === 'en') expect(byId['flirty-text-01']).toMatch(/^Not to be dramatic/);
    }
  });

  it('ships library.json: the records’ codes, as the extension reads them', async () => {
    const { wxt, hooks } = setUp(process.cwd());
    const files = localeFiles();
    await hooks.get('build:publicAssets')?.(wxt, files);
    const shipped = files.find((f) => f.relativeDest === 'library.json');
    expect(shipped).toEqual({ relativeDest: 'library.json', contents: libraryJson });
  });

  it('names library.json and the message files among the public files, so getURL takes it', () => {
    const { wxt, hooks } = setUp(process.cwd());
    const paths: string[] = [];
    void (hooks.get('prepare:publicPaths') as unknown as (w: Wxt, p: string[]) => void)(wxt, paths);
    expect(paths).toEqual(['library.json', ...languages.map((lang) => `messages/${lang}.json`)]);
  });
});
