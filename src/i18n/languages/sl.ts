import type { Texts } from '../texts.js';

/** Slovenian (sl). */
const texts: Texts = {
  title: 'Piškotki na tej spletni strani',
  description:
    'Piškotke uporabljamo za delovanje strani in – le z vašo privolitvijo – za merjenje njene uporabe in prikaz ustreznih ponudb. Svojo izbiro lahko kadar koli spremenite.',
  policyLink: 'Politika zasebnosti',
  acceptAll: 'Sprejmi vse',
  rejectAll: 'Zavrni vse',
  managePreferences: 'Upravljaj nastavitve',
  preferencesTitle: 'Nastavitve piškotkov',
  preferencesDescription: 'Izberite, katere piškotke smemo uporabljati. Nujni piškotki so vedno vklopljeni, ker stran brez njih ne deluje.',
  savePreferences: 'Shrani nastavitve',
  saved: 'Vaše nastavitve piškotkov so shranjene.',
  close: 'Zapri',
  closeWithoutSaving: 'Zapri brez shranjevanja',
  alwaysOn: 'Vedno vklopljeno',
  details: 'Storitve in piškotki',
  cookieName: 'Piškotek',
  cookiePurpose: 'Namen',
  cookieDuration: 'Trajanje',
  cookieProvider: 'Ponudnik',
  reopen: 'Nastavitve piškotkov',
  placeholder: '{service} potrebuje vašo privolitev za te piškotke: {category}.',
  placeholderGeneric: 'Ta vsebina potrebuje vašo privolitev za te piškotke: {category}.',
  allow: 'Dovoli',
  allowService: 'Dovoli {service}',
  and: 'in',
  gpc: 'Vaš brskalnik pošilja signal Global Privacy Control, zato te kategorije ostanejo izklopljene, dokler jih sami ne vklopite: {categories}.',
  gpcHonoured: 'Zahteva za zavrnitev je upoštevana',
  optOutDescription:
    'Mi in naši partnerji uporabljamo piškotke za delovanje strani, merjenje njene uporabe in prikaz ustreznih oglasov. Del tega se lahko šteje za prodajo ali deljenje vaših osebnih podatkov. Temu se lahko kadar koli odpoveste.',
  doNotSell: 'Ne prodajajte in ne delite mojih osebnih podatkov',
  necessaryLabel: 'Nujni',
  necessaryDescription:
    'Potrebni za delovanje strani, na primer da ostanete prijavljeni, da se zapomni vaša košarica in da je stran varna. Ni jih mogoče izklopiti.',
  functionalLabel: 'Funkcionalni',
  functionalDescription: 'Zapomnijo si vaše izbire, na primer jezik, in omogočajo funkcije, kot je klepet.',
  analyticsLabel: 'Analitični',
  analyticsDescription: 'Pomagajo nam razumeti, kako obiskovalci uporabljajo stran, da jo lahko izboljšamo.',
  marketingLabel: 'Trženjski',
  marketingDescription: 'Uporabljajo se za prikaz ustreznih ponudb in oglasov na tej strani in drugje ter za merjenje njihove učinkovitosti.',
};

export default texts;
