import { CONSENT_ATTRIBUTE, IGNORE_ATTRIBUTE, requirementOf } from './tagged-node.js';
import type { Say } from './say.js';

/**
 * Hosts of well-known trackers (a short list, matched with their subdomains): a script, iframe or
 * image from one of them is almost always something that needs consent.
 */
export const TRACKER_HOSTS: readonly string[] = [
  'googletagmanager.com',
  'google-analytics.com',
  'doubleclick.net',
  'googleadservices.com',
  'googlesyndication.com',
  'connect.facebook.net',
  'clarity.ms',
  'bat.bing.com',
  'static.hotjar.com',
  'script.hotjar.com',
  'snap.licdn.com',
  'px.ads.linkedin.com',
  'analytics.tiktok.com',
  'static.ads-twitter.com',
  'ct.pinterest.com',
  'cdn.mxpnl.com',
  'cdn.segment.com',
  'js.hs-scripts.com',
  'mc.yandex.ru',
];

/** The host of a list that a hostname is, or is a subdomain of; `undefined` when none. */
export function matchHost(hostname: string, hosts: readonly string[]): string | undefined {
  const name = hostname.toLowerCase();
  return hosts.find((host) => name === host || name.endsWith(`.${host}`));
}

/** The tracker host a URL points at, or `undefined`. */
function trackerHostOf(url: string, base: string): string | undefined {
  let hostname: string;
  try {
    hostname = new URL(url, base).hostname;
  } catch {
    return undefined;
  }
  return matchHost(hostname, TRACKER_HOSTS);
}

/**
 * Reports, once each, the scripts, iframes and images of the page that load from a well-known
 * tracker without waiting for consent (no `data-consent`), and those tagged with required
 * categories only (a tracker filed as "necessary" runs for everyone). Content inside
 * `data-consent-ignore` is the visitors', not the site's tagging: it is left out.
 */
export function reportUntaggedTrackers(document: Document, isRequired: (category: string) => boolean, say: Say): void {
  const base = document.baseURI;
  const seen = new Set<string>();
  for (const node of document.querySelectorAll('script[src], iframe[src], img[src], script[data-src], iframe[data-src], img[data-src]')) {
    if (node.closest(`[${IGNORE_ATTRIBUTE}]`) !== null) continue;
    const tagged = node.hasAttribute(CONSENT_ATTRIBUTE);
    const url = (tagged ? (node.getAttribute('data-src') ?? node.getAttribute('src')) : node.getAttribute('src')) ?? '';
    const host = trackerHostOf(url, base);
    if (host === undefined || seen.has(url)) continue;
    if (!tagged) {
      if (!node.hasAttribute('src')) continue;
      seen.add(url);
      say.warn('untaggedTracker', url.slice(0, 120), host, node.localName === 'script');
      continue;
    }
    const { categories } = requirementOf(node);
    if (categories.length > 0 && categories.every(isRequired)) {
      seen.add(url);
      say.warn('requiredTracker', url.slice(0, 120), host, categories.join(' '));
    }
  }
}
