import { i18n } from '#i18n';

/**
 * The options page's sections, in their order on the page: the id is the section's element
 * id and its URL hash (`options.html#when`), the heading both its `<h2>` and its link's words.
 */
export const optionsSections = [
  { id: 'now', heading: () => i18n.t('options.glance.heading') },
  { id: 'nudges', heading: () => i18n.t('options.prefs_heading') },
  { id: 'when', heading: () => i18n.t('options.sections.when') },
  { id: 'own', heading: () => i18n.t('options.custom.heading') },
  { id: 'history', heading: () => i18n.t('options.sections.history') },
  { id: 'data', heading: () => i18n.t('data.heading') },
  { id: 'look', heading: () => i18n.t('options.sections.look') },
] as const;

export type OptionsSectionId = (typeof optionsSections)[number]['id'];

/** Whether `id` (a URL hash without its `#`) names a section. */
export const isSectionId = (id: string): id is OptionsSectionId =>
  optionsSections.some((section) => section.id === id);

/** A section's heading words, by id. */
export const sectionHeading = (id: OptionsSectionId): string =>
  optionsSections.find((section) => section.id === id)!.heading();
