import {
  describeNode,
  IGNORE_ATTRIBUTE,
  isHeldScript,
  isScript,
  RERUN_ATTRIBUTE,
  requirementOf,
  STATE_ATTRIBUTE,
  TAGGED_SELECTOR,
  type NodeState,
  type Requirement,
} from './tagged-node.js';
import type { Message } from './message-wording.js';
import { reason, type Say } from './say.js';
import { isSafeUrl } from './safe-url.js';
import { MODULE_RAN_KEY, runnableCopy, scriptKey, supportsModules, withWritesRefused } from './script-copy.js';
import { scriptTrust } from './trusted-types.js';

export { CONSENT_ATTRIBUTE, IGNORE_ATTRIBUTE, SERVICE_ATTRIBUTE, STATE_ATTRIBUTE, requirementOf, type NodeState, type Requirement } from './tagged-node.js';

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
