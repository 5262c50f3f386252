import { i18n } from '#i18n';
import { categoryLabels } from '../library/nudge';
import type { ShownNudge } from '../library/shown-nudge';

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
export function paintNudge(root: HTMLElement, nudge: ShownNudge): void {
  const hasMessage = nudge.message !== undefined;
  root.replaceChildren(
    el(
      'main',
      { class: 'popup' },
      el('h1', { class: 'visually-hidden' }, i18n.t('common.extension_name')),
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
        ...(hasMessage
          ? [
              button(i18n.t('common.copy'), {
                class: 'primary',
                'aria-label': i18n.t('popup.copy_label'),
              }),
            ]
          : []),
        button(i18n.t('common.done'), { class: hasMessage ? '' : 'primary' }),
        button(i18n.t('common.not_now')),
        button(i18n.t('popup.another')),
      ),
      el('p', { class: 'status', role: 'status', 'aria-live': 'polite' }),
      button(i18n.t('popup.settings'), { class: 'link' }),
    ),
  );
}
