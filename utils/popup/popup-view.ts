import { message } from '../platform/message';
import type { Ref } from 'preact';
import type { ShownNudge } from '../library/shown-nudge';
import type { ElementFactory, ViewProps } from './element-factory';
import { nudgeCardView } from './nudge-card-view';

/** What the popup's buttons do. The first paint has none: Preact adds them when it adopts. */
export interface PopupHandlers {
  copy?: () => void;
  done?: () => void;
  notNow?: () => void;
  another?: () => void;
  settings?: () => void;
}

export interface PopupViewModel<E> {
  nudge: ShownNudge;
  /** Shown in place of the nudge once it is dealt with; then only "Another idea" is offered. */
  thanks?: string;
  /** Shown in place of the nudge's buttons while the person picks when to come back. */
  choices?: E;
  /** The status line's words ("Copied", "Next one in an hour"). */
  status?: string;
  /** The message was copied: the Copy button says so. */
  copied?: boolean;
  messageRef?: Ref<HTMLParagraphElement>;
  on?: PopupHandlers;
  /** Below everything else, so nothing moves when it appears: the energy check. */
  footer?: E;
}

type Button<E> = (label: string, onClick?: () => void, props?: ViewProps) => E;
const buttonOf =
  <E>(h: ElementFactory<E>): Button<E> =>
  (label, onClick, props) =>
    h('button', { type: 'button', onClick, ...props }, label);

/** The page's one level-one heading, for screen readers (the nudge speaks for itself). */
export const popupHeading = <E>(h: ElementFactory<E>): E =>
  h('h1', { class: 'visually-hidden' }, message('common.extension_name'));

/** The link-styled button to the options page, at the bottom of every popup view. */
export const settingsLink = <E>(h: ElementFactory<E>, onClick?: () => void): E =>
  buttonOf(h)(message('popup.settings'), onClick, { class: 'link' });

/**
 * The popup with a nudge, written once for two renderers: popup-paint.js paints it with
 * `domElement` before Preact loads, and the Popup component renders it with Preact's `h`,
 * which then adopts the painted nodes (a test holds the two equal). Every child keeps its
 * place (`false` when absent), so Preact's diff never reuses one button for another.
 */
export function popupView<E>(h: ElementFactory<E>, model: PopupViewModel<E>): E {
  const { nudge, thanks, choices, on = {} } = model;
  const button = buttonOf(h);
  const hasMessage = nudge.message !== undefined;
  const thanked = thanks !== undefined;
  return h(
    'main',
    { class: 'popup' },
    popupHeading(h),
    thanked ? h('p', { class: 'thanks' }, thanks) : nudgeCardView(h, nudge, model.messageRef),
    !thanked &&
      !choices &&
      h(
        'div',
        { class: 'actions' },
        hasMessage &&
          button(message(model.copied ? 'popup.copied_button' : 'common.copy'), on.copy, {
            class: 'primary',
            'aria-label': message(model.copied ? 'popup.copied_button' : 'popup.copy_label'),
          }),
        // Fixed places: the main action first (Done across the row when there is nothing to
        // copy), then Not now and Another idea, always in theirs (style.css).
        button(message('common.done'), on.done, { class: hasMessage ? '' : 'primary wide' }),
        // elementtiming: `npm run bench` reads when a button is painted too.
        button(message('common.not_now'), on.notNow, { elementtiming: 'action' }),
        button(message('popup.another'), on.another),
      ),
    choices,
    thanked && h('div', { class: 'actions' }, button(message('popup.another'), on.another)),
    h('p', { class: 'status', role: 'status', 'aria-live': 'polite' }, model.status),
    settingsLink(h, on.settings),
    model.footer,
  );
}
