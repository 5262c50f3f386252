/** One child of an element: an element, text (always characters, never markup), or nothing. */
export type ViewChild<E> = E | string | false | null | undefined;

/**
 * What a view puts on an element: string attributes, and for Preact `onClick` handlers and a
 * `ref`. The first paint's factory sets only the strings; Preact adds the rest when it adopts.
 */
export type ViewProps = Record<string, unknown>;

/** `h`-compatible: Preact's `h`, or {@link domElement} for the first paint. */
export type ElementFactory<E> = (
  type: string,
  props: ViewProps | null,
  ...children: ViewChild<E>[]
) => E;

/**
 * The first paint's element factory: a real element with the string props as attributes and
 * the children appended (strings as text nodes, never markup). Handlers and refs are skipped.
 */
export function domElement(
  type: string,
  props: ViewProps | null,
  ...children: ViewChild<Node>[]
): HTMLElement {
  const element = document.createElement(type);
  for (const [name, value] of Object.entries(props ?? {}))
    if (typeof value === 'string') element.setAttribute(name, value);
  for (const child of children) if (child != null && child !== false) element.append(child);
  return element;
}
