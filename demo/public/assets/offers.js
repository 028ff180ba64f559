// Stand-in personal offers (category "marketing", service "offers"): builds a usage profile cookie.
(function () {
  document.cookie = 'nova_offer_profile=heavy-data; path=/; max-age=15552000; SameSite=Lax';
  var slot = document.getElementById('offer-slot');
  if (slot) {
    slot.className = 'offer';
    slot.textContent = 'You used 41 GB last month: Fibre 1000 + Mobile with 50 GB would save you 6 € a month.';
  }
})();
