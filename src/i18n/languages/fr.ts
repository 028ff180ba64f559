import type { Texts } from '../texts.js';

/** French (fr). */
const texts: Texts = {
  languageName: "Français",
  title: "Les cookies sur ce site",
  description: "Nous utilisons des cookies et des technologies similaires. Certains sont nécessaires au fonctionnement du site. D'autres nous aident à comprendre comment le site est utilisé ou à vous montrer des offres pertinentes ; nous ne les utilisons qu'avec votre accord. Vous pouvez modifier votre choix à tout moment.",
  policyLink: "Politique de confidentialité",
  acceptAll: "Tout accepter",
  rejectAll: "Tout refuser",
  managePreferences: "Gérer mes préférences",
  preferencesTitle: "Préférences en matière de cookies",
  preferencesDescription: "Choisissez les cookies que nous pouvons utiliser. Les cookies strictement nécessaires sont toujours actifs, car le site ne peut pas fonctionner sans eux.",
  savePreferences: "Enregistrer mes préférences",
  saved: "Vos préférences en matière de cookies ont été enregistrées.",
  close: "Fermer",
  alwaysOn: "Toujours actifs",
  details: "Services et cookies",
  cookieName: "Cookie",
  cookiePurpose: "Finalité",
  cookieDuration: "Durée",
  cookieProvider: 'Fournisseur',
  reopen: "Paramètres des cookies",
  placeholder: "{service} a besoin de votre consentement pour la catégorie « {category} ».",
  placeholderGeneric: "Ce contenu a besoin de votre consentement pour la catégorie « {category} ».",
  allow: "Autoriser",
  gpc: "Votre navigateur envoie un signal Global Privacy Control. Ces catégories restent donc désactivées, sauf si vous les activez vous-même : {categories}.",
  gpcHonoured: 'Demande de refus respectée',
  necessaryLabel: "Strictement nécessaires",
  necessaryDescription: "Indispensables au fonctionnement du site, par exemple pour vous garder connecté, mémoriser votre panier et sécuriser le site. Ils ne peuvent pas être désactivés.",
  functionalLabel: "Fonctionnels",
  functionalDescription: "Mémorisent vos choix, comme votre langue, et permettent des fonctions comme le chat.",
  analyticsLabel: "Mesure d'audience",
  analyticsDescription: "Nous aident à comprendre comment les visiteurs utilisent le site, afin de l'améliorer.",
  marketingLabel: "Marketing",
  marketingDescription: "Servent à vous montrer des offres et des publicités pertinentes, sur ce site et ailleurs, et à mesurer leur efficacité.",
};

export default texts;
