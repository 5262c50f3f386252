import type { ComponentChildren, JSX } from 'preact';
import { sectionHeading, type OptionsSectionId } from './section-list';
import type { PreferencesHandle } from '../use-preferences';
import type { Preferences } from '@/utils/storage/preferences';

/** What a section of settings is given: the preferences shown, and the way to save a change. */
export interface SettingsProps {
  prefs: Preferences;
  save: PreferencesHandle['save'];
}

interface OptionsSectionProps {
  id: OptionsSectionId;
  /** More classes beside `card`. */
  class?: string;
  children: ComponentChildren;
}

/**
 * One section of the options page: a region named by its heading, which takes the focus when
 * a link or the URL's hash opens the section (section-focus.ts).
 */
export function OptionsSection({ id, class: extra, children }: OptionsSectionProps): JSX.Element {
  return (
    <section id={id} class={extra ? `card ${extra}` : 'card'} aria-labelledby={`section-${id}`}>
      <h2 id={`section-${id}`} tabIndex={-1}>
        {sectionHeading(id)}
      </h2>
      {children}
    </section>
  );
}
