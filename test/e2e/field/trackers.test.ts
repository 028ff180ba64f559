import { expect } from 'chai';
import { clearAllCookies } from '../../helpers/cookies.js';
import { waitFor } from '../../helpers/consent.js';
import { closePages, openPage } from '../../helpers/frame.js';

describe('untagged and misfiled trackers (script tag)', () => {
  afterEach(() => {
    closePages();
    clearAllCookies();
  });

  it('the console names each tracker that loads without consent, and each one filed under a required category, once', async () => {
    const page = await openPage('trackers.html');
    const win = page.window;
    await waitFor(() => win.ConsentBanner?.started === true && win.document.readyState !== 'loading', 3000, 'the start');
    const tracker = win.__warnings.filter((w) => /loads without waiting for consent|a required category/.test(w));
    expect(tracker, tracker.join('\n')).to.have.length(3);
    expect(tracker[0]).to.include('https://www.googletagmanager.com/gtag/js?id=G-TEST').and.include('type="text/plain" data-consent=');
    expect(tracker.find((w) => w.includes('bat.bing.com'))).to.include('data-src');
    expect(tracker.find((w) => w.includes('connect.facebook.net')))
      .to.include('data-consent="necessary"')
      .and.include('required');
    expect(win.__warnings.join('\n')).not.to.include('__test/script.js');
  });
});
