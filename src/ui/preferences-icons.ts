import { svg } from 'lit';

/** A cross, for the dialog's close button. */
export const closeIcon = svg`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path fill="currentColor" d="M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6Z"/></svg>`;

/** A chevron, for the details disclosure. */
export const chevronIcon = svg`<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false"><path fill="currentColor" d="m8.6 5.4 6.6 6.6-6.6 6.6L10 20l8-8-8-8Z"/></svg>`;
