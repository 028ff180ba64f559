import { svg } from 'lit';

/** A chevron, for the details disclosure. */
export const chevronIcon = svg`<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false"><path fill="currentColor" d="m8.6 5.4 6.6 6.6-6.6 6.6L10 20l8-8-8-8Z"/></svg>`;
