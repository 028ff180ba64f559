/**
 * Tells the mounted UI when a `<consent-banner>` connects to a document: a site that renders the
 * element itself (React, Vue, a server template) after `init()` gets its element used, not a
 * second one beside it.
 */
type Watcher = (element: HTMLElement) => void;

const watchers = new Set<Watcher>();

/** Calls `watcher` with each `<consent-banner>` that connects from now on; returns the function that stops it. */
export function watchConnectedBanners(watcher: Watcher): () => void {
  watchers.add(watcher);
  return () => {
    watchers.delete(watcher);
  };
}

/** Called by the element when it connects. */
export function bannerConnected(element: HTMLElement): void {
  for (const watcher of [...watchers]) watcher(element);
}
