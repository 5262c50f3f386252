/** What the worker sends the offscreen page to copy; it answers whether that worked. */
export const COPY_MESSAGE = 'still-us:copy';
export interface CopyMessage {
  type: typeof COPY_MESSAGE;
  text: string;
}

export const isCopyMessage = (value: unknown): value is CopyMessage =>
  typeof value === 'object' &&
  value !== null &&
  (value as CopyMessage).type === COPY_MESSAGE &&
  typeof (value as CopyMessage).text === 'string';
