import type { WordMessage } from '../core/message-wording.js';
import type { Reporter } from '../core/report.js';
import { createSay, type MessageDetails, type Say } from '../core/say.js';
import type { ChangeDetail, ConsentApi } from '../core/types.js';

/** The config switch that turns each integration on. */
export type IntegrationName = 'googleConsentMode' | 'log' | 'gpp' | 'vendors.microsoftUet' | 'vendors.clarity' | 'vendors.metaPixel' | 'vendors.matomo';

/**
 * An integration: attached to an API before `init()`, it listens to the core (`ready`, `change`)
 * and tells a vendor. It reads its settings from `api.config` once `ready` fires, and does nothing
 * when they are off.
 */
export interface Integration {
  /** The config field that turns it on. */
  readonly name: IntegrationName;
  /** Starts listening; returns the function that detaches it. */
  attach(api: ConsentApi, win: Window, context?: IntegrationContext): () => void;
}

/** What the page's UI tells integrations. */
export interface IntegrationContext {
  /** The language and a fingerprint of the texts the visitor was shown; undefined before the UI is up. */
  shown(): { readonly language: string; readonly textsHash: string } | undefined;
  /** Loads the wording of the messages (without it, and without `wording`, a message is its key and values). */
  readonly messageDetails?: MessageDetails;
  /** The wording at hand: each message in full at once. */
  readonly wording?: WordMessage;
}

/** What says an integration's messages: to its reporter, worded as the page's context allows. */
export function integrationSay(reporter: Reporter, context: IntegrationContext | undefined): Say {
  return createSay(reporter, context?.messageDetails, context?.wording);
}

/** Whether the config turns an integration on. */
export function isEnabled(api: ConsentApi, name: IntegrationName): boolean {
  const { config } = api;
  switch (name) {
    case 'googleConsentMode':
      return config.googleConsentMode !== null;
    case 'log':
      return config.log !== null;
    case 'gpp':
      return config.gpp !== null;
    case 'vendors.microsoftUet':
      return config.vendors.microsoftUet !== null;
    case 'vendors.clarity':
      return config.vendors.clarity !== null;
    case 'vendors.metaPixel':
      return config.vendors.metaPixel !== null;
    case 'vendors.matomo':
      return config.vendors.matomo !== null;
  }
}

/** Calls `ready` once the api is ready and `change` on every change; returns the detach function. */
export function onConsent(api: ConsentApi, ready: () => void, change: (detail: ChangeDetail) => void): () => void {
  const offReady = api.on('ready', ready);
  const offChange = api.on('change', change);
  return () => {
    offReady();
    offChange();
  };
}

/** A page global as an unknown value; reading it never throws (a hostile getter is treated as missing). */
export function readGlobal(win: Window, name: string): unknown {
  try {
    return (win as unknown as Record<string, unknown>)[name];
  } catch {
    return undefined;
  }
}
