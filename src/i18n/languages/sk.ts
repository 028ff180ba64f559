import type { Texts } from '../texts.js';

/** Slovak (sk). */
const texts: Texts = {
  title: 'Súbory cookie na tejto stránke',
  description:
    'Súbory cookie používame na prevádzku stránky a – len s vaším súhlasom – na meranie jej používania a zobrazovanie relevantných ponúk. Svoju voľbu môžete kedykoľvek zmeniť.',
  policyLink: 'Zásady ochrany osobných údajov',
  acceptAll: 'Prijať všetko',
  rejectAll: 'Odmietnuť všetko',
  managePreferences: 'Spravovať nastavenia',
  preferencesTitle: 'Nastavenia súborov cookie',
  preferencesDescription: 'Vyberte, ktoré súbory cookie môžeme používať. Nevyhnutné súbory cookie sú vždy zapnuté, pretože bez nich stránka nefunguje.',
  savePreferences: 'Uložiť nastavenia',
  saved: 'Vaše nastavenia súborov cookie boli uložené.',
  close: 'Zavrieť',
  closeWithoutSaving: 'Zavrieť bez uloženia',
  alwaysOn: 'Vždy zapnuté',
  details: 'Služby a súbory cookie',
  cookieName: 'Súbor cookie',
  cookiePurpose: 'Účel',
  cookieDuration: 'Doba uchovávania',
  cookieProvider: 'Poskytovateľ',
  reopen: 'Nastavenia súborov cookie',
  placeholder: '{service} potrebuje váš súhlas s týmito súbormi cookie: {category}.',
  placeholderGeneric: 'Tento obsah potrebuje váš súhlas s týmito súbormi cookie: {category}.',
  allow: 'Povoliť',
  allowService: 'Povoliť {service}',
  and: 'a',
  gpc: 'Váš prehliadač odosiela signál Global Privacy Control, preto tieto kategórie zostanú vypnuté, kým ich sami nezapnete: {categories}.',
  gpcHonoured: 'Žiadosť o odmietnutie je rešpektovaná',
  optOutDescription:
    'My a naši partneri používame súbory cookie na prevádzku stránky, meranie jej používania a zobrazovanie relevantných reklám. Niečo z toho sa môže považovať za predaj alebo zdieľanie vašich osobných údajov. Kedykoľvek to môžete odmietnuť.',
  doNotSell: 'Nepredávať ani nezdieľať moje osobné údaje',
  necessaryLabel: 'Nevyhnutné',
  necessaryDescription: 'Potrebné na fungovanie stránky, napríklad na udržanie prihlásenia, zapamätanie košíka a zabezpečenie stránky. Nedajú sa vypnúť.',
  functionalLabel: 'Funkčné',
  functionalDescription: 'Pamätajú si vaše voľby, napríklad jazyk, a umožňujú funkcie ako chat.',
  analyticsLabel: 'Analytické',
  analyticsDescription: 'Pomáhajú nám pochopiť, ako návštevníci stránku používajú, aby sme ju mohli zlepšovať.',
  marketingLabel: 'Marketingové',
  marketingDescription: 'Slúžia na zobrazovanie relevantných ponúk a reklám na tejto stránke aj inde a na meranie ich účinnosti.',
};

export default texts;
