import type { Texts } from '../texts.js';

/** Maltese (mt). */
const texts: Texts = {
  title: 'Cookies fuq dan is-sit',
  description:
    "Nużaw il-cookies biex is-sit jaħdem u, biss bil-kunsens tiegħek, biex inkejlu kif jintuża u nuruk offerti rilevanti. Tista' tibdel l-għażla tiegħek fi kwalunkwe ħin.",
  policyLink: 'Politika tal-privatezza',
  acceptAll: 'Aċċetta kollox',
  rejectAll: 'Irrifjuta kollox',
  managePreferences: 'Immaniġġja l-preferenzi',
  preferencesTitle: 'Preferenzi tal-cookies',
  preferencesDescription: 'Agħżel liema cookies nistgħu nużaw. Il-cookies strettament meħtieġa huma dejjem mixgħula, għax is-sit ma jistax jaħdem mingħajrhom.',
  savePreferences: 'Issejvja l-preferenzi',
  saved: 'Il-preferenzi tiegħek tal-cookies ġew issejvjati.',
  close: 'Agħlaq',
  closeWithoutSaving: 'Agħlaq mingħajr ma tissejvja',
  alwaysOn: 'Dejjem mixgħula',
  details: 'Servizzi u cookies',
  cookieName: 'Cookie',
  cookiePurpose: 'Skop',
  cookieDuration: "Tul ta' żmien",
  cookieProvider: 'Fornitur',
  reopen: 'Preferenzi tal-cookies',
  placeholder: '{service} jeħtieġ il-kunsens tiegħek għal dawn il-cookies: {category}.',
  placeholderGeneric: 'Dan il-kontenut jeħtieġ il-kunsens tiegħek għal dawn il-cookies: {category}.',
  allow: 'Ippermetti',
  allowService: 'Ippermetti {service}',
  and: 'u',
  gpc: 'Il-browser tiegħek jibgħat sinjal Global Privacy Control, għalhekk dawn il-kategoriji jibqgħu mitfija sakemm ma tixgħelhomx int: {categories}.',
  gpcHonoured: 'It-talba ta’ rifjut ġiet rispettata',
  optOutDescription:
    'Aħna u s-sħab tagħna nużaw cookies biex is-sit jaħdem, biex inkejlu kif jintuża u biex nuru reklami rilevanti. Parti minn dan tista’ titqies bħala bejgħ jew qsim tal-informazzjoni personali tiegħek. Tista’ tirrifjuta fi kwalunkwe ħin.',
  doNotSell: 'Tbigħx u Taqsamx l-Informazzjoni Personali Tiegħi',
  necessaryLabel: 'Strettament meħtieġa',
  necessaryDescription:
    "Meħtieġa biex is-sit jaħdem, pereżempju biex tibqa' fil-kont tiegħek, biex jiftakar il-basket tiegħek u biex is-sit ikun sigur. Ma jistgħux jintfew.",
  functionalLabel: 'Funzjonali',
  functionalDescription: 'Jiftakru l-għażliet tiegħek, bħal-lingwa, u jippermettu funzjonijiet bħaċ-chat.',
  analyticsLabel: 'Analitika',
  analyticsDescription: 'Jgħinuna nifhmu kif il-viżitaturi jużaw is-sit, biex inkunu nistgħu intejbuh.',
  marketingLabel: 'Marketing',
  marketingDescription: "Jintużaw biex juruk offerti u reklami rilevanti, fuq dan is-sit u x'imkien ieħor, u biex ikejlu kemm huma effettivi.",
};

export default texts;
