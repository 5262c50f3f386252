import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { languages } from '../../utils/platform/languages';
import { EXTENSION_DIR, FIREFOX_DIR } from './support/extension';

interface Manifest {
  version: string;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: unknown[];
  content_security_policy?: { extension_pages?: string };
  browser_specific_settings?: {
    gecko?: { id?: string; data_collection_permissions?: { required?: string[] } };
  };
}

const read = async (dir: string): Promise<Manifest> =>
  JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
const chrome = await read(EXTENSION_DIR);
const firefox = await read(FIREFOX_DIR);
const readme = await readFile('README.md', 'utf8');
const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };

/** The README's permission table: `name` in the first column, and the reason. */
function permissionTable(): Map<string, string> {
  const section = readme.split(/^## Permissions$/m)[1]?.split(/^## /m)[0] ?? '';
  const rows = [...section.matchAll(/^\| `([a-zA-Z]+)` +\| (.+?) +\|$/gm)];
  return new Map(rows.map(([, name = '', why = '']) => [name, why]));
}

describe('manifests as built', () => {
  it.each([
    ['Chrome', chrome],
    ['Firefox', firefox],
  ])('%s: no host permissions and no content scripts by default', (_, manifest) => {
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);
  });

  it.each([
    ['Chrome', chrome],
    ['Firefox', firefox],
  ])('%s: the extension pages keep a strict CSP (no eval, nothing remote)', (_, manifest) => {
    // Absent means the browser's MV3 default: script-src 'self'; object-src 'self'.
    const csp = manifest.content_security_policy?.extension_pages ?? '';
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|wss?:|\*|data:|blob:/);
  });

  it('the README explains every permission either build asks for, and no other', () => {
    const table = permissionTable();
    const asked = new Set([...(chrome.permissions ?? []), ...(firefox.permissions ?? [])]);
    expect([...table.keys()].sort()).toEqual([...asked].sort());
    for (const [name, why] of table) {
      expect(why.length, name).toBeGreaterThan(20);
      // "Chrome only" in the table means exactly that in the manifests.
      if (why.startsWith('Chrome only')) expect(firefox.permissions, name).not.toContain(name);
      else expect(firefox.permissions, name).toContain(name);
      expect(chrome.permissions, name).toContain(name);
    }
  });

  it('the README names the optional call-site permission and the sites it covers', () => {
    expect(chrome.optional_host_permissions).toEqual(firefox.optional_host_permissions);
    expect(readme).toContain('`optional_host_permissions`');
    for (const site of ['Google Meet', 'Zoom', 'Microsoft Teams', 'Webex', 'Whereby', 'Slack'])
      expect(readme).toContain(site);
  });

  it('Firefox: a fixed add-on id, and it declares that nothing is collected', () => {
    expect(firefox.browser_specific_settings?.gecko?.id).toBe('still-us@still-us.app');
    expect(firefox.browser_specific_settings?.gecko?.data_collection_permissions).toEqual({
      required: ['none'],
    });
  });

  it('both take their version from package.json', () => {
    expect(chrome.version).toBe(pkg.version);
    expect(firefox.version).toBe(pkg.version);
  });
});

describe('store listing (store/listing.md)', async () => {
  const listing = await readFile('store/listing.md', 'utf8');
  const summary =
    listing
      .split(/^## Summary$/m)[1]
      ?.trim()
      .split('\n')[0] ?? '';

  it('has a summary that fits the stores (132 characters at most)', () => {
    expect(summary.length).toBeGreaterThan(20);
    expect(summary.length).toBeLessThanOrEqual(132);
  });

  it('justifies every permission either build asks for', () => {
    for (const name of new Set([...(chrome.permissions ?? []), ...(firefox.permissions ?? [])]))
      expect(listing, name).toContain(`- **${name}**`);
    expect(listing).toContain('Optional host permissions');
  });
});

describe.each(languages)('the %s store listing', async (lang) => {
  const listing = await readFile(`store/listing${lang === 'en' ? '' : `.${lang}`}.md`, 'utf8');
  const messages = JSON.parse(
    await readFile(join(EXTENSION_DIR, '_locales', lang, 'messages.json'), 'utf8'),
  ) as Record<string, { message: string }>;

  it('has the summary the manifest gives in that language', () => {
    const summary = listing
      .split(/^## Summary$/m)[1]
      ?.trim()
      .split('\n')[0];
    expect(summary).toBe(messages['common_extension_description']?.message);
  });
});
