/*
 * Making a held script runnable: a fresh copy of it (attributes, code, nonce), its identity for "ran
 * already", and running it with document.write refused.
 */
import { reason, type Say } from './say.js';
import { CONSENT_ATTRIBUTE, RERUN_ATTRIBUTE, SERVICE_ATTRIBUTE, STATE_ATTRIBUTE } from './tagged-node.js';
import type { ScriptTrust } from './trusted-types.js';

/** Our attributes, which the runnable copy does not carry (so no gate ever takes the copy for a held node). */
const OWN_ATTRIBUTES = new Set(['type', 'data-type', CONSENT_ATTRIBUTE, SERVICE_ATTRIBUTE, STATE_ATTRIBUTE, RERUN_ATTRIBUTE]);

/**
 * A new script element that will run when inserted: the held one's attributes (less ours and the
 * holding `type`; `data-type` restores the real one), its code and its nonce. A clone would not do:
 * a script inserted through innerHTML is marked "already started", and a clone keeps that mark.
 * Event-handler attributes (`onload`) go through the Trusted Types policy; one the page refuses is
 * dropped with a message, and the script still runs.
 */
export function runnableCopy(original: HTMLScriptElement, trust: ScriptTrust, say: Say): HTMLScriptElement {
  const script = original.ownerDocument.createElement('script');
  for (const { name, value } of original.attributes) {
    if (OWN_ATTRIBUTES.has(name)) continue;
    if (name === 'src') script.setAttribute(name, trust.scriptUrl(value));
    else if (name.startsWith('on')) {
      try {
        script.setAttribute(name, trust.script(value));
      } catch (error) {
        say.error('attributeDropped', name, reason(error));
      }
    } else script.setAttribute(name, value);
  }
  const type = original.getAttribute('data-type');
  if (type !== null && type.trim() !== '') script.setAttribute('type', type);
  if (original.nonce !== '') script.nonce = original.nonce;
  if (original.text !== '') script.text = trust.script(original.text);
  return script;
}

/** A script's identity for "has this one run already": its type and its source or its code. */
export function scriptKey(script: HTMLScriptElement): string {
  return `${script.type}\n${script.hasAttribute('src') ? `src:${script.src}` : `text:${script.text}`}`;
}

/** Does this browser run module scripts (and so never run `nomodule` ones). */
export function supportsModules(document: Document): boolean {
  return 'noModule' in document.createElement('script');
}

/** Where the inline module scripts we insert report that they ran (a symbol: no element can clobber it). */
export const MODULE_RAN_KEY = Symbol.for('consent-banner.module-ran');

/**
 * Runs `run` with `document.write` and `writeln` refused: after parsing they would replace the whole
 * page. Returns whether the script tried. The page's own overrides (if any) are put back.
 */
export function withWritesRefused(document: Document, run: () => void): boolean {
  let tried = false;
  const refuse = (): void => {
    tried = true;
  };
  const names = ['write', 'writeln'] as const;
  const own = names.map((name) => Object.getOwnPropertyDescriptor(document, name));
  for (const name of names) Object.defineProperty(document, name, { value: refuse, configurable: true, writable: true });
  try {
    run();
  } finally {
    names.forEach((name, index) => {
      const descriptor = own[index];
      if (descriptor === undefined) Reflect.deleteProperty(document, name);
      else Object.defineProperty(document, name, descriptor);
    });
  }
  return tried;
}
