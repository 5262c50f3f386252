// Manifest keys and permissions (see ./index.ts).
import type { Identifier } from '@mdn/browser-compat-data/types';
import { children, own, type Scan } from './bcd';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * The `webextensions.manifest` features a manifest.json uses. `manifest` is BCD's
 * `webextensions.manifest` node. Keys BCD does not list are reported where BCD lists the
 * keys at that level (so free-form values such as icon sizes are not), and so are permissions.
 */
export function manifestUses(
  json: Json,
  manifest: Identifier,
  prefix = 'webextensions.manifest',
): Scan {
  const found = new Set<string>();
  const notInBcd = new Set<string>();
  const walk = (value: Json, node: Identifier, path: string) => {
    if (Array.isArray(value)) {
      for (const item of value) {
        if (typeof item === 'string' || typeof item === 'number') valueUse(item, node, path);
        else walk(item, node, path);
      }
    } else if (typeof value === 'string' || typeof value === 'number') {
      valueUse(value, node, path);
    } else if (value !== null && typeof value === 'object') {
      const listed = children(node).length > 0;
      for (const [key, inner] of Object.entries(value)) {
        const child = own(node, key);
        if (!child) {
          if (listed && !/^\d+$/.test(key)) notInBcd.add(`${path}.${key}`);
          continue;
        }
        found.add(`${path}.${key}`);
        walk(inner, child, `${path}.${key}`);
      }
    }
  };
  // A value BCD lists as a sub-feature: a permission, or `v3` for manifest_version 3.
  const valueUse = (value: string | number, node: Identifier, path: string) => {
    const key = [String(value), `v${value}`].find((k) => own(node, k));
    if (key) found.add(`${path}.${key}`);
    else if (path.endsWith('permissions') && children(node).length > 0 && !/[/:*]/.test(`${value}`))
      notInBcd.add(`${path}.${value}`);
  };
  walk(json, manifest, prefix);
  return {
    found: [...found].map((feature) => ({ feature, from: 'manifest' as const, guarded: false })),
    notInBcd: [...notInBcd],
  };
}
