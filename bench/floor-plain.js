// The physical floor: thirty lines of plain JavaScript that show a notice with two buttons.
(function () {
  if (document.cookie.indexOf('floor_plain=') !== -1) return;
  function show() {
    var box = document.createElement('div');
    box.id = 'plain-notice';
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', 'Cookies');
    box.style.cssText =
      'position:fixed;right:1rem;bottom:1rem;max-width:24rem;padding:1rem;background:#fff;border:1px solid #ccc;border-radius:.75rem;font:16px system-ui,sans-serif';
    var title = document.createElement('h2');
    title.textContent = 'Cookies on this site';
    var text = document.createElement('p');
    text.textContent = 'We use cookies.';
    box.append(title, text);
    ['Accept all', 'Reject all'].forEach(function (label, index) {
      var button = document.createElement('button');
      button.textContent = label;
      button.addEventListener('click', function () {
        document.cookie = 'floor_plain=' + (index === 0 ? 'all' : 'necessary') + '; path=/; max-age=15552000; SameSite=Lax';
        box.remove();
      });
      box.append(button);
    });
    document.body.append(box);
  }
  if (document.body) show();
  else document.addEventListener('DOMContentLoaded', show);
})();
