import { CONSENT_ATTRIBUTE, type NodeState } from '../core/tagged-node.js';
import type { PlaceholderAttacher } from './placeholders.js';

/** Placeholders loaded when the gate holds an iframe (from the add-on file, or a chunk of the npm build). */
export interface PlaceholdersOnDemand {
  /** Given to the UI: attaches the placeholders now if an iframe is held, else once one is. */
  readonly attacher: PlaceholderAttacher;
  /** Given to the gate: told each node's state, it notices the first held iframe. */
  readonly onNodeState: (node: Element, state: NodeState) => void;
}

/** Placeholders that cost a page without held iframes nothing but this. */
export function placeholdersOnDemand(load: () => Promise<PlaceholderAttacher | undefined>): PlaceholdersOnDemand {
  let frameHeld = false;
  let whenHeld: (() => void) | null = null;
  return {
    onNodeState: (node, state) => {
      if (frameHeld || state !== 'blocked' || node.localName !== 'iframe') return;
      frameHeld = true;
      whenHeld?.();
    },
    attacher: (api, locale, doc) => {
      let detach: (() => void) | null = null;
      let detached = false;
      const start = (): void => {
        whenHeld = null;
        void load().then((attach) => {
          if (!detached && attach !== undefined) detach = attach(api, locale, doc);
        });
      };
      if (frameHeld || doc.querySelector(`iframe[${CONSENT_ATTRIBUTE}]`) !== null) start();
      else whenHeld = start;
      return () => {
        detached = true;
        whenHeld = null;
        detach?.();
      };
    },
  };
}
