import type { Texts } from '../texts.js';

/** Lithuanian (lt). */
const texts: Texts = {
  title: 'Slapukai šioje svetainėje',
  description:
    'Slapukus naudojame svetainės veikimui ir – tik gavę jūsų sutikimą – jos naudojimui matuoti bei aktualiems pasiūlymams rodyti. Savo pasirinkimą galite bet kada pakeisti.',
  policyLink: 'Privatumo politika',
  acceptAll: 'Priimti visus',
  rejectAll: 'Atmesti visus',
  managePreferences: 'Tvarkyti nustatymus',
  preferencesTitle: 'Slapukų nustatymai',
  preferencesDescription: 'Pasirinkite, kuriuos slapukus galime naudoti. Būtinieji slapukai visada įjungti, nes be jų svetainė neveikia.',
  savePreferences: 'Išsaugoti nustatymus',
  saved: 'Jūsų slapukų nustatymai išsaugoti.',
  close: 'Uždaryti',
  closeWithoutSaving: 'Uždaryti neišsaugojus',
  alwaysOn: 'Visada įjungti',
  details: 'Paslaugos ir slapukai',
  cookieName: 'Slapukas',
  cookiePurpose: 'Paskirtis',
  cookieDuration: 'Galiojimo laikas',
  cookieProvider: 'Teikėjas',
  reopen: 'Slapukų nustatymai',
  placeholder: 'Paslaugai {service} reikalingas jūsų sutikimas šiems slapukams: {category}.',
  placeholderGeneric: 'Šiam turiniui reikalingas jūsų sutikimas šiems slapukams: {category}.',
  allow: 'Leisti',
  allowService: 'Leisti {service}',
  and: 'ir',
  gpc: 'Jūsų naršyklė siunčia „Global Privacy Control“ signalą, todėl šios kategorijos lieka išjungtos, nebent jas įjungtumėte patys: {categories}.',
  gpcHonoured: 'Atsisakymo prašymas įvykdytas',
  optOutDescription:
    'Mes ir mūsų partneriai naudojame slapukus, kad svetainė veiktų, matuotume, kaip ji naudojama, ir rodytume aktualias reklamas. Dalis to gali būti laikoma jūsų asmeninės informacijos pardavimu arba bendrinimu. Bet kada galite to atsisakyti.',
  doNotSell: 'Neparduoti ir nebendrinti mano asmeninės informacijos',
  necessaryLabel: 'Būtinieji',
  necessaryDescription:
    'Reikalingi, kad svetainė veiktų, pavyzdžiui, kad liktumėte prisijungę, būtų įsimintas jūsų krepšelis ir svetainė būtų apsaugota. Jų išjungti negalima.',
  functionalLabel: 'Funkciniai',
  functionalDescription: 'Įsimena jūsų pasirinkimus, pavyzdžiui, kalbą, ir leidžia naudotis tokiomis funkcijomis kaip pokalbiai.',
  analyticsLabel: 'Analitiniai',
  analyticsDescription: 'Padeda mums suprasti, kaip lankytojai naudojasi svetaine, kad galėtume ją tobulinti.',
  marketingLabel: 'Rinkodaros',
  marketingDescription: 'Naudojami rodyti jums aktualius pasiūlymus ir reklamą šioje svetainėje ir kitur bei matuoti jų veiksmingumą.',
};

export default texts;
