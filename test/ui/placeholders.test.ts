import { expect } from 'chai';
import type { ConsentConfig } from '../../src/core/types.js';
import de from '../../src/i18n/languages/de.js';
import { ConsentPlaceholderElement } from '../../src/ui/consent-placeholder.js';
import { clearAllCookies } from '../helpers/cookies.js';
import { destroyAll, waitFor } from '../helpers/consent.js';
import { axeViolations, mountFixture, unmountAll } from '../helpers/ui.js';

const config: ConsentConfig = {
  categories: {
    necessary: { required: true },
    analytics: {},
    marketing: { label: { en: 'Marketing', de: 'Werbung' }, services: { youtube: { label: 'YouTube' }, vimeo: { label: 'Vimeo' } } },
  },
  reloadOnWithdraw: false,
};

let container: HTMLDivElement;

function placeholderOf(frame: HTMLIFrameElement): ConsentPlaceholderElement | null {
  const previous = frame.previousElementSibling;
  return previous instanceof ConsentPlaceholderElement ? previous : null;
}

async function rendered(placeholder: ConsentPlaceholderElement): Promise<ShadowRoot> {
  await waitFor(() => placeholder.shadowRoot?.querySelector('.message') != null, 2000, 'the placeholder');
  return placeholder.shadowRoot!;
}

describe('<consent-placeholder>', () => {
  beforeEach(() => {
    container = document.createElement('div');
    container.innerHTML = `
      <iframe id="video" data-consent="marketing" data-consent-service="youtube" data-src="/__test/frame.html" width="480" height="270" title="Video"></iframe>
      <iframe id="map" data-consent="analytics marketing" data-src="/__test/frame.html" width="300" height="200" title="Map"></iframe>
      <iframe id="reference" width="480" height="270" title="Same size, not tagged"></iframe>`;
    document.body.append(container);
  });

  afterEach(() => {
    unmountAll();
    destroyAll();
    container.remove();
    clearAllCookies();
  });

  it("stands in the blocked iframe's box and says what it needs", async () => {
    await mountFixture(config);
    const frame = container.querySelector<HTMLIFrameElement>('#video')!;
    const placeholder = placeholderOf(frame)!;
    expect(placeholder).not.to.equal(null);
    const root = await rendered(placeholder);
    expect(root.querySelector('.message')?.textContent).to.equal('YouTube needs your consent for Marketing cookies.');
    expect(frame.style.display).to.equal('none');
    const box = placeholder.getBoundingClientRect();
    const reference = container.querySelector('#reference')!.getBoundingClientRect();
    expect(Math.round(box.width)).to.equal(Math.round(reference.width));
    expect(Math.round(box.height)).to.equal(Math.round(reference.height));
  });

  it('names every category a frame needs when it names no service', async () => {
    await mountFixture(config);
    const root = await rendered(placeholderOf(container.querySelector('#map')!)!);
    expect(root.querySelector('.message')?.textContent).to.equal('This content needs your consent for Analytics and Marketing cookies.');
  });

  it('Allow grants that service only, and the frame loads in place of the placeholder', async () => {
    const f = await mountFixture(config);
    const frame = container.querySelector<HTMLIFrameElement>('#video')!;
    const root = await rendered(placeholderOf(frame)!);
    const allow = root.querySelector<HTMLButtonElement>('[part~="button-allow"]')!;
    expect(allow.textContent).to.equal('Allow YouTube');
    allow.click();
    expect(f.api.hasService('marketing', 'youtube')).to.equal(true);
    expect(f.api.has('marketing')).to.equal(false);
    expect(f.api.hasService('marketing', 'vimeo')).to.equal(false);
    await waitFor(() => placeholderOf(frame) === null, 2000, 'the placeholder to go');
    expect(frame.getAttribute('src')).to.equal('/__test/frame.html');
    expect(frame.style.display).to.equal('');
    expect(placeholderOf(container.querySelector('#map')!), 'the other frame still waits').not.to.equal(null);
  });

  it('Allow keeps every other choice as it was', async () => {
    const f = await mountFixture(config);
    f.api.accept(['analytics'], { marketing: ['vimeo'] });
    const root = await rendered(placeholderOf(container.querySelector('#video')!)!);
    root.querySelector<HTMLButtonElement>('[part~="button-allow"]')!.click();
    expect(f.api.get()?.categories).to.deep.equal(['necessary', 'analytics']);
    expect(f.api.get()?.services).to.deep.equal({ marketing: ['youtube', 'vimeo'] });
  });

  it('comes back when the consent is withdrawn', async () => {
    const f = await mountFixture(config);
    f.api.acceptAll();
    const frame = container.querySelector<HTMLIFrameElement>('#video')!;
    await waitFor(() => placeholderOf(frame) === null, 2000, 'the release');
    f.api.rejectAll();
    await waitFor(() => placeholderOf(frame) !== null, 2000, 'the placeholder to return');
    expect(frame.style.display).to.equal('none');
  });

  it('opens the preferences from its settings button', async () => {
    const f = await mountFixture(config);
    const root = await rendered(placeholderOf(container.querySelector('#video')!)!);
    root.querySelector<HTMLButtonElement>('[part~="button-settings"]')!.click();
    expect(f.api.views.preferences).to.equal(true);
  });

  it("speaks the visitor's language", async () => {
    await mountFixture({ ...config, language: 'de' }, { present: { de } });
    const root = await rendered(placeholderOf(container.querySelector('#video')!)!);
    expect(root.querySelector('.message')?.textContent).to.equal('YouTube benötigt Ihre Einwilligung in diese Cookies: Werbung.');
  });

  it('is accessible', async () => {
    await mountFixture(config);
    const placeholder = placeholderOf(container.querySelector('#video')!)!;
    await rendered(placeholder);
    expect(await axeViolations(placeholder)).to.deep.equal([]);
  });

  it('appears for frames added later', async () => {
    await mountFixture(config);
    const late = document.createElement('iframe');
    late.setAttribute('data-consent', 'marketing');
    late.setAttribute('data-src', '/__test/frame.html');
    late.title = 'Late';
    container.append(late);
    await waitFor(() => placeholderOf(late) !== null, 2000, 'the late placeholder');
  });
});
