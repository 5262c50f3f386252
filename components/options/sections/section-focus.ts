import { useEffect, useState } from 'preact/hooks';
import { isSectionId } from './section-list';

/** The section a URL hash names (`#when`, as written: the ids need no escapes), or '' for none. */
export const sectionInHash = (hash: string): string => {
  const id = hash.replace(/^#/, '');
  return isSectionId(id) ? id : '';
};

/**
 * Brings a section into view, at the top where the page is long enough, and moves the focus
 * to its heading, so the keyboard and screen readers carry on from there. False when the
 * page has no such section (yet).
 */
export function showSection(id: string): boolean {
  const section = id ? document.getElementById(id) : null;
  const heading = section?.querySelector<HTMLElement>('h2');
  if (!section || !heading) return false;
  section.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
  return true;
}

/**
 * Follows the URL's hash: the section it names opens once the page is `ready` (its sections
 * drawn), and again at each change, from a link, the Back and Forward buttons or the address
 * bar. Returns the section the hash names now.
 */
export function useSectionFromHash(ready: boolean): string {
  const [current, setCurrent] = useState(() => sectionInHash(location.hash));
  useEffect(() => {
    const follow = (): void => {
      const id = sectionInHash(location.hash);
      setCurrent(id);
      showSection(id);
    };
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  useEffect(() => {
    if (ready) showSection(sectionInHash(location.hash));
  }, [ready]);
  return current;
}
