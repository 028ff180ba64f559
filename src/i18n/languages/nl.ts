import type { Texts } from '../texts.js';

/** Dutch (nl). */
const texts: Texts = {
  languageName: "Nederlands",
  title: "Cookies op deze website",
  description: "We gebruiken cookies en vergelijkbare technieken. Sommige zijn nodig om de website te laten werken. Andere helpen ons te begrijpen hoe de website wordt gebruikt of tonen u relevante aanbiedingen; die gebruiken we alleen als u daarmee instemt. U kunt uw keuze altijd wijzigen.",
  policyLink: "Privacyverklaring",
  acceptAll: "Alles accepteren",
  rejectAll: "Alles weigeren",
  managePreferences: "Voorkeuren beheren",
  preferencesTitle: "Cookievoorkeuren",
  preferencesDescription: "Kies welke cookies we mogen gebruiken. Strikt noodzakelijke cookies staan altijd aan, omdat de website zonder deze cookies niet werkt.",
  savePreferences: "Voorkeuren opslaan",
  saved: "Uw cookievoorkeuren zijn opgeslagen.",
  close: "Sluiten",
  alwaysOn: "Altijd aan",
  details: "Diensten en cookies",
  cookieName: "Cookie",
  cookiePurpose: "Doel",
  cookieDuration: "Bewaartermijn",
  cookieProvider: 'Aanbieder',
  reopen: "Cookie-instellingen",
  placeholder: "{service} heeft uw toestemming nodig voor de categorie ‘{category}’.",
  placeholderGeneric: "Deze inhoud heeft uw toestemming nodig voor de categorie ‘{category}’.",
  allow: "Toestaan",
  gpc: "Uw browser stuurt een Global Privacy Control-signaal. Daarom blijven deze categorieën uit, tenzij u ze zelf aanzet: {categories}.",
  gpcHonoured: 'Bezwaarverzoek gerespecteerd',
  necessaryLabel: "Strikt noodzakelijk",
  necessaryDescription: "Nodig om de website te laten werken, bijvoorbeeld om u ingelogd te houden, uw winkelwagen te onthouden en de website te beveiligen. Ze kunnen niet worden uitgezet.",
  functionalLabel: "Functioneel",
  functionalDescription: "Onthouden uw keuzes, zoals uw taal, en maken functies zoals chat mogelijk.",
  analyticsLabel: "Analyse",
  analyticsDescription: "Helpen ons te begrijpen hoe bezoekers de website gebruiken, zodat we die kunnen verbeteren.",
  marketingLabel: "Marketing",
  marketingDescription: "Worden gebruikt om u relevante aanbiedingen en advertenties te tonen, op deze website en elders, en om te meten hoe goed die werken.",
};

export default texts;
