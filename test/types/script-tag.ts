/// <reference types="consent-banner/global" />
// A page's own TypeScript beside the script tag: the globals, the window events and the elements
// type-check with only the reference above (checked by `npm run build:examples`).

window.ConsentBanner?.acceptAll();
window.ConsentBanner?.on('change', (detail) => detail.granted.join());
window.addEventListener('consent-change', (event) => {
  const granted: readonly string[] = event.detail.granted;
  console.log(granted, event.detail.record?.categories);
});
window.addEventListener('consent-show', (event) => event.detail.view);
const banner = document.querySelector('consent-banner');
if (banner !== null && banner.api !== undefined) banner.api.showPreferences();
const placeholder: HTMLElement | null = document.createElement('consent-placeholder');
console.log(placeholder);
