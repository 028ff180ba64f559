import { css } from 'lit';

/**
 * Styles of the preferences dialog, adopted when it first opens: most visitors never open it, and
 * their browser neither parses these rules nor matches them against the notice.
 */
export const preferencesStyles = css`
  dialog.preferences {
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: var(--_shadow);
    /* Percentages of the top layer's viewport, not vw/dvh: they stay true under the page's CSS zoom. */
    inline-size: min(40rem, calc(100% - 2 * var(--_space)));
    max-inline-size: calc(100% - 2 * var(--_space));
    max-block-size: calc(100% - 2 * var(--_space));
    overflow: hidden;
    font: inherit;
  }

  dialog.preferences[open] {
    display: flex;
    flex-direction: column;
  }

  .dialog-header {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.25);
    border-block-end: 1px solid var(--_border);
  }

  .dialog-header .title {
    margin: 0;
    align-self: center;
  }

  .icon-button {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: var(--_text);
    cursor: pointer;
  }

  .icon-button:hover {
    background: var(--_subtle);
  }

  .dialog-body {
    overflow: auto;
    overscroll-behavior: contain;
    padding: var(--_space) calc(var(--_space) * 1.25);
  }

  .dialog-body > .description {
    margin-block-end: var(--_space);
  }

  /* Each category a compact row: name (the disclosure), switch; the rest folds away. */
  .category {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.66);
    padding: 0.125rem 0.75rem;
    margin-block-end: 0.5rem;
  }

  /* A long label ("Välttämättömät", "Unbedingt erforderlich") wraps, and the switch goes under it if it must. */
  .category-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25rem 0.75rem;
    min-block-size: 2.75rem;
  }

  .category-label {
    flex: 1 1 auto;
    min-inline-size: 0;
    font-weight: 650;
    cursor: pointer;
    overflow-wrap: anywhere;
    hyphens: auto;
  }

  .switch-wrap {
    margin-inline-start: auto;
  }

  .category-description, .service-description {
    margin: 0.375rem 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .category-description {
    margin: 0 0 0.25rem;
  }

  .gpc-honoured {
    margin: 0.25rem 0 0;
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_muted);
  }

  .always-on {
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_muted);
    white-space: nowrap;
  }

  .switch-wrap {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    flex: none;
  }

  /*
   * The switch: a track, a knob, and a glyph in the knob, so the state shows by shape as well as by
   * colour (a cross when off, a check when on, a dash when mixed). Each state only sets the variables.
   */
  input[role='switch'] {
    --track: var(--_surface);
    --edge: var(--_muted);
    --knob: var(--_muted);
    --glyph: var(--_surface);
    --at: 2px;
    --mark: '\\2715';
    appearance: none;
    -webkit-appearance: none;
    position: relative;
    flex: none;
    inline-size: 2.75rem;
    block-size: 1.625rem;
    margin: 0;
    border-radius: 1rem;
    border: 2px solid var(--edge);
    background: var(--track);
    cursor: pointer;
    transition: none;
  }

  input[role='switch']::before, input[role='switch']::after {
    content: '';
    position: absolute;
    inset-block-start: 2px;
    inset-inline-start: var(--at);
    inline-size: 1.125rem;
    block-size: 1.125rem;
    border-radius: 50%;
    background: var(--knob);
  }

  input[role='switch']::after {
    content: var(--mark);
    background: none;
    display: grid;
    place-items: center;
    font: 700 0.6875rem/1 var(--_font);
    color: var(--glyph);
  }

  input[role='switch']:checked {
    --track: var(--_accent);
    --edge: var(--_accent);
    --knob: var(--_on-accent);
    --glyph: var(--_accent);
    --at: calc(100% - 1.125rem - 2px);
    --mark: '\\2713';
  }

  /* Some of the category's services on: the knob stands in the middle, in the accent colour. */
  input[role='switch'][aria-checked='mixed'] {
    --edge: var(--_accent);
    --knob: var(--_accent);
    --at: calc(50% - 0.5625rem);
    --mark: '\\2013';
  }

  input[role='switch']:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }

  /* Windows High Contrast and other forced colours: system colours that keep on, off, mixed and locked apart. */
  @media (forced-colors: active) {
    input[role='switch'], input[role='switch']::before, input[role='switch']::after { forced-color-adjust: none; }
    input[role='switch'] { --track: Canvas; --edge: ButtonText; --knob: ButtonText; --glyph: Canvas; }
    input[role='switch']:checked { --track: Highlight; --edge: Highlight; --knob: HighlightText; --glyph: Highlight; }
    input[role='switch'][aria-checked='mixed'] { --edge: Highlight; --knob: Highlight; --glyph: HighlightText; }
    input[role='switch']:disabled { opacity: 1; --edge: GrayText; }
    input[role='switch']:disabled:checked { --track: GrayText; --knob: Canvas; --glyph: GrayText; }
  }

  /* The disclosure: a chevron at the row's end, a 44 px target. */
  .details-toggle {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    margin-inline-end: -0.5rem;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: none;
    color: var(--_muted);
    cursor: pointer;
  }

  .details-toggle:hover {
    background: var(--_subtle);
  }

  .details-toggle svg {
    transition: none;
  }

  .details-toggle[aria-expanded='true'] svg {
    transform: rotate(90deg);
  }

  .root[dir='rtl'] .details-toggle[aria-expanded='false'] svg {
    transform: scaleX(-1);
  }

  .details {
    padding-block: 0 0.5rem;
  }

  .service {
    padding: 0.5rem 0;
  }

  .service + .service {
    border-block-start: 1px solid var(--_subtle);
  }

  /* A service's switch stands under its category's (which has the chevron after it). */
  .service-head {
    margin-inline-end: 3rem;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
  }

  .service-label {
    font-weight: 600;
    font-size: 0.9375em;
    cursor: pointer;
  }

  /* Every table has the same column widths (a fixed layout), so the tables of a dialog line up. */
  .cookies {
    inline-size: 100%;
    table-layout: fixed;
    border-collapse: collapse;
    margin-block-start: 0.5rem;
    font-size: 0.8125em;
  }

  .cookies caption {
    text-align: start;
    font-weight: 600;
    color: var(--_muted);
    padding-block-end: 0.25rem;
  }

  .cookies th, .cookies td {
    text-align: start;
    padding: 0.25rem 0.5rem 0.25rem 0;
    vertical-align: top;
    border-block-end: 1px solid var(--_subtle);
    overflow-wrap: anywhere;
  }

  .cookies th:first-child {
    inline-size: 34%;
  }

  .cookies code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  }

  .dialog-footer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    padding: var(--_space) calc(var(--_space) * 1.25);
    border-block-start: 1px solid var(--_border);
  }

  /* Accept all and Reject all identical, Save the quieter one; a label never breaks over two lines. */
  .dialog-footer .button {
    flex: 1 1 8rem;
    white-space: nowrap;
  }

  @media (max-width: 30rem) {
    dialog.preferences {
      inline-size: 100vw;
      max-inline-size: 100vw;
      block-size: 100dvh;
      max-block-size: 100dvh;
      border-radius: 0;
      border: 0;
    }

    /* Narrow: each cookie a small block of "label: value" lines (the header row stays for screen readers). */
    .cookies thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }

    .cookies tbody, .cookies tr, .cookies td {
      display: block;
    }

    .cookies tr {
      padding-block: 0.375rem;
      border-block-end: 1px solid var(--_subtle);
    }

    .cookies td {
      display: grid;
      grid-template-columns: 6.5rem minmax(0, 1fr);
      gap: 0.5rem;
      padding: 0.0625rem 0;
      border: 0;
    }

    .cookies td::before {
      content: attr(data-label);
      font-weight: 600;
      color: var(--_muted);
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    /* The dialog fades and grows in, as the notice does, and fades out where the browser can animate a closing dialog. */
    dialog.preferences[open] {
      animation: consent-dialog-in 140ms ease-out;
    }

    dialog.preferences[open]::backdrop {
      animation: consent-fade-in 140ms ease-out;
    }

    @keyframes consent-dialog-in {
      from { opacity: 0; transform: scale(0.96); }
    }

    @keyframes consent-fade-in {
      from { opacity: 0; }
    }

    @supports (transition-behavior: allow-discrete) {
      dialog.preferences {
        transition: opacity 120ms ease-in, transform 120ms ease-in, overlay 120ms allow-discrete, display 120ms allow-discrete;
      }

      dialog.preferences:not([open]) {
        opacity: 0;
        transform: scale(0.96);
      }
    }

    input[role='switch']::before {
      transition: inset-inline-start 120ms ease-out;
    }

    .details-toggle svg {
      transition: transform 120ms ease-out;
    }
  }
`;
