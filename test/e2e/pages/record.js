// Loaded first by every end-to-end page: records what happens so the test can read it.
window.__ran = [];
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
