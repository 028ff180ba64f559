import type { Texts } from '../texts.js';

/** Latvian (lv). */
const texts: Texts = {
  title: 'Sīkdatnes šajā vietnē',
  description:
    'Mēs izmantojam sīkdatnes vietnes darbībai un – tikai ar jūsu piekrišanu – tās lietojuma mērīšanai un atbilstošu piedāvājumu rādīšanai. Savu izvēli varat mainīt jebkurā laikā.',
  policyLink: 'Privātuma politika',
  acceptAll: 'Pieņemt visas',
  rejectAll: 'Noraidīt visas',
  managePreferences: 'Pārvaldīt iestatījumus',
  preferencesTitle: 'Sīkdatņu iestatījumi',
  preferencesDescription:
    'Izvēlieties, kuras sīkdatnes drīkstam izmantot. Noteikti nepieciešamās sīkdatnes vienmēr ir ieslēgtas, jo bez tām vietne nedarbojas.',
  savePreferences: 'Saglabāt iestatījumus',
  saved: 'Jūsu sīkdatņu iestatījumi ir saglabāti.',
  close: 'Aizvērt',
  closeWithoutSaving: 'Aizvērt, nesaglabājot',
  alwaysOn: 'Vienmēr ieslēgtas',
  details: 'Pakalpojumi un sīkdatnes',
  cookieName: 'Sīkdatne',
  cookiePurpose: 'Nolūks',
  cookieDuration: 'Glabāšanas ilgums',
  cookieProvider: 'Nodrošinātājs',
  reopen: 'Sīkdatņu iestatījumi',
  placeholder: 'Pakalpojumam {service} nepieciešama jūsu piekrišana šīm sīkdatnēm: {category}.',
  placeholderGeneric: 'Šim saturam nepieciešama jūsu piekrišana šīm sīkdatnēm: {category}.',
  allow: 'Atļaut',
  allowService: 'Atļaut {service}',
  and: 'un',
  gpc: 'Jūsu pārlūks sūta Global Privacy Control signālu, tāpēc šīs kategorijas paliek izslēgtas, ja vien jūs tās neieslēdzat paši: {categories}.',
  gpcHonoured: 'Atteikuma pieprasījums ievērots',
  optOutDescription:
    'Mēs un mūsu partneri izmantojam sīkdatnes vietnes darbībai, tās lietojuma mērīšanai un atbilstošu reklāmu rādīšanai. Daļa no tā var tikt uzskatīta par jūsu personiskās informācijas pārdošanu vai kopīgošanu. Jūs jebkurā laikā varat no tā atteikties.',
  doNotSell: 'Nepārdot un nekopīgot manu personisko informāciju',
  necessaryLabel: 'Noteikti nepieciešamās',
  necessaryDescription:
    'Nepieciešamas vietnes darbībai, piemēram, lai jūs paliktu pieteikušies, lai tiktu atcerēts jūsu grozs un vietne būtu droša. Tās nevar izslēgt.',
  functionalLabel: 'Funkcionālās',
  functionalDescription: 'Atceras jūsu izvēles, piemēram, valodu, un nodrošina tādas funkcijas kā tērzēšana.',
  analyticsLabel: 'Analītiskās',
  analyticsDescription: 'Palīdz mums saprast, kā apmeklētāji izmanto vietni, lai mēs to varētu uzlabot.',
  marketingLabel: 'Mārketinga sīkdatnes',
  marketingDescription: 'Tiek izmantotas, lai rādītu jums atbilstošus piedāvājumus un reklāmas šajā vietnē un citur un novērtētu to efektivitāti.',
};

export default texts;
