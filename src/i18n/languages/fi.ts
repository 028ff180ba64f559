import type { Texts } from '../texts.js';

/** Finnish (fi). */
const texts: Texts = {
  title: 'Evästeet tällä sivustolla',
  description:
    'Käytämme evästeitä sivuston toimintaan ja – vain suostumuksellasi – sen käytön mittaamiseen ja kiinnostavien tarjousten näyttämiseen. Voit muuttaa valintaasi milloin tahansa.',
  policyLink: 'Tietosuojaseloste',
  acceptAll: 'Hyväksy kaikki',
  rejectAll: 'Hylkää kaikki',
  managePreferences: 'Muuta asetuksia',
  preferencesTitle: 'Evästeasetukset',
  preferencesDescription: 'Valitse, mitä evästeitä saamme käyttää. Välttämättömät evästeet ovat aina käytössä, koska sivusto ei toimi ilman niitä.',
  savePreferences: 'Tallenna asetukset',
  saved: 'Evästeasetuksesi on tallennettu.',
  close: 'Sulje',
  closeWithoutSaving: 'Sulje tallentamatta',
  alwaysOn: 'Aina käytössä',
  details: 'Palvelut ja evästeet',
  cookieName: 'Eväste',
  cookiePurpose: 'Tarkoitus',
  cookieDuration: 'Kesto',
  cookieProvider: 'Palveluntarjoaja',
  reopen: 'Evästeasetukset',
  placeholder: '{service} tarvitsee suostumuksesi näihin evästeisiin: {category}.',
  placeholderGeneric: 'Tämä sisältö tarvitsee suostumuksesi näihin evästeisiin: {category}.',
  allow: 'Salli',
  allowService: 'Salli {service}',
  and: 'ja',
  gpc: 'Selaimesi lähettää Global Privacy Control -signaalin, joten nämä luokat pysyvät pois päältä, ellet itse ota niitä käyttöön: {categories}.',
  gpcHonoured: 'Kieltäytymispyyntöä noudatetaan',
  optOutDescription:
    'Me ja kumppanimme käytämme evästeitä sivuston toimintaan, sen käytön mittaamiseen ja kiinnostavien mainosten näyttämiseen. Osa tästä voidaan katsoa henkilötietojesi myymiseksi tai jakamiseksi. Voit kieltäytyä siitä milloin tahansa.',
  doNotSell: 'Älä myy tai jaa henkilötietojani',
  necessaryLabel: 'Välttämättömät',
  necessaryDescription:
    'Tarvitaan sivuston toimintaan, esimerkiksi kirjautumisen säilyttämiseen, ostoskorin muistamiseen ja sivuston suojaamiseen. Niitä ei voi poistaa käytöstä.',
  functionalLabel: 'Toiminnalliset',
  functionalDescription: 'Muistavat valintasi, kuten kielen, ja mahdollistavat toimintoja, kuten chatin.',
  analyticsLabel: 'Analytiikka',
  analyticsDescription: 'Auttavat meitä ymmärtämään, miten kävijät käyttävät sivustoa, jotta voimme parantaa sitä.',
  marketingLabel: 'Markkinointi',
  marketingDescription: 'Käytetään kiinnostavien tarjousten ja mainosten näyttämiseen tällä sivustolla ja muualla sekä niiden tehon mittaamiseen.',
};

export default texts;
