/** Where the preferences live (storage.ts), apart so the popup can peek at a pause cheaply. */
export const PREFERENCES_NAME = 'preferences';
export const PREFERENCES_KEY = `sync:${PREFERENCES_NAME}` as const;
