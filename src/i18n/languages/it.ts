import type { Texts } from '../texts.js';

/** Italian (it). */
const texts: Texts = {
  title: 'Cookie su questo sito',
  description:
    "Utilizziamo i cookie per far funzionare questo sito e, solo se acconsenti, per misurarne l'uso e mostrarti offerte pertinenti. Puoi cambiare la tua scelta in qualsiasi momento.",
  policyLink: 'Informativa sulla privacy',
  acceptAll: 'Accetta tutti',
  rejectAll: 'Rifiuta tutti',
  managePreferences: 'Gestisci preferenze',
  preferencesTitle: 'Preferenze sui cookie',
  preferencesDescription:
    'Scegli quali cookie possiamo usare. I cookie strettamente necessari sono sempre attivi, perché il sito non può funzionare senza di essi.',
  savePreferences: 'Salva preferenze',
  saved: 'Le tue preferenze sui cookie sono state salvate.',
  close: 'Chiudi',
  closeWithoutSaving: 'Chiudi senza salvare',
  alwaysOn: 'Sempre attivi',
  details: 'Servizi e cookie',
  cookieName: 'Cookie',
  cookiePurpose: 'Finalità',
  cookieDuration: 'Durata',
  cookieProvider: 'Fornitore',
  reopen: 'Preferenze sui cookie',
  placeholder: '{service} richiede il tuo consenso per questi cookie: {category}.',
  placeholderGeneric: 'Questo contenuto richiede il tuo consenso per questi cookie: {category}.',
  allow: 'Consenti',
  allowService: 'Consenti {service}',
  and: 'e',
  gpc: 'Il tuo browser invia un segnale Global Privacy Control, quindi queste categorie restano disattivate finché non le attivi tu: {categories}.',
  gpcHonoured: 'Richiesta di opposizione rispettata',
  optOutDescription:
    "Noi e i nostri partner utilizziamo cookie per far funzionare il sito, misurarne l'uso e mostrarti annunci pertinenti. Parte di ciò può costituire una vendita o una condivisione delle tue informazioni personali. Puoi opporti in qualsiasi momento.",
  doNotSell: 'Non vendere né condividere le mie informazioni personali',
  necessaryLabel: 'Strettamente necessari',
  necessaryDescription:
    "Servono al funzionamento del sito, ad esempio per mantenere l'accesso, ricordare il carrello e proteggere il sito. Non possono essere disattivati.",
  functionalLabel: 'Funzionali',
  functionalDescription: 'Ricordano le tue scelte, come la lingua, e abilitano funzioni come la chat.',
  analyticsLabel: 'Statistiche',
  analyticsDescription: 'Ci aiutano a capire come i visitatori usano il sito, per migliorarlo.',
  marketingLabel: 'Marketing',
  marketingDescription: "Servono a mostrarti offerte e pubblicità pertinenti, su questo sito e altrove, e a misurarne l'efficacia.",
};

export default texts;
