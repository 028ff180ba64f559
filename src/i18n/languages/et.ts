import type { Texts } from '../texts.js';

/** Estonian (et). */
const texts: Texts = {
  title: 'Küpsised sellel veebilehel',
  description:
    'Kasutame küpsiseid veebilehe toimimiseks ja – ainult teie nõusolekul – selle kasutamise mõõtmiseks ning asjakohaste pakkumiste näitamiseks. Saate oma valikut igal ajal muuta.',
  policyLink: 'Privaatsuspoliitika',
  acceptAll: 'Nõustu kõigiga',
  rejectAll: 'Keeldu kõigist',
  managePreferences: 'Halda eelistusi',
  preferencesTitle: 'Küpsiste eelistused',
  preferencesDescription: 'Valige, milliseid küpsiseid võime kasutada. Rangelt vajalikud küpsised on alati sees, sest ilma nendeta veebileht ei tööta.',
  savePreferences: 'Salvesta eelistused',
  saved: 'Teie küpsiste eelistused on salvestatud.',
  close: 'Sulge',
  closeWithoutSaving: 'Sulge salvestamata',
  alwaysOn: 'Alati sees',
  details: 'Teenused ja küpsised',
  cookieName: 'Küpsis',
  cookiePurpose: 'Eesmärk',
  cookieDuration: 'Kestus',
  cookieProvider: 'Teenusepakkuja',
  reopen: 'Küpsiste eelistused',
  placeholder: '{service} vajab teie nõusolekut nende küpsiste jaoks: {category}.',
  placeholderGeneric: 'See sisu vajab teie nõusolekut nende küpsiste jaoks: {category}.',
  allow: 'Luba',
  allowService: 'Luba {service}',
  and: 'ja',
  gpc: 'Teie brauser saadab Global Privacy Controli signaali, seega jäävad need kategooriad välja lülitatuks, kui te neid ise sisse ei lülita: {categories}.',
  gpcHonoured: 'Loobumissoovi arvestatakse',
  optOutDescription:
    'Meie ja meie partnerid kasutame küpsiseid veebilehe toimimiseks, selle kasutamise mõõtmiseks ja asjakohaste reklaamide näitamiseks. Osa sellest võib lugeda teie isikuandmete müümiseks või jagamiseks. Saate sellest igal ajal loobuda.',
  doNotSell: 'Ära müü ega jaga minu isikuandmeid',
  necessaryLabel: 'Rangelt vajalikud',
  necessaryDescription:
    'Vajalikud veebilehe toimimiseks, näiteks sisselogituna püsimiseks, ostukorvi meelespidamiseks ja veebilehe kaitsmiseks. Neid ei saa välja lülitada.',
  functionalLabel: 'Funktsionaalsed',
  functionalDescription: 'Jätavad meelde teie valikud, näiteks keele, ja võimaldavad selliseid funktsioone nagu vestlus.',
  analyticsLabel: 'Analüütika',
  analyticsDescription: 'Aitavad meil mõista, kuidas külastajad veebilehte kasutavad, et saaksime seda parandada.',
  marketingLabel: 'Turundus',
  marketingDescription: 'Kasutatakse teile asjakohaste pakkumiste ja reklaamide näitamiseks sellel veebilehel ja mujal ning nende tõhususe mõõtmiseks.',
};

export default texts;
