import type { Texts } from '../texts.js';

/** Italian (it). */
const texts: Texts = {
  languageName: "Italiano",
  title: "Cookie su questo sito",
  description: "Utilizziamo cookie e tecnologie simili. Alcuni sono necessari per il funzionamento del sito. Altri ci aiutano a capire come viene usato il sito o a mostrarti offerte pertinenti, e li usiamo solo se acconsenti. Puoi cambiare la tua scelta in qualsiasi momento.",
  policyLink: "Informativa sulla privacy",
  acceptAll: "Accetta tutti",
  rejectAll: "Rifiuta tutti",
  managePreferences: "Gestisci preferenze",
  preferencesTitle: "Preferenze sui cookie",
  preferencesDescription: "Scegli quali cookie possiamo usare. I cookie strettamente necessari sono sempre attivi, perché il sito non può funzionare senza di essi.",
  savePreferences: "Salva preferenze",
  saved: "Le tue preferenze sui cookie sono state salvate.",
  close: "Chiudi",
  alwaysOn: "Sempre attivi",
  details: "Servizi e cookie",
  cookieName: "Cookie",
  cookiePurpose: "Finalità",
  cookieDuration: "Durata",
  cookieProvider: 'Fornitore',
  reopen: "Impostazioni cookie",
  placeholder: "{service} richiede il tuo consenso per la categoria «{category}».",
  placeholderGeneric: "Questo contenuto richiede il tuo consenso per la categoria «{category}».",
  allow: "Consenti",
  gpc: "Il tuo browser invia un segnale Global Privacy Control, quindi queste categorie restano disattivate finché non le attivi tu: {categories}.",
  gpcHonoured: 'Richiesta di opposizione rispettata',
  necessaryLabel: "Strettamente necessari",
  necessaryDescription: "Servono al funzionamento del sito, ad esempio per mantenere l'accesso, ricordare il carrello e proteggere il sito. Non possono essere disattivati.",
  functionalLabel: "Funzionali",
  functionalDescription: "Ricordano le tue scelte, come la lingua, e abilitano funzioni come la chat.",
  analyticsLabel: "Statistiche",
  analyticsDescription: "Ci aiutano a capire come i visitatori usano il sito, per migliorarlo.",
  marketingLabel: "Marketing",
  marketingDescription: "Servono a mostrarti offerte e pubblicità pertinenti, su questo sito e altrove, e a misurarne l'efficacia.",
};

export default texts;
