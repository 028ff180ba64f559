import { CONSENT_ATTRIBUTE, type NodeState } from '../core/gate.js';
import type { PlaceholderAttacher } from '../ui/placeholders.js';
import type { AddonLoader } from './loader.js';

/** The placeholders of the script-tag build: loaded from their add-on file when the gate holds an iframe. */
export interface PlaceholdersOnDemand {
  /** Given to the UI: attaches the placeholders now if an iframe is held, else once one is. */
  readonly attacher: PlaceholderAttacher;
  /** Given to the gate: told each node's state, it notices the first held iframe. */
  readonly onNodeState: (node: Element, state: NodeState) => void;
}

/** Placeholders that cost a page without held iframes nothing but this. */
export function placeholdersOnDemand(loadAddon: AddonLoader): PlaceholdersOnDemand {
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
        void loadAddon('placeholders').then((attach) => {
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
