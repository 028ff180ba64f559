import { expect } from 'chai';
import type { ConsentConfig } from '../../src/core/types.js';
import { clearAllCookies } from '../helpers/cookies.js';
import { destroyAll, makeConsent, uniqueCookieName, waitFor } from '../helpers/consent.js';

declare global {
  interface Window {
    __ran?: string[];
  }
}

function config(extra: Partial<ConsentConfig> = {}): ConsentConfig {
  return {
    categories: {
      necessary: { required: true },
      analytics: { services: { ga: {}, hj: {} } },
      marketing: { services: { youtube: {} } },
    },
    cookie: { name: uniqueCookieName() },
    reloadOnWithdraw: false,
    ...extra,
  };
}

let container: HTMLDivElement;

/** Puts markup in the test page; scripts written here are parsed by the browser as a site would have them. */
function page(html: string): HTMLDivElement {
  container.innerHTML = html;
  return container;
}

/** A held script: inline code that records `id`, or an external one from the test server. */
function held(categories: string, id: string, options: { src?: boolean; delay?: number; service?: string; type?: string } = {}): string {
  const service = options.service === undefined ? '' : ` data-consent-service="${options.service}"`;
  const type = options.type === undefined ? '' : ` data-type="${options.type}"`;
  if (options.src === true) {
    return `<script type="text/plain" data-consent="${categories}"${service}${type} data-id="${id}" src="/__test/script.js?id=${id}&delay=${String(options.delay ?? 0)}"></script>`;
  }
  return `<script type="text/plain" data-consent="${categories}"${service}${type} data-id="${id}">(window.__ran = window.__ran || []).push('${id}');</script>`;
}

function ran(): string[] {
  return window.__ran ?? [];
}

function stateOf(selector: string): string | null {
  return container.querySelector(selector)?.getAttribute('data-consent-state') ?? null;
}

