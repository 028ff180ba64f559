/** The focused element, looking inside shadow roots. */
export function deepActiveElement(doc: Document = document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Moves focus to an element if it is still on the page and can take it; returns whether it did. */
export function focusIfPossible(element: Element | null | undefined): boolean {
  if (!(element instanceof HTMLElement) || !element.isConnected) return false;
  element.focus();
  const root = element.getRootNode() as Document | ShadowRoot;
  return root.activeElement === element;
}
