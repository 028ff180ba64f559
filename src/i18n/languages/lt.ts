import type { Texts } from '../texts.js';

/** Lithuanian (lt). */
const texts: Texts = {
  languageName: "Lietuvių",
  title: "Slapukai šioje svetainėje",
  description: "Naudojame slapukus ir panašias technologijas. Kai kurie reikalingi, kad svetainė veiktų. Kiti padeda mums suprasti, kaip svetainė naudojama, arba rodyti jums aktualius pasiūlymus – juos naudojame tik gavę jūsų sutikimą. Savo pasirinkimą galite bet kada pakeisti.",
  policyLink: "Privatumo politika",
  acceptAll: "Priimti visus",
  rejectAll: "Atmesti visus",
  managePreferences: "Tvarkyti nustatymus",
  preferencesTitle: "Slapukų nustatymai",
  preferencesDescription: "Pasirinkite, kuriuos slapukus galime naudoti. Būtinieji slapukai visada įjungti, nes be jų svetainė neveikia.",
  savePreferences: "Išsaugoti nustatymus",
  saved: "Jūsų slapukų nustatymai išsaugoti.",
  close: "Uždaryti",
  alwaysOn: "Visada įjungti",
  details: "Paslaugos ir slapukai",
  cookieName: "Slapukas",
  cookiePurpose: "Paskirtis",
  cookieDuration: "Galiojimo laikas",
  cookieProvider: 'Teikėjas',
  reopen: "Slapukų nustatymai",
  placeholder: "Paslaugai {service} reikalingas jūsų sutikimas kategorijai „{category}“.",
  placeholderGeneric: "Šiam turiniui reikalingas jūsų sutikimas kategorijai „{category}“.",
  allow: "Leisti",
  gpc: "Jūsų naršyklė siunčia „Global Privacy Control“ signalą, todėl šios kategorijos lieka išjungtos, nebent jas įjungtumėte patys: {categories}.",
  gpcHonoured: 'Atsisakymo prašymas įvykdytas',
  necessaryLabel: "Būtinieji",
  necessaryDescription: "Reikalingi, kad svetainė veiktų, pavyzdžiui, kad liktumėte prisijungę, būtų įsimintas jūsų krepšelis ir svetainė būtų apsaugota. Jų išjungti negalima.",
  functionalLabel: "Funkciniai",
  functionalDescription: "Įsimena jūsų pasirinkimus, pavyzdžiui, kalbą, ir leidžia naudotis tokiomis funkcijomis kaip pokalbiai.",
  analyticsLabel: "Analitiniai",
  analyticsDescription: "Padeda mums suprasti, kaip lankytojai naudojasi svetaine, kad galėtume ją tobulinti.",
  marketingLabel: "Rinkodaros",
  marketingDescription: "Naudojami rodyti jums aktualius pasiūlymus ir reklamą šioje svetainėje ir kitur bei matuoti jų veiksmingumą.",
};

export default texts;