describe('the gate', () => {
  beforeEach(() => {
    window.__ran = [];
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => {
    destroyAll();
    container.remove();
    clearAllCookies();
  });

  it('holds tagged scripts until their category is granted', () => {
    page(held('analytics', 'a'));
    const { api } = makeConsent(config());
    api.init();
    expect(ran()).to.deep.equal([]);
    expect(stateOf('[data-id="a"]')).to.equal('blocked');
    api.accept(['marketing']);
    expect(ran()).to.deep.equal([]);
    api.accept(['analytics']);
    expect(ran()).to.deep.equal(['a']);
    expect(stateOf('[data-id="a"]')).to.equal('ran');
  });

  it('runs scripts of required categories with no choice made', () => {
    page(held('necessary', 'n'));
    makeConsent(config()).api.init();
    expect(ran()).to.deep.equal(['n']);
  });

  it('keeps document order: an external script finishes before the next tagged script starts', async () => {
    page(
      [
        held('analytics', 'slow', { src: true, delay: 400 }),
        held('analytics', 'inline-1'),
        held('analytics', 'fast', { src: true }),
        held('marketing', 'inline-2'),
      ].join(''),
    );
    const { api } = makeConsent(config());
    api.init();
    api.acceptAll();
    expect(ran(), 'nothing runs before the slow script loaded').to.deep.equal([]);
    await waitFor(() => ran().length === 4, 5000, 'all four scripts');
    expect(ran()).to.deep.equal(['slow', 'inline-1', 'fast', 'inline-2']);
  });

  it('runs each script exactly once, whatever the later choices', () => {
    page(held('analytics', 'once'));
    const { api } = makeConsent(config());
    api.init();
    api.acceptAll();
    api.accept(['analytics']);
    api.rejectAll();
    api.acceptAll();
    api.reset();
    api.acceptAll();
    expect(ran()).to.deep.equal(['once']);
    // the site's node and the one runnable copy beside it
    expect(container.querySelectorAll('script')).to.have.length(2);
    expect(container.querySelectorAll('script:not([data-consent])')).to.have.length(1);
  });

  it('restores the original type from data-type', async () => {
    page(held('analytics', 'module', { type: 'module' }));
    const { api } = makeConsent(config());
    api.init();
    api.acceptAll();
    await waitFor(() => ran().includes('module'), 2000, 'the module');
    expect(container.querySelector('script:not([data-consent])')?.getAttribute('type')).to.equal('module');
    expect(container.querySelector('script[data-consent]')?.getAttribute('data-consent-state')).to.equal('ran');
  });

  it('obeys the same rules for nodes added later', async () => {
    const { api } = makeConsent(config());
    api.init();
    api.accept(['analytics']);
    const late = document.createElement('div');
    late.innerHTML = held('analytics', 'late-granted') + held('marketing', 'late-blocked');
    // innerHTML does not run scripts; re-create them as a single-page app would.
    for (const old of late.querySelectorAll('script')) {
      const script = document.createElement('script');
      for (const { name, value } of old.attributes) script.setAttribute(name, value);
      script.text = old.text;
      old.replaceWith(script);
    }
    container.append(late);
    await waitFor(() => ran().includes('late-granted'), 2000, 'the late script');
    expect(ran()).to.deep.equal(['late-granted']);
    expect(stateOf('[data-id="late-blocked"]')).to.equal('blocked');
    api.acceptAll();
    expect(ran()).to.deep.equal(['late-granted', 'late-blocked']);
  });

  it('needs every category a node names', () => {
    page(held('analytics marketing', 'both'));
    const { api } = makeConsent(config());
    api.init();
    api.accept(['analytics']);
    expect(ran()).to.deep.equal([]);
    api.accept(['analytics', 'marketing']);
    expect(ran()).to.deep.equal(['both']);
  });

  it('needs the named service when a node names one', () => {
    page(held('analytics', 'ga', { service: 'ga' }) + held('analytics', 'hj', { service: 'hj' }) + held('marketing', 'yt', { service: 'youtube' }));
    const { api } = makeConsent(config());
    api.init();
    api.accept(['analytics'], { analytics: ['hj'] });
    expect(ran()).to.deep.equal(['hj']);
    api.accept(['analytics'], { analytics: ['hj'], marketing: ['youtube'] });
    expect(ran()).to.deep.equal(['hj', 'yt']);
    expect(stateOf('[data-id="ga"]')).to.equal('blocked');
  });

  it('releases iframes and images, and holds them again when consent is withdrawn', async () => {
    page(`
      <iframe data-consent="marketing" data-consent-service="youtube" data-src="/__test/frame.html" title="video"></iframe>
      <img data-consent="marketing" data-src="/__test/pixel.gif" alt="">
      <img data-consent="analytics" data-src="/__test/pixel.gif" data-srcset="/__test/pixel.gif 2x" alt="">`);
    const iframe = container.querySelector('iframe')!;
    const [pixel, statsPixel] = [...container.querySelectorAll('img')];
    const { api } = makeConsent(config());
    api.init();
    expect(iframe.hasAttribute('src')).to.equal(false);
    expect(pixel!.hasAttribute('src')).to.equal(false);
    api.accept([], { marketing: ['youtube'] });
    expect(iframe.getAttribute('src')).to.equal('/__test/frame.html');
    expect(iframe.getAttribute('data-consent-state')).to.equal('released');
    expect(pixel!.hasAttribute('src'), 'the image needs the whole category').to.equal(false);
    api.acceptAll();
    expect(pixel!.getAttribute('src')).to.equal('/__test/pixel.gif');
    expect(statsPixel!.getAttribute('srcset')).to.equal('/__test/pixel.gif 2x');
    await waitFor(() => pixel!.complete && pixel!.naturalWidth === 1, 2000, 'the pixel to load');
    api.rejectAll();
    expect(iframe.getAttribute('src')).to.equal('about:blank');
    expect(iframe.getAttribute('data-consent-state')).to.equal('blocked');
    expect(pixel!.hasAttribute('src')).to.equal(false);
    api.acceptAll();
    expect(iframe.getAttribute('src')).to.equal('/__test/frame.html');
  });

  it('refuses a javascript: source on a tagged iframe', () => {
    page('<iframe data-consent="marketing" data-src="javascript:parent.__ran.push(\'xss\')" title="x"></iframe>');
    const { api, reporter } = makeConsent(config());
    api.init();
    api.acceptAll();
    expect(container.querySelector('iframe')!.hasAttribute('src')).to.equal(false);
    expect(reporter.errors[0]).to.include('is not an http(s) or relative URL');
  });

  it('goes on with the next script when one fails to load', async () => {
    page(
      ['<script type="text/plain" data-consent="analytics" data-id="missing" src="/__test/missing.js"></script>', held('analytics', 'after-missing')].join(''),
    );
    const { api } = makeConsent(config());
    api.init();
    api.acceptAll();
    await waitFor(() => ran().includes('after-missing'), 3000, 'the script after the 404');
    expect(container.querySelector('[data-id="missing"]')?.getAttribute('data-consent-state')).to.equal('failed');
  });

  it('goes on with the next script when one never loads, after the timeout', async () => {
    page(held('analytics', 'stuck', { src: true, delay: 8000 }) + held('analytics', 'after-stuck'));
    const { api, reporter } = makeConsent(config(), { scriptTimeoutMs: 300 });
    api.init();
    api.acceptAll();
    await waitFor(() => ran().includes('after-stuck'), 3000, 'the script after the stuck one');
    expect(stateOf('[data-id="stuck"]')).to.equal('failed');
    expect(reporter.warnings.join()).to.include('did not load in 300 ms');
  });

  it('goes on with the next script when one throws', () => {
    page(
      '<script type="text/plain" data-consent="analytics">throw new Error("deliberate: a tagged script that throws (test)")</script>' +
        held('analytics', 'after-throw'),
    );
    const previous = window.onerror;
    window.onerror = () => true;
    try {
      const { api } = makeConsent(config());
      api.init();
      api.acceptAll();
    } finally {
      window.onerror = previous;
    }
    expect(ran()).to.deep.equal(['after-throw']);
  });

  it('keeps nodes of an unknown category blocked and says so once', () => {
    page(held('analytcs', 'typo') + held('analytcs', 'typo-2'));
    const { api, reporter } = makeConsent(config());
    api.init();
    api.acceptAll();
    expect(ran()).to.deep.equal([]);
    expect(reporter.warnings.filter((w) => w.includes('"analytcs"'))).to.have.length(1);
  });

  it('warns about a tagged script that is not held (no type="text/plain")', () => {
    container.innerHTML = '<script data-consent="analytics">/* would have run */</script>';
    const { api, reporter } = makeConsent(config());
    api.init();
    expect(reporter.warnings.join()).to.include('without type="text/plain" runs without waiting');
  });

  describe('withdrawal reloads the page when withdrawn scripts already ran', () => {
    it('reloads after saving when a script of the withdrawn category ran', () => {
      page(held('analytics', 'a'));
      const cfg = config({ reloadOnWithdraw: true });
      const { api, reloads } = makeConsent(cfg);
      api.init();
      api.acceptAll();
      expect(reloads.count).to.equal(0);
      api.accept(['marketing']);
      expect(reloads.count).to.equal(1);
      expect(api.has('analytics'), 'saved before the reload').to.equal(false);
    });

    it('does not reload when nothing of the withdrawn category ran', () => {
      page(held('marketing', 'm'));
      const { api, reloads } = makeConsent(config({ reloadOnWithdraw: true }));
      api.init();
      api.accept(['marketing']);
      api.accept(['analytics']); // marketing withdrawn: its script ran
      expect(reloads.count).to.equal(1);
      api.accept(['analytics', 'marketing']);
      api.accept(['marketing']); // analytics withdrawn: no analytics script ever ran... but marketing's did and is granted
      expect(reloads.count).to.equal(1);
    });

    it('does not reload when reloadOnWithdraw is false', () => {
      page(held('analytics', 'a'));
      const { api, reloads } = makeConsent(config({ reloadOnWithdraw: false }));
      api.init();
      api.acceptAll();
      api.rejectAll();
      expect(reloads.count).to.equal(0);
    });
  });
});

describe('release timing', () => {
  let box: HTMLDivElement;
  beforeEach(() => {
    window.__ran = [];
    box = document.createElement('div');
    box.innerHTML = '<script type="text/plain" data-consent="analytics">window.__ran.push("after-paint")</script>';
    document.body.append(box);
  });
  afterEach(() => {
    destroyAll();
    box.remove();
    clearAllCookies();
  });

  it('by default, a choice made on the page releases tagged scripts only after the next frame is painted', async () => {
    const { api } = makeConsent({ cookie: { name: uniqueCookieName() }, reloadOnWithdraw: false }, { releaseTiming: 'after-paint' });
    api.init();
    let paintedBefore = false;
    api.acceptAll();
    expect(window.__ran, 'nothing runs during the click').to.deep.equal([]);
    requestAnimationFrame(() => {
      paintedBefore = (window.__ran ?? []).length === 0;
    });
    await waitFor(() => (window.__ran ?? []).length === 1, 2000, 'the release');
    expect(paintedBefore, 'a frame came before the release').to.equal(true);
    expect(api.has('analytics')).to.equal(true);
  });
});
