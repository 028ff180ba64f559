import type { Texts } from '../texts.js';

/** Estonian (et). */
const texts: Texts = {
  languageName: "Eesti",
  title: "Küpsised sellel veebilehel",
  description: "Kasutame küpsiseid ja sarnaseid tehnoloogiaid. Mõned on veebilehe toimimiseks vajalikud. Teised aitavad meil mõista, kuidas veebilehte kasutatakse, või näidata teile asjakohaseid pakkumisi – neid kasutame ainult teie nõusolekul. Saate oma valikut igal ajal muuta.",
  policyLink: "Privaatsuspoliitika",
  acceptAll: "Nõustu kõigiga",
  rejectAll: "Keeldu kõigist",
  managePreferences: "Halda eelistusi",
  preferencesTitle: "Küpsiste eelistused",
  preferencesDescription: "Valige, milliseid küpsiseid võime kasutada. Rangelt vajalikud küpsised on alati sees, sest ilma nendeta veebileht ei tööta.",
  savePreferences: "Salvesta eelistused",
  saved: "Teie küpsiste eelistused on salvestatud.",
  close: "Sulge",
  alwaysOn: "Alati sees",
  details: "Teenused ja küpsised",
  cookieName: "Küpsis",
  cookiePurpose: "Eesmärk",
  cookieDuration: "Kestus",
  cookieProvider: 'Teenusepakkuja',
  reopen: "Küpsiste seaded",
  placeholder: "{service} vajab teie nõusolekut kategooriale „{category}“.",
  placeholderGeneric: "See sisu vajab teie nõusolekut kategooriale „{category}“.",
  allow: "Luba",
  gpc: "Teie brauser saadab Global Privacy Controli signaali, seega jäävad need kategooriad välja lülitatuks, kui te neid ise sisse ei lülita: {categories}.",
  gpcHonoured: 'Loobumissoovi arvestatakse',
  necessaryLabel: "Rangelt vajalikud",
  necessaryDescription: "Vajalikud veebilehe toimimiseks, näiteks sisselogituna püsimiseks, ostukorvi meelespidamiseks ja veebilehe kaitsmiseks. Neid ei saa välja lülitada.",
  functionalLabel: "Funktsionaalsed",
  functionalDescription: "Jätavad meelde teie valikud, näiteks keele, ja võimaldavad selliseid funktsioone nagu vestlus.",
  analyticsLabel: "Analüütika",
  analyticsDescription: "Aitavad meil mõista, kuidas külastajad veebilehte kasutavad, et saaksime seda parandada.",
  marketingLabel: "Turundus",
  marketingDescription: "Kasutatakse teile asjakohaste pakkumiste ja reklaamide näitamiseks sellel veebilehel ja mujal ning nende tõhususe mõõtmiseks.",
};

export default texts;
