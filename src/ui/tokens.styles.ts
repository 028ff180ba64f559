import { css } from 'lit';

/**
 * The public custom properties (`--consent-*`, set by sites on `:root` or on the element) mapped to
 * private ones (`--_*`) with the light and dark defaults. Only the private ones are used in rules.
 * Shared by `<consent-banner>` and `<consent-placeholder>`.
 */
export const tokenStyles = css`
  :host {
    --_light-surface: #ffffff;
    --_light-text: #1b1f24;
    --_light-muted: #4f5965;
    --_light-border: #c9d1d9;
    --_light-accent: #1f5fbf;
    --_light-on-accent: #ffffff;
    --_light-subtle: #f2f4f7;
    --_dark-surface: #1c2128;
    --_dark-text: #e6edf3;
    --_dark-muted: #a5afbb;
    --_dark-border: #444c56;
    --_dark-accent: #79b8ff;
    --_dark-on-accent: #0d1117;
    --_dark-subtle: #262c36;

    --_surface: var(--consent-color-surface, var(--_light-surface));
    --_text: var(--consent-color-text, var(--_light-text));
    --_muted: var(--consent-color-muted, var(--_light-muted));
    --_border: var(--consent-color-border, var(--_light-border));
    --_accent: var(--consent-color-accent, var(--_light-accent));
    --_on-accent: var(--consent-color-on-accent, var(--_light-on-accent));
    --_subtle: var(--consent-color-subtle, var(--_light-subtle));
    --_font: var(--consent-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--consent-font-size, 1rem);
    --_radius: var(--consent-radius, 0.75rem);
    --_space: var(--consent-space, 1rem);
    --_shadow: var(--consent-shadow, 0 0.5rem 2rem rgb(15 23 42 / 0.18), 0 0.125rem 0.5rem rgb(15 23 42 / 0.12));
    --_z: var(--consent-z-index, 2147483000);
    --_focus: var(--consent-color-focus, var(--_accent));
    /*
     * Accept all and Reject all (and every other choice button): a calm neutral pair, the text colour
     * on the surface colour, identical to each other; the accent stays for switches, links and focus.
     */
    --_button: var(--consent-color-button, var(--_text));
    --_on-button: var(--consent-color-on-button, var(--_surface));
  }

  :host([theme='dark']) {
    --_surface: var(--consent-color-surface, var(--_dark-surface));
    --_text: var(--consent-color-text, var(--_dark-text));
    --_muted: var(--consent-color-muted, var(--_dark-muted));
    --_border: var(--consent-color-border, var(--_dark-border));
    --_accent: var(--consent-color-accent, var(--_dark-accent));
    --_on-accent: var(--consent-color-on-accent, var(--_dark-on-accent));
    --_subtle: var(--consent-color-subtle, var(--_dark-subtle));
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_surface: var(--consent-color-surface, var(--_dark-surface));
      --_text: var(--consent-color-text, var(--_dark-text));
      --_muted: var(--consent-color-muted, var(--_dark-muted));
      --_border: var(--consent-color-border, var(--_dark-border));
      --_accent: var(--consent-color-accent, var(--_dark-accent));
      --_on-accent: var(--consent-color-on-accent, var(--_dark-on-accent));
      --_subtle: var(--consent-color-subtle, var(--_dark-subtle));
    }
  }

  [hidden] {
    display: none !important;
  }

  .button {
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    min-height: 2.75rem;
    padding: 0.625rem 1.125rem;
    border-radius: calc(var(--_radius) * 0.66);
    border: 2px solid var(--_button);
    cursor: pointer;
    text-align: center;
  }

  .button.choice {
    background: var(--_button);
    color: var(--_on-button);
  }

  .button.secondary {
    background: transparent;
    color: var(--_text);
    border-color: var(--_border);
  }

  .button.choice:hover {
    background: color-mix(in srgb, var(--_button) 86%, var(--_surface));
  }

  .button.secondary:hover {
    background: var(--_subtle);
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
`;
