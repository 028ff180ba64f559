import type { Texts } from '../texts.js';

/** Danish (da). */
const texts: Texts = {
  title: 'Cookies på dette websted',
  description:
    'Vi bruger cookies til at drive webstedet og – kun med dit samtykke – til at måle brugen og vise dig relevante tilbud. Du kan altid ændre dit valg.',
  policyLink: 'Privatlivspolitik',
  acceptAll: 'Accepter alle',
  rejectAll: 'Afvis alle',
  managePreferences: 'Administrer indstillinger',
  preferencesTitle: 'Cookieindstillinger',
  preferencesDescription: 'Vælg, hvilke cookies vi må bruge. Strengt nødvendige cookies er altid slået til, fordi webstedet ikke kan fungere uden dem.',
  savePreferences: 'Gem indstillinger',
  saved: 'Dine cookieindstillinger er gemt.',
  close: 'Luk',
  closeWithoutSaving: 'Luk uden at gemme',
  alwaysOn: 'Altid slået til',
  details: 'Tjenester og cookies',
  cookieName: 'Cookie',
  cookiePurpose: 'Formål',
  cookieDuration: 'Varighed',
  cookieProvider: 'Udbyder',
  reopen: 'Cookieindstillinger',
  placeholder: '{service} kræver dit samtykke til disse cookies: {category}.',
  placeholderGeneric: 'Dette indhold kræver dit samtykke til disse cookies: {category}.',
  allow: 'Tillad',
  allowService: 'Tillad {service}',
  and: 'og',
  gpc: 'Din browser sender et Global Privacy Control-signal, så disse kategorier forbliver slået fra, medmindre du selv slår dem til: {categories}.',
  gpcHonoured: 'Anmodningen om fravalg er respekteret',
  optOutDescription:
    'Vi og vores partnere bruger cookies til at drive webstedet, måle hvordan det bruges og vise relevante annoncer. Noget af dette kan regnes som salg eller deling af dine personoplysninger. Du kan altid fravælge det.',
  doNotSell: 'Sælg eller del ikke mine personoplysninger',
  necessaryLabel: 'Strengt nødvendige',
  necessaryDescription:
    'Nødvendige for, at webstedet kan fungere, for eksempel for at holde dig logget ind, huske din kurv og beskytte webstedet. De kan ikke slås fra.',
  functionalLabel: 'Funktionelle',
  functionalDescription: 'Husker dine valg, for eksempel sprog, og gør funktioner som chat mulige.',
  analyticsLabel: 'Statistik',
  analyticsDescription: 'Hjælper os med at forstå, hvordan besøgende bruger webstedet, så vi kan forbedre det.',
  marketingLabel: 'Markedsføring',
  marketingDescription: 'Bruges til at vise dig relevante tilbud og annoncer på dette websted og andre steder og til at måle, hvor godt de virker.',
};

export default texts;
