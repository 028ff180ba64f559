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

  .category {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.66);
    padding: 0.75rem 1rem;
    margin-block-end: 0.75rem;
  }

  /* A long label ("Välttämättömät", "Unbedingt erforderlich") wraps, and the switch goes under it if it must. */
  .category-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }

  .category-label {
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

  .details-toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    margin-block-start: 0.5rem;
    padding: 0.25rem 0;
    min-block-size: 2rem;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-size: 0.875em;
    font-weight: 600;
    cursor: pointer;
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
    margin-block-start: 0.5rem;
    padding-block-start: 0.5rem;
    border-block-start: 1px dashed var(--_border);
  }

  .service {
    padding: 0.5rem 0;
  }

  .service + .service {
    border-block-start: 1px solid var(--_subtle);
  }

  .service-head {
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

  .cookies {
    inline-size: 100%;
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

  .dialog-footer .button {
    flex: 1 1 10rem;
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

    .dialog-footer .button {
      flex-basis: 40%;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    input[role='switch']::before {
      transition: inset-inline-start 120ms ease-out;
    }

    .details-toggle svg {
      transition: transform 120ms ease-out;
    }
  }
`;
