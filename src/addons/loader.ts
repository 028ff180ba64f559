import type { Reporter } from '../core/report.js';
import type { ScriptTrust } from '../core/trusted-types.js';
import { registeredAddon, type AddonExports, type AddonName } from './registry.js';
import { reason } from '../core/say.js';

/** An add-on file beside the script-tag file, with the Subresource Integrity hash it must match. */
export interface AddonFile {
  readonly file: string;
  readonly integrity: string;
}

/** Where and how add-on files are loaded. */
export interface AddonSource {
  /** The add-on files by name (the build writes their hashes into the main file). */
  readonly files: Readonly<Partial<Record<AddonName, AddonFile>>>;
  /** The URL of the main script: add-on files are its siblings. Null for an inline copy. */
  readonly base: string | null;
  /** The CSP nonce of the main script, given to each add-on script. */
  readonly nonce: string;
  readonly trust: ScriptTrust;
  readonly reporter: Reporter;
  readonly document: Document;
}

/** Loads add-ons by name, each at most once; resolves to undefined (after a console error) when one cannot be had. */
export type AddonLoader = <N extends AddonName>(name: N) => Promise<AddonExports[N] | undefined>;

/**
 * The loader of add-on files: a `<script>` with the file's integrity hash and `crossorigin`, its URL
 * through the Trusted Types policy, the main script's nonce. An add-on already registered (the
 * self-contained build, or a page that loaded the file itself) is used without a request. A file
 * that fails to load, or does not register, costs only its feature: a console error names it.
 */
export function addonLoader(source: AddonSource): AddonLoader {
  const loads = new Map<AddonName, Promise<unknown>>();
  const load = (name: AddonName): Promise<unknown> => {
    const present = registeredAddon(name);
    if (present !== undefined) return Promise.resolve(present);
    const entry = source.files[name];
    if (entry === undefined || source.base === null) {
      source.reporter.error(
        `the ${name} add-on is not in this build and its file cannot be found (an inline copy of the script has no folder); use consent-banner.all.iife.js.`,
      );
      return Promise.resolve(undefined);
    }
    const url = new URL(entry.file, source.base).href;
    return new Promise((resolve) => {
      const script = source.document.createElement('script');
      const fail = (why: string): void => {
        source.reporter.error(`the ${name} add-on (${url}) ${why}; the rest of the banner works without it.`);
        script.remove();
        resolve(undefined);
      };
      script.integrity = entry.integrity;
      script.crossOrigin = 'anonymous';
      if (source.nonce !== '') script.nonce = source.nonce;
      script.addEventListener('load', () => {
        const loaded = registeredAddon(name);
        if (loaded === undefined) fail('loaded but did not register (a file from another version?)');
        else resolve(loaded);
      });
      script.addEventListener('error', () => {
        fail('could not be loaded (missing, blocked, or its content does not match its integrity hash)');
      });
      try {
        script.src = source.trust.scriptUrl(url);
        source.document.head.append(script);
      } catch (error) {
        fail(`could not be requested (${reason(error)})`);
      }
    });
  };
  return <N extends AddonName>(name: N) => {
    let pending = loads.get(name);
    if (pending === undefined) {
      pending = load(name);
      loads.set(name, pending);
    }
    return pending as Promise<AddonExports[N] | undefined>;
  };
}
