import type { Texts } from '../texts.js';

/** Czech (cs). */
const texts: Texts = {
  title: 'Soubory cookie na tomto webu',
  description:
    'Soubory cookie používáme k provozu webu a – jen s vaším souhlasem – k měření jeho používání a zobrazování relevantních nabídek. Svou volbu můžete kdykoli změnit.',
  policyLink: 'Zásady ochrany osobních údajů',
  acceptAll: 'Přijmout vše',
  rejectAll: 'Odmítnout vše',
  managePreferences: 'Spravovat nastavení',
  preferencesTitle: 'Nastavení souborů cookie',
  preferencesDescription: 'Vyberte, které soubory cookie smíme používat. Nezbytné soubory cookie jsou vždy zapnuté, protože bez nich web nefunguje.',
  savePreferences: 'Uložit nastavení',
  saved: 'Vaše nastavení souborů cookie bylo uloženo.',
  close: 'Zavřít',
  closeWithoutSaving: 'Zavřít bez uložení',
  alwaysOn: 'Vždy zapnuto',
  details: 'Služby a soubory cookie',
  cookieName: 'Soubor cookie',
  cookiePurpose: 'Účel',
  cookieDuration: 'Doba uložení',
  cookieProvider: 'Poskytovatel',
  reopen: 'Nastavení souborů cookie',
  placeholder: '{service} potřebuje váš souhlas s těmito soubory cookie: {category}.',
  placeholderGeneric: 'Tento obsah potřebuje váš souhlas s těmito soubory cookie: {category}.',
  allow: 'Povolit',
  allowService: 'Povolit {service}',
  and: 'a',
  gpc: 'Váš prohlížeč odesílá signál Global Privacy Control, proto tyto kategorie zůstanou vypnuté, dokud je sami nezapnete: {categories}.',
  gpcHonoured: 'Žádost o odmítnutí je respektována',
  optOutDescription:
    'My a naši partneři používáme soubory cookie k provozu webu, měření jeho používání a zobrazování relevantních reklam. Něco z toho se může považovat za prodej nebo sdílení vašich osobních údajů. Kdykoli to můžete odmítnout.',
  doNotSell: 'Neprodávat ani nesdílet mé osobní údaje',
  necessaryLabel: 'Nezbytné',
  necessaryDescription: 'Potřebné pro fungování webu, například k udržení přihlášení, zapamatování košíku a zabezpečení webu. Nelze je vypnout.',
  functionalLabel: 'Funkční',
  functionalDescription: 'Pamatují si vaše volby, například jazyk, a umožňují funkce jako chat.',
  analyticsLabel: 'Analytické',
  analyticsDescription: 'Pomáhají nám pochopit, jak návštěvníci web používají, abychom ho mohli zlepšovat.',
  marketingLabel: 'Marketingové',
  marketingDescription: 'Slouží k zobrazování relevantních nabídek a reklam na tomto webu i jinde a k měření jejich účinnosti.',
};

export default texts;
