import type { Reporter } from './report.js';
import { reason } from './say.js';

/** The name of the Trusted Types policy the gate uses; a strict page lists it in `trusted-types`. */
const TRUSTED_TYPES_POLICY = 'consent-banner';

/** What the gate needs to turn the page's own script text, URLs and embed markup into trusted values. */
export interface ScriptTrust {
  /** Script text, and event-handler attributes (`onload="…"`). */
  script(text: string): string;
  scriptUrl(url: string): string;
  /** Markup for an iframe's `srcdoc`. */
  html(markup: string): string;
}

interface TrustedTypePolicyLike {
  createScript(input: string): unknown;
  createScriptURL(input: string): unknown;
  createHTML(input: string): unknown;
}

interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScript(input: string): string; createScriptURL(input: string): string; createHTML(input: string): string },
  ): TrustedTypePolicyLike;
}

const PLAIN: ScriptTrust = { script: (text) => text, scriptUrl: (url) => url, html: (markup) => markup };

/**
 * Where the policy is kept: a symbol on the window, so that every copy of the library on the page
 * shares the one policy the page allows, and no element of the page (`<img name="…">`) can stand in for it.
 */
const TRUST_KEY = Symbol.for('consent-banner.trust');

/**
 * Under Trusted Types (`require-trusted-types-for 'script'`), released scripts get their text and
 * `src` through a named policy, `consent-banner`. The policy passes values through unchanged: they
 * are the page's own markup (a held script's text and src), which the page already trusted enough
 * to write. Without Trusted Types, plain strings. Made once per window.
 */
export function scriptTrust(win: Window, reporter: Reporter): ScriptTrust {
  const cache = win as unknown as { [TRUST_KEY]?: ScriptTrust };
  const cached = cache[TRUST_KEY];
  if (cached !== undefined) return cached;
  let trust = PLAIN;
  const factory = (win as unknown as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (factory !== undefined && typeof factory.createPolicy === 'function') {
    try {
      const policy = factory.createPolicy(TRUSTED_TYPES_POLICY, { createScript: (s) => s, createScriptURL: (s) => s, createHTML: (s) => s });
      // Trusted values stand in for strings wherever the DOM takes them.
      trust = {
        script: (text) => policy.createScript(text) as string,
        scriptUrl: (url) => policy.createScriptURL(url) as string,
        html: (markup) => policy.createHTML(markup) as string,
      };
    } catch (error) {
      reporter.error(
        `the Trusted Types policy "${TRUSTED_TYPES_POLICY}" could not be created (add it to the page's trusted-types directive): ${reason(error)}`,
      );
    }
  }
  Object.defineProperty(cache, TRUST_KEY, { value: trust, configurable: true });
  return trust;
}
