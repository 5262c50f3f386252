import { i18n } from '#i18n';
import type { JSX } from 'preact';
import { glanceOnCopy } from './glance-copy';
import { OptionsSection } from '../sections/OptionsSection';

/**
 * The glance while the preferences are read: its heading and first line, as options.html
 * painted them (Preact adopts those nodes), until Glance takes its place.
 */
export function GlanceStart(): JSX.Element {
  return (
    <OptionsSection id="now" class="glance">
      {/* The benchmark times the top of the page by this line. */}
      <p class="glance-state" role="status" elementtiming="now">
        {glanceOnCopy() ? i18n.t('options.pause.on') : ''}
      </p>
    </OptionsSection>
  );
}
