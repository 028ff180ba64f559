import { isBot } from './bots.js';
import { removeMatchingData, removeMatchingDatabases, type DatabaseFactory } from './cleanup.js';
import { DEFAULT_CONFIG, normalizeConfig } from './config.js';
import type { MessageDetails } from './say.js';
import { createEmitter } from './emitter.js';
import { createGate, type Gate, type NodeState, type Requirement } from './gate.js';
import { gpcOptOut, hasGpcSignal } from './gpc.js';
import { createInertConsent, hasDom } from './inert.js';
import { deniedData, diffCategories, requiredGrants, resolveGrants, type Grants } from './grants.js';
import { randomUuid } from './random-id.js';
import { DEFAULT_REGIME, pageRegion, regimeOf } from './regimes.js';
import { createRecordStore, type RecordStore, type StoredChoice } from './record-store.js';
import { consoleReporter, type Reporter } from './report.js';
import { createSay, reason } from './say.js';
import type { WordMessage } from './message-wording.js';
import { afterNextPaint, whenIdle, whenParsed } from './schedule.js';
import { createTabSync, type AnnouncedValue, type TabSync } from './tab-sync.js';
import { reportUntaggedTrackers } from './trackers.js';
import type {
  ChangeOrigin,
  ChoiceOptions,
  ChoiceSource,
  ConsentApi,
  ConsentConfig,
  ConsentEventMap,
  ConsentMethod,
  ConsentRecord,
  NormalizedCategory,
  NormalizedConfig,
  ReadyDetail,
  RegimeMode,
  View,
  ViewState,
} from './types.js';

/** What an instance takes from its surroundings; tests replace parts of it. */
export interface ConsentEnvironment {
  /** The window whose document is gated and whose events are dispatched. */
  readonly window: Window;
  /** The current time in milliseconds. */
  readonly now: () => number;
  /** A new consent id (a UUID). */
  readonly randomId: () => string;
  /** Reloads the page (after a withdrawal of something that already ran). */
  readonly reload: () => void;
  /** Where messages go. */
  readonly reporter: Reporter;
  /** How long a tagged external script may take before the next one runs anyway. */
  readonly scriptTimeoutMs: number;
  /** Where the config comes from when neither `createConsent()` nor `init()` was given one. */
  readonly loadConfig?: () => unknown;
  /**
   * Loads the full wording of the messages, asked only when there is something to say: a config's
   * problems are named at once in one short line either way, and a runtime message waits for its
   * words (said as its key and parameters when they cannot be had).
   */
  readonly messageDetails?: MessageDetails;
  /** The runtime messages' wording at hand (tests, a bundle that wants it inline): each is said in full at once. */
  readonly wording?: WordMessage;
  /**
   * When work that can wait runs. `after-paint` (the default): a choice made on this page or in
   * another tab releases tagged nodes after the browser has painted the next frame (the hidden
   * notice), so a click's next frame is not paid for by the tags, and of choices made within that
   * frame only the last one counts; the tab channel opens and a returning visitor's cookie is
   * written again once the page is parsed and released. `sync`: all of it before the call returns
   * (unit tests).
   */
  readonly releaseTiming?: 'after-paint' | 'sync';
  /** Called once at the end of `init()`, e.g. to show the UI; an error there is reported, not thrown. */
  readonly onStart?: (api: ConsentApi) => void;
  /** Called once by `destroy()`, e.g. to take the UI away; an error there is reported, not thrown. */
  readonly onDestroy?: () => void;
  /** Called when a tagged node changes state (the UI draws placeholders from it). */
  readonly onNodeState?: (node: Element, state: NodeState) => void;
  /**
   * The CSP nonce our script tag was given (the config's `nonce` counts too): when there is one,
   * only tagged scripts carrying it are released.
   */
  readonly scriptNonce?: string;
}

/** How long after another tab's announcement the cookie is read again, when the two disagreed. */
const RECHECK_MS = 200;
/** How many times the cookie is read again while it does not show another tab's announced value. */
const RECHECKS = 3;

/** The default time an external tagged script may take to load. */
export const DEFAULT_SCRIPT_TIMEOUT_MS = 10_000;

function defaultEnvironment(): ConsentEnvironment {
  return {
    window,
    now: () => Date.now(),
    randomId: randomUuid,
    reload: () => {
      window.location.reload();
    },
    reporter: consoleReporter,
    scriptTimeoutMs: DEFAULT_SCRIPT_TIMEOUT_MS,
  };
}

