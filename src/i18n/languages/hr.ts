import type { Texts } from '../texts.js';

/** Croatian (hr). */
const texts: Texts = {
  languageName: "Hrvatski",
  title: "Kolačići na ovoj stranici",
  description: "Koristimo kolačiće i slične tehnologije. Neki su nužni za rad stranice. Drugi nam pomažu razumjeti kako se stranica koristi ili vam prikazuju relevantne ponude – njih koristimo samo uz vašu privolu. Svoj izbor možete promijeniti u bilo kojem trenutku.",
  policyLink: "Pravila privatnosti",
  acceptAll: "Prihvati sve",
  rejectAll: "Odbij sve",
  managePreferences: "Upravljaj postavkama",
  preferencesTitle: "Postavke kolačića",
  preferencesDescription: "Odaberite koje kolačiće smijemo koristiti. Nužni kolačići uvijek su uključeni jer stranica bez njih ne radi.",
  savePreferences: "Spremi postavke",
  saved: "Vaše postavke kolačića su spremljene.",
  close: "Zatvori",
  alwaysOn: "Uvijek uključeno",
  details: "Usluge i kolačići",
  cookieName: "Kolačić",
  cookiePurpose: "Svrha",
  cookieDuration: "Trajanje",
  cookieProvider: 'Pružatelj',
  reopen: "Postavke kolačića",
  placeholder: "{service} treba vašu privolu za kategoriju „{category}”.",
  placeholderGeneric: "Ovaj sadržaj treba vašu privolu za kategoriju „{category}”.",
  allow: "Dopusti",
  gpc: "Vaš preglednik šalje signal Global Privacy Control pa ove kategorije ostaju isključene dok ih sami ne uključite: {categories}.",
  gpcHonoured: 'Zahtjev za odbijanje se poštuje',
  necessaryLabel: "Nužni",
  necessaryDescription: "Potrebni za rad stranice, na primjer da ostanete prijavljeni, da se zapamti vaša košarica i da stranica bude sigurna. Ne mogu se isključiti.",
  functionalLabel: "Funkcionalni",
  functionalDescription: "Pamte vaše odabire, poput jezika, i omogućuju značajke poput chata.",
  analyticsLabel: "Analitički",
  analyticsDescription: "Pomažu nam razumjeti kako posjetitelji koriste stranicu kako bismo je mogli poboljšati.",
  marketingLabel: "Marketinški",
  marketingDescription: "Služe za prikaz relevantnih ponuda i oglasa na ovoj stranici i drugdje te za mjerenje njihove učinkovitosti.",
};

export default texts;
