import { svg } from 'lit';

/** A cookie, for the reopen button (decorative: the button carries its own name). */
export const cookieIcon = svg`<svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false"><path fill="currentColor" d="M12 2a10 10 0 1 0 10 10 4 4 0 0 1-4-4 4 4 0 0 1-4-4 2 2 0 0 0-2-2Zm-3.5 7a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm6 6a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm-7 1a1 1 0 1 1 0 2 1 1 0 0 1 0-2Zm4-4a1 1 0 1 1 0 2 1 1 0 0 1 0-2Z"/></svg>`;

/** A cross, for the close buttons of the dialog and the opt-out notice. */
export const closeIcon = svg`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path fill="currentColor" d="M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6Z"/></svg>`;
