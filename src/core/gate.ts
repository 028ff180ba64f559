import type { Reporter } from './report.js';
import { isSafeUrl } from './safe-url.js';
import { scriptTrust, type ScriptTrust } from './trusted-types.js';

/** The attribute that tags a node with the categories it needs (space-separated, all required). */
export const CONSENT_ATTRIBUTE = 'data-consent';
/** The attribute that names the service(s) of a tagged node. */
export const SERVICE_ATTRIBUTE = 'data-consent-service';
/** The attribute the gate writes so that QA and styles can see a node's state. */
export const STATE_ATTRIBUTE = 'data-consent-state';

/**
 * The states a tagged node goes through: `blocked` (waiting for consent), `queued` (granted, waiting
 * for an earlier script), `loading` (an external script is being fetched), `ran` (a script executed),
 * `failed` (a script's source did not load or timed out), `released` (an iframe, image or other
 * element got its source).
 */
export type NodeState = 'blocked' | 'queued' | 'loading' | 'ran' | 'failed' | 'released';

/** What a tagged node needs: its categories and its services. */
export interface Requirement {
  readonly categories: readonly string[];
  readonly services: readonly string[];
}

/** What the gate asks the consent core. */
export interface GateOptions {
  /** The document whose tagged nodes are held. */
  readonly document: Document;
  /** Is everything this requirement names granted now. */
  readonly allows: (requirement: Requirement) => boolean;
  /** Does the config know this category (an unknown one is reported once and never granted). */
  readonly knowsCategory: (id: string) => boolean;
  /** How long an external script may take before the next one runs anyway. */
  readonly scriptTimeoutMs: number;
  readonly reporter: Reporter;
  /** Called after each change of a node's state (for the UI's placeholders and for QA). */
  readonly onNodeState?: (node: Element, state: NodeState) => void;
}

/** The gate: holds tagged nodes until their categories are granted. */
export interface Gate {
  /** Releases what is allowed now and watches for nodes added later. */
  start(): void;
  /** Re-checks every held node after the consent changed; re-blocks released frames and media that lost consent. */
  update(): void;
  /** Did a script run in this page whose consent is not granted any more (it cannot be stopped). */
  hasRunWithoutConsent(): boolean;
  /** A promise that settles when every queued script has run or failed. */
  idle(): Promise<void>;
  /** Stops watching the page. */
  stop(): void;
}

const TAGGED_SELECTOR = `[${CONSENT_ATTRIBUTE}]`;
/** Attributes that hold a source until consent: `data-src` → `src`, and so on. */
const DEFERRED_ATTRIBUTES: readonly (readonly [string, string])[] = [
  ['data-src', 'src'],
  ['data-srcset', 'srcset'],
  ['data-href', 'href'],
];
const URL_ATTRIBUTES = new Set(['src', 'href']);

/**
 * A new script element that will run when inserted: the held one's attributes (less the holding
 * `type`; `data-type` restores the real one), its code and its nonce. A clone would not do: a
 * script inserted through innerHTML is marked "already started", and a clone keeps that mark.
 */
function runnableCopy(original: HTMLScriptElement, trust: ScriptTrust): HTMLScriptElement {
  const script = original.ownerDocument.createElement('script');
  for (const { name, value } of original.attributes) {
    if (name === 'type') continue;
    script.setAttribute(name, name === 'src' ? trust.scriptUrl(value) : value);
  }
  const type = original.getAttribute('data-type');
  if (type !== null && type.trim() !== '') script.setAttribute('type', type);
  if (original.nonce !== '') script.nonce = original.nonce;
  if (original.text !== '') script.text = trust.script(original.text);
  return script;
}

/** Reads what a tagged node needs. */
export function requirementOf(node: Element): Requirement {
  const words = (name: string): string[] => (node.getAttribute(name) ?? '').split(/\s+/).filter((w) => w !== '');
  return { categories: words(CONSENT_ATTRIBUTE), services: words(SERVICE_ATTRIBUTE) };
}

function isScript(node: Element): node is HTMLScriptElement {
  return node.localName === 'script';
}

