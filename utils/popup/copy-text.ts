/** Copies text; false when the clipboard refuses (no permission, no focus, old browser). */
export async function copyText(
  text: string,
  clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard,
): Promise<boolean> {
  try {
    if (!clipboard) return false;
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Selects an element's text so the person can copy it by hand. */
export function selectText(element: Element): void {
  const selection = element.ownerDocument.defaultView?.getSelection();
  selection?.selectAllChildren(element);
}
