import type { Texts } from '../texts.js';

/** English: the built-in language, always present. */
const en: Texts = {
  languageName: 'English',
  title: 'Cookies on this site',
  description: 'We use cookies and similar technologies. Some are needed for the site to work. Others help us understand how the site is used or show you relevant offers, and we use those only if you agree. You can change your choice at any time.',
  policyLink: 'Privacy policy',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  managePreferences: 'Manage preferences',
  preferencesTitle: 'Cookie preferences',
  preferencesDescription: 'Choose which cookies we may use. Strictly necessary cookies are always on, because the site cannot work without them.',
  savePreferences: 'Save preferences',
  saved: 'Your cookie choices were saved.',
  close: 'Close',
  alwaysOn: 'Always on',
  details: 'Services and cookies',
  cookieName: 'Cookie',
  cookiePurpose: 'Purpose',
  cookieDuration: 'Duration',
  cookieProvider: 'Provider',
  reopen: 'Cookie settings',
  placeholder: '{service} needs your consent to {category}.',
  placeholderGeneric: 'This content needs your consent to {category}.',
  allow: 'Allow',
  gpc: 'Your browser sends a Global Privacy Control signal, so these stay off unless you turn them on: {categories}.',
  gpcHonoured: 'Opt-out request honoured',
  necessaryLabel: 'Strictly necessary',
  necessaryDescription: 'Needed for the site to work, for example to keep you signed in, remember your basket and keep the site secure. They cannot be switched off.',
  functionalLabel: 'Functional',
  functionalDescription: 'Remember your choices, such as your language, and enable features such as chat.',
  analyticsLabel: 'Analytics',
  analyticsDescription: 'Help us understand how visitors use the site, so that we can improve it.',
  marketingLabel: 'Marketing',
  marketingDescription: 'Used to show you relevant offers and advertising, on this site and elsewhere, and to measure how well they work.',
};

export default en;
