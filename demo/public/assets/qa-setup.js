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
  window.addEventListener('error', function (event) {
    window.demoConsoleErrors.push('uncaught: ' + event.message);
  });

  var params = new URLSearchParams(location.search);
  var element = document.getElementById('consent-banner-config');
  var config = {};
  try {
    config = JSON.parse(element.textContent);
  } catch (error) {
    console.warn('[demo] the page config is not JSON', error);
  }

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

  // The panel's history (log payloads and events) lives in sessionStorage while the panel is open, so
  // it survives the reload a withdrawal makes (and a move to another page of the demo); the newest 60
  // of each are kept.
  var HISTORY_KEY = 'demo-qa-history';
  var KEEP = 60;
  var history = { logs: [], events: [] };
  try {
    history = JSON.parse(sessionStorage.getItem(HISTORY_KEY) || '') || history;
  } catch {
    /* none yet, or storage blocked */
  }
  function revive(list) {
    return (Array.isArray(list) ? list : []).map(function (entry) {
      entry.at = new Date(entry.at);
      entry.earlier = true;
      return entry;
    });
  }
  window.demoLogPayloads = revive(history.logs);
  window.demoEvents = revive(history.events);
  function persist() {
    // Only for QA (the panel open: ?qa=1): an ordinary visit of the demo stores nothing of it.
    if (new URLSearchParams(location.search).get('qa') !== '1') return;
    try {
      sessionStorage.setItem(HISTORY_KEY, JSON.stringify({ logs: window.demoLogPayloads.slice(-KEEP), events: window.demoEvents.slice(-KEEP) }));
    } catch {
      /* storage full or blocked: the panel still shows this page's */
    }
  }

  // What the consent log sends, with what became of each request. The static copy of the demo
  // (npm run build:demo) has no server to receive the log: there the demo's own receiver in this
  // page takes the entry (it is shown here, and goes nowhere else), so nothing is left failing.
  var staticDemo = document.documentElement.hasAttribute('data-demo-static');
  function remember(url, body) {
    if (String(url).indexOf('consent-log') === -1) return null;
    var entry;
    try {
      entry = { at: new Date(), payload: JSON.parse(typeof body === 'string' ? body : '{}'), result: 'sending…' };
    } catch {
      return null;
    }
    window.demoLogPayloads.push(entry);
    persist();
    window.dispatchEvent(new Event('demo-log'));
    return entry;
  }
  function settle(entry, result) {
    entry.result = result;
    persist();
    window.dispatchEvent(new Event('demo-log'));
  }
  var originalFetch = window.fetch.bind(window);
  window.fetch = function (url, init) {
    var entry = init && init.body ? remember(url, init.body) : null;
    if (entry === null) return originalFetch(url, init);
    if (staticDemo) {
      settle(entry, 'kept by the static demo (no server here; npm start has one)');
      return Promise.resolve(new Response(null, { status: 204 }));
    }
    var request = originalFetch(url, init);
    request.then(
      function (response) {
        settle(entry, response.ok ? 'delivered (' + response.status + ')' : 'refused (' + response.status + '): kept to send again');
      },
      function (error) {
        settle(entry, 'not delivered (' + (error && error.message ? error.message : 'network error') + '): kept to send again');
      },
    );
    return request;
  };

  // Every consent-* event with its time, for the panel (listening from the very start).
  ['consent-ready', 'consent-change', 'consent-show', 'consent-hide'].forEach(function (name) {
    window.addEventListener(name, function (event) {
      window.demoEvents.push({ at: new Date(), type: name, detail: event.detail });
      persist();
      window.dispatchEvent(new Event('demo-event'));
    });
  });
})();
