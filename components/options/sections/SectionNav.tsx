import { i18n } from '#i18n';
import type { JSX } from 'preact';
import { optionsSections } from './section-list';
import { showSection } from './section-focus';

interface SectionNavProps {
  /** The section the URL's hash names, marked as the current one. */
  current: string;
}

/**
 * A link to each section. Plain links to `#id`: each is a step the Back button takes back,
 * and a screen reader lists them as the page's navigation.
 */
export function SectionNav({ current }: SectionNavProps): JSX.Element {
  return (
    <nav class="sections-nav" aria-label={i18n.t('options.sections.nav')}>
      <ul>
        {optionsSections.map(({ id, heading }) => (
          <li key={id}>
            <a
              href={`#${id}`}
              aria-current={current === id ? 'location' : undefined}
              // The hash already names it: no hashchange comes, so the section opens here.
              onClick={() => {
                if (current === id) showSection(id);
              }}
            >
              {heading()}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
