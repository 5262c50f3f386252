// Extension APIs in the bundles' JavaScript (see ./index.ts).
import type { Identifier } from '@mdn/browser-compat-data/types';
import { children, own, type Scan } from './bcd';

const IDENT = '[A-Za-z_$][\\w$]*';

/**
 * The `webextensions.api` features used in `js` (the bundles' text). `api` is BCD's
 * `webextensions.api` node; `prefix` the path the findings get ("webextensions.api").
 */
export function apiUses(js: string, api: Identifier, prefix = 'webextensions.api'): Scan {
  const namespaces = children(api).sort((a, b) => b.length - a.length);
  const pattern = new RegExp(
    `(typeof\\s+)?${IDENT}(?:\\?\\.|\\.)(${namespaces.join('|')})(\\?\\.|\\.)(${IDENT})` +
      `(?:(\\?\\.|\\.)(${IDENT}))?(\\?\\.)?`,
    'g',
  );
  // Per feature: whether every use so far was guarded.
  const uses = new Map<string, boolean>();
  const notInBcd = new Set<string>();
  const use = (feature: string, guarded: boolean) =>
    uses.set(feature, (uses.get(feature) ?? true) && guarded);
  for (const m of js.matchAll(pattern)) {
    const [, typeOf, ns = '', afterNs = '', member = '', afterMember, sub, afterSub] = m;
    const nsNode = own(api, ns);
    if (!nsNode) continue;
    const memberNode = own(nsNode, member);
    // Not a member BCD lists: not this API (`history.length` is the page's own history).
    if (!memberNode) {
      notInBcd.add(`${prefix}.${ns}.${member}`);
      continue;
    }
    // `typeof x.ns.member…` and `x.ns?.member` test what they reach; `ns?.` guards the namespace.
    use(`${prefix}.${ns}`, afterNs === '?.' || typeOf !== undefined);
    const subNode = sub === undefined ? undefined : own(memberNode, sub);
    // The member is guarded when it is followed by `?.` (or tested by typeof, with nothing after).
    const memberGuarded =
      afterMember === '?.' || (sub === undefined && afterSub === '?.') || typeOf !== undefined;
    use(`${prefix}.${ns}.${member}`, memberGuarded);
    if (subNode) use(`${prefix}.${ns}.${member}.${sub}`, afterSub === '?.' || typeOf !== undefined);
  }
  return {
    found: [...uses].map(([feature, guarded]) => ({ feature, from: 'api' as const, guarded })),
    notInBcd: [...notInBcd],
  };
}
