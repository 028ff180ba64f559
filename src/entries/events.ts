/**
 * The window events every entry dispatches, typed for `window.addEventListener('consent-change', …)`
 * (type-only: importing this module adds declarations, no code).
 */
import type { ChangeDetail, ReadyDetail, ViewDetail } from '../core/types.js';

declare global {
  interface WindowEventMap {
    /** The stored choice was read at `init()` (`detail.record` is `null` before a choice). */
    'consent-ready': CustomEvent<ReadyDetail>;
    /** The choice changed: here, in another tab, by a GPC signal or by expiry. */
    'consent-change': CustomEvent<ChangeDetail>;
    /** The notice or the preferences dialog opened. */
    'consent-show': CustomEvent<ViewDetail>;
    /** The notice or the preferences dialog closed. */
    'consent-hide': CustomEvent<ViewDetail>;
  }
}

export {};