function storageOf(win: Window, kind: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    return win[kind];
  } catch {
    return null; // blocked storage throws on access
  }
}

const EVENT_NAMES: readonly (keyof ConsentEventMap)[] = ['ready', 'change', 'show', 'hide'];

function eventKey(name: string): keyof ConsentEventMap | undefined {
  const key = name.startsWith('consent-') ? name.slice('consent-'.length) : name;
  return EVENT_NAMES.find((n) => n === key);
}

/** Categories by id, for lookups on every has() and every gated node. */
function byId(categories: readonly NormalizedCategory[]): ReadonlyMap<string, NormalizedCategory> {
  return new Map(categories.map((category) => [category.id, category]));
}

function freezeRecord(record: ConsentRecord): ConsentRecord {
  const services: Record<string, readonly string[]> = {};
  for (const [id, list] of Object.entries(record.services)) services[id] = Object.freeze([...list]);
  return Object.freeze({ ...record, categories: Object.freeze([...record.categories]), services: Object.freeze(services) });
}

/**
 * Makes an independent consent instance with the public API. Nothing touches the page until
 * `init()`; `destroy()` lets go of it again. Many instances may live side by side (tests make one per case).
 */
export function createConsent(initialConfig?: ConsentConfig, environment: Partial<ConsentEnvironment> = {}): ConsentApi {
  if (environment.window === undefined && !hasDom()) return createInertConsent('createConsent');
  const env: ConsentEnvironment = { ...defaultEnvironment(), ...environment };
  const { reporter } = env;
  const say = createSay(reporter, env.messageDetails, env.wording);
  const win = env.window;
  const emitter = createEmitter<ConsentEventMap>(say);

  let config: NormalizedConfig = DEFAULT_CONFIG;
  /** The config's categories by id (made again whenever the config is). */
  let categoryById = byId(config.categories);
  let record: ConsentRecord | null = null;
  let rawValue: string | undefined;
  let started = false;
  let destroyed = false;
  let gpc = false;
  let region: string | null = null;
  let regime: RegimeMode = DEFAULT_REGIME;
  /**
   * What holds while the visitor has made no choice: the required categories, or under the `opt-out`
   * regime every category but those a GPC signal opts out of.
   */
  let defaults: Grants = requiredGrants(config);
  let views: ViewState = { notice: false, preferences: false };
  let store: RecordStore | null = null;
  let gate: Gate | null = null;
  let tabSync: TabSync | null = null;
  /** A settle (see `settle`) is scheduled. */
  let settling = false;
  /** Choices saved or reset in this tab so far: a cookie-store read begun before the latest one is stale. */
  let changesHere = 0;
  /** Questions asked of the cookie store so far: only the answer to the latest one counts. */
  let questions = 0;
  /** The `ready` event's detail once it was sent: replayed to `ready` listeners that come later. */
  let readyDetail: ReadyDetail | null = null;
  let settleReady: (detail: ReadyDetail) => void = () => undefined;
  const ready = new Promise<ReadyDetail>((resolve) => {
    settleReady = resolve;
  });

  const emit = <K extends keyof ConsentEventMap>(event: K, detail: ConsentEventMap[K]): void => {
    emitter.emit(event, detail);
    try {
      win.dispatchEvent(new CustomEvent(`consent-${event}`, { detail }));
    } catch (error) {
      say.error('dispatchFailed', event, String(error));
    }
  };

  const requireStarted = (method: string): boolean => {
    if (started && !destroyed) return true;
    say.error(destroyed ? 'afterDestroy' : 'beforeInit', method);
    return false;
  };

  const setView = (view: View, open: boolean): void => {
    if (views[view] === open) return;
    views = { ...views, [view]: open };
    emit(open ? 'show' : 'hide', { view });
  };

  /** The grants of a record, or the defaults when there is none. */
  const grantsFor = (current: ConsentRecord | null): Grants => current ?? defaults;

  const hasCategory = (id: string): boolean => {
    const category = categoryById.get(id);
    if (category === undefined) return false;
    return category.required || grantsFor(record).categories.includes(id);
  };

  const hasServiceOf = (categoryId: string, serviceId: string): boolean => {
    const category = categoryById.get(categoryId);
    if (category === undefined) return false;
    if (category.required) return true;
    if (!category.services.some((s) => s.id === serviceId)) return hasCategory(categoryId);
    return grantsFor(record).services[categoryId]?.includes(serviceId) ?? false;
  };

  /** A node is allowed when, for each category it names, that category, or a service of it the node names, is granted. */
  const allows = (requirement: Requirement): boolean =>
    requirement.categories.every((categoryId) => {
      const category = categoryById.get(categoryId);
      if (category === undefined) return false;
      const service = requirement.services.find((id) => category.services.some((s) => s.id === id));
      return service === undefined ? hasCategory(categoryId) : hasServiceOf(categoryId, service);
    });

  /**
   * Removes the declared cookies, storage keys and IndexedDB databases whose consent is missing
   * under these grants (in this tab: its sessionStorage is its own).
   */
  const removeDenied = (grants: Grants): void => {
    const { names, databases } = deniedData(config, grants);
    removeMatchingData(
      names,
      {
        hostname: win.location.hostname,
        pathname: win.location.pathname,
        localStorage: names.length === 0 ? null : storageOf(win, 'localStorage'),
        sessionStorage: names.length === 0 ? null : storageOf(win, 'sessionStorage'),
      },
      { keep: [config.cookie.name], paths: [config.cookie.path] },
    );
    if (databases.length > 0) {
      let factory: DatabaseFactory | undefined;
      try {
        factory = win.indexedDB;
      } catch {
        factory = undefined; // blocked storage throws on access
      }
      void removeMatchingDatabases(databases, factory);
    }
  };

  /**
   * Puts a new record in force: removes the data it gives no consent for, tells listeners, and
   * settles the tagged nodes (see `settle`).
   */
  const enforce = (next: ConsentRecord | null, origin: ChangeOrigin): void => {
    const source = origin === 'tab' ? 'tab' : 'page';
    const prevGrants = grantsFor(record);
    const nextGrants = grantsFor(next);
    const previousId = record?.id ?? null;
    record = next === null ? null : freezeRecord(next);
    const { granted, withdrawn } = diffCategories(prevGrants, nextGrants);
    removeDenied(nextGrants);
    emit('change', { record, changed: [...granted, ...withdrawn], granted, withdrawn, source, origin, previousId });
    settleSoon();
  };

  /**
   * Acts on the record in force once the changes of the moment are over: reloads when a script
   * already ran whose consent is now withdrawn, and releases or re-blocks the tagged nodes. Choices
   * made one after another in one task, or clicked within one frame, release only what the last one
   * allows, never what a superseded one did.
   */
  const settle = (): void => {
    settling = false;
    if (destroyed) return;
    if (config.reloadOnWithdraw && gate?.hasRunWithoutConsent() === true) env.reload();
    gate?.update();
  };

  /** Settles after the browser has painted the next frame (at once with `releaseTiming: 'sync'`), once for any number of changes. */
  const settleSoon = (): void => {
    if (env.releaseTiming === 'sync') settle();
    else if (!settling) {
      settling = true;
      afterNextPaint(win, settle);
    }
  };

  /** Now, in whole seconds: the cookie keeps seconds, so the record in memory matches the stored one. */
  const nowSeconds = (): string => new Date(Math.floor(env.now() / 1000) * 1000).toISOString();

  /** Does the stored choice answer the notice (an embed allowed from its placeholder does not). */
  const answered = (current: ConsentRecord | null): boolean => current !== null && current.method !== 'embed';

  const save = (grants: Grants, requested: ConsentMethod, options: ChoiceOptions | undefined): void => {
    const origin: ChoiceSource = options?.source ?? 'api';
    // An embed allowed from its placeholder before the notice was answered answers nothing else.
    const method = origin === 'placeholder' && !answered(record) ? 'embed' : requested;
    const nowIso = nowSeconds();
    const next: ConsentRecord = {
      id: record?.id ?? env.randomId(),
      revision: config.revision,
      given: record?.given ?? nowIso,
      updated: nowIso,
      categories: grants.categories,
      services: grants.services,
      method,
      gpc,
      regime,
      region,
    };
    changesHere += 1;
    const saved = store?.save(next);
    if (saved?.kept !== true) {
      say.warn('cookieNotKept');
    }
    rawValue = saved?.kept === true ? saved.raw : store?.load(env.now()).raw;
    if (method !== 'embed') setView('notice', false);
    setView('preferences', false);
    enforce(next, origin);
    if (saved?.kept === true) {
      tabSync?.wrote(saved.raw);
      tabSync?.notify(saved.raw);
    }
  };

  /** Makes this tab hold a stored choice that another tab (or the cookie) brought. */
  const adopt = (next: ConsentRecord | null, raw: string | undefined): void => {
    if (raw === rawValue) return;
    rawValue = raw;
    if (answered(next)) {
      setView('notice', false);
      setView('preferences', false);
    }
    enforce(next, 'tab');
    if (!answered(next) && !views.notice) setView('notice', true);
  };

  /**
   * Brings this tab in line with the stored choice after another tab (or the cookie) may have
   * changed it. The cookie store is the truth, and this tab's `document.cookie` may lag behind
   * another tab's write. Where the browser has a Cookie Store, only it is asked: its change events
   * carry the value it now holds (they come in the order of the writes), and each question asks it
   * directly; only the answer to the latest question counts. A value another tab announced counts
   * when it is strictly newer than what the store shows; the announcement may arrive before the
   * write it announces, so while the store does not show it, it is asked again a few times
   * (`RECHECK_MS`, doubling). Without a Cookie Store, `document.cookie` is read the same way.
   * Arrival order never decides.
   */
  const onPossibleRemoteChange = (announced?: AnnouncedValue, attempt = 0): void => {
    if (store === null || destroyed) return;
    const recordStore = store;
    /** What this tab should hold, given what it sees stored and what was announced. */
    const reconcile = (seen: StoredChoice, news: AnnouncedValue | undefined): void => {
      let target = { record: seen.record, raw: seen.raw };
      if (news?.value !== undefined && news.value !== seen.raw) {
        const record = recordStore.parse(news.value, env.now());
        const byTime = record === null || seen.record === null ? 1 : Date.parse(record.updated) - Date.parse(seen.record.updated);
        if (record !== null && (byTime > 0 || (byTime === 0 && news.fromStore === true))) {
          target = { record, raw: news.value };
        }
      }
      adopt(target.record, target.raw);
    };
    const recheck = (seen: StoredChoice): void => {
      if (announced?.value === undefined || announced.value === seen.raw || attempt >= RECHECKS) return;
      win.setTimeout(
        () => {
          onPossibleRemoteChange(announced, attempt + 1);
        },
        RECHECK_MS * 2 ** attempt,
      );
    };
    // A look with nothing announced (the tab shown again, the page loaded) reads the cookie now: no
    // write is in flight then. Without a Cookie Store, that is all there is to read.
    if (announced === undefined || !recordStore.hasCookieStore) {
      const seen = recordStore.load(env.now());
      reconcile(seen, announced);
      recheck(seen);
      if (!recordStore.hasCookieStore) return;
    }
    if (announced?.fromStore === true) {
      const record = announced.value === undefined ? null : recordStore.parse(announced.value, env.now());
      if (record !== null) adopt(record, announced.value);
    }
    const asked = changesHere;
    questions += 1;
    const question = questions;
    void recordStore.loadFromStore(env.now()).then((fresh) => {
      // A choice made here since the question was asked is newer than the answer, and so is the
      // answer to a question asked after this one.
      if (destroyed || fresh === undefined || asked !== changesHere || question !== questions) return;
      // The store's answer was given after the event that asked: it is newer than the event's
      // value (this tab's own writes send it no event), so only another tab's announcement that is
      // strictly newer can still beat it.
      reconcile(fresh, announced?.fromStore === true ? undefined : announced);
      recheck(fresh);
    });
  };

  /** Reads the config, the GPC signal and the visitor's region; works out the regime and what holds without a choice. */
  const readSettings = (given: ConsentConfig | undefined): void => {
    const location = win.location;
    config = normalizeConfig(
      given ?? initialConfig ?? env.loadConfig?.(),
      { hostname: location.hostname, protocol: location.protocol },
      reporter,
      env.messageDetails,
    );
    categoryById = byId(config.categories);
    gpc = hasGpcSignal(win.navigator);
    region =
      config.region ??
      pageRegion(win.document, (given) => {
        say.error('pageRegion', given);
      });
    regime = regimeOf(region, config.regimes);
    const optional = config.categories.filter((c) => !c.required && !(gpc && config.gpc.includes(c.id))).map((c) => c.id);
    defaults = resolveGrants(config, regime === 'opt-out' ? optional : [], undefined);
  };

  /** Starts gating the tagged nodes, and says (once the page is parsed) which well-known trackers carry no tag. */
  const startGate = (): void => {
    gate = createGate({
      document: win.document,
      allows,
      knowsCategory: (id) => categoryById.has(id),
      scriptTimeoutMs: env.scriptTimeoutMs,
      say,
      nonce: config.nonce !== '' ? config.nonce : (env.scriptNonce ?? ''),
      ...(env.onNodeState === undefined ? {} : { onNodeState: env.onNodeState }),
    });
    gate.start();
    whenParsed(win.document, () => {
      if (!destroyed) reportUntaggedTrackers(win.document, (id) => categoryById.get(id)?.required === true, say);
    });
  };

  /** A stored consent that lapsed: forgotten, its data removed, and said so (the consent log records it). */
  const announceLapse = (recordStore: RecordStore, expired: ConsentRecord): void => {
    recordStore.clear();
    const lapsed = diffCategories(expired, defaults);
    removeDenied(defaults);
    emit('change', {
      record: null,
      changed: lapsed.withdrawn,
      granted: [],
      withdrawn: lapsed.withdrawn,
      source: 'page',
      origin: 'expiry',
      previousId: expired.id,
    });
  };

  /** The withdrawal a GPC signal made at load (see `gpcOptOut`): its data goes at once, and listeners are told. */
  const announceGpcOptOut = (before: ConsentRecord | null): void => {
    const { granted, withdrawn } = diffCategories(grantsFor(before), grantsFor(record));
    removeDenied(grantsFor(record));
    emit('change', { record, changed: [...granted, ...withdrawn], granted, withdrawn, source: 'gpc', origin: 'gpc', previousId: before?.id ?? null });
  };

  /**
   * Work that need not delay the notice or the release, run once the page is parsed and its next
   * frame painted (after the gate's release and the notice's first paint): the clean-up, listening
   * to the other tabs (a choice one made meanwhile is picked up first, so it is never overwritten),
   * then writing the choice again with an expiry computed from the record's own time
   * (`cookie.rewrite`): Safari keeps cookies written by script for 7 days, so a visitor who returns
   * within them keeps the choice for its configured life, never longer.
   */
  const afterParsing = (recordStore: RecordStore, recordAtStart: ConsentRecord | null): void => {
    if (destroyed) return;
    // Until the channel opens only this page can change the record: a choice made here while
    // the page loaded is announced now.
    const changedHere = record !== recordAtStart;
    // Data without consent goes on every load: a tracker may have written it back while the
    // page unloaded, or the consent lapsed or was asked again since. Nothing reads it before a
    // tag runs, and tags without consent do not: it waits for an idle moment (opening
    // localStorage and sessionStorage costs the load a measurable part of its script time).
    const cleanUp = (): void => {
      if (!destroyed && record === recordAtStart) removeDenied(grantsFor(record));
    };
    if (!changedHere) {
      if (env.releaseTiming === 'sync') cleanUp();
      else whenIdle(win, cleanUp);
    }
    tabSync = createTabSync(win, config.cookie.name, onPossibleRemoteChange);
    if (changedHere) tabSync.notify(rawValue);
    onPossibleRemoteChange();
    // A choice another tab made (adopted just now) is that tab's to write.
    if (recordAtStart === null || record !== recordAtStart || !config.cookie.rewrite) return;
    const saved = recordStore.save(recordAtStart);
    if (!saved.kept) return;
    rawValue = saved.raw;
    tabSync.wrote(saved.raw);
  };

  const api: ConsentApi = {
    init(config_?: ConsentConfig) {
      if (destroyed) {
        say.error('initDestroyed');
        return api;
      }
      if (started) {
        say.warn('initAgain');
        return api;
      }
      started = true;
      readSettings(config_);
      const recordStore = createRecordStore(config, win, say, regime);
      store = recordStore;
      const loaded = recordStore.load(env.now());
      rawValue = loaded.raw;
      record = loaded.record === null ? null : freezeRecord(loaded.record);
      // A GPC signal that appeared after a grant of a category it opts out of withdraws that grant
      // now, before anything is released or told to Consent Mode: the record is saved without it.
      const beforeOptOut = record;
      const optOut = beforeOptOut === null ? null : gpcOptOut(config, beforeOptOut, gpc, nowSeconds());
      if (optOut !== null) {
        const saved = recordStore.save(optOut);
        if (saved.kept) rawValue = saved.raw;
        record = freezeRecord(optOut);
      }
      readyDetail = { record };
      emit('ready', readyDetail);
      settleReady(readyDetail);
      startGate();
      if (loaded.expired !== undefined) announceLapse(recordStore, loaded.expired);
      if (optOut !== null) announceGpcOptOut(beforeOptOut);
      const recordAtStart = record;
      if (env.releaseTiming === 'sync') afterParsing(recordStore, recordAtStart);
      else
        whenParsed(win.document, () => {
          afterNextPaint(win, () => {
            afterParsing(recordStore, recordAtStart);
          });
        });
      if (!answered(record) && !(config.hideFromBots && isBot(win.navigator.userAgent))) setView('notice', true);
      try {
        env.onStart?.(api);
      } catch (error) {
        say.error('uiStartFailed', reason(error));
      }
      return api;
    },
    acceptAll(options) {
      if (!requireStarted('acceptAll')) return;
      const optedOut = gpc ? config.gpc : [];
      const ids = config.categories.map((c) => c.id).filter((id) => !optedOut.includes(id));
      save(resolveGrants(config, ids, undefined, say), 'accept-all', options);
    },
    rejectAll(options) {
      if (!requireStarted('rejectAll')) return;
      save(resolveGrants(config, [], undefined, say), 'reject-all', options);
    },
    optOut(options) {
      if (!requireStarted('optOut')) return;
      const current = grantsFor(record);
      const services: Record<string, readonly string[]> = {};
      for (const [id, list] of Object.entries(current.services)) if (!config.gpc.includes(id)) services[id] = list;
      save(
        resolveGrants(
          config,
          current.categories.filter((id) => !config.gpc.includes(id)),
          services,
        ),
        'opt-out',
        options,
      );
    },
    dismiss(options) {
      if (!requireStarted('dismiss')) return;
      if (answered(record)) {
        setView('notice', false);
        return;
      }
      save(grantsFor(record), 'dismiss', options);
    },
    accept(categories, services, options) {
      if (!requireStarted('accept')) return;
      // Callers from plain JavaScript may pass anything: check before trusting the types.
      const rawCategories: unknown = categories;
      const rawServices: unknown = services;
      if (!Array.isArray(rawCategories)) {
        say.error('acceptCategoriesNotArray', typeof rawCategories);
        return;
      }
      if (rawServices !== undefined && (typeof rawServices !== 'object' || rawServices === null || Array.isArray(rawServices))) {
        say.error('acceptServicesNotObject');
        return;
      }
      save(resolveGrants(config, categories, services, say), 'custom', options);
    },
    has: (category) => hasCategory(category),
    hasService: (category, service) => hasServiceOf(category, service),
    get: () => record,
    show() {
      if (requireStarted('show')) setView('notice', true);
    },
    hide() {
      if (!started) return;
      setView('preferences', false);
      setView('notice', false);
    },
    showPreferences() {
      if (requireStarted('showPreferences')) setView('preferences', true);
    },
    hidePreferences() {
      if (started) setView('preferences', false);
    },
    reset(options) {
      if (!requireStarted('reset')) return;
      changesHere += 1;
      store?.clear();
      rawValue = store?.load(env.now()).raw;
      enforce(null, options?.source ?? 'api');
      tabSync?.notify(undefined);
      setView('preferences', false);
      setView('notice', true);
    },
    on(event, listener) {
      const key = eventKey(event);
      if (key === undefined) {
        say.error('notAnEvent', JSON.stringify(event), EVENT_NAMES.join(', '));
        return () => undefined;
      }
      if (typeof listener !== 'function') {
        say.error('listenerNotFunction', key);
        return () => undefined;
      }
      if (key === 'ready' && readyDetail !== null) {
        // Too late for the event itself: told at once, as the promise would tell it.
        emitter.call('ready', listener as (detail: ReadyDetail) => void, readyDetail);
        return () => undefined;
      }
      return emitter.on(key, listener as (detail: ConsentEventMap[keyof ConsentEventMap]) => void);
    },
    ready,
    get config() {
      return config;
    },
    get views() {
      return views;
    },
    get started() {
      return started && !destroyed;
    },
    get gpc() {
      return gpc;
    },
    get region() {
      return region;
    },
    get regime() {
      return regime;
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      gate?.stop();
      tabSync?.stop();
      if (started) {
        try {
          env.onDestroy?.();
        } catch (error) {
          say.error('uiRemoveFailed', reason(error));
        }
      }
      emitter.clear();
    },
  };
  return api;
}
