import type { Texts } from '../texts.js';

/** Irish (ga). */
const texts: Texts = {
  title: 'Fianáin ar an suíomh seo',
  description:
    'Úsáidimid fianáin chun an suíomh a rith agus, ach amháin má thoilíonn tú, chun a úsáid a thomhas agus tairiscintí ábhartha a thaispeáint duit. Is féidir leat do rogha a athrú am ar bith.',
  policyLink: 'Beartas príobháideachais',
  acceptAll: 'Glac le gach ceann',
  rejectAll: 'Diúltaigh do gach ceann',
  managePreferences: 'Bainistigh roghanna',
  preferencesTitle: 'Roghanna fianán',
  preferencesDescription:
    'Roghnaigh na fianáin is féidir linn a úsáid. Bíonn fianáin atá fíor-riachtanach ar siúl i gcónaí, mar ní féidir leis an suíomh oibriú gan iad.',
  savePreferences: 'Sábháil roghanna',
  saved: 'Sábháladh do roghanna fianán.',
  close: 'Dún',
  closeWithoutSaving: 'Dún gan sábháil',
  alwaysOn: 'Ar siúl i gcónaí',
  details: 'Seirbhísí agus fianáin',
  cookieName: 'Fianán',
  cookiePurpose: 'Cuspóir',
  cookieDuration: 'Fad',
  cookieProvider: 'Soláthraí',
  reopen: 'Roghanna fianán',
  placeholder: 'Teastaíonn do thoiliú ó {service} do na fianáin seo: {category}.',
  placeholderGeneric: 'Teastaíonn do thoiliú don ábhar seo do na fianáin seo: {category}.',
  allow: 'Ceadaigh',
  allowService: 'Ceadaigh {service}',
  and: 'agus',
  gpc: 'Seolann do bhrabhsálaí comhartha Global Privacy Control, mar sin fanfaidh na catagóirí seo múchta mura gcuireann tú féin ar siúl iad: {categories}.',
  gpcHonoured: 'Urramaíodh an t-iarratas diúltaithe',
  optOutDescription:
    'Úsáidimid féin agus ár gcomhpháirtithe fianáin chun an suíomh a rith, chun a úsáid a thomhas agus chun fógraí ábhartha a thaispeáint. D’fhéadfaí cuid de seo a mheas mar do chuid faisnéise pearsanta a dhíol nó a roinnt. Is féidir leat diúltú am ar bith.',
  doNotSell: 'Ná Díol ná Roinn Mo Chuid Faisnéise Pearsanta',
  necessaryLabel: 'Fíor-riachtanach',
  necessaryDescription:
    'Teastaíonn siad chun go n-oibreoidh an suíomh, mar shampla chun tú a choinneáil logáilte isteach, do chiseán a mheabhrú agus an suíomh a choinneáil slán. Ní féidir iad a mhúchadh.',
  functionalLabel: 'Feidhmiúil',
  functionalDescription: 'Meabhraíonn siad do roghanna, mar shampla do theanga, agus cumasaíonn siad gnéithe ar nós comhrá.',
  analyticsLabel: 'Anailísíocht',
  analyticsDescription: 'Cabhraíonn siad linn tuiscint a fháil ar conas a úsáideann cuairteoirí an suíomh, ionas gur féidir linn é a fheabhsú.',
  marketingLabel: 'Margaíocht',
  marketingDescription:
    'Úsáidtear iad chun tairiscintí agus fógraí ábhartha a thaispeáint duit, ar an suíomh seo agus in áiteanna eile, agus chun a n-éifeacht a thomhas.',
};

export default texts;
