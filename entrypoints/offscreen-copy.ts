import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { isCopyMessage } from '@/utils/delivery/copy-message';

// The worker's hands for the clipboard: it sends the text, this page copies it and answers
// whether that worked. Offscreen pages have only `chrome.runtime`, and no focus, so the
// older select-and-copy is the way that works here.
export default defineUnlistedScript({
  include: ['chrome'],
  main() {
    chrome.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
      if (!isCopyMessage(message)) return undefined;
      const area = document.querySelector('textarea')!;
      area.value = message.text;
      area.select();
      sendResponse(document.execCommand('copy'));
      area.value = '';
      return undefined;
    });
  },
});
