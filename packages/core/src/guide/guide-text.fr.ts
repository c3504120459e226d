import type { GuideText } from './guide-text.js';

/** The guide wording in French. */
export const fr: GuideText = {
  device: { desktop: 'ordinateur', mobile: 'smartphone' },
  openForm: {
    title: 'Ouvrir le formulaire officiel',
    body: (p) => `Ouvrez le formulaire d’opposition de ${p}.`,
  },
  loginRequired: (p) =>
    `Le formulaire ne s’ouvre que si vous êtes connecté(e) à ${p} dans le même navigateur.`,
  alternates: 'D’autres adresses circulent pour ce même formulaire :',
  inApp: {
    title: 'Si le formulaire ne se charge pas : le chemin par les menus',
    titleNoForm: 'Le chemin par les menus',
    body: (d) => `Pour accéder au formulaire par les menus sur votre ${d} :`,
  },
  noRouteForDevice: (d, hasForm) =>
    hasForm
      ? `Aucun chemin par les menus n’est documenté sur ${d} ; utilisez-y le lien direct ci-dessus. Sur les autres appareils :`
      : `Aucun chemin par les menus n’est documenté sur ${d}. Sur les autres appareils :`,
  otherForm: {
    'ai-objection': 'Un autre formulaire pour vous opposer à l’entraînement de l’IA.',
    'general-objection': 'Un formulaire d’opposition général.',
    'data-rights':
      'Un formulaire général pour les demandes relatives à la protection des données. Rien n’établit qu’il soit utile contre l’entraînement de l’IA.',
    'third-party-data': 'Un formulaire pour les informations provenant d’autres sources.',
    'dpo-contact': 'Le formulaire de contact du délégué à la protection des données.',
  },
  otherLocale: {
    de: 'Un chemin n’est documenté qu’avec les libellés de menu en allemand ; votre application les affiche ainsi lorsqu’elle est réglée en allemand. Les libellés en français peuvent différer.',
    en: 'Un chemin n’est documenté qu’avec les libellés de menu en anglais ; votre application les affiche ainsi lorsqu’elle est réglée en anglais. Les libellés en français peuvent différer.',
  },
  enter: { title: 'Remplir et envoyer le formulaire' },
  enterEmail:
    'Indiquez votre adresse e-mail. La confirmation y sera envoyée ; conservez cet e-mail.',
  enterCountry: 'Choisissez votre pays de résidence si le formulaire le demande.',
  reasonOptional:
    'Un motif est facultatif : vous pouvez laisser le champ vide ou coller le texte préparé, si vous le souhaitez avec des raisons tenant à votre situation particulière (article 21, paragraphe 1, du RGPD).',
  reasonRequired: 'Un motif est obligatoire. Collez le texte préparé.',
  codeVaries:
    'Il arrive qu’un code de confirmation soit envoyé par e-mail ou qu’une nouvelle connexion soit demandée.',
  codeYes:
    'Un code de confirmation vous est ensuite envoyé par e-mail ; saisissez-le dans le formulaire.',
  requirementsUnknown:
    'Aucune source n’indique précisément ce que demande ce formulaire. Remplissez ce qui est demandé et collez le texte préparé.',
  after: {
    title: 'Après l’envoi',
    body: 'Conservez la confirmation : elle prouve que vous vous êtes opposé(e), et à quelle date.',
  },
  coverage: {
    title: 'Ce que l’opposition couvre et ce qu’elle ne couvre pas',
    covers: 'L’opposition s’applique à :',
    doesNot: 'Elle ne s’applique pas à :',
  },
  linkedAccounts: {
    title: 'Plusieurs comptes',
    uncertain:
      'En cas de doute, opposez-vous pour chaque compte séparément. Il n’est pas établi avec certitude qu’une seule opposition vaille pour tous les comptes liés.',
  },
  thirdParty: {
    title: 'Les contenus que d’autres publient sur vous',
    form: 'Formulaire pour les informations provenant d’autres sources :',
  },
  statusPosts: { title: 'Une publication « Je m’oppose » ne sert à rien' },
  goodToKnow: { title: 'Bon à savoir' },
  routeVia: {
    title: 'Quelle opposition s’applique ici',
    body: (n) => `Ce service n’a pas de voie d’opposition propre. Ce qui compte : ${n}.`,
  },
  letter: {
    title: 'Si rien de cela ne fonctionne : l’opposition par courrier',
    body: (c) => `Vous pouvez aussi adresser votre opposition par écrit à ${c} :`,
    onlyTitle: 'S’opposer par courrier',
    onlyBody: (c) =>
      `Aucun formulaire ni réglage n’est connu. Adressez votre opposition par écrit à ${c} ; Widerspruch rédige le courrier pour vous :`,
    noAddress:
      'Aucune adresse postale n’est documentée dans les sources. Elle figure généralement dans la politique de confidentialité de l’entreprise ; reportez-la à partir de celle-ci.',
  },
  noRoute: {
    title: 'Aucune voie d’opposition connue',
    body: 'Aucun moyen de s’opposer à l’utilisation par l’IA n’est connu à ce jour pour ce service.',
  },
  toggle: {
    title: 'Désactiver le réglage',
    titleOn: 'Activer le réglage de protection',
    bodyOn: (s, on) =>
      on
        ? `Vérifiez que le réglage « ${s} » est activé ; il protège vos contenus.`
        : `Activez le réglage « ${s} » ; il protège vos contenus et il est désactivé par défaut.`,
    body: (s, on) =>
      on
        ? `Désactivez le réglage « ${s} ». Il est activé par défaut.`
        : `Vérifiez que le réglage « ${s} » est désactivé.`,
    otherPath:
      'Aucun chemin n’est documenté pour votre appareil ou votre langue ; le chemin connu figure ci-dessous.',
  },
  email: {
    title: 'S’opposer par e-mail',
    body: 'Envoyez votre opposition à cette adresse. Widerspruch rédige le texte (dans l’application sous « Votre texte d’opposition », dans un terminal avec « widerspruch text »).',
  },
  notTraining: {
    title: 'Selon les sources, pas d’entraînement de l’IA sur vos contenus',
    body: (p) =>
      `Selon les sources examinées, ${p} n’entraîne pas d’IA sur les contenus de ses utilisateurs. Aucune opposition n’est nécessaire pour le moment ; Widerspruch vous le signalera si cela change.`,
  },
};
