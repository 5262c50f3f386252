import { describe, expect, it } from 'vitest';
import type { Identifier } from '@mdn/browser-compat-data/types';
import {
  apiUses,
  browserReport,
  compareVersions,
  cssFunctionIndex,
  cssInHtml,
  cssUses,
  manifestUses,
  mergeScans,
  scanBuild,
  supportOf,
  type Trees,
} from '@/scripts/browser-compat';

/** A BCD feature with Chrome's and Firefox's version_added (or whole statements). */
type Raw = string | false | null | true | Record<string, unknown> | Record<string, unknown>[];
const feature = (chrome: Raw, firefox: Raw, children: Record<string, Identifier> = {}) =>
  ({
    __compat: {
      support: {
        chrome: typeof chrome === 'object' && chrome !== null ? chrome : { version_added: chrome },
        firefox:
          typeof firefox === 'object' && firefox !== null ? firefox : { version_added: firefox },
      },
      status: { experimental: false, standard_track: true, deprecated: false },
    },
    ...children,
  }) as unknown as Identifier;

const api = {
  action: feature('88', '109', {
    openPopup: feature('127', '109'),
    setBadgeText: feature('88', '109'),
  }),
  storage: feature('≤19', '45', {
    local: feature('19', '45', { set: feature('19', '45') }),
    session: feature('102', '115'),
  }),
  notifications: feature('28', '45', { onButtonClicked: feature('28', false) }),
  history: feature('5', '49', { search: feature('5', '49') }),
} as unknown as Identifier;

const manifest = {
  action: feature('88', '109', { default_popup: feature('88', '109') }),
  permissions: feature('10', '48', { alarms: feature('22', '48') }),
  manifest_version: feature('4', '48', { v3: feature('88', '109') }),
  icons: feature('54', '48', { svg_icons: feature(false, '92') }),
  optional_host_permissions: feature('102', '128'),
  browser_specific_settings: feature(false, '42', {
    gecko: feature(false, '42', { data_collection_permissions: feature(false, '140') }),
  }),
} as unknown as Identifier;

const css = {
  properties: {
    display: feature('1', '1', { grid: feature('57', '52') }),
    'color-scheme': feature('81', '96'),
    'custom-property': feature('49', '31'),
    'user-select': feature('54', '69'),
    gap: feature('57', '52'),
  },
  types: {
    color: feature('1', '1', { 'light-dark': feature('123', '120') }),
    clamp: feature('79', '75'),
    var: feature('49', '31'),
  },
  selectors: {
    has: feature('105', '121'),
    'focus-visible': feature('86', '85'),
    before: feature('1', '1.5'),
    attribute: feature('1', '1'),
    universal: feature('1', '1'),
    nesting: feature('120', '117'),
    child: feature('1', '1'),
  },
  'at-rules': {
    media: feature('1', '1', {
      'prefers-reduced-motion': feature('74', '63'),
      range_syntax: feature('104', '102'),
      width: feature('1', '2'),
    }),
    container: feature('105', '110'),
  },
} as unknown as Identifier;

const trees: Trees = { webextensions: { api, manifest } as unknown as Identifier, css };
const features = (scan: { found: { feature: string }[] }) => scan.found.map((f) => f.feature);

describe('compareVersions', () => {
  it('compares dotted versions as numbers', () => {
    expect(compareVersions('127', '99')).toBe(1);
    expect(compareVersions('3.6', '3.5')).toBe(1);
    expect(compareVersions('140', '140.0')).toBe(0);
    expect(compareVersions('1.5', '2')).toBe(-1);
  });
});

describe('supportOf: BCD version shapes', () => {
  it('reads a version string, and "≤79" as 79', () => {
    expect(supportOf({ version_added: '127' })).toEqual({ kind: 'version', version: '127' });
    expect(supportOf({ version_added: '≤79' })).toEqual({ kind: 'version', version: '79' });
    expect(supportOf({ version_added: '3.5' })).toEqual({ kind: 'version', version: '3.5' });
  });

  it('false and "preview" are not supported; true, null and no entry set no version', () => {
    expect(supportOf({ version_added: false }).kind).toBe('unsupported');
    expect(supportOf({ version_added: 'preview' }).kind).toBe('unsupported');
    expect(supportOf({ version_added: true })).toEqual({
      kind: 'unknown',
      why: 'supported, version not known',
    });
    expect(supportOf({ version_added: null }).kind).toBe('unknown');
    expect(supportOf(undefined).kind).toBe('unknown');
  });

  it('takes the first statement without flags, prefix, other name, partial support or removal', () => {
    // As BCD has action.openPopup for Chrome: policy-installed only in 118–126.
    const openPopup = [
      { version_added: '127' },
      { version_added: '118', version_removed: '127', notes: 'policy only' },
    ];
    expect(supportOf(openPopup)).toEqual({ kind: 'version', version: '127' });
    expect(
      supportOf([
        { version_added: '130', flags: [{ type: 'preference', name: 'x' }] },
        { version_added: '100', prefix: '-webkit-' },
        { version_added: '90', alternative_name: 'other' },
        { version_added: '80', partial_implementation: true },
        { version_added: '120' },
      ]),
    ).toEqual({ kind: 'version', version: '120' });
  });

  it('only flagged, prefixed or removed support is no support', () => {
    expect(supportOf({ version_added: '100', flags: [{}] })).toEqual({
      kind: 'unsupported',
      why: 'behind a flag',
    });
    expect(supportOf([{ version_added: '10', prefix: '-moz-' }]).kind).toBe('unsupported');
    expect(supportOf({ version_added: '10', version_removed: '20' })).toEqual({
      kind: 'unsupported',
      why: 'removed',
    });
  });
});

