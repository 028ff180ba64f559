// The "Do Not Sell or Share" link and section are for visitors under the opt-out regime (US states
// with privacy laws). A real site's server renders them for those visitors; this static demo shows
// them from what the banner decided, and says when the opt-out is in place.
(function () {
  var api = window.ConsentBanner;
  if (!api) return;
  function render() {
    var optOutRegion = api.regime === 'opt-out';
    document.querySelectorAll('[data-opt-out-region]').forEach(function (node) {
      node.hidden = !optOutRegion;
    });
    var record = api.get();
    var optedOut = api.config.gpc.some(function (id) {
      return !api.has(id);
    });
    document.querySelectorAll('[data-opt-out-status]').forEach(function (node) {
      node.textContent = optedOut
        ? 'You have opted out' + (api.gpc && !(record && record.method === 'opt-out') ? ' (your browser’s Global Privacy Control signal).' : '.')
        : 'You have not opted out.';
    });
  }
  api.ready.then(render);
  api.on('change', render);
})();
