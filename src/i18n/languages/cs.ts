import type { Texts } from '../texts.js';

/** Czech (cs). */
const texts: Texts = {
  languageName: "Čeština",
  title: "Soubory cookie na tomto webu",
  description: "Používáme soubory cookie a podobné technologie. Některé jsou nezbytné pro fungování webu. Jiné nám pomáhají pochopit, jak je web používán, nebo vám zobrazovat relevantní nabídky – ty používáme jen s vaším souhlasem. Svou volbu můžete kdykoli změnit.",
  policyLink: "Zásady ochrany osobních údajů",
  acceptAll: "Přijmout vše",
  rejectAll: "Odmítnout vše",
  managePreferences: "Spravovat nastavení",
  preferencesTitle: "Nastavení souborů cookie",
  preferencesDescription: "Vyberte, které soubory cookie smíme používat. Nezbytné soubory cookie jsou vždy zapnuté, protože bez nich web nefunguje.",
  savePreferences: "Uložit nastavení",
  saved: "Vaše nastavení souborů cookie bylo uloženo.",
  close: "Zavřít",
  alwaysOn: "Vždy zapnuto",
  details: "Služby a soubory cookie",
  cookieName: "Soubor cookie",
  cookiePurpose: "Účel",
  cookieDuration: "Doba uložení",
  cookieProvider: 'Poskytovatel',
  reopen: "Nastavení cookie",
  placeholder: "{service} potřebuje váš souhlas v kategorii „{category}“.",
  placeholderGeneric: "Tento obsah potřebuje váš souhlas v kategorii „{category}“.",
  allow: "Povolit",
  gpc: "Váš prohlížeč odesílá signál Global Privacy Control, proto tyto kategorie zůstanou vypnuté, dokud je sami nezapnete: {categories}.",
  gpcHonoured: 'Žádost o odmítnutí je respektována',
  necessaryLabel: "Nezbytné",
  necessaryDescription: "Potřebné pro fungování webu, například k udržení přihlášení, zapamatování košíku a zabezpečení webu. Nelze je vypnout.",
  functionalLabel: "Funkční",
  functionalDescription: "Pamatují si vaše volby, například jazyk, a umožňují funkce jako chat.",
  analyticsLabel: "Analytické",
  analyticsDescription: "Pomáhají nám pochopit, jak návštěvníci web používají, abychom ho mohli zlepšovat.",
  marketingLabel: "Marketingové",
  marketingDescription: "Slouží k zobrazování relevantních nabídek a reklam na tomto webu i jinde a k měření jejich účinnosti.",
};

export default texts;
