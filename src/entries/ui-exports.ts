/** The parts of `consent-banner` that need a browser (Lit elements and `init()`, which shows them). */
export { init, type InitOptions } from './init.js';
export { ConsentBannerElement } from '../ui/consent-banner.js';
export { ConsentPlaceholderElement } from '../ui/consent-placeholder.js';
export { defineElements } from '../ui/define-elements.js';
export { mountUi } from '../ui/mount-ui.js';
export type { LanguageSource, MountedUi } from '../ui/mount.js';
