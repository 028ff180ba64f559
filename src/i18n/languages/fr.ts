import type { Texts } from '../texts.js';

/** French (fr). */
const texts: Texts = {
  title: 'Les cookies sur ce site',
  description:
    'Nous utilisons des cookies pour faire fonctionner ce site et, seulement avec votre accord, pour mesurer son utilisation et vous montrer des offres pertinentes. Vous pouvez modifier votre choix à tout moment.',
  policyLink: 'Politique de confidentialité',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  managePreferences: 'Gérer mes préférences',
  preferencesTitle: 'Préférences en matière de cookies',
  preferencesDescription:
    'Choisissez les cookies que nous pouvons utiliser. Les cookies strictement nécessaires sont toujours actifs, car le site ne peut pas fonctionner sans eux.',
  savePreferences: 'Enregistrer mes préférences',
  saved: 'Vos préférences en matière de cookies ont été enregistrées.',
  close: 'Fermer',
  closeWithoutSaving: 'Fermer sans enregistrer',
  alwaysOn: 'Toujours actifs',
  details: 'Services et cookies',
  cookieName: 'Cookie',
  cookiePurpose: 'Finalité',
  cookieDuration: 'Durée',
  cookieProvider: 'Fournisseur',
  reopen: 'Préférences en matière de cookies',
  placeholder: '{service} a besoin de votre consentement pour ces cookies : {category}.',
  placeholderGeneric: 'Ce contenu a besoin de votre consentement pour ces cookies : {category}.',
  allow: 'Autoriser',
  allowService: 'Autoriser {service}',
  and: 'et',
  gpc: 'Votre navigateur envoie un signal Global Privacy Control. Ces catégories restent donc désactivées, sauf si vous les activez vous-même : {categories}.',
  gpcHonoured: 'Demande de refus respectée',
  optOutDescription:
    'Nos partenaires et nous utilisons des cookies pour faire fonctionner le site, mesurer son utilisation et afficher des publicités pertinentes. Une partie de ces usages peut constituer une vente ou un partage de vos informations personnelles. Vous pouvez vous y opposer à tout moment.',
  doNotSell: 'Ne pas vendre ni partager mes informations personnelles',
  necessaryLabel: 'Strictement nécessaires',
  necessaryDescription:
    'Indispensables au fonctionnement du site, par exemple pour maintenir votre connexion, mémoriser votre panier et sécuriser le site. Ils ne peuvent pas être désactivés.',
  functionalLabel: 'Fonctionnels',
  functionalDescription: 'Mémorisent vos choix, comme votre langue, et permettent des fonctions comme le chat.',
  analyticsLabel: "Mesure d'audience",
  analyticsDescription: "Nous aident à comprendre comment les visiteurs utilisent le site, afin de l'améliorer.",
  marketingLabel: 'Marketing',
  marketingDescription: 'Servent à vous montrer des offres et des publicités pertinentes, sur ce site et ailleurs, et à mesurer leur efficacité.',
};

export default texts;
