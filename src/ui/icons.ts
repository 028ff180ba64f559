import { svg } from 'lit';

/** A cookie, for the reopen button (decorative: the button carries its own name). */
export const cookieIcon = svg`<svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false"><path fill="currentColor" d="M12 2a10 10 0 1 0 10 10 4 4 0 0 1-4-4 4 4 0 0 1-4-4 2 2 0 0 0-2-2Zm-3.5 7a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm6 6a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm-7 1a1 1 0 1 1 0 2 1 1 0 0 1 0-2Zm4-4a1 1 0 1 1 0 2 1 1 0 0 1 0-2Z"/></svg>`;
