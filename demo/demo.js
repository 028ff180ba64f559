// The demo's own page code: buttons that call the API, and a live view of the consent state.
(function () {
  var api = window.ConsentBanner;
  var log = document.getElementById('log');
  window.demoLog = function (text) {
    var item = document.createElement('li');
    item.textContent = new Date().toLocaleTimeString() + ' ' + text;
    log.append(item);
  };
  function render() {
    document.getElementById('record').textContent = JSON.stringify(api.get(), null, 2);
    var cookie = document.cookie.split('; ').find(function (c) { return c.indexOf('consent_banner_demo=') === 0; });
    document.getElementById('cookie').textContent = cookie ? cookie + '  (' + cookie.length + ' bytes)' : '(none)';
    var nodes = document.getElementById('nodes');
    nodes.replaceChildren();
    document.querySelectorAll('[data-consent]').forEach(function (node) {
      var item = document.createElement('li');
      item.textContent = '<' + node.localName + '> ' + node.getAttribute('data-consent') + ': ' + (node.getAttribute('data-consent-state') || 'blocked');
      nodes.append(item);
    });
  }
  document.querySelectorAll('[data-action]').forEach(function (button) {
    button.addEventListener('click', function () {
      var action = button.getAttribute('data-action');
      if (action === 'analytics') api.accept(['analytics']);
      else api[action]();
    });
  });
  ['consent-ready', 'consent-change', 'consent-show', 'consent-hide'].forEach(function (name) {
    window.addEventListener(name, function (event) {
      window.demoLog(name + ' ' + JSON.stringify(event.detail && (event.detail.view || event.detail.changed || null)));
      render();
    });
  });
  // Watch the tagged nodes' states only: render() itself changes the page's lists.
  new MutationObserver(render).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-consent-state'] });
  render();
})();
