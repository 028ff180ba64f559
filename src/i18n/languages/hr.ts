import type { Texts } from '../texts.js';

/** Croatian (hr). */
const texts: Texts = {
  title: 'Kolačići na ovoj stranici',
  description:
    'Kolačiće koristimo za rad stranice i – samo uz vašu privolu – za mjerenje njezina korištenja i prikaz relevantnih ponuda. Svoj izbor možete promijeniti u bilo kojem trenutku.',
  policyLink: 'Pravila privatnosti',
  acceptAll: 'Prihvati sve',
  rejectAll: 'Odbij sve',
  managePreferences: 'Upravljaj postavkama',
  preferencesTitle: 'Postavke kolačića',
  preferencesDescription: 'Odaberite koje kolačiće smijemo koristiti. Nužni kolačići uvijek su uključeni jer stranica bez njih ne radi.',
  savePreferences: 'Spremi postavke',
  saved: 'Vaše postavke kolačića su spremljene.',
  close: 'Zatvori',
  closeWithoutSaving: 'Zatvori bez spremanja',
  alwaysOn: 'Uvijek uključeno',
  details: 'Usluge i kolačići',
  cookieName: 'Kolačić',
  cookiePurpose: 'Svrha',
  cookieDuration: 'Trajanje',
  cookieProvider: 'Pružatelj',
  reopen: 'Postavke kolačića',
  placeholder: '{service} treba vašu privolu za ove kolačiće: {category}.',
  placeholderGeneric: 'Ovaj sadržaj treba vašu privolu za ove kolačiće: {category}.',
  allow: 'Dopusti',
  allowService: 'Dopusti {service}',
  and: 'i',
  gpc: 'Vaš preglednik šalje signal Global Privacy Control pa ove kategorije ostaju isključene dok ih sami ne uključite: {categories}.',
  gpcHonoured: 'Zahtjev za odbijanje se poštuje',
  optOutDescription:
    'Mi i naši partneri koristimo kolačiće za rad stranice, mjerenje njezina korištenja i prikaz relevantnih oglasa. Dio toga može se smatrati prodajom ili dijeljenjem vaših osobnih podataka. Možete to odbiti u bilo kojem trenutku.',
  doNotSell: 'Nemojte prodavati ni dijeliti moje osobne podatke',
  necessaryLabel: 'Nužni',
  necessaryDescription:
    'Potrebni za rad stranice, na primjer da ostanete prijavljeni, da se zapamti vaša košarica i da stranica bude sigurna. Ne mogu se isključiti.',
  functionalLabel: 'Funkcionalni',
  functionalDescription: 'Pamte vaše odabire, poput jezika, i omogućuju značajke poput chata.',
  analyticsLabel: 'Analitički',
  analyticsDescription: 'Pomažu nam razumjeti kako posjetitelji koriste stranicu kako bismo je mogli poboljšati.',
  marketingLabel: 'Marketinški',
  marketingDescription: 'Služe za prikaz relevantnih ponuda i oglasa na ovoj stranici i drugdje te za mjerenje njihove učinkovitosti.',
};

export default texts;
