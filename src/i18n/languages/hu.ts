import type { Texts } from '../texts.js';

/** Hungarian (hu). */
const texts: Texts = {
  title: 'Sütik ezen a webhelyen',
  description:
    'Sütiket használunk a webhely működtetéséhez, és – csak az Ön hozzájárulásával – a használat méréséhez és releváns ajánlatok megjelenítéséhez. Döntését bármikor megváltoztathatja.',
  policyLink: 'Adatvédelmi tájékoztató',
  acceptAll: 'Összes elfogadása',
  rejectAll: 'Összes elutasítása',
  managePreferences: 'Beállítások kezelése',
  preferencesTitle: 'Sütibeállítások',
  preferencesDescription:
    'Válassza ki, mely sütiket használhatjuk. A feltétlenül szükséges sütik mindig be vannak kapcsolva, mert nélkülük a webhely nem működik.',
  savePreferences: 'Beállítások mentése',
  saved: 'A sütibeállításait mentettük.',
  close: 'Bezárás',
  closeWithoutSaving: 'Bezárás mentés nélkül',
  alwaysOn: 'Mindig aktív',
  details: 'Szolgáltatások és sütik',
  cookieName: 'Süti',
  cookiePurpose: 'Cél',
  cookieDuration: 'Időtartam',
  cookieProvider: 'Szolgáltató',
  reopen: 'Sütibeállítások',
  placeholder: 'A(z) {service} használatához hozzájárulása szükséges ezekhez a sütikhez: {category}.',
  placeholderGeneric: 'Ehhez a tartalomhoz hozzájárulása szükséges ezekhez a sütikhez: {category}.',
  allow: 'Engedélyezés',
  allowService: '{service} engedélyezése',
  and: 'és',
  gpc: 'Böngészője Global Privacy Control jelzést küld, ezért ezek a kategóriák kikapcsolva maradnak, amíg Ön be nem kapcsolja őket: {categories}.',
  gpcHonoured: 'Az elutasítási kérést figyelembe vettük',
  optOutDescription:
    'Mi és partnereink sütiket használunk a webhely működtetéséhez, használatának méréséhez és releváns hirdetések megjelenítéséhez. Ennek egy része a személyes adatai eladásának vagy megosztásának minősülhet. Ezt bármikor elutasíthatja.',
  doNotSell: 'Ne adják el és ne osszák meg a személyes adataimat',
  necessaryLabel: 'Feltétlenül szükséges',
  necessaryDescription:
    'A webhely működéséhez szükségesek, például a bejelentkezés megtartásához, a kosár megjegyzéséhez és a webhely védelméhez. Nem kapcsolhatók ki.',
  functionalLabel: 'Funkcionális',
  functionalDescription: 'Megjegyzik a választásait, például a nyelvet, és lehetővé teszik az olyan funkciókat, mint a csevegés.',
  analyticsLabel: 'Statisztikai',
  analyticsDescription: 'Segítenek megérteni, hogyan használják a látogatók a webhelyet, hogy fejleszthessük.',
  marketingLabel: 'Marketing',
  marketingDescription: 'Arra szolgálnak, hogy releváns ajánlatokat és hirdetéseket mutassanak Önnek ezen a webhelyen és máshol, és mérjék ezek hatékonyságát.',
};

export default texts;
