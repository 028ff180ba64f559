import type { Texts } from '../texts.js';

/** Hungarian (hu). */
const texts: Texts = {
  languageName: "Magyar",
  title: "Sütik ezen a webhelyen",
  description: "Sütiket és hasonló technológiákat használunk. Némelyikük a webhely működéséhez szükséges. Mások segítenek megérteni, hogyan használják a webhelyet, vagy releváns ajánlatokat mutatnak Önnek – ezeket csak az Ön hozzájárulásával használjuk. Döntését bármikor megváltoztathatja.",
  policyLink: "Adatvédelmi tájékoztató",
  acceptAll: "Összes elfogadása",
  rejectAll: "Összes elutasítása",
  managePreferences: "Beállítások kezelése",
  preferencesTitle: "Sütibeállítások",
  preferencesDescription: "Válassza ki, mely sütiket használhatjuk. A feltétlenül szükséges sütik mindig be vannak kapcsolva, mert nélkülük a webhely nem működik.",
  savePreferences: "Beállítások mentése",
  saved: "A sütibeállításait mentettük.",
  close: "Bezárás",
  alwaysOn: "Mindig aktív",
  details: "Szolgáltatások és sütik",
  cookieName: "Süti",
  cookiePurpose: "Cél",
  cookieDuration: "Időtartam",
  cookieProvider: 'Szolgáltató',
  reopen: "Sütibeállítások",
  placeholder: "A(z) {service} használatához hozzájárulás szükséges ebben a kategóriában: {category}.",
  placeholderGeneric: "Ehhez a tartalomhoz hozzájárulás szükséges ebben a kategóriában: {category}.",
  allow: "Engedélyezés",
  gpc: "Böngészője Global Privacy Control jelzést küld, ezért ezek a kategóriák kikapcsolva maradnak, amíg Ön be nem kapcsolja őket: {categories}.",
  gpcHonoured: 'Az elutasítási kérést figyelembe vettük',
  necessaryLabel: "Feltétlenül szükséges",
  necessaryDescription: "A webhely működéséhez szükségesek, például a bejelentkezés megtartásához, a kosár megjegyzéséhez és a webhely védelméhez. Nem kapcsolhatók ki.",
  functionalLabel: "Funkcionális",
  functionalDescription: "Megjegyzik a választásait, például a nyelvet, és lehetővé teszik az olyan funkciókat, mint a csevegés.",
  analyticsLabel: "Statisztikai",
  analyticsDescription: "Segítenek megérteni, hogyan használják a látogatók a webhelyet, hogy fejleszthessük.",
  marketingLabel: "Marketing",
  marketingDescription: "Arra szolgálnak, hogy releváns ajánlatokat és hirdetéseket mutassanak Önnek ezen a webhelyen és máshol, és mérjék ezek hatékonyságát.",
};

export default texts;
