// vanilla-cookieconsent 3.1 on the screenshot page (?peer=vanilla-cookieconsent), set up like our
// banner there: the same categories, the same English texts (ours), the same layout and theme, so
// docs/compare.md shows the two side by side on equal terms.
/* global CookieConsent, document, location, window -- a browser script */
(function () {
  var q = new URLSearchParams(location.search);
  var layout = q.get('layout') === 'bar' ? 'bar' : 'box';
  if (q.get('theme') === 'dark') document.documentElement.classList.add('cc--darkmode');
  var section = function (title, description, category, extra) {
    return Object.assign({ title: title, description: description, linkedCategory: category }, extra || {});
  };
  window.addEventListener('DOMContentLoaded', function () {
    CookieConsent.run({
      hideFromBots: false, // the screenshot browser is automated
      cookie: { name: 'screenshot_peer_' + Math.random().toString(36).slice(2) },
      guiOptions: {
        consentModal: { layout: layout, position: layout === 'bar' ? 'bottom' : 'bottom right', equalWeightButtons: true },
        preferencesModal: { layout: 'box', equalWeightButtons: true },
      },
      categories: { necessary: { enabled: true, readOnly: true }, functional: {}, analytics: {}, marketing: {} },
      language: {
        default: 'en',
        translations: {
          en: {
            consentModal: {
              title: 'Cookies on this site',
              description:
                'We use cookies to run this site and, only if you agree, to measure its use and show you relevant offers. You can change your choice at any time.',
              acceptAllBtn: 'Accept all',
              acceptNecessaryBtn: 'Reject all',
              showPreferencesBtn: 'Manage preferences',
              footer: '<a href="/privacy">Privacy policy</a>',
            },
            preferencesModal: {
              title: 'Cookie preferences',
              acceptAllBtn: 'Accept all',
              acceptNecessaryBtn: 'Reject all',
              savePreferencesBtn: 'Save preferences',
              closeIconLabel: 'Close without saving',
              sections: [
                {
                  description:
                    'Choose which cookies we may use. Strictly necessary cookies are always on, because the site cannot work without them. <a href="/privacy">Privacy policy</a>',
                },
                section(
                  'Strictly necessary',
                  'Needed for the site to work, for example to keep you signed in, remember your basket and keep the site secure. They cannot be switched off.',
                  'necessary',
                ),
                section('Functional', 'Remember your choices, such as your language, and enable features such as chat.', 'functional'),
                section('Analytics', 'Help us understand how visitors use the site, so that we can improve it.', 'analytics', {
                  cookieTable: {
                    headers: { name: 'Cookie', purpose: 'Purpose', duration: 'Duration' },
                    body: [{ name: '_stats_id', purpose: 'Tells visits apart', duration: '13 months' }],
                  },
                }),
                section(
                  'Marketing',
                  'Used to show you relevant offers and advertising, on this site and elsewhere, and to measure how well they work.',
                  'marketing',
                ),
              ],
            },
          },
        },
      },
    });
  });
})();
