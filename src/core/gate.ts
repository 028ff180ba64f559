import type { Message } from './message-wording.js';
import { reason, type Say } from './say.js';
import { isSafeUrl } from './safe-url.js';
import { scriptTrust, type ScriptTrust } from './trusted-types.js';

/** The attribute that tags a node with the categories it needs (space-separated, all required). */
export const CONSENT_ATTRIBUTE = 'data-consent';
/** The attribute that names the service(s) of a tagged node. */
export const SERVICE_ATTRIBUTE = 'data-consent-service';
/** The attribute the gate writes so that QA and styles can see a node's state. */
export const STATE_ATTRIBUTE = 'data-consent-state';
/** On an ancestor: nothing inside is touched (content written by visitors: comments, forum posts). */
export const IGNORE_ATTRIBUTE = 'data-consent-ignore';
/** On a tagged script: run it again each time it is added, even when the same script already ran. */
const RERUN_ATTRIBUTE = 'data-consent-rerun';

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
  /** Where its messages go. */
  readonly say: Say;
  /** Called after each change of a node's state (for the UI's placeholders and for QA). */
  readonly onNodeState?: (node: Element, state: NodeState) => void;
  /**
   * The CSP nonce our own script was given. When set, only tagged scripts carrying the same nonce
   * are released: a script written into the page by a visitor cannot know it (and under
   * `'strict-dynamic'` any script we insert would run).
   */
  readonly nonce?: string;
}

/** The gate: holds tagged nodes until their categories are granted. */
export interface Gate {
  /** Releases what is allowed now and watches for nodes added later. */
  start(): void;
  /** Re-checks every held node after the consent changed; re-blocks released frames and media that lost consent. */
  update(): void;
  /** Did a script run in this page whose consent is not granted any more (it cannot be stopped). */
  hasRunWithoutConsent(): boolean;
  /** Stops watching the page. */
  stop(): void;
}

const TAGGED_SELECTOR = `[${CONSENT_ATTRIBUTE}]`;
/** Attributes that hold a source until consent: `data-src` → `src`, and so on. */
const DEFERRED_ATTRIBUTES: readonly (readonly [string, string])[] = [
  ['data-src', 'src'],
  ['data-srcset', 'srcset'],
  ['data-href', 'href'],
  ['data-srcdoc', 'srcdoc'],
];
const URL_ATTRIBUTES = new Set(['src', 'href', 'data']);
/** The attribute a deferred one goes to on this element: an `<object>` loads from `data`, not `src`. */
function targetAttribute(node: Element, to: string): string {
  return node.localName === 'object' && to === 'src' ? 'data' : to;
}
/** Our attributes, which the runnable copy does not carry (so no gate ever takes the copy for a held node). */
const OWN_ATTRIBUTES = new Set(['type', 'data-type', CONSENT_ATTRIBUTE, SERVICE_ATTRIBUTE, STATE_ATTRIBUTE, RERUN_ATTRIBUTE]);

/**
 * A new script element that will run when inserted: the held one's attributes (less ours and the
 * holding `type`; `data-type` restores the real one), its code and its nonce. A clone would not do:
 * a script inserted through innerHTML is marked "already started", and a clone keeps that mark.
 * Event-handler attributes (`onload`) go through the Trusted Types policy; one the page refuses is
 * dropped with a message, and the script still runs.
 */