function isHeldScript(node: HTMLScriptElement): boolean {
  return (node.getAttribute('type') ?? '').trim().toLowerCase() === 'text/plain';
}

/** Creates the gate for a document. Nothing happens until `start()`. */
export function createGate(options: GateOptions): Gate {
  const { document, reporter } = options;
  const queue: { node: HTMLScriptElement; requirement: Requirement }[] = [];
  const ranScripts: Requirement[] = [];
  const releasedMedia = new Map<Element, Requirement>();
  const handled = new WeakSet<Element>();
  const reported = new Set<string>();
  let observer: MutationObserver | null = null;
  let pumping = false;
  let stopped = false;
  let idleWaiters: (() => void)[] = [];
  let onReady: (() => void) | null = null;

  const reportOnce = (key: string, message: string): void => {
    if (reported.has(key)) return;
    reported.add(key);
    reporter.warn(message);
  };

  const setState = (node: Element, state: NodeState): void => {
    node.setAttribute(STATE_ATTRIBUTE, state);
    try {
      options.onNodeState?.(node, state);
    } catch (error) {
      reporter.error(`a node-state listener threw: ${String(error)}`);
    }
  };

  const isValid = (node: Element, requirement: Requirement): boolean => {
    if (requirement.categories.length === 0) {
      reportOnce(`empty:${node.outerHTML.slice(0, 80)}`, `a node has an empty ${CONSENT_ATTRIBUTE}; it stays blocked: ${node.outerHTML.slice(0, 80)}`);
      return false;
    }
    for (const id of requirement.categories) {
      if (!options.knowsCategory(id)) {
        reportOnce(`category:${id}`, `${CONSENT_ATTRIBUTE}="${id}" names no configured category; such nodes stay blocked.`);
      }
    }
    return true;
  };

  const settleIdle = (): void => {
    if (pumping || queue.length > 0) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  };

  /** Runs queued scripts one at a time, so an external script finishes before the next starts. */
  const pump = (): void => {
    if (pumping || stopped) return;
    pumping = true;
    const next = (): void => {
      const item = queue.shift();
      if (item === undefined || stopped) {
        pumping = false;
        settleIdle();
        return;
      }
      const { node, requirement } = item;
      if (!node.isConnected || !options.allows(requirement)) {
        // removed from the page, or consent withdrawn while it waited
        handled.delete(node);
        if (node.isConnected) setState(node, 'blocked');
        next();
        return;
      }
      let moved = false;
      const done = (): void => {
        if (moved) return;
        moved = true;
        next();
      };
      try {
        runScript(node, requirement, done);
      } catch (error) {
        // e.g. Trusted Types refusing the script: this one fails, the next ones still run.
        reporter.error(`a tagged script could not be run: ${error instanceof Error ? error.message : String(error)}`);
        setState(node, 'failed');
        done();
      }
    };
    next();
  };

  const runScript = (original: HTMLScriptElement, requirement: Requirement, done: () => void): void => {
    const script = runnableCopy(original, scriptTrust(document.defaultView ?? window, reporter));
    handled.add(script);
    const external = script.hasAttribute('src');
    const src = script.getAttribute('src') ?? '';
    if (external && !isSafeUrl(src)) {
      reporter.error(`a tagged script's src ${JSON.stringify(src.slice(0, 80))} is not an http(s) or relative URL; not run.`);
      setState(original, 'failed');
      done();
      return;
    }
    ranScripts.push(requirement);
    if (!external) {
      setState(script, 'ran');
      original.replaceWith(script); // an inline classic script runs during this call
      done();
      return;
    }
    let finished = false;
    const finish = (state: NodeState): void => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      setState(script, state);
      done();
    };
    const timer = setTimeout(() => {
      reporter.warn(`the tagged script ${src} did not load in ${String(options.scriptTimeoutMs)} ms; the next ones run anyway.`);
      finish('failed');
    }, options.scriptTimeoutMs);
    script.addEventListener('load', () => {
      finish('ran');
    }, { once: true });
    script.addEventListener('error', () => {
      reporter.warn(`the tagged script ${src} failed to load; the next ones run anyway.`);
      finish('failed');
    }, { once: true });
    setState(script, 'loading');
    original.replaceWith(script);
  };

  const releaseMedia = (node: Element, requirement: Requirement): void => {
    for (const [from, to] of DEFERRED_ATTRIBUTES) {
      const value = node.getAttribute(from);
      if (value === null) continue;
      if (URL_ATTRIBUTES.has(to) && !isSafeUrl(value)) {
        reporter.error(`a tagged ${node.localName}'s ${from} ${JSON.stringify(value.slice(0, 80))} is not an http(s) or relative URL; not loaded.`);
        continue;
      }
      node.setAttribute(to, value);
    }
    releasedMedia.set(node, requirement);
    setState(node, 'released');
  };

  const reblockMedia = (node: Element): void => {
    releasedMedia.delete(node);
    handled.delete(node);
    if (node.localName === 'iframe') node.setAttribute('src', 'about:blank');
    else {
      for (const [from, to] of DEFERRED_ATTRIBUTES) if (node.hasAttribute(from)) node.removeAttribute(to);
    }
    setState(node, 'blocked');
  };

  /** Looks at candidate nodes in document order and releases those now allowed. */
  const process = (nodes: Iterable<Element>): void => {
    let queued = false;
    for (const node of nodes) {
      if (handled.has(node)) continue;
      const state = node.getAttribute(STATE_ATTRIBUTE);
      if (state !== null && state !== 'blocked') continue; // a node we released (or a clone of one)
      if (isScript(node) && !isHeldScript(node)) {
        reportOnce(`untyped:${node.outerHTML.slice(0, 80)}`, `a tagged script without type="text/plain" runs without waiting for consent: ${node.outerHTML.slice(0, 80)}`);
        handled.add(node);
        continue;
      }
      const requirement = requirementOf(node);
      if (!isValid(node, requirement) || !options.allows(requirement)) {
        if (state === null) setState(node, 'blocked');
        continue;
      }
      handled.add(node);
      if (isScript(node)) {
        queue.push({ node, requirement });
        setState(node, 'queued');
        queued = true;
      } else {
        releaseMedia(node, requirement);
      }
    }
    if (queued) pump();
  };

  const scanDocument = (): void => {
    process(document.querySelectorAll(TAGGED_SELECTOR));
  };

  const onMutations = (records: MutationRecord[]): void => {
    const found: Element[] = [];
    for (const record of records) {
      for (const added of record.addedNodes) {
        if (!(added instanceof Element)) continue;
        if (added.matches(TAGGED_SELECTOR)) found.push(added);
        found.push(...added.querySelectorAll(TAGGED_SELECTOR));
      }
    }
    if (found.length === 0) return;
    found.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    process(found);
  };

  const begin = (): void => {
    onReady = null;
    if (stopped) return;
    scanDocument();
    observer = new MutationObserver(onMutations);
    observer.observe(document.documentElement, { childList: true, subtree: true });
  };

  return {
    start() {
      if (document.readyState === 'loading') {
        // While the parser runs, a node may be only half parsed (an inline script without its text):
        // release once the document is complete, then watch.
        onReady = begin;
        document.addEventListener('DOMContentLoaded', () => onReady?.(), { once: true });
      } else {
        begin();
      }
    },
    update() {
      if (stopped) return;
      for (const [node, requirement] of [...releasedMedia]) {
        if (!options.allows(requirement)) reblockMedia(node);
      }
      if (onReady === null) scanDocument();
    },
    hasRunWithoutConsent() {
      return ranScripts.some((requirement) => !options.allows(requirement));
    },
    idle() {
      return new Promise((resolve) => {
        idleWaiters.push(resolve);
        settleIdle();
      });
    },
    stop() {
      stopped = true;
      onReady = null;
      observer?.disconnect();
      observer = null;
      queue.length = 0;
      pumping = false;
      settleIdle();
    },
  };
}
