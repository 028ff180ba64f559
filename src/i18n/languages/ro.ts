import type { Texts } from '../texts.js';

/** Romanian (ro). */
const texts: Texts = {
  languageName: "Română",
  title: "Cookie-uri pe acest site",
  description: "Folosim cookie-uri și tehnologii similare. Unele sunt necesare pentru funcționarea site-ului. Altele ne ajută să înțelegem cum este folosit site-ul sau să vă arătăm oferte relevante, iar pe acestea le folosim doar cu acordul dumneavoastră. Vă puteți schimba alegerea oricând.",
  policyLink: "Politica de confidențialitate",
  acceptAll: "Acceptă toate",
  rejectAll: "Respinge toate",
  managePreferences: "Gestionează preferințele",
  preferencesTitle: "Preferințe privind cookie-urile",
  preferencesDescription: "Alegeți ce cookie-uri putem folosi. Cookie-urile strict necesare sunt mereu active, deoarece site-ul nu poate funcționa fără ele.",
  savePreferences: "Salvează preferințele",
  saved: "Preferințele privind cookie-urile au fost salvate.",
  close: "Închide",
  alwaysOn: "Mereu active",
  details: "Servicii și cookie-uri",
  cookieName: "Cookie",
  cookiePurpose: "Scop",
  cookieDuration: "Durată",
  cookieProvider: 'Furnizor',
  reopen: "Setări cookie-uri",
  placeholder: "{service} are nevoie de consimțământul dumneavoastră pentru categoria „{category}”.",
  placeholderGeneric: "Acest conținut are nevoie de consimțământul dumneavoastră pentru categoria „{category}”.",
  allow: "Permite",
  gpc: "Browserul dumneavoastră trimite un semnal Global Privacy Control, așa că aceste categorii rămân dezactivate dacă nu le activați dumneavoastră: {categories}.",
  gpcHonoured: 'Cererea de refuz este respectată',
  necessaryLabel: "Strict necesare",
  necessaryDescription: "Necesare pentru funcționarea site-ului, de exemplu pentru a vă menține conectat, a reține coșul de cumpărături și a proteja site-ul. Nu pot fi dezactivate.",
  functionalLabel: "Funcționale",
  functionalDescription: "Rețin alegerile dumneavoastră, cum ar fi limba, și permit funcții precum chatul.",
  analyticsLabel: "Analiză",
  analyticsDescription: "Ne ajută să înțelegem cum folosesc vizitatorii site-ul, ca să îl putem îmbunătăți.",
  marketingLabel: "Marketing",
  marketingDescription: "Sunt folosite pentru a vă arăta oferte și reclame relevante, pe acest site și în alte părți, și pentru a le măsura eficiența.",
};

export default texts;
