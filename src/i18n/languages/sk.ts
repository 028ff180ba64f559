import type { Texts } from '../texts.js';

/** Slovak (sk). */
const texts: Texts = {
  languageName: "Slovenčina",
  title: "Súbory cookie na tejto stránke",
  description: "Používame súbory cookie a podobné technológie. Niektoré sú nevyhnutné na fungovanie stránky. Iné nám pomáhajú pochopiť, ako sa stránka používa, alebo vám zobrazovať relevantné ponuky – tie používame len s vaším súhlasom. Svoju voľbu môžete kedykoľvek zmeniť.",
  policyLink: "Zásady ochrany osobných údajov",
  acceptAll: "Prijať všetko",
  rejectAll: "Odmietnuť všetko",
  managePreferences: "Spravovať nastavenia",
  preferencesTitle: "Nastavenia súborov cookie",
  preferencesDescription: "Vyberte, ktoré súbory cookie môžeme používať. Nevyhnutné súbory cookie sú vždy zapnuté, pretože bez nich stránka nefunguje.",
  savePreferences: "Uložiť nastavenia",
  saved: "Vaše nastavenia súborov cookie boli uložené.",
  close: "Zavrieť",
  alwaysOn: "Vždy zapnuté",
  details: "Služby a súbory cookie",
  cookieName: "Súbor cookie",
  cookiePurpose: "Účel",
  cookieDuration: "Doba uchovávania",
  cookieProvider: 'Poskytovateľ',
  reopen: "Nastavenia cookie",
  placeholder: "{service} potrebuje váš súhlas v kategórii „{category}“.",
  placeholderGeneric: "Tento obsah potrebuje váš súhlas v kategórii „{category}“.",
  allow: "Povoliť",
  gpc: "Váš prehliadač odosiela signál Global Privacy Control, preto tieto kategórie zostanú vypnuté, kým ich sami nezapnete: {categories}.",
  gpcHonoured: 'Žiadosť o odmietnutie je rešpektovaná',
  necessaryLabel: "Nevyhnutné",
  necessaryDescription: "Potrebné na fungovanie stránky, napríklad na udržanie prihlásenia, zapamätanie košíka a zabezpečenie stránky. Nedajú sa vypnúť.",
  functionalLabel: "Funkčné",
  functionalDescription: "Pamätajú si vaše voľby, napríklad jazyk, a umožňujú funkcie ako chat.",
  analyticsLabel: "Analytické",
  analyticsDescription: "Pomáhajú nám pochopiť, ako návštevníci stránku používajú, aby sme ju mohli zlepšovať.",
  marketingLabel: "Marketingové",
  marketingDescription: "Slúžia na zobrazovanie relevantných ponúk a reklám na tejto stránke aj inde a na meranie ich účinnosti.",
};

export default texts;
