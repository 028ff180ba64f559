// Builds the page the visitor-UI tests ask for, from the query: `lang` (the page's language, whose
// language file loads first), `config` (JSON, merged over a config with a policy link and services),
// `zoom` (CSS zoom on <html>), `smooth` (the page scrolls smoothly), `embed` (the width of a tagged video iframe) and `links` (how many focusable links the page's text holds).
(function () {
  var params = new URLSearchParams(location.search);
  var lang = params.get('lang') || 'en';
  document.documentElement.lang = lang;
  if (params.get('zoom')) document.documentElement.style.zoom = params.get('zoom');
  if (params.get('smooth')) document.head.appendChild(document.createElement('style')).textContent = 'html { scroll-behavior: smooth; }';
  var config = {
    cookie: { name: 'e2e_ui_field' },
    policyUrl: '/privacy',
    reloadOnWithdraw: false,
    categories: {
      necessary: { required: true, cookies: [{ name: 'session', purpose: 'Keeps you signed in', duration: 'Session' }] },
      functional: { services: { video: { label: 'YouTube', cookies: ['yt_*'] } } },
      analytics: { services: { stats: { label: 'Statistics', cookies: ['_stats'] } } },
      marketing: { cookies: ['_ads'] },
    },
  };
  var extra = JSON.parse(params.get('config') || '{}');
  for (var key in extra) config[key] = extra[key];
  window.consentBannerConfig = config;
  var sources = ['/test/e2e/pages/record.js'];
  if (lang !== 'en') sources.push('/dist/i18n/' + lang + '.js');
  sources.push('/dist/consent-banner.iife.js');
  sources.forEach(function (src) {
    var script = document.createElement('script');
    script.src = src;
    script.async = false; // in this order
    document.head.appendChild(script);
  });
  var links = Number(params.get('links') || '0');
  document.addEventListener('DOMContentLoaded', function () {
    var main = document.querySelector('main');
    if (params.get('embed')) {
      var frame = document.createElement('iframe');
      frame.setAttribute('data-consent', 'functional');
      frame.setAttribute('data-consent-service', 'video');
      frame.setAttribute('data-src', 'about:blank');
      frame.setAttribute('title', 'Video');
      frame.width = params.get('embed');
      frame.height = String(Math.round((Number(params.get('embed')) * 9) / 16));
      main.appendChild(frame);
    }
    for (var i = 0; i < links; i += 1) {
      var p = document.createElement('p');
      p.textContent = 'Paragraph ' + i + ' of the page, with a link at its end: ';
      var a = document.createElement('a');
      a.href = '#link-' + i;
      a.id = 'link-' + i;
      a.textContent = 'link ' + i;
      p.appendChild(a);
      main.appendChild(p);
    }
  });
})();
