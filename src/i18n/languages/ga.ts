import type { Texts } from '../texts.js';

/** Irish (ga). */
const texts: Texts = {
  languageName: "Gaeilge",
  title: "Fianáin ar an suíomh seo",
  description: "Úsáidimid fianáin agus teicneolaíochtaí cosúil leo. Tá cuid acu riachtanach chun go n-oibreoidh an suíomh. Cabhraíonn cinn eile linn tuiscint a fháil ar conas a úsáidtear an suíomh nó tairiscintí ábhartha a thaispeáint duit, agus ní úsáidimid iad sin ach amháin má thoilíonn tú. Is féidir leat do rogha a athrú am ar bith.",
  policyLink: "Beartas príobháideachais",
  acceptAll: "Glac le gach ceann",
  rejectAll: "Diúltaigh do gach ceann",
  managePreferences: "Bainistigh roghanna",
  preferencesTitle: "Roghanna fianán",
  preferencesDescription: "Roghnaigh na fianáin is féidir linn a úsáid. Bíonn fianáin atá fíor-riachtanach ar siúl i gcónaí, mar ní féidir leis an suíomh oibriú gan iad.",
  savePreferences: "Sábháil roghanna",
  saved: "Sábháladh do roghanna fianán.",
  close: "Dún",
  alwaysOn: "Ar siúl i gcónaí",
  details: "Seirbhísí agus fianáin",
  cookieName: "Fianán",
  cookiePurpose: "Cuspóir",
  cookieDuration: "Fad",
  cookieProvider: 'Soláthraí',
  reopen: "Socruithe fianán",
  placeholder: "Teastaíonn do thoiliú ó {service} don chatagóir “{category}”.",
  placeholderGeneric: "Teastaíonn do thoiliú don ábhar seo don chatagóir “{category}”.",
  allow: "Ceadaigh",
  gpc: "Seolann do bhrabhsálaí comhartha Global Privacy Control, mar sin fanfaidh na catagóirí seo múchta mura gcuireann tú féin ar siúl iad: {categories}.",
  gpcHonoured: 'Urramaíodh an t-iarratas diúltaithe',
  necessaryLabel: "Fíor-riachtanach",
  necessaryDescription: "Teastaíonn siad chun go n-oibreoidh an suíomh, mar shampla chun tú a choinneáil logáilte isteach, do chiseán a mheabhrú agus an suíomh a choinneáil slán. Ní féidir iad a mhúchadh.",
  functionalLabel: "Feidhmiúil",
  functionalDescription: "Meabhraíonn siad do roghanna, mar shampla do theanga, agus cumasaíonn siad gnéithe ar nós comhrá.",
  analyticsLabel: "Anailísíocht",
  analyticsDescription: "Cabhraíonn siad linn tuiscint a fháil ar conas a úsáideann cuairteoirí an suíomh, ionas gur féidir linn é a fheabhsú.",
  marketingLabel: "Margaíocht",
  marketingDescription: "Úsáidtear iad chun tairiscintí agus fógraí ábhartha a thaispeáint duit, ar an suíomh seo agus in áiteanna eile, agus chun a n-éifeacht a thomhas.",
};

export default texts;
