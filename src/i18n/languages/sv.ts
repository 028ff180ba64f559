import type { Texts } from '../texts.js';

/** Swedish (sv). */
const texts: Texts = {
  title: 'Kakor på den här webbplatsen',
  description:
    'Vi använder kakor för att driva webbplatsen och – bara om du godkänner det – för att mäta hur den används och visa dig relevanta erbjudanden. Du kan när som helst ändra ditt val.',
  policyLink: 'Integritetspolicy',
  acceptAll: 'Godkänn alla',
  rejectAll: 'Avvisa alla',
  managePreferences: 'Hantera inställningar',
  preferencesTitle: 'Inställningar för kakor',
  preferencesDescription: 'Välj vilka kakor vi får använda. Nödvändiga kakor är alltid på, eftersom webbplatsen inte fungerar utan dem.',
  savePreferences: 'Spara inställningar',
  saved: 'Dina inställningar för kakor har sparats.',
  close: 'Stäng',
  closeWithoutSaving: 'Stäng utan att spara',
  alwaysOn: 'Alltid på',
  details: 'Tjänster och kakor',
  cookieName: 'Kaka',
  cookiePurpose: 'Syfte',
  cookieDuration: 'Lagringstid',
  cookieProvider: 'Leverantör',
  reopen: 'Inställningar för kakor',
  placeholder: '{service} behöver ditt samtycke till dessa kakor: {category}.',
  placeholderGeneric: 'Det här innehållet behöver ditt samtycke till dessa kakor: {category}.',
  allow: 'Tillåt',
  allowService: 'Tillåt {service}',
  and: 'och',
  gpc: 'Din webbläsare skickar en Global Privacy Control-signal, så de här kategorierna förblir avstängda om du inte själv slår på dem: {categories}.',
  gpcHonoured: 'Begäran om avstående respekteras',
  optOutDescription:
    'Vi och våra partner använder kakor för att driva webbplatsen, mäta hur den används och visa relevanta annonser. En del av detta kan räknas som försäljning eller delning av dina personuppgifter. Du kan när som helst avstå.',
  doNotSell: 'Sälj eller dela inte mina personuppgifter',
  necessaryLabel: 'Nödvändiga',
  necessaryDescription:
    'Behövs för att webbplatsen ska fungera, till exempel för att hålla dig inloggad, komma ihåg din varukorg och skydda webbplatsen. De kan inte stängas av.',
  functionalLabel: 'Funktionella',
  functionalDescription: 'Kommer ihåg dina val, till exempel språk, och möjliggör funktioner som chatt.',
  analyticsLabel: 'Statistik',
  analyticsDescription: 'Hjälper oss att förstå hur besökare använder webbplatsen, så att vi kan förbättra den.',
  marketingLabel: 'Marknadsföring',
  marketingDescription:
    'Används för att visa dig relevanta erbjudanden och annonser, på den här webbplatsen och på andra ställen, och för att mäta hur väl de fungerar.',
};

export default texts;
