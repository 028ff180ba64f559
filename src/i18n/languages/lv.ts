import type { Texts } from '../texts.js';

/** Latvian (lv). */
const texts: Texts = {
  languageName: "Latviešu",
  title: "Sīkdatnes šajā vietnē",
  description: "Mēs izmantojam sīkdatnes un līdzīgas tehnoloģijas. Dažas ir nepieciešamas vietnes darbībai. Citas palīdz mums saprast, kā vietne tiek izmantota, vai rādīt jums atbilstošus piedāvājumus – tās mēs izmantojam tikai ar jūsu piekrišanu. Savu izvēli varat mainīt jebkurā laikā.",
  policyLink: "Privātuma politika",
  acceptAll: "Pieņemt visas",
  rejectAll: "Noraidīt visas",
  managePreferences: "Pārvaldīt iestatījumus",
  preferencesTitle: "Sīkdatņu iestatījumi",
  preferencesDescription: "Izvēlieties, kuras sīkdatnes drīkstam izmantot. Obligātās sīkdatnes vienmēr ir ieslēgtas, jo bez tām vietne nedarbojas.",
  savePreferences: "Saglabāt iestatījumus",
  saved: "Jūsu sīkdatņu iestatījumi ir saglabāti.",
  close: "Aizvērt",
  alwaysOn: "Vienmēr ieslēgtas",
  details: "Pakalpojumi un sīkdatnes",
  cookieName: "Sīkdatne",
  cookiePurpose: "Nolūks",
  cookieDuration: "Glabāšanas ilgums",
  cookieProvider: 'Nodrošinātājs',
  reopen: "Sīkdatņu iestatījumi",
  placeholder: "Pakalpojumam {service} nepieciešama jūsu piekrišana kategorijai “{category}”.",
  placeholderGeneric: "Šim saturam nepieciešama jūsu piekrišana kategorijai “{category}”.",
  allow: "Atļaut",
  gpc: "Jūsu pārlūks sūta Global Privacy Control signālu, tāpēc šīs kategorijas paliek izslēgtas, ja vien jūs tās neieslēdzat pats: {categories}.",
  gpcHonoured: 'Atteikuma pieprasījums ievērots',
  necessaryLabel: "Obligātās",
  necessaryDescription: "Nepieciešamas vietnes darbībai, piemēram, lai jūs paliktu pieteicies, lai tiktu atcerēts jūsu grozs un vietne būtu droša. Tās nevar izslēgt.",
  functionalLabel: "Funkcionālās",
  functionalDescription: "Atceras jūsu izvēles, piemēram, valodu, un nodrošina tādas funkcijas kā tērzēšana.",
  analyticsLabel: "Analītikas",
  analyticsDescription: "Palīdz mums saprast, kā apmeklētāji izmanto vietni, lai mēs to varētu uzlabot.",
  marketingLabel: "Mārketinga",
  marketingDescription: "Tiek izmantotas, lai rādītu jums atbilstošus piedāvājumus un reklāmas šajā vietnē un citur un novērtētu to efektivitāti.",
};

export default texts;
