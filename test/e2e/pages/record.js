// Loaded first by every end-to-end page: records what happens so the test can read it.
window.__ran = [];
// The cookies the page could see before anything of ours ran (a clean-up test's precondition).
window.__cookiesAtStart = document.cookie;
window.__events = [];
window.__errors = [];
window.__warnings = [];
var originalError = console.error;
var originalWarn = console.warn;
console.error = function () {
  window.__errors.push(Array.prototype.join.call(arguments, ' '));
  originalError.apply(console, arguments);
};
console.warn = function () {
  window.__warnings.push(Array.prototype.join.call(arguments, ' '));
  originalWarn.apply(console, arguments);
};
['consent-ready', 'consent-change', 'consent-show', 'consent-hide'].forEach(function (name) {
  window.addEventListener(name, function (event) {
    window.__events.push({ type: name, detail: JSON.parse(JSON.stringify(event.detail)), ran: window.__ran.slice() });
  });
});
window.__violations = [];
document.addEventListener('securitypolicyviolation', function (event) {
  window.__violations.push(event.violatedDirective + ' ' + event.blockedURI);
});
// Every title the notice has shown, frame by frame, to prove no other language flashed first.
window.__titles = [];
(function watchTitles(started) {
  var banner = document.querySelector('consent-banner');
  var title = banner && banner.shadowRoot && banner.shadowRoot.querySelector('#notice-title');
  if (title && window.__titles[window.__titles.length - 1] !== title.textContent) window.__titles.push(title.textContent);
  if (performance.now() - started < 3000)
    requestAnimationFrame(function () {
      watchTitles(started);
    });
})(performance.now());
// Layout shifts the page sees (the notice must cause none).
window.__layoutShift = 0;
try {
  new PerformanceObserver(function (list) {
    list.getEntries().forEach(function (entry) {
      if (!entry.hadRecentInput) window.__layoutShift += entry.value;
    });
  }).observe({ type: 'layout-shift', buffered: true });
} catch {
  /* no layout-shift entries in this browser */
}
