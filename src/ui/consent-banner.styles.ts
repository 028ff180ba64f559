import { css } from 'lit';

/** Styles of `<consent-banner>` from the start: the notice in its layouts and the reopen button. */
export const bannerStyles = css`
  :host {
    all: initial;
    display: contents;
  }

  .root {
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_text);
    -webkit-text-size-adjust: 100%;
  }

  .root * {
    box-sizing: border-box;
  }

  /* ---------- the notice ---------- */
  .notice {
    position: fixed;
    inset: auto;
    z-index: var(--_z);
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    box-shadow: var(--_shadow);
    padding: calc(var(--_space) * 1.25);
    margin: 0;
    max-height: calc(100dvh - 2 * var(--_space));
    overflow: auto;
    overscroll-behavior: contain;
  }

  .notice.box {
    inline-size: min(var(--consent-box-width, 26rem), calc(100vw - 2 * var(--_space)));
    border-radius: var(--_radius);
  }

  .notice.box.bottom-right, .notice.box.bottom, .notice.box.center { inset-block-end: var(--_space); inset-inline-end: var(--_space); }
  .notice.box.bottom-left { inset-block-end: var(--_space); inset-inline-start: var(--_space); }
  .notice.box.top-right, .notice.box.top { inset-block-start: var(--_space); inset-inline-end: var(--_space); }
  .notice.box.top-left { inset-block-start: var(--_space); inset-inline-start: var(--_space); }

  .notice.bar {
    inset-inline: 0;
    border-radius: 0;
    border-inline: 0;
  }

  .notice.bar.bottom, .notice.bar.bottom-left, .notice.bar.bottom-right, .notice.bar.center { inset-block-end: 0; border-block-end: 0; }
  .notice.bar.top, .notice.bar.top-left, .notice.bar.top-right { inset-block-start: 0; border-block-start: 0; }

  .notice.bar .content {
    max-inline-size: 72rem;
    margin-inline: auto;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
  }

  .notice.bar .text {
    flex: 1 1 28rem;
  }

  .notice.modal {
    inset: 0;
    margin: auto;
    inline-size: min(34rem, calc(100vw - 2 * var(--_space)));
    block-size: fit-content;
    border-radius: var(--_radius);
  }

  /* A blocking notice: a transparent modal dialog over the whole page; the notice inside keeps its layout. */
  dialog.notice-dialog {
    position: fixed;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    max-inline-size: none;
    max-block-size: none;
    margin: 0;
    padding: 0;
    border: 0;
    background: transparent;
  }

  dialog.notice-dialog::backdrop, dialog.preferences::backdrop {
    background: rgb(15 23 42 / 0.55);
  }

  .notice:focus {
    outline: none;
  }

  .title {
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
    margin: 0 0 0.5em;
  }

  /* The message itself: in the text colour, not muted. */
  .description {
    margin: 0;
    color: var(--_text);
    font-size: 0.9375em;
  }

  .gpc {
    margin: 0.75em 0 0;
    padding: 0.5em 0.75em;
    border-inline-start: 3px solid var(--_accent);
    background: var(--_subtle);
    font-size: 0.875em;
    border-radius: calc(var(--_radius) * 0.33);
  }

  .gpc-head {
    display: block;
  }

  /* The opt-out notice's close button: a 44px target in the corner, the title kept clear of it. */
  .close {
    position: absolute;
    inset-block-start: 0.25rem;
    inset-inline-end: 0.25rem;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    display: grid;
    place-items: center;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }

  .close:hover {
    background: var(--_subtle);
  }

  .notice.opt-out .title {
    padding-inline-end: 2.5rem;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: var(--_space);
  }

  .actions .button {
    flex: 1 1 9rem;
  }

  .actions .button.secondary {
    flex-basis: 100%;
  }

  /* Below 64rem the bar's buttons take a full-width row: Accept and Reject as equal halves, Manage under them. */
  .notice.bar .actions {
    margin-block-start: 0;
    flex: 1 1 100%;
  }

  /*
   * From 64rem: one row, the text beside the three buttons, Manage (the quieter one) last. A
   * container query on the bar itself (WebKit kept a media query's old answer after the window
   * was resized, leaving a narrowed bar in one row).
   */
  .notice.bar {
    container-type: inline-size;
  }

  @container (min-width: 64rem) {
    .notice.bar .content {
      flex-wrap: nowrap;
    }

    .notice.bar .actions {
      flex: 0 0 auto;
      flex-wrap: nowrap;
    }

    .notice.bar .actions .button, .notice.bar .actions .button.secondary {
      flex: 0 0 auto;
      min-inline-size: 9rem;
    }
  }

  /* ---------- the reopen button ---------- */
  .reopen {
    position: fixed;
    z-index: var(--_z);
    display: inline-grid;
    place-items: center;
    inline-size: 3rem;
    block-size: 3rem;
    border-radius: 50%;
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_accent);
    box-shadow: var(--_shadow);
    cursor: pointer;
  }

  .reopen.bottom-left { inset-block-end: var(--_space); inset-inline-start: var(--_space); }
  .reopen.bottom-right { inset-block-end: var(--_space); inset-inline-end: var(--_space); }
  .reopen.top-left { inset-block-start: var(--_space); inset-inline-start: var(--_space); }
  .reopen.top-right { inset-block-start: var(--_space); inset-inline-end: var(--_space); }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* ---------- small screens and motion ---------- */
  /*
   * Phones: the notice spans the screen with equal margins (the corner rules above would leave one
   * side wider), 16 px inside; Accept all and Reject all side by side as two exactly equal columns,
   * Manage preferences under them, full width.
   */
  @media (max-width: 30rem) {
    .root .notice.box, .root .notice.modal {
      inset-inline: calc(var(--_space) * 0.5);
      inline-size: auto;
      max-inline-size: none;
    }

    .root .notice.box { inset-block-end: calc(var(--_space) * 0.5); }
    .root .notice.box.top, .root .notice.box.top-left, .root .notice.box.top-right { inset-block-start: calc(var(--_space) * 0.5); inset-block-end: auto; }

    .notice {
      padding: 0.625rem 1rem;
    }

    .title {
      font-size: 1.0625em;
      margin-block-end: 0.25em;
    }

    .description {
      font-size: 0.875em;
      line-height: 1.4;
    }

    .actions {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      margin-block-start: 0.75rem;
    }

    .actions .button {
      min-height: 2.5rem;
      padding-block: 0.5rem;
    }

    .actions .button.secondary, .notice.opt-out .actions .button {
      grid-column: 1 / -1;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .notice {
      animation: consent-enter 160ms ease-out;
    }

    @keyframes consent-enter {
      from { opacity: 0; transform: translateY(0.5rem); }
      to { opacity: 1; transform: none; }
    }
  }
`;
