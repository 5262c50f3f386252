// What a build of Still Us uses, looked up in MDN's browser-compat-data (BCD): the pure part of
// `npm run browsers:minimums` (scripts/browser-minimums.ts), so tests can run it on small data;
// ./read-build.ts reads a build and BCD from disk.
//
// What is found, and where:
// - Extension APIs, in the bundles' JavaScript: `<x>.<namespace>.<member>` (and one level
//   more, e.g. `storage.local.set`) for every namespace BCD lists under `webextensions.api`.
//   The bundles call the API through a minified local (`t=e.browser??e.chrome`, then
//   `t.action.openPopup`), so the receiver's name says nothing: the namespace and member are
//   matched against BCD, and a pair BCD does not list is reported, never counted.
// - Manifest keys, in manifest.json: every key path BCD lists under `webextensions.manifest`
//   (`action.default_popup`, `browser_specific_settings.gecko.data_collection_permissions`), and
//   values BCD lists as sub-features (each permission; `manifest_version: 3` as `v3`).
// - CSS, in the built .css files and the pages' inline <style>: property names and the value
//   keywords BCD lists under them (`display: grid`), functions (`light-dark(`, `clamp(`),
//   selectors (pseudo-classes and -elements, attribute, universal, nesting, combinators) and
//   at-rules with their media features (`@media (prefers-reduced-motion: reduce)`).
//
// Guarded at run time: a use written `member?.` (optional chaining on the feature itself, as in
// `notifications.onButtonClicked?.addListener`) or `typeof x.ns.member` checks for the feature
// before using it, so it sets no minimum; it is reported as guarded. A try/catch is no check:
// `action.openPopup()` in a try still needs the API to work (the catch is its fallback).
//
// Versions, per browser (BCD's support statements):
// - An array of statements: the first that is plain (no flags, no prefix, no alternative name,
//   no partial implementation, not removed) counts; BCD puts the current one first. None plain:
//   not supported.
// - version_added "127" is 127; "≤79" ("at or before 79", the oldest BCD can vouch for) is 79;
//   "preview" (not in a release yet) and false are not supported; true (supported, version not
//   known) and null or a missing browser (not known) set no minimum and are reported.

export * from './bcd';
export * from './api';
export * from './manifest';
export * from './css';
export * from './report';
