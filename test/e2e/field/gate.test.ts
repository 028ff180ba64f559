import { expect } from 'chai';
import { clearAllCookies } from '../../helpers/cookies.js';
import { waitFor } from '../../helpers/consent.js';
import { closePages, openPage, pageStarted, type PageWindow, scriptsSettled } from '../../helpers/frame.js';

interface FieldWindow extends PageWindow {
  __violations: string[];
}

describe('the gate on real sites (script tag)', () => {
  beforeEach(() => {
    clearAllCookies();
  });
  afterEach(() => {
    closePages();
    clearAllCookies();
  });

  describe('nodes the site owns', () => {
    it("leaves the site's node in place, so a framework can remove it after consent", async () => {
      const page = await openPage('gate-field.html');
      const win = page.window;
      await pageStarted(win);
      // What a framework renders: it keeps references to its own nodes.
      const app = win.document.getElementById('app')!;
      const owned = win.document.createElement('script');
      owned.type = 'text/plain';
      owned.setAttribute('data-consent', 'analytics');
      owned.textContent = "window.__ran.push('component')";
      app.append(owned);
      win.ConsentBanner!.acceptAll();
      await waitFor(() => win.__ran.includes('component'), 3000, 'the component script');
      expect(owned.isConnected, 'the original stays where the site put it').to.equal(true);
      expect(owned.parentNode).to.equal(app);
      expect(owned.getAttribute('data-consent-state')).to.equal('ran');
      // The component unmounts: the framework removes its node.
      expect(() => app.removeChild(owned)).not.to.throw();
      // ... and mounts again: the same script does not run twice.
      const again = owned.cloneNode(true) as HTMLScriptElement;
      again.removeAttribute('data-consent-state');
      app.append(again);
      await waitFor(() => again.hasAttribute('data-consent-state'), 2000, 'the second mount to be seen');
      await scriptsSettled(win);
      expect(win.__ran.filter((id) => id === 'component')).to.have.length(1);
      expect(again.getAttribute('data-consent-state')).to.equal('skipped');
      // Unless the site asks for it.
      const rerun = again.cloneNode(true) as HTMLScriptElement;
      rerun.removeAttribute('data-consent-state');
      rerun.setAttribute('data-consent-rerun', '');
      app.append(rerun);
      await waitFor(() => win.__ran.filter((id) => id === 'component').length === 2, 2000, 'the rerun');
    });
  });

  describe('scripts', () => {
    it('skips a nomodule script at once and keeps inline modules in document order with classic scripts', async () => {
      const page = await openPage('gate-field.html');
      const win = page.window;
      await pageStarted(win);
      const start = performance.now();
      win.ConsentBanner!.accept(['analytics']);
      await waitFor(() => win.__ran.includes('classic-3'), 3000, 'the last script (a nomodule script must not hold it for 10 s)');
      expect(performance.now() - start).to.be.below(2500);
      await scriptsSettled(win);
      expect(win.__ran).to.deep.equal(['classic-1', 'module-1', 'classic-2', 'classic-3']);
      expect(win.document.querySelector('script[nomodule]')!.getAttribute('data-consent-state')).to.equal('skipped');
    });

    it('refuses a tagged inline script that calls document.write after parsing: the page stays, the next script runs', async () => {
      const page = await openPage('gate-write.html');
      const win = page.window;
      await pageStarted(win);
      win.ConsentBanner!.accept(['analytics']);
      await waitFor(() => win.__ran.includes('next'), 3000, 'the next script');
      expect(win.document.getElementById('title')?.textContent).to.equal('Still here');
      expect(win.document.getElementById('written')).to.equal(null);
      expect(win.document.getElementById('writer')!.getAttribute('data-consent-state')).to.equal('failed');
      expect(win.__errors.join('\n')).to.match(/document\.write/);
    });

    it('under Trusted Types, a script with an onload attribute runs and its handler is kept, with no violation', async () => {
      const page = await openPage('trusted-types-handlers.html');
      const win = page.window as FieldWindow;
      await pageStarted(win);
      win.ConsentBanner!.acceptAll();
      await waitFor(() => win.__ran.includes('tt-inline'), 3000, 'both scripts');
      await waitFor(() => win.__ran.includes('tt-onload'), 1000, 'the onload handler');
      expect(win.__ran).to.deep.equal(['tt-external', 'tt-onload', 'tt-inline']);
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    });

    it('when our script carries a CSP nonce, only tagged scripts with the same nonce are released', async () => {
      const page = await openPage('gate-nonce.html');
      const win = page.window;
      await pageStarted(win);
      win.ConsentBanner!.acceptAll();
      await waitFor(() => win.__ran.includes('site'), 3000, "the site's script");
      await new Promise((resolve) => setTimeout(resolve, 300));
      await scriptsSettled(win);
      expect(win.__ran).to.deep.equal(['site']);
      expect(win.document.getElementById('injected')!.getAttribute('data-consent-state')).to.equal('failed');
      expect(win.document.getElementById('injected-external')!.getAttribute('data-consent-state')).to.equal('failed');
      expect(win.__errors.join('\n')).to.match(/nonce/);
    });
  });

  describe('embeds, objects and visitor content', () => {
    it('holds data-srcdoc until consent, and reports (and stops) an iframe whose srcdoc was live', async () => {
      const page = await openPage('gate-field.html');
      const win = page.window;
      await pageStarted(win);
      const live = win.document.getElementById('live-srcdoc')!;
      expect(win.__errors.join('\n')).to.match(/live-srcdoc|srcdoc/);
      expect(live.hasAttribute('srcdoc'), 'the live srcdoc is neutralised').to.equal(false);
      expect(win.__ran).not.to.include('held-srcdoc');
      win.ConsentBanner!.acceptAll();
      await waitFor(() => win.__ran.includes('held-srcdoc'), 3000, 'the held srcdoc');
      expect(win.document.getElementById('held-srcdoc')!.getAttribute('data-consent-state')).to.equal('released');
      await waitFor(
        () => (live as HTMLIFrameElement).contentDocument?.querySelector('body')?.textContent === 'live',
        3000,
        'the live srcdoc back after consent',
      );
    });

    it('stops a tagged iframe with a live srcdoc as the parser inserts it, before its script runs (our script first)', async () => {
      const page = await openPage('live-frames.html');
      const win = page.window;
      await pageStarted(win);
      const live = win.document.getElementById('live-srcdoc') as HTMLIFrameElement;
      expect(win.__ran, 'the live srcdoc never ran before consent').to.deep.equal([]);
      expect(live.getAttribute('data-consent-state')).to.equal('blocked');
      expect(live.hasAttribute('srcdoc')).to.equal(false);
      expect(live.getAttribute('data-srcdoc')).to.contain('live-srcdoc');
      expect(win.document.getElementById('live-src')!.getAttribute('data-consent-state')).to.equal('blocked');
      expect(win.__errors.join('\n')).to.match(/live srcdoc; use data-srcdoc/);
      // One a single-page app adds later is stopped as well.
      const added = win.document.createElement('iframe');
      added.setAttribute('data-consent', 'marketing');
      added.title = 'added';
      added.srcdoc = "<script>parent.__ran.push('added-srcdoc')</script>";
      win.document.getElementById('later')!.append(added);
      await waitFor(() => added.getAttribute('data-consent-state') === 'blocked', 2000, 'the added frame held');
      win.ConsentBanner!.accept(['marketing']);
      await waitFor(() => win.__ran.includes('live-srcdoc') && win.__ran.includes('added-srcdoc'), 3000, 'the frames after consent');
      expect(live.getAttribute('data-consent-state')).to.equal('released');
    });

    it('refuses, loudly and never as blocked, a tagged iframe whose live srcdoc loaded before our script ran', async () => {
      const page = await openPage('live-frames.html?late');
      const win = page.window;
      await pageStarted(win);
      const live = win.document.getElementById('live-srcdoc')!;
      // What the page started with and what it heard, should a choice ever reach it.
      const seen = JSON.stringify({ cookies: (win as unknown as { __cookiesAtStart: string }).__cookiesAtStart, events: win.__events });
      expect(live.getAttribute('data-consent-state'), seen).to.equal('failed');
      expect(win.document.getElementById('live-src')!.getAttribute('data-consent-state')).to.equal('failed');
      expect(win.__errors.join('\n')).to.match(/live srcdoc loaded before this script ran: not held; use data-srcdoc/);
      expect(win.document.querySelectorAll('[data-consent-state="blocked"]')).to.have.length(0);
    });

    it('releases a tagged <object> for real', async () => {
      const page = await openPage('gate-field.html');
      const win = page.window;
      await pageStarted(win);
      const object = win.document.getElementById('object') as HTMLObjectElement;
      expect(object.data).to.equal('');
      win.ConsentBanner!.acceptAll();
      await waitFor(() => object.contentDocument?.querySelector('body')?.textContent.includes('embedded content') === true, 3000, 'the object to load');
      expect(object.getAttribute('data-consent-state')).to.equal('released');
    });

    it('never touches what is inside data-consent-ignore', async () => {
      const page = await openPage('gate-field.html');
      const win = page.window;
      await pageStarted(win);
      win.ConsentBanner!.acceptAll();
      await waitFor(() => win.__ran.includes('classic-3'), 3000, "the page's scripts");
      await scriptsSettled(win);
      expect(win.__ran).not.to.include('comment');
      const inside = win.document.querySelectorAll('.comment [data-consent]');
      expect(inside).to.have.length(2);
      for (const node of inside) expect(node.hasAttribute('data-consent-state')).to.equal(false);
      expect(win.document.querySelector('.comment img')!.hasAttribute('src')).to.equal(false);
    });
  });
});
