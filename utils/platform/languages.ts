/**
 * The languages Still Us ships (locales/<lang>.yml), English first. Each has its messages to
 * send in a file of its own too (modules/content), for "Messages to send in".
 */
export const languages = ['en', 'es', 'de', 'fr'] as const;
export type Language = (typeof languages)[number];