describe('apiUses: extension APIs in minified bundles', () => {
  it('finds namespace.member through any local name, and one level more', () => {
    const js =
      'let t=e.browser??e.chrome;await t.action.openPopup();n.storage.local.set({a:1});' +
      'r.action.setBadgeText({text:""})';
    expect(features(apiUses(js, api)).sort()).toEqual([
      'webextensions.api.action',
      'webextensions.api.action.openPopup',
      'webextensions.api.action.setBadgeText',
      'webextensions.api.storage',
      'webextensions.api.storage.local',
      'webextensions.api.storage.local.set',
    ]);
  });

  it('a use written member?. or under typeof is guarded, unless another use is not', () => {
    const guarded = apiUses('t.notifications.onButtonClicked?.addListener(f)', api);
    expect(guarded.found).toContainEqual({
      feature: 'webextensions.api.notifications.onButtonClicked',
      from: 'api',
      guarded: true,
    });
    expect(guarded.found).toContainEqual({
      feature: 'webextensions.api.notifications',
      from: 'api',
      guarded: false,
    });
    const typeOf = apiUses('typeof t.storage.session<"u"&&t.storage.session?.get()', api);
    expect(typeOf.found).toContainEqual({
      feature: 'webextensions.api.storage.session',
      from: 'api',
      guarded: true,
    });
    const both = apiUses('t.storage.session?.get();t.storage.session.set()', api);
    expect(both.found.find((f) => f.feature.endsWith('session'))?.guarded).toBe(false);
  });

  it('a member BCD does not list is reported, and counts nothing (not even its namespace)', () => {
    const scan = apiUses('if(window.history.length>1)e.history.back()', api);
    expect(scan.found).toEqual([]);
    expect(scan.notInBcd.sort()).toEqual([
      'webextensions.api.history.back',
      'webextensions.api.history.length',
    ]);
  });
});

describe('manifestUses', () => {
  it('finds key paths and listed values, and reports unknown keys and permissions', () => {
    const scan = manifestUses(
      {
        manifest_version: 3,
        action: { default_popup: 'popup.html' },
        permissions: ['alarms', 'offscreen'],
        optional_host_permissions: ['https://*.zoom.us/*'],
        icons: { '16': 'icon/16.png' },
        browser_specific_settings: {
          gecko: { id: 'a@b', data_collection_permissions: { required: ['none'] } },
        },
        minimum_chrome_version: '127',
      },
      manifest,
    );
    expect(features(scan).sort()).toEqual(
      [
        'action',
        'action.default_popup',
        'browser_specific_settings',
        'browser_specific_settings.gecko',
        'browser_specific_settings.gecko.data_collection_permissions',
        'icons',
        'manifest_version',
        'manifest_version.v3',
        'optional_host_permissions',
        'permissions',
        'permissions.alarms',
      ].map((f) => `webextensions.manifest.${f}`),
    );
    // Icon sizes and host patterns are values, not keys; offscreen is not in this data.
    expect(scan.notInBcd.sort()).toEqual([
      'webextensions.manifest.browser_specific_settings.gecko.id',
      'webextensions.manifest.minimum_chrome_version',
      'webextensions.manifest.permissions.offscreen',
    ]);
  });
});

