// The QA panel: controls every option (each one a URL parameter, so a link reproduces a state) and
// shows the live state: the record, the raw cookie, each tagged node, Consent Mode's dataLayer, the
// consent log payloads and the consent-* events. It lives outside the banner's shadow root.
(function () {
  var api = window.ConsentBanner;
  if (!api) return;
  var params = new URLSearchParams(location.search);
  var LANGUAGES = [
    'auto',
    'en',
    'ar',
    'bg',
    'cs',
    'da',
    'de',
    'el',
    'es',
    'et',
    'fi',
    'fr',
    'ga',
    'hr',
    'hu',
    'it',
    'lt',
    'lv',
    'mt',
    'nl',
    'pl',
    'pt',
    'pt-BR',
    'ro',
    'sk',
    'sl',
    'sv',
  ];
  var CONTROLS = [
    { name: 'layout', label: 'Layout', options: ['box', 'bar', 'modal'], fallback: 'box' },
    { name: 'position', label: 'Position', options: ['bottom-right', 'bottom-left', 'top-right', 'top-left', 'bottom', 'top'], fallback: 'bottom-right' },
    { name: 'theme', label: 'Theme', options: ['light', 'dark', 'auto'], fallback: 'light' },
    { name: 'lang', label: 'Language', options: LANGUAGES, fallback: 'auto' },
    // What the site's server would say: US states with privacy laws get the opt-out regime.
    { name: 'region', label: "Visitor's region", options: ['unknown', 'DE', 'FR', 'GB', 'US-CA', 'US-CO', 'US-VA', 'US-TX', 'US-NY'], fallback: 'unknown' },
  ];
  var CHECKS = [
    { name: 'gpc', label: 'Simulate Global Privacy Control', on: '1', fallbackOn: false },
    { name: 'blocking', label: 'Blocking notice', on: '1', fallbackOn: false },
    { name: 'gcm', label: 'Google Consent Mode', on: '1', off: '0', fallbackOn: true },
  ];

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (key) {
      if (key === 'text') node.textContent = attributes[key];
      else node.setAttribute(key, attributes[key]);
    });
    (children || []).forEach(function (child) {
      node.append(child);
    });
    return node;
  }

  /** Changes one URL parameter and reloads: the banner reads its config at start. */
  function setParam(name, value, fallback) {
    var next = new URLSearchParams(location.search);
    if (value === fallback || value === '') next.delete(name);
    else next.set(name, value);
    next.set('qa', '1');
    location.search = next.toString();
  }

  var panel = el('aside', { id: 'qa-panel', class: 'qa', 'aria-label': 'QA panel' });
  var open = params.get('qa') === '1';
  var toggle = el('button', { type: 'button', class: 'qa-toggle', 'aria-expanded': String(open), 'aria-controls': 'qa-body', text: 'QA panel' });
  var body = el('div', { id: 'qa-body', class: 'qa-body' });
  body.hidden = !open;
  toggle.addEventListener('click', function () {
    open = !open;
    body.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    var next = new URLSearchParams(location.search);
    if (open) next.set('qa', '1');
    else next.delete('qa');
    history.replaceState(null, '', location.pathname + (next.toString() ? '?' + next : '') + location.hash);
  });

  // The positions each layout takes (a modal is always centred): the others are not offered.
  var LAYOUT_POSITIONS = { box: ['bottom-right', 'bottom-left', 'top-right', 'top-left'], bar: ['bottom', 'top'], modal: [] };
  var layoutNow = params.get('layout') || 'box';
  var controls = el('div', { class: 'qa-controls' });
  CONTROLS.forEach(function (control) {
    var id = 'qa-' + control.name;
    var select = el('select', { id: id, name: control.name });
    var options = control.name === 'position' ? LAYOUT_POSITIONS[layoutNow] || control.options : control.options;
    if (control.name === 'position' && options.length === 0) return; // a modal has no position
    options.forEach(function (option) {
      select.append(el('option', { value: option, text: option }));
    });
    select.value = params.get(control.name) || control.fallback;
    select.addEventListener('change', function () {
      setParam(control.name, select.value, control.fallback);
    });
    controls.append(el('div', { class: 'qa-field' }, [el('label', { for: id, text: control.label }), select]));
  });
  var revisionId = 'qa-revision';
  var revision = el('input', { id: revisionId, name: 'revision', type: 'number', min: '0', step: '1' });
  revision.value = String(api.config.revision);
  revision.addEventListener('change', function () {
    setParam('revision', revision.value, '1');
  });
  controls.append(el('div', { class: 'qa-field' }, [el('label', { for: revisionId, text: 'Policy revision' }), revision]));
  CHECKS.forEach(function (check) {
    var id = 'qa-' + check.name;
    var box = el('input', { id: id, name: check.name, type: 'checkbox' });
    var value = params.get(check.name);
    box.checked = value === null ? check.fallbackOn : value === check.on;
    box.addEventListener('change', function () {
      var wanted = box.checked ? check.on : check.off || '';
      setParam(check.name, wanted, check.fallbackOn ? check.on : '');
    });
    controls.append(el('div', { class: 'qa-check' }, [box, el('label', { for: id, text: check.label })]));
  });
  var actions = el('div', { class: 'qa-actions' });
  [
    [
      'Reset consent',
      function () {
        api.reset();
      },
    ],
    [
      'Show the notice',
      function () {
        api.show();
      },
    ],
    [
      'Open the preferences',
      function () {
        api.showPreferences();
      },
    ],
  ].forEach(function (action) {
    var button = el('button', { type: 'button', text: action[0] });
    button.addEventListener('click', action[1]);
    actions.append(button);
  });
  controls.append(actions);

  function section(title, id) {
    var heading = el('h2', { id: id + '-title', text: title });
    var content = el('div', { id: id, class: 'qa-state', 'aria-labelledby': id + '-title' });
    body.append(el('section', { class: 'qa-section' }, [heading, content]));
    return content;
  }
  body.append(controls);
  var recordView = section('Consent record', 'qa-record');
  var cookieView = section('Cookie', 'qa-cookie');
  var nodesView = section('Tagged nodes', 'qa-nodes');
  var layerView = section('Consent Mode (dataLayer)', 'qa-datalayer');
  var logView = section('Consent log payloads sent', 'qa-log');
  var eventsView = section('Events', 'qa-events');

  panel.append(toggle, body);
  document.body.append(panel);

  // The folded panel's tab never covers the notice: while the notice shows, the tab moves to the
  // first of its usual place, the bottom, the middle or the top of the left edge that the notice
  // leaves free.
  function placeTab() {
    panel.style.top = '';
    if (open) return;
    var host = document.querySelector('consent-banner');
    var notice = host && host.shadowRoot && host.shadowRoot.querySelector('.notice');
    if (!notice) return;
    var n = notice.getBoundingClientRect();
    var tab = toggle.getBoundingClientRect();
    var height = tab.height;
    var places = [tab.top, window.innerHeight - height - 8, (window.innerHeight - height) / 2, 8];
    for (var i = 0; i < places.length; i++) {
      var top = places[i];
      if (tab.right <= n.left || tab.left >= n.right || top + height <= n.top || top >= n.bottom) {
        if (top !== tab.top) panel.style.top = top + 'px';
        return;
      }
    }
  }
  window.addEventListener('resize', placeTab);
  toggle.addEventListener('click', placeTab);

  function pre(text) {
    return el('pre', { text: text });
  }
  function time(date) {
    return date.toLocaleTimeString(undefined, { hour12: false }) + '.' + String(date.getMilliseconds()).padStart(3, '0');
  }
  var last = {};
  function update(view, key, build) {
    var built = build();
    var signature = built.signature;
    if (last[key] === signature) return;
    last[key] = signature;
    view.replaceChildren.apply(view, built.nodes);
  }

  function render() {
    placeTab();
    update(recordView, 'record', function () {
      var text = JSON.stringify(api.get(), null, 2);
      var regime = 'Regime: ' + api.regime + ' (region ' + (api.region || 'unknown') + ')';
      return { signature: text + regime, nodes: [el('p', { class: 'qa-note', text: regime }), pre(text === 'null' ? 'null (no choice yet)' : text)] };
    });
    update(cookieView, 'cookie', function () {
      var name = api.config.cookie.name + '=';
      var raw = document.cookie.split('; ').filter(function (part) {
        return part.indexOf(name) === 0;
      })[0];
      var text = raw ? raw.slice(name.length) : '(none)';
      var size = raw ? new TextEncoder().encode(raw).length + ' bytes (name and value)' : '';
      return { signature: text, nodes: [pre(text), el('p', { class: 'qa-note', text: size })] };
    });
    update(nodesView, 'nodes', function () {
      var rows = Array.prototype.map.call(document.querySelectorAll('[data-consent]'), function (node) {
        var what = node.getAttribute('src') || node.getAttribute('data-src') || '(inline)';
        return [
          node.localName,
          node.getAttribute('data-consent') + (node.getAttribute('data-consent-service') ? ' / ' + node.getAttribute('data-consent-service') : ''),
          node.getAttribute('data-consent-state') || 'blocked',
          what,
        ];
      });
      var table = el('table', {}, [
        el('thead', {}, [
          el(
            'tr',
            {},
            ['Node', 'Needs', 'State', 'Source'].map(function (t) {
              return el('th', { scope: 'col', text: t });
            }),
          ),
        ]),
      ]);
      var tbody = el('tbody');
      rows.forEach(function (row) {
        var tr = el('tr', { 'data-state': row[2] });
        row.forEach(function (value) {
          tr.append(el('td', { text: value }));
        });
        tbody.append(tr);
      });
      table.append(tbody);
      return { signature: JSON.stringify(rows), nodes: [table] };
    });
    update(layerView, 'layer', function () {
      var layer = Array.isArray(window.dataLayer) ? window.dataLayer : [];
      var lines = layer.map(function (entry) {
        var value = Object.prototype.toString.call(entry) === '[object Arguments]' ? Array.prototype.slice.call(entry) : entry;
        return JSON.stringify(value);
      });
      return {
        signature: lines.join('\n'),
        nodes: [
          lines.length
            ? el(
                'ol',
                {},
                lines.map(function (line) {
                  return el('li', {}, [el('code', { text: line })]);
                }),
              )
            : el('p', { text: 'Empty (Consent Mode is off).' }),
        ],
      };
    });
    update(logView, 'log', function () {
      var entries = window.demoLogPayloads || [];
      return {
        signature: entries
          .map(function (entry) {
            return entry.result;
          })
          .join('|'),
        nodes: entries.length
          ? entries.map(function (entry) {
              var payload = entry.payload || {};
              var what = payload.event === 'reset' ? 'reset' : payload.method + ' (' + (payload.granted || []).join(', ') + ')';
              return el('details', { class: entry.earlier ? 'qa-earlier' : '' }, [
                el('summary', { text: time(entry.at) + (entry.earlier ? ' (before this page)' : '') + ' ' + what + ' — ' + entry.result }),
                pre(JSON.stringify(payload, null, 2)),
              ]);
            })
          : [el('p', { text: 'None yet: make a choice.' })],
      };
    });
    update(eventsView, 'events', function () {
      var events = window.demoEvents || [];
      return {
        signature: String(events.length),
        nodes: [
          el(
            'ol',
            {},
            events.map(function (event) {
              var detail = event.detail || {};
              var summary =
                detail.view ||
                (detail.changed
                  ? 'changed: ' + (detail.changed.join(', ') || 'nothing') + ' (' + detail.source + ')'
                  : detail.record === null
                    ? 'no choice'
                    : 'choice restored');
              return el('li', {
                class: event.earlier ? 'qa-earlier' : '',
                text: time(event.at) + (event.earlier ? ' (before this page)' : '') + '  ' + event.type + '  ' + summary,
              });
            }),
          ),
        ],
      };
    });
  }

  ['consent-ready', 'consent-change', 'consent-show', 'consent-hide', 'demo-log', 'demo-event', 'demo-page-view'].forEach(function (name) {
    window.addEventListener(name, function () {
      setTimeout(render);
    });
  });
  new MutationObserver(render).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-consent-state'] });
  setInterval(render, 1000);
  render();
})();
