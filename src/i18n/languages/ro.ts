import type { Texts } from '../texts.js';

/** Romanian (ro). */
const texts: Texts = {
  title: 'Cookie-uri pe acest site',
  description:
    'Folosim cookie-uri pentru funcționarea site-ului și, doar cu acordul dumneavoastră, pentru a măsura utilizarea și a vă arăta oferte relevante. Vă puteți schimba alegerea oricând.',
  policyLink: 'Politica de confidențialitate',
  acceptAll: 'Acceptă toate',
  rejectAll: 'Respinge toate',
  managePreferences: 'Gestionează preferințele',
  preferencesTitle: 'Preferințe privind cookie-urile',
  preferencesDescription: 'Alegeți ce cookie-uri putem folosi. Cookie-urile strict necesare sunt mereu active, deoarece site-ul nu poate funcționa fără ele.',
  savePreferences: 'Salvează preferințele',
  saved: 'Preferințele privind cookie-urile au fost salvate.',
  close: 'Închide',
  closeWithoutSaving: 'Închide fără a salva',
  alwaysOn: 'Mereu active',
  details: 'Servicii și cookie-uri',
  cookieName: 'Cookie',
  cookiePurpose: 'Scop',
  cookieDuration: 'Durată',
  cookieProvider: 'Furnizor',
  reopen: 'Preferințe privind cookie-urile',
  placeholder: '{service} are nevoie de consimțământul dumneavoastră pentru aceste cookie-uri: {category}.',
  placeholderGeneric: 'Acest conținut are nevoie de consimțământul dumneavoastră pentru aceste cookie-uri: {category}.',
  allow: 'Permite',
  allowService: 'Permite {service}',
  and: 'și',
  gpc: 'Browserul dumneavoastră trimite un semnal Global Privacy Control, așa că aceste categorii rămân dezactivate dacă nu le activați dumneavoastră: {categories}.',
  gpcHonoured: 'Cererea de refuz este respectată',
  optOutDescription:
    'Noi și partenerii noștri folosim cookie-uri pentru funcționarea site-ului, pentru a măsura cum este folosit și pentru a afișa reclame relevante. O parte din acestea pot fi considerate vânzare sau partajare a informațiilor dumneavoastră personale. Puteți refuza oricând.',
  doNotSell: 'Nu vindeți și nu partajați informațiile mele personale',
  necessaryLabel: 'Strict necesare',
  necessaryDescription:
    'Necesare pentru funcționarea site-ului, de exemplu pentru a vă păstra autentificarea, a reține coșul de cumpărături și a proteja site-ul. Nu pot fi dezactivate.',
  functionalLabel: 'Funcționale',
  functionalDescription: 'Rețin alegerile dumneavoastră, cum ar fi limba, și permit funcții precum chatul.',
  analyticsLabel: 'Analiză',
  analyticsDescription: 'Ne ajută să înțelegem cum folosesc vizitatorii site-ul, ca să îl putem îmbunătăți.',
  marketingLabel: 'Marketing',
  marketingDescription: 'Sunt folosite pentru a vă arăta oferte și reclame relevante, pe acest site și în alte părți, și pentru a le măsura eficiența.',
};

export default texts;
