import { expect } from 'chai';
import { clearAllCookies } from '../../helpers/cookies.js';
import { waitFor } from '../../helpers/consent.js';
import { closePages, openPage, pageStarted } from '../../helpers/frame.js';

describe('Google Consent Mode settings in the field (script tag)', () => {
  afterEach(() => {
    closePages();
    clearAllCookies();
  });

  it('region ["EU"] is refused by name, and the denied default then covers every region', async () => {
    const page = await openPage('gcm-region.html');
    await pageStarted(page.window);
    await waitFor(() => page.window.__errors.length > 1, 3000, 'the details');
    expect(page.window.__errors.join('\n')).to.include('config.googleConsentMode.region').and.include('"EU"').and.include('AT BE BG');
    const layer = (page.window as unknown as { dataLayer: ArrayLike<unknown>[] }).dataLayer.map((entry) => Array.from(entry));
    const defaults = layer.filter((args) => args[0] === 'consent' && args[1] === 'default');
    expect(defaults).to.have.length(1);
    expect(defaults[0]![2]).to.include({ ad_storage: 'denied' }).and.not.to.have.property('region');
  });
});