function runnableCopy(original: HTMLScriptElement, trust: ScriptTrust, say: Say): HTMLScriptElement {
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
function scriptKey(script: HTMLScriptElement): string {
  return `${script.type}\n${script.hasAttribute('src') ? `src:${script.src}` : `text:${script.text}`}`;
}

/** Does this browser run module scripts (and so never run `nomodule` ones). */
function supportsModules(document: Document): boolean {
  return 'noModule' in document.createElement('script');
}

/** Where the inline module scripts we insert report that they ran (a symbol: no element can clobber it). */
const MODULE_RAN_KEY = Symbol.for('consent-banner.module-ran');

/**
 * Runs `run` with `document.write` and `writeln` refused: after parsing they would replace the whole
 * page. Returns whether the script tried. The page's own overrides (if any) are put back.
 */
function withWritesRefused(document: Document, run: () => void): boolean {
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

/** A node as messages show it: the start of its markup. */
function describeNode(node: Element): string {
  return node.outerHTML.slice(0, 120);
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
  const { document, say } = options;
  const nonce = options.nonce ?? '';
  const queue: { node: HTMLScriptElement; requirement: Requirement }[] = [];
  const ranScripts: Requirement[] = [];
  const releasedMedia = new Map<Element, Requirement>();
  const handled = new WeakSet<Element>();
  const ranKeys = new Set<string>();
  const reported = new Set<string>();
  const win = document.defaultView ?? window;
  const modulesRun = supportsModules(document);
  let moduleCount = 0;
  let observer: MutationObserver | null = null;
  let pumping = false;
  let stopped = false;
  let onReady: (() => void) | null = null;

  const warnOnce = (key: string, ...message: Message): void => {
    if (reported.has(key)) return;
    reported.add(key);
    say.warn(...message);
  };

  const setState = (node: Element, state: NodeState): void => {
    node.setAttribute(STATE_ATTRIBUTE, state);
    try {
      options.onNodeState?.(node, state);
    } catch (error) {
      say.error('nodeStateThrew', String(error));
    }
  };

  const isValid = (node: Element, requirement: Requirement): boolean => {
    if (requirement.categories.length === 0) {
      const markup = node.outerHTML.slice(0, 80);
      warnOnce(`empty:${markup}`, 'emptyTag', markup);
      return false;
    }
    for (const id of requirement.categories) {
      if (!options.knowsCategory(id)) {
        warnOnce(`category:${id}`, 'unknownCategory', id);
      }
    }
    return true;
  };

  /** Runs queued scripts one at a time, so an external script finishes before the next starts. */
  const pump = (): void => {
    if (pumping || stopped) return;
    pumping = true;
    const next = (): void => {
      const item = queue.shift();
      if (item === undefined || stopped) {
        pumping = false;
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
        say.error('scriptFailed', reason(error));
        setState(node, 'failed');
        done();
      }
    };
    next();
  };

  /**
   * The callbacks that inline module scripts we insert call when their code has run (their text ends
   * with the call), by token; the table is shared by every copy of the library on the page.
   */
  const moduleWaiters = (): Map<string, () => void> => {
    const holder = win as unknown as { [MODULE_RAN_KEY]?: Map<string, () => void> };
    return (holder[MODULE_RAN_KEY] ??= new Map<string, () => void>());
  };

  const runScript = (original: HTMLScriptElement, requirement: Requirement, done: () => void): void => {
    const trust = scriptTrust(win, say.reporter);
    const script = runnableCopy(original, trust, say);
    const external = script.hasAttribute('src');
    const src = script.getAttribute('src') ?? '';
    if (external && !isSafeUrl(src)) {
      say.error('scriptSrcNotUrl', src.slice(0, 80));
      setState(original, 'failed');
      done();
      return;
    }
    if (script.noModule && modulesRun) {
      setState(original, 'skipped'); // a modern browser never runs it, and would never say it loaded
      done();
      return;
    }
    const key = scriptKey(script);
    if (ranKeys.has(key) && !original.hasAttribute(RERUN_ATTRIBUTE)) {
      setState(original, 'skipped');
      done();
      return;
    }
    ranKeys.add(key);
    ranScripts.push(requirement);
    const isModule = script.type.trim().toLowerCase() === 'module';
    if (!external && !isModule) {
      // an inline classic script runs during this insertion
      const wrote = withWritesRefused(document, () => {
        original.after(script);
      });
      if (wrote) {
        say.error('documentWrite', describeNode(original));
        setState(original, 'failed');
      } else {
        setState(original, 'ran');
      }
      done();
      return;
    }
    let finished = false;
    let token: string | undefined;
    const finish = (state: NodeState): void => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      if (token !== undefined) moduleWaiters().delete(token);
      setState(original, state);
      done();
    };
    const what = external ? src : 'inline module';
    const timer = setTimeout(() => {
      say.warn('scriptTimeout', what, external, options.scriptTimeoutMs);
      finish('failed');
    }, options.scriptTimeoutMs);
    if (external) {
      script.addEventListener(
        'load',
        () => {
          finish('ran');
        },
        { once: true },
      );
    } else {
      // An inline module fires no load event: its code ends by telling us it ran, so the scripts
      // after it keep document order.
      moduleCount += 1;
      token = `${String(moduleCount)}-${Math.random().toString(36).slice(2)}`;
      moduleWaiters().set(token, () => {
        finish('ran');
      });
      script.text = trust.script(
        `${original.text}\n;globalThis[Symbol.for(${JSON.stringify(MODULE_RAN_KEY.description)})]?.get(${JSON.stringify(token)})?.();`,
      );
    }
    script.addEventListener(
      'error',
      () => {
        say.warn('scriptLoadFailed', what);
        finish('failed');
      },
      { once: true },
    );
    setState(original, 'loading');
    original.after(script);
  };

  const releaseMedia = (node: Element, requirement: Requirement): void => {
    const trust = scriptTrust(win, say.reporter);
    for (const [from, to] of DEFERRED_ATTRIBUTES) {
      const value = node.getAttribute(from);
      if (value === null) continue;
      const target = targetAttribute(node, to);
      if (URL_ATTRIBUTES.has(target) && !isSafeUrl(value)) {
        say.error('mediaNotUrl', node.localName, from, value.slice(0, 80));
        continue;
      }
      try {
        node.setAttribute(target, target === 'srcdoc' ? trust.html(value) : value);
      } catch (error) {
        say.error('mediaSetFailed', node.localName, from, reason(error));
      }
    }
    releasedMedia.set(node, requirement);
    setState(node, 'released');
  };

  const reblockMedia = (node: Element): void => {
    releasedMedia.delete(node);
    handled.delete(node);
    if (node.localName === 'iframe') {
      node.setAttribute('src', 'about:blank');
      if (node.hasAttribute('data-srcdoc')) node.removeAttribute('srcdoc'); // srcdoc wins over src
    } else if (node.localName === 'object') {
      node.setAttribute('data', 'about:blank');
    } else {
      for (const [from, to] of DEFERRED_ATTRIBUTES) if (node.hasAttribute(from)) node.removeAttribute(targetAttribute(node, to));
    }
    setState(node, 'blocked');
  };

  /** Is everything this node names granted now (an invalid tag never is). */
  const allowedNow = (node: Element): boolean => {
    const requirement = requirementOf(node);
    return isValid(node, requirement) && options.allows(requirement);
  };

  /**
   * A tagged iframe with a live `src` or `srcdoc` (a tagging mistake): reported, and, while its
   * consent is missing, stopped and held like a `data-src` one when the gate sees it inserted, before
   * its document loads. One that was in the page before the gate started (`loaded`: our script came
   * after it, or was deferred) may have run already: it is never called blocked, but refused
   * (`failed`) and left as it is.
   */
  const holdLiveFrame = (node: Element, allowed: boolean, loaded = false): void => {
    const live = ['srcdoc', 'src'].filter((name) => {
      const value = node.getAttribute(name);
      return value !== null && value !== 'about:blank';
    });
    if (live.length === 0) return;
    say.error('liveFrame', live, loaded, describeNode(node));
    if (allowed) return;
    if (loaded) {
      handled.add(node);
      setState(node, 'failed');
      return;
    }
    for (const name of live) {
      if (!node.hasAttribute(`data-${name}`)) node.setAttribute(`data-${name}`, node.getAttribute(name) ?? '');
    }
    node.setAttribute('src', 'about:blank');
    node.removeAttribute('srcdoc');
  };

  /** Looks at candidate nodes in document order and releases those now allowed. */
  const gateNodes = (nodes: Iterable<Element>): void => {
    let queued = false;
    for (const node of nodes) {
      if (handled.has(node)) continue;
      if (node.closest(`[${IGNORE_ATTRIBUTE}]`) !== null) {
        handled.add(node); // visitor-written content: never ours to release
        continue;
      }
      const state = node.getAttribute(STATE_ATTRIBUTE);
      if (state !== null && state !== 'blocked') continue; // a node we released (or a clone of one)
      if (isScript(node) && !isHeldScript(node)) {
        const markup = node.outerHTML.slice(0, 80);
        warnOnce(`untyped:${markup}`, 'untypedScript', markup);
        handled.add(node);
        continue;
      }
      if (isScript(node) && nonce !== '' && node.nonce !== nonce) {
        say.error('scriptWithoutNonce', describeNode(node));
        handled.add(node);
        setState(node, 'failed');
        continue;
      }
      const requirement = requirementOf(node);
      const allowed = isValid(node, requirement) && options.allows(requirement);
      if (node.localName === 'iframe' && state === null) holdLiveFrame(node, allowed);
      if (!allowed) {
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
    gateNodes(document.querySelectorAll(TAGGED_SELECTOR));
  };

  const onMutations = (records: MutationRecord[]): void => {
    const found: Element[] = [];
    for (const record of records) {
      for (const added of record.addedNodes) {
        if (!(added instanceof Element)) continue;
        if (added.matches(TAGGED_SELECTOR)) found.push(added);
        // The parser inserts an element before its children: only a subtree a script inserted needs a search.
        if (added.firstElementChild !== null) found.push(...added.querySelectorAll(TAGGED_SELECTOR));
      }
    }
    if (onReady !== null) {
      // While the page is parsed, only iframes with a live source are acted on, as they are
      // inserted (before their documents load); the rest waits for the parsed document.
      for (const node of found) if (node.localName === 'iframe' && node.closest(`[${IGNORE_ATTRIBUTE}]`) === null) holdLiveFrame(node, allowedNow(node));
      return;
    }
    if (found.length === 0) return;
    found.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    gateNodes(found);
  };

  const begin = (): void => {
    onReady = null;
    if (stopped) return;
    // The parse's last mutations, not delivered yet, are nodes the scan sees.
    observer?.takeRecords();
    scanDocument();
  };

  return {
    start() {
      for (const node of document.querySelectorAll(`iframe${TAGGED_SELECTOR}`)) {
        if (node.closest(`[${IGNORE_ATTRIBUTE}]`) === null && !node.hasAttribute(STATE_ATTRIBUTE) && !allowedNow(node)) holdLiveFrame(node, false, true);
      }
      observer = new MutationObserver(onMutations);
      observer.observe(document.documentElement, { childList: true, subtree: true });
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
    stop() {
      stopped = true;
      onReady = null;
      observer?.disconnect();
      observer = null;
      queue.length = 0;
      pumping = false;
    },
  };
}
