// QA setup, run before the banner: every panel control lives in the URL, so a link reproduces a state.
// Reads ?layout=&position=&theme=&lang=&gpc=1&revision=&gcm=0&blocking=1&region= and applies them to the
// page's JSON config; records what the banner sends to the consent log and to Google's dataLayer.
(function () {
  // Console errors and uncaught errors, for QA (the panel and the tests check there are none).
  window.demoConsoleErrors = [];
  var consoleError = console.error.bind(console);
  console.error = function () {
    window.demoConsoleErrors.push(Array.prototype.join.call(arguments, ' '));
    consoleError.apply(console, arguments);
  };
  window.addEventListener('error', function (event) { window.demoConsoleErrors.push('uncaught: ' + event.message); });

  var params = new URLSearchParams(location.search);
  var element = document.getElementById('consent-banner-config');
  var config = {};
  try { config = JSON.parse(element.textContent); } catch (error) { console.warn('[demo] the page config is not JSON', error); }

  var layout = params.get('layout');
  var position = params.get('position');
  var theme = params.get('theme');
  var lang = params.get('lang');
  var revision = params.get('revision');
  if (layout) config.layout = layout;
  if (position) config.position = position;
  if (theme) config.theme = theme;
  if (params.get('blocking') === '1') config.blocking = true;
  if (revision && /^\d+$/.test(revision)) config.revision = Number(revision);
  if (params.get('gcm') === '0') config.googleConsentMode = false;
  if (lang && lang !== 'auto') {
    config.language = lang;
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
    // A site loads the language files it needs, before the banner (no extra round trip).
    if (lang !== 'en' && /^[a-z]{2}$/.test(lang)) document.write('<script src="./assets/i18n/' + lang + '.js"></' + 'script>');
  }
  element.textContent = JSON.stringify(config);

  // The visitor's region, as a real site's server or CDN would write it on <html> (see the recipe in
  // docs/recipes.md): `?region=US-CA` stands for a visitor in California.
  var region = params.get('region');
  if (region) document.documentElement.setAttribute('data-consent-region', region);

  if (params.get('gpc') === '1') {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
  }

  // What the consent log sends (beacon or fetch), for the panel.
  window.demoLogPayloads = [];
  function remember(url, body) {
    if (String(url).indexOf('consent-log') === -1) return;
    try { window.demoLogPayloads.push({ at: new Date(), payload: JSON.parse(typeof body === 'string' ? body : '{}') }); } catch { /* not JSON */ }
    window.dispatchEvent(new Event('demo-log'));
  }
  var beacon = navigator.sendBeacon && navigator.sendBeacon.bind(navigator);
  if (beacon) {
    navigator.sendBeacon = function (url, data) {
      if (data && typeof data.text === 'function') data.text().then(function (text) { remember(url, text); });
      return beacon(url, data);
    };
  }
  var originalFetch = window.fetch.bind(window);
  window.fetch = function (url, init) {
    if (init && init.body) remember(url, init.body);
    return originalFetch(url, init);
  };

  // Every consent-* event with its time, for the panel (listening from the very start).
  window.demoEvents = [];
  ['consent-ready', 'consent-change', 'consent-show', 'consent-hide'].forEach(function (name) {
    window.addEventListener(name, function (event) {
      window.demoEvents.push({ at: new Date(), type: name, detail: event.detail });
      window.dispatchEvent(new Event('demo-event'));
    });
  });
})();
