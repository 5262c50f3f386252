import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResolvedPublicFile, Wxt } from 'wxt';
import contentModule from '@/modules/content';
import { CONTENT_DIR } from '@/modules/content/read-content';

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
  it('lets the build go on while utils/library/nudges.ts matches the records', async () => {
    const { wxt, hooks } = setUp(process.cwd());
    await expect(hooks.get('build:before')?.(wxt)).resolves.toBeUndefined();
  });

  it('stops the build when utils/library/nudges.ts is behind the records', async () => {
    const root = copyOfContent();
    const touch = join(root, CONTENT_DIR, 'touch.yml');
    writeFileSync(touch, readFileSync(touch, 'utf8').replace('effort: seconds', 'effort: longer'));
    const { wxt, hooks } = setUp(root);
    await expect(hooks.get('build:before')?.(wxt)).rejects.toThrow(
      'utils/library/nudges.ts is behind content/nudges/: run `npm run content:build`',
    );
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
    const files: ResolvedPublicFile[] = [
      { relativeDest: '_locales/en/messages.json', contents: '{"popup_done":{"message":"Done"}}' },
    ];
    await hooks.get('build:publicAssets')?.(wxt, files);
    const messages = JSON.parse((files[0] as { contents: string }).contents) as object;
    expect(Object.keys(messages)[0]).toBe('nudge_reassurance_01_text');
    expect(Object.keys(messages).at(-1)).toBe('popup_done');
  });
});
