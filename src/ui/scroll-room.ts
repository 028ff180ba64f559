/** The room kept between the notice and a focused element scrolled into view, in CSS pixels. */
const GAP_PX = 8;
/** A notice this close to the top or bottom of the viewport, in CSS pixels, sits on that edge. */
const EDGE_PX = 48;

type Edge = 'block-start' | 'block-end';

/** A running `keepScrollRoom`. */
export interface ScrollRoom {
  /** The page's focus moved to `target` (from a `focusin` event). */
  focused(target: EventTarget | null): void;
  /** Stops, and puts the site's values back. */
  stop(): void;
}

/** Sets or restores properties of the root element's inline style, remembering the site's values. */
function inlineStyle(style: CSSStyleDeclaration): { set(property: string, value: string): void; restore(property: string): void } {
  const saved = new Map<string, [string, string]>();
  return {
    set(property, value) {
      if (!saved.has(property)) saved.set(property, [style.getPropertyValue(property), style.getPropertyPriority(property)]);
      style.setProperty(property, value);
    },
    restore(property) {
      const [value, priority] = saved.get(property) ?? ['', ''];
      saved.delete(property);
      if (value === '') style.removeProperty(property);
      else style.setProperty(property, value, priority);
    },
  };
}

/**
 * Keeps what the visitor moves the focus to out from under a fixed, non-modal notice (WCAG 2.2
 * SC 2.4.11). While it runs, the root element's `scroll-padding` on the notice's edge of the
 * viewport is the site's own plus the room the notice takes, kept up to date as the notice or the
 * viewport changes size, so the browser scrolls a focused element clear of it. Where the page
 * cannot scroll far enough (content at its very start or end), the element the focus moved to gets
 * room at that end of the page (the root's `padding`), then is scrolled into view: a change made
 * in answer to the visitor's own key press. Set through the CSSOM (allowed under any CSP). A
 * notice that touches neither edge (a centred modal) gets none. The caller passes on the page's
 * `focusin` events (one listener for the element's life, not one per notice).
 */
export function keepScrollRoom(notice: HTMLElement): ScrollRoom {
  const doc = notice.ownerDocument;
  const win = doc.defaultView;
  const root = doc.documentElement;
  if (win === null || typeof ResizeObserver === 'undefined') return { focused: () => undefined, stop: () => undefined };
  const style = inlineStyle(root.style);
  const computed = win.getComputedStyle(root);
  const siteValue = (property: string): number => {
    const value = Number.parseFloat(computed.getPropertyValue(property));
    return Number.isFinite(value) ? value : 0;
  };
  /** The site's own scroll padding on each edge, read at the first measure (its style is then up to date). */
  let base: Record<Edge, number> | null = null;
  let edge: Edge | null = null;
  let room = 0;
  let padded: Edge | null = null;
  /** The site's own padding on the padded end, read before ours is added. */
  let sitePadding = 0;
  const measure = (): void => {
    const rect = notice.getBoundingClientRect();
    const above = rect.top;
    const below = win.innerHeight - rect.bottom;
    const next: Edge | null = rect.height === 0 || Math.min(above, below) > EDGE_PX ? null : above < below ? 'block-start' : 'block-end';
    if (edge !== null && edge !== next) style.restore(`scroll-padding-${edge}`);
    edge = next;
    if (edge === null) return;
    room = Math.ceil(Math.max(0, edge === 'block-start' ? rect.bottom : win.innerHeight - rect.top) + GAP_PX);
    base ??= { 'block-start': siteValue('scroll-padding-block-start'), 'block-end': siteValue('scroll-padding-block-end') };
    style.set(`scroll-padding-${edge}`, `${String(Math.ceil(base[edge] + room))}px`);
    if (padded !== null) style.set(`padding-${padded}`, `${String(sitePadding + room)}px`);
  };
  const hidden = (element: Element): boolean => {
    const target = element.getBoundingClientRect();
    const cover = notice.getBoundingClientRect();
    return target.top >= cover.top - 0.5 && target.bottom <= cover.bottom + 0.5 && target.left >= cover.left - 0.5 && target.right <= cover.right + 0.5;
  };
  const focused = (target: EventTarget | null): void => {
    if (!(target instanceof Element) || edge === null) return;
    // After the browser's own scrolling: only what it could not bring clear needs room.
    win.requestAnimationFrame(() => {
      if (edge === null || doc.activeElement !== target || !hidden(target)) return;
      if (padded === null) {
        padded = edge;
        sitePadding = siteValue(`padding-${padded}`);
        style.set(`padding-${padded}`, `${String(sitePadding + room)}px`);
      }
      target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    });
  };
  // The observer's first report comes once the page is laid out anyway: measuring now would force
  // the page's first layout in the middle of its parsing (the largest part of our script time).
  const observer = new ResizeObserver(measure);
  observer.observe(notice);
  win.addEventListener('resize', measure);
  return {
    focused,
    stop() {
      observer.disconnect();
      win.removeEventListener('resize', measure);
      if (edge !== null) style.restore(`scroll-padding-${edge}`);
      if (padded !== null) style.restore(`padding-${padded}`);
      edge = null;
      padded = null;
    },
  };
}
