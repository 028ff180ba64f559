import type { Texts } from '../texts.js';

/** Dutch (nl). */
const texts: Texts = {
  title: 'Cookies op deze website',
  description:
    'We gebruiken cookies om deze website te laten werken en, alleen als u daarmee instemt, om het gebruik te meten en u relevante aanbiedingen te tonen. U kunt uw keuze altijd wijzigen.',
  policyLink: 'Privacyverklaring',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  managePreferences: 'Voorkeuren beheren',
  preferencesTitle: 'Cookievoorkeuren',
  preferencesDescription:
    'Kies welke cookies we mogen gebruiken. Strikt noodzakelijke cookies staan altijd aan, omdat de website zonder deze cookies niet werkt.',
  savePreferences: 'Voorkeuren opslaan',
  saved: 'Uw cookievoorkeuren zijn opgeslagen.',
  close: 'Sluiten',
  closeWithoutSaving: 'Sluiten zonder opslaan',
  alwaysOn: 'Altijd aan',
  details: 'Diensten en cookies',
  cookieName: 'Cookie',
  cookiePurpose: 'Doel',
  cookieDuration: 'Bewaartermijn',
  cookieProvider: 'Aanbieder',
  reopen: 'Cookievoorkeuren',
  placeholder: '{service} heeft uw toestemming nodig voor deze cookies: {category}.',
  placeholderGeneric: 'Deze inhoud heeft uw toestemming nodig voor deze cookies: {category}.',
  allow: 'Toestaan',
  allowService: '{service} toestaan',
  and: 'en',
  gpc: 'Uw browser stuurt een Global Privacy Control-signaal. Daarom blijven deze categorieën uit, tenzij u ze zelf aanzet: {categories}.',
  gpcHonoured: 'Bezwaarverzoek gerespecteerd',
  optOutDescription:
    'Wij en onze partners gebruiken cookies om de website te laten werken, het gebruik ervan te meten en relevante advertenties te tonen. Een deel daarvan kan gelden als verkoop of delen van uw persoonsgegevens. U kunt zich daar altijd voor afmelden.',
  doNotSell: 'Mijn persoonsgegevens niet verkopen of delen',
  necessaryLabel: 'Strikt noodzakelijk',
  necessaryDescription:
    'Nodig om de website te laten werken, bijvoorbeeld om u ingelogd te houden, uw winkelwagen te onthouden en de website te beveiligen. Ze kunnen niet worden uitgezet.',
  functionalLabel: 'Functioneel',
  functionalDescription: 'Onthouden uw keuzes, zoals uw taal, en maken functies zoals chat mogelijk.',
  analyticsLabel: 'Analyse',
  analyticsDescription: 'Helpen ons te begrijpen hoe bezoekers de website gebruiken, zodat we die kunnen verbeteren.',
  marketingLabel: 'Marketing',
  marketingDescription: 'Worden gebruikt om u relevante aanbiedingen en advertenties te tonen, op deze website en elders, en om te meten hoe goed die werken.',
};

export default texts;
