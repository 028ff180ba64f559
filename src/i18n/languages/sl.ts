import type { Texts } from '../texts.js';

/** Slovenian (sl). */
const texts: Texts = {
  languageName: "Slovenščina",
  title: "Piškotki na tej spletni strani",
  description: "Uporabljamo piškotke in podobne tehnologije. Nekateri so nujni za delovanje strani. Drugi nam pomagajo razumeti, kako se stran uporablja, ali vam prikazujejo ustrezne ponudbe – te uporabljamo le z vašo privolitvijo. Svojo izbiro lahko kadar koli spremenite.",
  policyLink: "Politika zasebnosti",
  acceptAll: "Sprejmi vse",
  rejectAll: "Zavrni vse",
  managePreferences: "Upravljaj nastavitve",
  preferencesTitle: "Nastavitve piškotkov",
  preferencesDescription: "Izberite, katere piškotke smemo uporabljati. Nujni piškotki so vedno vklopljeni, ker stran brez njih ne deluje.",
  savePreferences: "Shrani nastavitve",
  saved: "Vaše nastavitve piškotkov so shranjene.",
  close: "Zapri",
  alwaysOn: "Vedno vklopljeno",
  details: "Storitve in piškotki",
  cookieName: "Piškotek",
  cookiePurpose: "Namen",
  cookieDuration: "Trajanje",
  cookieProvider: 'Ponudnik',
  reopen: "Nastavitve piškotkov",
  placeholder: "{service} potrebuje vašo privolitev za kategorijo »{category}«.",
  placeholderGeneric: "Ta vsebina potrebuje vašo privolitev za kategorijo »{category}«.",
  allow: "Dovoli",
  gpc: "Vaš brskalnik pošilja signal Global Privacy Control, zato te kategorije ostanejo izklopljene, dokler jih sami ne vklopite: {categories}.",
  gpcHonoured: 'Zahteva za zavrnitev je upoštevana',
  necessaryLabel: "Nujni",
  necessaryDescription: "Potrebni za delovanje strani, na primer da ostanete prijavljeni, da se zapomni vaša košarica in da je stran varna. Ni jih mogoče izklopiti.",
  functionalLabel: "Funkcionalni",
  functionalDescription: "Zapomnijo si vaše izbire, na primer jezik, in omogočajo funkcije, kot je klepet.",
  analyticsLabel: "Analitični",
  analyticsDescription: "Pomagajo nam razumeti, kako obiskovalci uporabljajo stran, da jo lahko izboljšamo.",
  marketingLabel: "Trženjski",
  marketingDescription: "Uporabljajo se za prikaz ustreznih ponudb in oglasov na tej strani in drugje ter za merjenje njihove učinkovitosti.",
};

export default texts;