describe('CSS', () => {
  it('cssInHtml takes <style> elements and style attributes', () => {
    const html =
      '<head><style>:root{color-scheme:light dark}</style></head>' +
      '<body><p style="display: grid">x</p><style media="print">a{gap:1px}</style></body>';
    const found = features(cssUses(cssInHtml(html), css));
    expect(found).toContain('css.properties.color-scheme');
    expect(found).toContain('css.properties.display.grid');
    expect(found).toContain('css.properties.gap');
  });

  it('indexes functions under css.types at their shallowest path', () => {
    const index = cssFunctionIndex(css.types ?? {});
    expect(index.get('light-dark')).toBe('css.types.color.light-dark');
    expect(index.get('clamp')).toBe('css.types.clamp');
  });

  it('reads media range syntax either way round', () => {
    for (const query of ['(width<=36rem)', '(36rem >= width)', '(400px<width<700px)'])
      expect(features(cssUses(`@media ${query}{a{gap:0}}`, css)), query).toContain(
        'css.at-rules.media.range_syntax',
      );
    expect(features(cssUses('@media (min-width:1px){a{gap:0}}', css))).not.toContain(
      'css.at-rules.media.range_syntax',
    );
  });

  it('finds properties, keywords, functions, selectors and at-rules in minified CSS', () => {
    const text =
      ':root{--bg:light-dark(#fff,#000);color-scheme:light dark}' +
      '.a:has(>img),.b::before{display:grid;gap:clamp(1px,2vw,3px)}' +
      '[data-theme=dark] *{-webkit-user-select:none;user-select:none}' +
      ':focus-visible{outline:0}' +
      '@media (prefers-reduced-motion:reduce){*{transition:none!important}}' +
      '@media (width<=36rem){.c:nth-child(2n+1){display:block}}' +
      '@container (min-width:1px){.d{color:red}}' +
      '.e{&:hover{color:blue}}' +
      '.f{background:url(data:image/svg+xml;utf8,<svg>{}</svg>)}' +
      '/* .g:has(x) is only a comment */';
    const scan = cssUses(text, css);
    const found = features(scan);
    for (const f of [
      'css.properties.custom-property',
      'css.types.color.light-dark',
      'css.properties.color-scheme',
      'css.selectors.has',
      'css.selectors.child',
      'css.selectors.before',
      'css.properties.display.grid',
      'css.types.clamp',
      'css.selectors.attribute',
      'css.selectors.universal',
      'css.properties.user-select',
      'css.selectors.focus-visible',
      'css.at-rules.media',
      'css.at-rules.media.prefers-reduced-motion',
      'css.at-rules.media.range_syntax',
      'css.at-rules.media.width',
      'css.at-rules.container',
      'css.selectors.nesting',
    ])
      expect(found, f).toContain(f);
    // -webkit-user-select is a fallback beside user-select: not looked up on its own.
    expect(scan.notInBcd).not.toContain('css.properties.-webkit-user-select');
    // What BCD here lacks is reported (outline, transition, hover and the like).
    expect(scan.notInBcd).toContain('css.properties.outline');
    expect(scan.notInBcd).toContain('css.selectors.hover');
    expect(found).not.toContain('css.selectors.next-sibling');
    // The data URL's braces and semicolon cut nothing.
    expect([...found, ...scan.notInBcd].filter((f) => /svg|utf8/.test(f))).toEqual([]);
  });
});

describe('browserReport: the minimum is the newest version any unguarded feature needs', () => {
  const files = new Map([
    [
      'manifest.json',
      JSON.stringify({
        manifest_version: 3,
        action: {},
        browser_specific_settings: { gecko: { data_collection_permissions: {} } },
      }),
    ],
    ['background.js', 't.action.openPopup();t.notifications.onButtonClicked?.addListener(f)'],
    ['popup.html', '<style>:root{--a:light-dark(#fff,#000)}</style>'],
    ['assets/x.css', '.a{display:grid}'],
  ]);
  const scan = scanBuild(files, trees);

  it('Chrome: openPopup sets 127; what Chrome lacks is unsupported', () => {
    const report = browserReport(scan, trees, 'chrome');
    expect(report.minimum).toBe('127');
    expect(report.setBy).toEqual(['webextensions.api.action.openPopup']);
    expect(report.features.map((f) => f.version)).toEqual(
      [...report.features.map((f) => f.version)].sort((a, b) => compareVersions(b, a)),
    );
    expect(report.features).toContainEqual({
      feature: 'css.types.color.light-dark',
      version: '123',
    });
    expect(report.unsupported.map((u) => u.feature)).toEqual([
      'webextensions.manifest.browser_specific_settings',
      'webextensions.manifest.browser_specific_settings.gecko',
      'webextensions.manifest.browser_specific_settings.gecko.data_collection_permissions',
    ]);
  });

  it('Firefox: data_collection_permissions sets 140; a guarded feature sets nothing', () => {
    const report = browserReport(scan, trees, 'firefox');
    expect(report.minimum).toBe('140');
    expect(report.setBy).toEqual([
      'webextensions.manifest.browser_specific_settings.gecko.data_collection_permissions',
    ]);
    expect(report.guarded).toEqual([
      { feature: 'webextensions.api.notifications.onButtonClicked', why: 'not supported' },
    ]);
    expect(report.unsupported).toEqual([]);
  });

  it('nothing found: minimum "0"', () => {
    expect(browserReport({ found: [], notInBcd: [] }, trees, 'chrome').minimum).toBe('0');
  });

  it('mergeScans: guarded only where every scan says so', () => {
    const merged = mergeScans([
      { found: [{ feature: 'a', from: 'api', guarded: true }], notInBcd: ['x'] },
      { found: [{ feature: 'a', from: 'api', guarded: false }], notInBcd: ['x'] },
    ]);
    expect(merged).toEqual({
      found: [{ feature: 'a', from: 'api', guarded: false }],
      notInBcd: ['x'],
    });
  });
});
