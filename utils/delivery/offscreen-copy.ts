import { browser } from 'wxt/browser';
import { COPY_MESSAGE, type CopyMessage } from './copy-message';
import { withLock } from './with-lock';

/**
 * Copies from the service worker, which has no clipboard: a hidden offscreen page (Chrome)
 * does it and is closed again. False when that is not possible (Firefox has no offscreen
 * pages, or the clipboard refused); the caller then opens the nudge so the person can copy.
 * There is one offscreen page: one copy at a time, so two never close each other's page.
 */
export function copyFromWorker(text: string): Promise<boolean> {
  const offscreen = globalThis.chrome?.offscreen;
  if (!offscreen) return Promise.resolve(false);
  return withLock('still-us:offscreen', async () => {
    // A page left over from a worker that stopped mid-copy would block creating a new one.
    await offscreen.closeDocument().catch(() => undefined);
    try {
      await offscreen.createDocument({
        url: '/offscreen.html',
        reasons: ['CLIPBOARD'],
        justification: 'Copy a nudge’s message.',
      });
      // The page answers true once the text is on the clipboard.
      const answer = browser.runtime.sendMessage({
        type: COPY_MESSAGE,
        text,
      } satisfies CopyMessage);
      return (await answer) === true;
    } catch {
      return false;
    } finally {
      await offscreen.closeDocument().catch(() => undefined);
    }
  });
}
