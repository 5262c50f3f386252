/**
 * A value read from outside (storage, a URL, a file) as fields to read one by one, or null
 * when it is no object. A list passes too: it has none of the names asked for.
 */
export const fields = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
