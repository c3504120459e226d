import type { HelpText } from './help-text.js';

export const fr: HelpText = {
  titles: {
    usage: 'Utilisation :',
    options: 'Options :',
    commands: 'Commandes :',
    arguments: 'Arguments :',
    globalOptions: 'Options générales :',
  },
  default: 'par défaut',
  choices: 'valeurs possibles',
  program:
    "S'opposer à l'entraînement de l'IA sur vos données : voies officielles, textes d'opposition et ce qu'ils couvrent.\nSans argument dans un terminal : un assistant qui vous guide.",
  version: 'afficher le numéro de version',
  help: "afficher l'aide de cette commande",
  helpCommand: "afficher l'aide d'une commande",
  lang: 'langue de la sortie : de, en, fr, es, it, nl ou pl (par défaut : selon LC_ALL, LC_MESSAGES ou LANG, sinon de)',
  json: 'sortie lisible par une machine (JSON)',
  platforms: 'lister les plateformes du catalogue',
  guide: "comment s'opposer auprès d'une plateforme, étape par étape",
  platformArg: 'identifiant de la plateforme, par ex. facebook ou instagram',
  device: 'desktop (ordinateur) ou mobile (smartphone)',
  sources: 'afficher la source de chaque information',
  text: "le texte d'opposition à coller dans le formulaire",
  reason: 'un motif tenant à votre situation (répétable) ; voir --list-reasons',
  note: 'vos propres mots sur votre situation',
  listReasons: 'lister les identifiants des motifs et quitter',
  catalog: 'travailler avec le catalogue des plateformes',
  catalogCheck: 'vérifier les fichiers du catalogue : structure, sources, dates et renvois',
  checkDir: 'le dossier de données du catalogue (par défaut : celui de ce dépôt)',
  checkTranslationsDir:
    'le dossier des traductions (par défaut : celui de ce dépôt ; aucun avec --dir)',
  checkTranslations:
    'lister les traductions manquantes, périmées et inconnues (de toutes les langues ou d’une seule)',
  catalogStale:
    'lister les fiches dont les informations ont été vérifiées pour la dernière fois il y a plus de N jours',
  days: 'limite d’ancienneté en jours',
  staleDir: 'le dossier de données du catalogue (par défaut : le catalogue fourni)',
  catalogLinks:
    'vérifier chaque adresse du catalogue (statut, redirections, délais dépassés) et en rendre compte',
  timeout: 'délai maximal par requête (ms)',
  concurrency: 'requêtes simultanées',
  only: 'ne vérifier que les adresses contenant ce texte',
  strict: 'terminer avec le code 1 si une adresse est cassée ou injoignable',
  scan: "ce que votre export (ZIP ou dossier décompressé) montre de vos contenus qu'une plateforme peut utiliser pour entraîner son IA",
  scanPaths:
    "fichiers ZIP ou dossiers d'export ; indiquez ensemble toutes les parties d'un export en plusieurs morceaux",
  store:
    'la base SQLite (par défaut : $XDG_DATA_HOME/widerspruch/store.sqlite ; variable WIDERSPRUCH_STORE)',
  case: 'vos oppositions : les enregistrer, les suivre et les sauvegarder',
  caseAdd: 'enregistrer une opposition ; le numéro du nouveau dossier figure sur la dernière ligne',
  casePlatformArg: 'identifiant de la plateforme, par ex. facebook',
  account: "le compte : adresse e-mail ou nom d'utilisateur",
  submitted: "le jour où vous avez envoyé l'opposition (AAAA-MM-JJ)",
  via: "comment vous l'avez envoyée ; web-form : le suivi attend l'e-mail de confirmation, pas un mois",
  profile: 'à qui appartient le compte (par défaut : à vous)',
  caseList: "tous les dossiers, les plus urgents d'abord",
  caseShow: 'un dossier : état, échéance et son mode de calcul, prochaine étape, historique',
  caseIdOrPrefix: 'numéro du dossier (ou son début, unique, d’au moins 4 caractères)',
  caseId: 'numéro du dossier',
  eventKind: "type d'événement",
  caseEvent: "enregistrer ce qui s'est passé : ",
  date: "le jour où c'est arrivé (AAAA-MM-JJ) ; pour deadline-extended, la nouvelle échéance",
  file: 'conserver un fichier comme preuve (.eml, .pdf, .png, .jpg, .jpeg, .webp, .txt ; 25 Mo au plus)',
  eventNote: 'une note',
  reply:
    'avec reply-received : accepted (acceptée), asks-for-reason (demande des motifs), asks-for-id (demande une preuve d’identité), rejected (refusée) ou other (autre)',
  eventVia:
    "avec submitted : comment vous l'avez envoyée ; web-form : le suivi attend l'e-mail de confirmation",
  caseDelete: 'supprimer un dossier (demande confirmation dans un terminal)',
  yes: 'supprimer sans demander (nécessaire hors d’un terminal)',
  caseExport:
    'tous les dossiers, personnes et preuves dans un seul fichier JSON portable (sortie standard ou --out)',
  exportOut: 'écrire dans un fichier (- pour la sortie standard)',
  force: 'remplacer une sauvegarde contenant des dossiers même par une sauvegarde vide',
  skipUnreadable:
    'écrire la sauvegarde même si certaines fiches enregistrées sont illisibles (elles sont omises)',
  encrypt:
    'protéger le fichier par un mot de passe (tiré de WIDERSPRUCH_PASSPHRASE si elle est définie, sinon demandé)',
  caseImport:
    "fusionner un fichier d'export (du terminal ou de l'application web) avec les dossiers enregistrés",
  importFile: "le fichier d'export",
  letter: "un courrier à partir d'un dossier : ",
  letterKind:
    'objection (opposition), reminder (relance), complaint (réclamation), erasure (effacement), access (accès) ou dossier',
  letterCase: 'le dossier dont traite le courrier',
  format: "text, eml ou pdf (par défaut : selon l'extension de --out, sinon text)",
  letterOut:
    'écrire dans un fichier (PDF : par défaut widerspruch-<type>-<plateforme>-<date>.pdf, jamais remplacé)',
  name: 'votre nom',
  address: 'votre adresse postale, lignes séparées par des virgules',
  email: 'votre adresse e-mail',
  saveSender: "retenir le nom, l'adresse et l'e-mail pour les courriers suivants",
  country:
    "votre pays de résidence (code ISO 3166, par ex. FR, BE) — détermine l'autorité pour une réclamation",
  region: 'en Allemagne : votre Land (par ex. HH, BY, NW)',
  letterReason: "un motif tenant à votre situation, pour le courrier d'opposition (répétable)",
  letterNote: "vos propres mots, pour le courrier d'opposition",
  record:
    "enregistrer l'événement correspondant dans le dossier et conserver le courrier comme preuve",
  letterLang:
    'plainte seulement : l’écrire dans cette langue, si l’autorité l’accepte (par défaut : la vôtre si elle l’accepte, sinon celle de l’autorité)',
  letterTranslation:
    'plainte dans une autre langue : afficher la même lettre dans votre langue, pour lecture seulement',
  remind:
    "un rappel d'agenda (.ics) pour les échéances d'un dossier, ou avec --all pour tous les dossiers",
  all: 'les échéances de tous les dossiers dans un seul fichier',
  ics: 'format iCalendar (RFC 5545), le seul format et donc celui par défaut',
  remindOut: 'écrire dans un fichier plutôt que sur la sortie standard',
};
