import type { Diagnostics } from '../core/say.js';
import type { Integration } from '../integrations/integration.js';
import type { MountNotice } from '../ui/notice.js';
import type { PlaceholderAttacher } from '../ui/placeholders.js';
import type { PreferencesView } from '../ui/preferences-view.js';

/**
 * What each add-on file gives the main script. An add-on file (`consent-banner.<name>.js`, beside the
 * script-tag file) registers its part here when it runs; the self-contained build registers them all
 * before it starts.
 */
export interface AddonExports {
  /** The notice, the reopen button and the dialog's frame, with Lit. */
  readonly notice: MountNotice;
  /** The consent log integration (`log` in the config). */
  readonly log: () => Integration;
  /** The IAB GPP integration (`gpp` in the config). */
  readonly gpp: () => Integration;
  /** The placeholders on blocked iframes. */
  readonly placeholders: PlaceholderAttacher;
  /** The preferences dialog's content. */
  readonly preferences: PreferencesView;
  /** The full wording of the config checks and the runtime messages (loaded only when there is something to say). */
  readonly diagnostics: Diagnostics;
}

/** The name of an add-on, which is also the middle of its file name. */
export type AddonName = keyof AddonExports;

/**
 * Where add-ons register: a global symbol, so that the main script and its add-on files (built
 * separately) meet without a window property any element of the page could stand in for.
 */
const REGISTRY_KEY = Symbol.for('consent-banner.addons');

type Registry = { -readonly [N in AddonName]?: AddonExports[N] };

function registry(): Registry {
  const holder = globalThis as unknown as { [REGISTRY_KEY]?: Registry };
  let found = holder[REGISTRY_KEY];
  if (found === undefined) {
    found = {};
    Object.defineProperty(holder, REGISTRY_KEY, { value: found, configurable: true });
  }
  return found;
}

/** Registers an add-on's part (called by the add-on file as it runs). */
export function registerAddon<N extends AddonName>(name: N, value: AddonExports[N]): void {
  registry()[name] = value;
}

/** The add-on's part, once its file has run. */
export function registeredAddon<N extends AddonName>(name: N): AddonExports[N] | undefined {
  return registry()[name];
}
