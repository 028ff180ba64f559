/*
 * What a tagged node is: the attributes that tag it, the states the gate gives it, what it needs,
 * and how messages show it.
 */

/** The attribute that tags a node with the categories it needs (space-separated, all required). */
export const CONSENT_ATTRIBUTE = 'data-consent';
/** The attribute that names the service(s) of a tagged node. */
export const SERVICE_ATTRIBUTE = 'data-consent-service';
/** The attribute the gate writes so that QA and styles can see a node's state. */
export const STATE_ATTRIBUTE = 'data-consent-state';
/** On an ancestor: nothing inside is touched (content written by visitors: comments, forum posts). */
export const IGNORE_ATTRIBUTE = 'data-consent-ignore';
/** On a tagged script: run it again each time it is added, even when the same script already ran. */
export const RERUN_ATTRIBUTE = 'data-consent-rerun';

/**
 * The states a tagged node goes through: `blocked` (waiting for consent), `queued` (granted, waiting
 * for an earlier script), `loading` (an external script is being fetched), `ran` (a script executed),
 * `failed` (a script's source did not load or timed out; an iframe whose live source loaded before
 * the gate started), `released` (an iframe, image or other element got its source), `skipped` (a
 * script not run on purpose: a `nomodule` script, which modern browsers never run, or the same
 * script as one that already ran in this page, added again, e.g. by a component that mounted
 * again; `data-consent-rerun` runs such a script again).
 */
export type NodeState = 'blocked' | 'queued' | 'loading' | 'ran' | 'failed' | 'released' | 'skipped';

/** What a tagged node needs: its categories and its services. */
export interface Requirement {
  readonly categories: readonly string[];
  readonly services: readonly string[];
}

/** The selector of every tagged node. */
export const TAGGED_SELECTOR = `[${CONSENT_ATTRIBUTE}]`;

/** A node as messages show it: the start of its markup. */
export function describeNode(node: Element): string {
  return node.outerHTML.slice(0, 120);
}

/** Reads what a tagged node needs. */
export function requirementOf(node: Element): Requirement {
  const words = (name: string): string[] => (node.getAttribute(name) ?? '').split(/\s+/).filter((w) => w !== '');
  return { categories: words(CONSENT_ATTRIBUTE), services: words(SERVICE_ATTRIBUTE) };
}

/** Is it a script element. */
export function isScript(node: Element): node is HTMLScriptElement {
  return node.localName === 'script';
}

/** Is it a script held by its type (`text/plain`), as tagged scripts must be. */
export function isHeldScript(node: HTMLScriptElement): boolean {
  return (node.getAttribute('type') ?? '').trim().toLowerCase() === 'text/plain';
}
