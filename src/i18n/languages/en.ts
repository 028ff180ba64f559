import type { Texts } from '../texts.js';

/** English: the built-in language, always present. */
const en: Texts = {
  title: 'Cookies on this site',
  description:
    'We use cookies to run this site and, only if you agree, to measure its use and show you relevant offers. You can change your choice at any time.',
  policyLink: 'Privacy policy',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  managePreferences: 'Manage preferences',
  preferencesTitle: 'Cookie preferences',
  preferencesDescription: 'Choose which cookies we may use. Strictly necessary cookies are always on, because the site cannot work without them.',
  savePreferences: 'Save preferences',
  saved: 'Your cookie choices were saved.',
  close: 'Close',
  closeWithoutSaving: 'Close without saving',
  alwaysOn: 'Always on',
  details: 'Services and cookies',
  cookieName: 'Cookie',
  cookiePurpose: 'Purpose',
  cookieDuration: 'Duration',
  cookieProvider: 'Provider',
  reopen: 'Cookie preferences',
  placeholder: '{service} needs your consent for {category} cookies.',
  placeholderGeneric: 'This content needs your consent for {category} cookies.',
  allow: 'Allow',
  allowService: 'Allow {service}',
  and: 'and',
  gpc: 'Your browser sends a Global Privacy Control signal, so these stay off unless you turn them on: {categories}.',
  gpcHonoured: 'Opt-out request honoured',
  optOutDescription:
    'We and our partners use cookies to run the site, measure how it is used and show relevant ads. Some of this may count as selling or sharing your personal information. You can opt out at any time.',
  doNotSell: 'Do Not Sell or Share My Personal Information',
  necessaryLabel: 'Strictly necessary',
  necessaryDescription:
    'Needed for the site to work, for example to keep you signed in, remember your basket and keep the site secure. They cannot be switched off.',
  functionalLabel: 'Functional',
  functionalDescription: 'Remember your choices, such as your language, and enable features such as chat.',
  analyticsLabel: 'Analytics',
  analyticsDescription: 'Help us understand how visitors use the site, so that we can improve it.',
  marketingLabel: 'Marketing',
  marketingDescription: 'Used to show you relevant offers and advertising, on this site and elsewhere, and to measure how well they work.',
};

export default en;
