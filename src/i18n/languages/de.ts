import type { Texts } from '../texts.js';

/** German (de). */
const texts: Texts = {
  title: 'Cookies auf dieser Website',
  description:
    'Wir verwenden Cookies für den Betrieb dieser Website und – nur mit Ihrer Einwilligung – um ihre Nutzung zu messen und Ihnen passende Angebote zu zeigen. Sie können Ihre Wahl jederzeit ändern.',
  policyLink: 'Datenschutzerklärung',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  managePreferences: 'Einstellungen verwalten',
  preferencesTitle: 'Cookie-Einstellungen',
  preferencesDescription:
    'Wählen Sie, welche Cookies wir verwenden dürfen. Unbedingt erforderliche Cookies sind immer aktiv, weil die Website ohne sie nicht funktioniert.',
  savePreferences: 'Einstellungen speichern',
  saved: 'Ihre Cookie-Einstellungen wurden gespeichert.',
  close: 'Schließen',
  closeWithoutSaving: 'Schließen ohne zu speichern',
  alwaysOn: 'Immer aktiv',
  details: 'Dienste und Cookies',
  cookieName: 'Cookie',
  cookiePurpose: 'Zweck',
  cookieDuration: 'Speicherdauer',
  cookieProvider: 'Anbieter',
  reopen: 'Cookie-Einstellungen',
  placeholder: '{service} benötigt Ihre Einwilligung in diese Cookies: {category}.',
  placeholderGeneric: 'Dieser Inhalt benötigt Ihre Einwilligung in diese Cookies: {category}.',
  allow: 'Erlauben',
  allowService: '{service} erlauben',
  and: 'und',
  gpc: 'Ihr Browser sendet ein Global-Privacy-Control-Signal. Deshalb bleiben diese Kategorien ausgeschaltet, solange Sie sie nicht selbst einschalten: {categories}.',
  gpcHonoured: 'Widerspruch berücksichtigt',
  optOutDescription:
    'Wir und unsere Partner verwenden Cookies, um die Website zu betreiben, ihre Nutzung zu messen und passende Werbung zu zeigen. Manches davon kann als Verkauf oder Weitergabe Ihrer personenbezogenen Daten gelten. Sie können jederzeit widersprechen.',
  doNotSell: 'Meine personenbezogenen Daten nicht verkaufen oder weitergeben',
  necessaryLabel: 'Unbedingt erforderlich',
  necessaryDescription:
    'Für den Betrieb der Website nötig, zum Beispiel um Sie angemeldet zu halten, Ihren Warenkorb zu speichern und die Website zu schützen. Sie können nicht ausgeschaltet werden.',
  functionalLabel: 'Funktional',
  functionalDescription: 'Merken sich Ihre Auswahl, etwa Ihre Sprache, und ermöglichen Funktionen wie den Chat.',
  analyticsLabel: 'Statistik',
  analyticsDescription: 'Helfen uns zu verstehen, wie Besucher die Website nutzen, damit wir sie verbessern können.',
  marketingLabel: 'Marketing',
  marketingDescription: 'Dienen dazu, Ihnen passende Angebote und Werbung zu zeigen – auf dieser Website und anderswo – und deren Wirkung zu messen.',
};

export default texts;
