import type { FilledNudge } from './fill-partner';
import { categoryLabels } from './nudge';

type Attributes = Record<string, string>;

function el(tag: string, attributes: Attributes, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children); // strings become text nodes: never markup
  return element;
}

const button = (label: string, attributes: Attributes = {}): HTMLElement =>
  el('button', { type: 'button', ...attributes }, label);

/**
 * The popup's first view of a waiting nudge, built without Preact so it paints as soon as the
 * page is parsed. It is exactly the DOM the Popup component renders for the same nudge
 * (a test holds them equal), so Preact adopts these nodes instead of painting them again.
 */
export function paintNudge(root: HTMLElement, nudge: FilledNudge): void {
  const hasMessage = nudge.message !== undefined;
  root.replaceChildren(
    el(
      'main',
      { class: 'popup' },
      el(
        'article',
        { class: 'nudge', 'aria-labelledby': 'nudge-label' },
        el('p', { class: 'nudge-label', id: 'nudge-label' }, categoryLabels[nudge.category]),
        el(
          'p',
          { class: 'nudge-text', 'data-testid': 'nudge-text', elementtiming: 'nudge' },
          nudge.text,
        ),
        ...(nudge.message !== undefined
          ? [el('p', { class: 'nudge-message', 'data-testid': 'nudge-message' }, nudge.message)]
          : []),
      ),
      el(
        'div',
        { class: 'actions' },
        ...(hasMessage ? [button('Copy', { class: 'primary', 'aria-label': 'Copy message' })] : []),
        button('Done', { class: hasMessage ? '' : 'primary' }),
        button('Not now'),
        button('Another idea'),
      ),
      el('p', { class: 'status', role: 'status', 'aria-live': 'polite' }),
      button('Settings and history', { class: 'link' }),
    ),
  );
}
