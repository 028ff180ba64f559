// The shop's basket (strictly necessary): a session cookie, no consent needed.
(function () {
  var count = Number((document.cookie.match(/(?:^|; )nova_basket=(\d+)/) || [])[1] || 0);
  var status = document.getElementById('basket-status');
  function show() {
    status.textContent = count === 0 ? 'Your basket is empty.' : 'Items in your basket: ' + count + '.';
  }
  document.querySelectorAll('[data-add-to-basket]').forEach(function (button) {
    button.addEventListener('click', function () {
      count += 1;
      document.cookie = 'nova_basket=' + count + '; path=/; max-age=604800; SameSite=Lax';
      show();
    });
  });
  show();
})();
