import { CONSENT_ATTRIBUTE, requirementOf, STATE_ATTRIBUTE } from '../core/tagged-node.js';
import type { ConsentApi } from '../core/types.js';
import { ConsentPlaceholderElement } from './consent-placeholder.js';
import type { Locale } from './locale.js';

/** The tag of the placeholder element. */
const PLACEHOLDER_TAG = 'consent-placeholder';

declare global {
  interface HTMLElementTagNameMap {
    'consent-placeholder': ConsentPlaceholderElement;
  }
}

/** Registers `<consent-placeholder>`, once. */
export function definePlaceholder(registry: CustomElementRegistry = customElements): void {
  if (registry.get(PLACEHOLDER_TAG) === undefined) registry.define(PLACEHOLDER_TAG, ConsentPlaceholderElement);
}

/** Puts placeholders on the document's blocked iframes; returns the function that takes them away. */
export type PlaceholderAttacher = (api: ConsentApi, locale: Locale, doc: Document) => () => void;

const BLOCKED_FRAMES = `iframe[${CONSENT_ATTRIBUTE}]`;

/**
 * Puts a `<consent-placeholder>` in the box of each blocked iframe, and takes it away when the iframe
 * is released (and back when consent is withdrawn). Follows the gate through the iframes'
 * `data-consent-state`. Returns the function that stops and removes every placeholder.
 */
export const attachPlaceholders: PlaceholderAttacher = (api, locale, doc) => {
  definePlaceholder(doc.defaultView?.customElements);
  const placeholders = new Map<HTMLIFrameElement, { element: ConsentPlaceholderElement; display: string }>();

  const show = (frame: HTMLIFrameElement): void => {
    if (placeholders.has(frame) || !frame.isConnected) return;
    const element = doc.createElement(PLACEHOLDER_TAG);
    const requirement = requirementOf(frame);
    element.api = api;
    element.locale = locale;
    element.categories = requirement.categories;
    element.service = requirement.services[0];
    sizeLike(element, frame);
    const display = frame.style.display;
    frame.before(element);
    frame.style.display = 'none';
    placeholders.set(frame, { element, display });
  };

  const hide = (frame: HTMLIFrameElement): void => {
    const entry = placeholders.get(frame);
    if (entry === undefined) return;
    placeholders.delete(frame);
    entry.element.remove();
    frame.style.display = entry.display;
  };

  const sync = (frame: HTMLIFrameElement): void => {
    if (frame.getAttribute(STATE_ATTRIBUTE) === 'blocked') show(frame);
    else hide(frame);
  };

  const scan = (): void => {
    for (const frame of doc.querySelectorAll<HTMLIFrameElement>(BLOCKED_FRAMES)) sync(frame);
    for (const frame of [...placeholders.keys()]) if (!frame.isConnected) hide(frame);
  };

  /** Is this added or removed node a tagged iframe, or does it hold one. */
  const holdsFrame = (node: Node): boolean => node instanceof Element && (node.matches(BLOCKED_FRAMES) || node.querySelector(BLOCKED_FRAMES) !== null);

  const observer = new MutationObserver((records) => {
    let rescan = false;
    for (const record of records) {
      if (record.type === 'attributes' && record.target instanceof HTMLIFrameElement) sync(record.target);
      // Only DOM changes that add or remove a tagged iframe matter; the rest of the page's churn does not.
      else if (!rescan && record.type === 'childList') rescan = [...record.addedNodes, ...record.removedNodes].some(holdsFrame);
    }
    if (rescan) scan();
  });
  observer.observe(doc.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: [STATE_ATTRIBUTE] });
  scan();

  return () => {
    observer.disconnect();
    for (const frame of [...placeholders.keys()]) hide(frame);
  };
};

/**
 * Gives the placeholder the iframe's box: its width, and its proportions as it shrinks (as a
 * custom property its inner box takes, which then grows taller when its text needs the room).
 */
function sizeLike(element: HTMLElement, frame: HTMLIFrameElement): void {
  const rect = frame.getBoundingClientRect();
  const width = rect.width > 0 ? rect.width : Number(frame.getAttribute('width')) || 560;
  const height = rect.height > 0 ? rect.height : Number(frame.getAttribute('height')) || 315;
  element.style.inlineSize = '100%';
  element.style.maxInlineSize = `${String(Math.round(width))}px`;
  element.style.setProperty('--consent-placeholder-ratio', `${String(Math.round(width))} / ${String(Math.round(height))}`);
  element.style.setProperty('--consent-placeholder-min', 'auto');
}
