// The policy's cookie table, made from the banner's own config (window.ConsentBanner.config), so the
// policy and the banner cannot disagree. Texts are set as text, never as HTML.
(function () {
  var api = window.ConsentBanner;
  var target = document.getElementById('cookie-table');
  if (!api || !target) return;
  var lang = (document.documentElement.lang || 'en').toLowerCase();
  function text(value, fallback) {
    if (value === undefined || value === null) return fallback || '';
    if (typeof value === 'string') return value;
    return value[lang] || value[lang.split('-')[0]] || value.en || Object.values(value)[0] || fallback || '';
  }
  function cell(row, tag, content) {
    var element = document.createElement(tag);
    element.textContent = content;
    row.append(element);
  }
  var table = document.createElement('table');
  var head = table.createTHead().insertRow();
  ['Category', 'Service', 'Cookie', 'Purpose', 'Duration'].forEach(function (title) {
    var th = document.createElement('th');
    th.scope = 'col';
    th.textContent = title;
    head.append(th);
  });
  var body = table.createTBody();
  api.config.categories.forEach(function (category) {
    var categoryName = text(category.label, category.id.charAt(0).toUpperCase() + category.id.slice(1)) + (category.required ? ' (always on)' : '');
    var rows = [];
    category.cookies.forEach(function (cookie) {
      rows.push(['—', cookie]);
    });
    category.services.forEach(function (service) {
      if (service.cookies.length === 0) rows.push([text(service.label, service.id), null]);
      service.cookies.forEach(function (cookie) {
        rows.push([text(service.label, service.id), cookie]);
      });
    });
    rows.forEach(function (entry) {
      var row = body.insertRow();
      row.dataset.category = category.id;
      cell(row, 'td', categoryName);
      cell(row, 'td', entry[0]);
      cell(row, 'td', entry[1] ? String(entry[1].name instanceof RegExp ? entry[1].name.source : entry[1].name) : '(sets no cookie of its own)');
      cell(row, 'td', entry[1] ? text(entry[1].purpose) : '');
      cell(row, 'td', entry[1] ? text(entry[1].duration) : '');
    });
  });
  target.replaceChildren(table);
})();
