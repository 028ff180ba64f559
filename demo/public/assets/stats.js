// Stand-in analytics (category "analytics", service "stats"): sets its cookies and records the page view.
(function () {
  var id = (document.cookie.match(/(?:^|; )nova_stats_id=([^;]*)/) || [])[1] || Math.random().toString(36).slice(2, 10);
  document.cookie = 'nova_stats_id=' + id + '; path=/; max-age=' + 60 * 60 * 24 * 395 + '; SameSite=Lax';
  document.cookie = 'nova_stats_seen=' + Date.now() + '; path=/; max-age=1800; SameSite=Lax';
  var line = document.querySelector('[data-demo-stats]');
  if (line)
    line.textContent = 'Usage statistics: page view of ' + location.pathname + ' counted for visitor ' + id + ' at ' + new Date().toLocaleTimeString() + '.';
  window.dispatchEvent(new CustomEvent('demo-page-view', { detail: { id: id, page: location.pathname } }));
})();
