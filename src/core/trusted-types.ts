import type { Reporter } from './report.js';

/** The name of the Trusted Types policy the gate uses; a strict page lists it in `trusted-types`. */
export const TRUSTED_TYPES_POLICY = 'consent-banner';

/** What the gate needs to turn the page's own script text and URLs into trusted values. */
export interface ScriptTrust {
  script(text: string): string;
  scriptUrl(url: string): string;
}

interface TrustedTypePolicyLike {
  createScript(input: string): unknown;
  createScriptURL(input: string): unknown;
}

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScript(input: string): string; createScriptURL(input: string): string }): TrustedTypePolicyLike;
}

const PLAIN: ScriptTrust = { script: (text) => text, scriptUrl: (url) => url };

/**
 * Under Trusted Types (`require-trusted-types-for 'script'`), released scripts get their text and
 * `src` through a named policy, `consent-banner`. The policy passes values through unchanged: they
 * are the page's own markup (a held script's text and src), which the page already trusted enough
 * to write. Without Trusted Types, plain strings. Made once per window.
 */
export function scriptTrust(win: Window, reporter: Reporter): ScriptTrust {
  const cache = win as unknown as { __consentBannerTrust?: ScriptTrust };
  if (cache.__consentBannerTrust !== undefined) return cache.__consentBannerTrust;
  let trust = PLAIN;
  const factory = (win as unknown as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (factory !== undefined && typeof factory.createPolicy === 'function') {
    try {
      const policy = factory.createPolicy(TRUSTED_TYPES_POLICY, { createScript: (s) => s, createScriptURL: (s) => s });
      // Trusted values stand in for strings wherever the DOM takes them.
      trust = { script: (text) => policy.createScript(text) as string, scriptUrl: (url) => policy.createScriptURL(url) as string };
    } catch (error) {
      reporter.error(`the Trusted Types policy "${TRUSTED_TYPES_POLICY}" could not be created (add it to the page's trusted-types directive): ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  Object.defineProperty(cache, '__consentBannerTrust', { value: trust, configurable: true });
  return trust;
}
