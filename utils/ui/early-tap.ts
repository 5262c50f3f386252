// The painted popup (popup-paint.js) shows its buttons a moment before Preact makes them work.
// A tap in that moment is kept, by the button's place among the popup's buttons, and made
// again once they work: nothing a quick hand does is lost.

const buttonsOf = (root: HTMLElement): HTMLButtonElement[] => [...root.querySelectorAll('button')];

/** In popup-paint.js: keeps the last tap on a painted button until `takeOverTaps`. */
export function keepEarlyTaps(root: HTMLElement): void {
  root.addEventListener('click', (event) => {
    if (root.dataset.live !== undefined || !(event.target instanceof Element)) return;
    const button = event.target.closest('button');
    if (button) root.dataset.earlyTap = String(buttonsOf(root).indexOf(button));
  });
}

/** Once Preact has rendered into `root` (the same nodes): the buttons work; a kept tap is made. */
export function takeOverTaps(root: HTMLElement): void {
  root.dataset.live = '';
  const tap = root.dataset.earlyTap;
  delete root.dataset.earlyTap;
  if (tap !== undefined) buttonsOf(root)[Number(tap)]?.click();
}
