import { consoleReporter, type Reporter } from '../core/report.js';
import { reason, type Say } from '../core/say.js';
import { integrationSay, onConsent, readGlobal, type Integration } from './integration.js';

const state = (granted: boolean): 'granted' | 'denied' => (granted ? 'granted' : 'denied');

/** Calls a page function by name if the page has it, reporting (never throwing) what it throws. */
function callPage(win: Window, name: string, say: Say, ...args: unknown[]): boolean {
  const fn = readGlobal(win, name);
  if (typeof fn !== 'function') return false;
  try {
    (fn as (...a: unknown[]) => unknown)(...args);
  } catch (error) {
    say.error('vendorThrew', `${name}()`, reason(error));
  }
  return true;
}

/** Calls push once with these arguments on a page queue (`uetq`, `_paq`), creating it as an array when missing. */
function pushPage(win: Window, name: string, say: Say, ...entry: unknown[]): void {
  const record = win as unknown as Record<string, unknown>;
  record[name] ??= [];
  const queue = record[name] as { push?: unknown } | null;
  if (typeof queue !== 'object' || queue === null || typeof queue.push !== 'function') {
    say.error('vendorNoPush', name);
    return;
  }
  try {
    (queue.push as (...e: unknown[]) => void).apply(queue, entry);
  } catch (error) {
    say.error('vendorThrew', `window.${name}.push`, reason(error));
  }
}

/**
 * Microsoft UET consent mode: `uetq.push('consent', 'default', { ad_storage: 'denied' })` on ready,
 * then `uetq.push('consent', 'update', { ad_storage })` for a stored choice and every change.
 */
export function microsoftUet(reporter: Reporter = consoleReporter): Integration {
  return {
    name: 'vendors.microsoftUet',
    attach: (api, win, context) => {
      const say = integrationSay(reporter, context);
      let category: string | null = null;
      // One push with three arguments, as Microsoft's snippet does: the loaded tag replaces uetq
      // with an object whose push reads them together.
      const push = (...entry: unknown[]): void => {
        pushPage(win, 'uetq', say, ...entry);
      };
      return onConsent(
        api,
        () => {
          category = api.config.vendors.microsoftUet?.category ?? null;
          if (category === null) return;
          push('consent', 'default', { ad_storage: 'denied' });
          if (api.get() !== null) push('consent', 'update', { ad_storage: state(api.has(category)) });
        },
        () => {
          if (category !== null) push('consent', 'update', { ad_storage: state(api.has(category)) });
        },
      );
    },
  };
}

/**
 * Microsoft Clarity consent API v2: `clarity('consentv2', { ad_Storage, analytics_Storage })` (the
 * keys are case-sensitive) on ready and on every change. Uses Clarity's own queue stub when the tag
 * has not loaded yet.
 */
export function clarity(reporter: Reporter = consoleReporter): Integration {
  return {
    name: 'vendors.clarity',
    attach: (api, win, context) => {
      const say = integrationSay(reporter, context);
      let settings: { analytics: string; ads: string } | null = null;
      const send = (): void => {
        if (settings === null) return;
        const record = win as unknown as { clarity?: unknown };
        if (typeof readGlobal(win, 'clarity') !== 'function') {
          // Clarity's snippet defines the same queue and keeps it when the tag loads.
          const stub = function clarityStub(...args: unknown[]): void {
            (stub.q ??= []).push(args);
          } as ((...args: unknown[]) => void) & { q?: unknown[][] };
          record.clarity = stub;
        }
        callPage(win, 'clarity', say, 'consentv2', {
          ad_Storage: state(api.has(settings.ads)),
          analytics_Storage: state(api.has(settings.analytics)),
        });
      };
      return onConsent(
        api,
        () => {
          settings = api.config.vendors.clarity;
          send();
        },
        send,
      );
    },
  };
}

/**
 * Meta Pixel: `fbq('consent', 'revoke')` before `fbq('init')` unless the category is granted, and
 * `fbq('consent', 'grant' | 'revoke')` on every change. When the page's base code has not run yet,
 * the revoke waits for it: the base code's `fbq` is caught as it is defined and `revoke` is put first
 * in its queue, before the page's `init`.
 */
export function metaPixel(reporter: Reporter = consoleReporter): Integration {
  return {
    name: 'vendors.metaPixel',
    attach: (api, win, context) => {
      const say = integrationSay(reporter, context);
      let category: string | null = null;
      const decision = (): 'grant' | 'revoke' => (category !== null && api.has(category) ? 'grant' : 'revoke');
      const whenDefined = (): void => {
        let value: unknown;
        try {
          Object.defineProperty(win, 'fbq', {
            configurable: true,
            enumerable: true,
            get: () => value,
            set: (fbq: unknown) => {
              // Become a plain property again, then put the decision first in the new queue once the
              // base code has finished setting it up (its own calls are queued after this microtask).
              Object.defineProperty(win, 'fbq', { configurable: true, enumerable: true, writable: true, value: fbq });
              queueMicrotask(() => {
                const queue = (fbq as { queue?: unknown } | null)?.queue;
                if (Array.isArray(queue)) queue.unshift(['consent', decision()]);
                else callPage(win, 'fbq', say, 'consent', decision());
              });
            },
          });
        } catch {
          say.warn('fbqNotWatched');
        }
      };
      return onConsent(
        api,
        () => {
          category = api.config.vendors.metaPixel?.category ?? null;
          if (category === null) return;
          if (!callPage(win, 'fbq', say, 'consent', decision())) whenDefined();
        },
        () => {
          if (category !== null) callPage(win, 'fbq', say, 'consent', decision());
        },
      );
    },
  };
}

/**
 * Matomo. `consent` mode: `_paq.push(['requireConsent'])`, then `['setConsentGiven']` while granted
 * and `['forgetConsentGiven']` on withdrawal. `cookie` mode: `['requireCookieConsent']`, then
 * `['rememberCookieConsentGiven']` while granted and `['forgetCookieConsentGiven']` on withdrawal.
 */
export function matomo(reporter: Reporter = consoleReporter): Integration {
  return {
    name: 'vendors.matomo',
    attach: (api, win, context) => {
      const say = integrationSay(reporter, context);
      let settings: { category: string; mode: 'consent' | 'cookie' } | null = null;
      let granted = false;
      const calls = (mode: 'consent' | 'cookie') =>
        mode === 'consent'
          ? { require: 'requireConsent', give: 'setConsentGiven', forget: 'forgetConsentGiven' }
          : { require: 'requireCookieConsent', give: 'rememberCookieConsentGiven', forget: 'forgetCookieConsentGiven' };
      return onConsent(
        api,
        () => {
          settings = api.config.vendors.matomo;
          if (settings === null) return;
          const names = calls(settings.mode);
          pushPage(win, '_paq', say, [names.require]);
          granted = api.has(settings.category);
          if (granted) pushPage(win, '_paq', say, [names.give]);
        },
        () => {
          if (settings === null) return;
          const names = calls(settings.mode);
          const now = api.has(settings.category);
          if (now && !granted) pushPage(win, '_paq', say, [names.give]);
          if (!now && granted) pushPage(win, '_paq', say, [names.forget]);
          granted = now;
        },
      );
    },
  };
}
