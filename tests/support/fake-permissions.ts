import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

interface Permissions {
  origins?: string[];
}
type Listener = (permissions: Permissions) => void;

/** A browser event: listeners added and removed, fired by the fake itself. */
function fakeEvent() {
  const listeners = new Set<Listener>();
  return {
    addListener: (listener: Listener): void => void listeners.add(listener),
    removeListener: (listener: Listener): void => void listeners.delete(listener),
    hasListener: (listener: Listener): boolean => listeners.has(listener),
    fire: (permissions: Permissions): void =>
      listeners.forEach((listener) => listener(permissions)),
  };
}

/**
 * fakeBrowser has no permissions API: this one keeps the granted origins of this device, and
 * answers a prompt as told (`answer`: yes, no, or the API failing). `grant`/`revoke` are what
 * the person does in the browser's own extension settings; both fire onAdded/onRemoved.
 */
export function installFakePermissions(answer: boolean | Error = true) {
  const granted = new Set<string>();
  const onAdded = fakeEvent();
  const onRemoved = fakeEvent();
  const grant = (origins: readonly string[]): void => {
    const added = origins.filter((origin) => !granted.has(origin));
    added.forEach((origin) => granted.add(origin));
    if (added.length > 0) onAdded.fire({ origins: added });
  };
  const revoke = (origins: readonly string[]): boolean => {
    const removed = origins.filter((origin) => granted.delete(origin));
    if (removed.length > 0) onRemoved.fire({ origins: removed });
    return removed.length > 0;
  };
  const permissions = {
    contains: vi.fn(async ({ origins = [] }: Permissions) => origins.every((o) => granted.has(o))),
    request: vi.fn(async ({ origins = [] }: Permissions) => {
      if (answer instanceof Error) throw answer;
      if (answer) grant(origins);
      return answer;
    }),
    remove: vi.fn(async ({ origins = [] }: Permissions) => revoke(origins)),
    getAll: vi.fn(async () => ({ origins: [...granted], permissions: [] })),
    onAdded,
    onRemoved,
  };
  Object.assign(fakeBrowser, { permissions });
  return { permissions, granted, grant, revoke };
}
