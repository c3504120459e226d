import { formatNumber, plural } from './format.js';
import type { Messages } from './messages.js';

const n = (x: number) => formatNumber(x, 'fr');
/** "1 dossier", "2 dossiers". */
const count = (x: number, one: string, other: string) =>
  `${n(x)} ${plural('fr', x, { one, other })}`;
const guessed = (guess: string | undefined) => (guess ? ` Vouliez-vous dire « ${guess} » ?` : '');

export const fr: Messages = {
  colon: ' : ',
  englishOnly: "Certaines informations ne sont disponibles qu'en anglais pour le moment.",
  usage: {
    missingArgument: (name) => `Il manque une valeur : <${name}>.`,
    unknownCommand: (name) => `La commande « ${name} » n'existe pas.`,
    unknownOption: (name) => `L'option « ${name} » n'existe pas ici.`,
    requiredOption: (name) => `L'option « ${name} » est obligatoire.`,
    optionValueMissing: (name) => `« ${name} » demande une valeur.`,
    tooManyArguments: (expected, got) =>
      `Trop de valeurs : ${expected} attendue(s), ${got} reçue(s).`,
    didYouMean: (guess) => `Vouliez-vous dire « ${guess} » ?`,
    didYouMeanOneOf: (list) => `Vouliez-vous dire : ${list} ?`,
    help: (command) => `Aide : ${command}`,
    unexpected: (message) =>
      `erreur inattendue : ${message}\nMerci de signaler ce problème comme un bogue.`,
  },
  input: {
    unknownLanguage: (value, guess, list) =>
      `La langue « ${value} » n'existe pas.${guessed(guess)} Valeurs possibles : ${list}.`,
    unknownDevice: (value, guess, list) =>
      `L'appareil « ${value} » n'existe pas.${guessed(guess)} Valeurs possibles : ${list}.`,
    unknownEventKind: (value, guess, list) =>
      `Le type d'événement « ${value} » n'existe pas.${guessed(guess)} Types possibles : ${list}.`,
    unknownReplyKind: (value, guess, list) =>
      `Le type de réponse « ${value} » n'existe pas.${guessed(guess)} Valeurs possibles : ${list}.`,
    platformMissing: 'Veuillez indiquer la plateforme, par ex. « widerspruch text instagram ».',
    invalidDate: (option, value) =>
      `${option} : « ${value} » n'est pas une date valide. Écrivez-la sous la forme AAAA-MM-JJ, par ex. 2026-03-10.`,
    dateBeforeGdpr: (option, value) =>
      `${option} : la date ${value} est antérieure au 25 mai 2018, date d'entrée en application du RGPD. Vérifiez la date (AAAA-MM-JJ).`,
    dateInFuture: (option, value, today) =>
      `${option} : la date ${value} est dans le futur (nous sommes le ${today}).`,
    textTooLong: (option, length, limit) =>
      `${option} compte ${n(length)} caractères ; ${n(limit)} au plus sont possibles. Raccourcissez le texte.`,
    blank: (option, hint) => `${option} ne doit pas être vide. ${hint}`,
    accountHint: "Indiquez l'adresse e-mail ou le nom d'utilisateur du compte.",
    profileHint: 'Indiquez un nom, ou omettez --profile (le compte est alors le vôtre).',
    viaWithoutSubmitted:
      "--via indique comment l'opposition a été envoyée ; indiquez aussi le jour avec --submitted.",
    replyWithoutReplyReceived: '--reply va avec reply-received.',
    evidenceWithoutFile: 'evidence demande --file <chemin>.',
    viaWithoutSubmittedEvent:
      "--via va avec submitted : il indique comment l'opposition a été envoyée.",
    noteWithoutNote: 'note demande --note <texte>.',
    extensionBeforeSubmitted: (id) =>
      `Une prolongation du délai ne peut être enregistrée qu'une fois l'opposition enregistrée comme envoyée. Enregistrez d'abord l'envoi : widerspruch case event ${id} submitted --date AAAA-MM-JJ`,
    extensionOutOfRange: (earliest, latest, date) =>
      `--date : la nouvelle échéance doit se situer entre le ${earliest} et le ${latest} : après la fin du premier mois et au plus trois mois après la réception de votre opposition (article 12, paragraphe 3, du RGPD). ${date} est en dehors de cette période. Si l'entreprise a indiqué une date plus tardive, saisissez ${latest}. Si elle n'indique pas de date, omettez --date.`,
    evidenceType: (name, list) =>
      `« ${name} » ne peut pas être conservé comme preuve. Les fichiers possibles se terminent par ${list}. Enregistrez la preuve par exemple en PDF ou en capture d'écran.`,
    remindWhich: 'Quel dossier ? Indiquez un numéro de dossier, ou --all pour tous les dossiers.',
    remindEitherOr: 'Soit un numéro de dossier, soit --all, pas les deux.',
    notDays: (value) =>
      `« ${value} » n'est pas un nombre de jours. Indiquez un nombre entier, par ex. --days 90.`,
    catalogDirMissing: (dir) =>
      `Le dossier « ${dir} » n'existe pas. Indiquez avec --dir le dossier de données du catalogue.`,
    wholeNumber: (option, min, max, value) =>
      `${option} demande un nombre entier de ${min} à ${max}, pas « ${value} ».`,
    scanMissing: (path) =>
      `« ${path} » n'existe pas. Indiquez le chemin d'un fichier ZIP d'export ou d'un dossier d'export décompressé.`,
    scanNotAFile: (path) =>
      `« ${path} » n'est ni un fichier ni un dossier (mais par exemple un tube ou un périphérique). Indiquez un fichier ZIP d'export ou un dossier d'export décompressé.`,
    fileMissing: (path) => `Le fichier « ${path} » n'existe pas.`,
    fileIsLink: (path) => `« ${path} » est un lien symbolique. Indiquez le fichier lui-même.`,
    fileIsFolder: (path) => `« ${path} » est un dossier. Indiquez un fichier.`,
    fileNotRegular: (path) => `« ${path} » n'est pas un fichier ordinaire. Indiquez un fichier.`,
    idTooShort: (id) =>
      `Indiquez au moins 4 caractères du numéro de dossier (« ${id} » est trop court). Tous les dossiers : widerspruch case list`,
    idAmbiguous: (id) =>
      `« ${id} » correspond à plusieurs dossiers ; indiquez davantage de caractères du numéro.`,
    noReadableCase: (id, unreadable) =>
      `Il n'existe pas de dossier lisible « ${id} ». ${plural('fr', unreadable, { one: `${n(unreadable)} fiche enregistrée est endommagée`, other: `${n(unreadable)} fiches enregistrées sont endommagées` })} ; le dossier recherché est peut-être concerné. Tous les dossiers lisibles : widerspruch case list`,
    noCase: (id) =>
      `Il n'existe pas de dossier « ${id} ». Tous les dossiers : widerspruch case list`,
    deleteNeedsYes: (name, account, id) =>
      `case delete supprime définitivement le dossier ${name} · ${account}. Confirmez avec --yes : widerspruch case delete ${id} --yes (sauvegardez d'abord : widerspruch case export --out sauvegarde.json).`,
    passphraseNeeded:
      "Une sauvegarde chiffrée demande un mot de passe. Lancez la commande dans un terminal (il y est demandé) ou indiquez-le dans la variable d'environnement WIDERSPRUCH_PASSPHRASE.",
    cancelled: "Annulé ; rien n'a été modifié.",
    passphrasesDiffer: "Les deux mots de passe diffèrent ; rien n'a été écrit.",
    passphraseTooShort: (min) =>
      `Le mot de passe est trop court : ${min} caractères au moins. Sans lui, la sauvegarde ne pourra plus être ouverte ; conservez-le précieusement.`,
  },
  failure: {
    noStore: (path, source) =>
      `Il n'y a pas de base à l'emplacement ${path} (${STORE_SOURCE[source]}). Rien n'a été créé. Vérifiez le chemin ; une nouvelle base est créée par « widerspruch case add » ou « widerspruch case import ».`,
    storeUnopenable: (detail) =>
      `Impossible d'ouvrir la base : ${detail}. Choisissez un autre fichier avec --store.`,
    damagedCase: (id) =>
      `Le dossier enregistré ${id} est endommagé et illisible ; rien n'a été modifié. Sauvegardez les dossiers lisibles avec : widerspruch case export --skip-unreadable`,
    invalidRecord: (field, problem) =>
      `Non enregistré : la valeur ${field} ${problem}. Rien n'a été modifié ; raccourcissez-la ou corrigez-la.`,
    importTooLarge: (name) =>
      `« ${name} » dépasse 200 Mo et n'est donc certainement pas une sauvegarde de Widerspruch. Rien n'a été modifié.`,
    emptyOverFull: (out, cases) =>
      `Non écrit : la base ne contient aucun dossier, mais ${out} contient ${cases === undefined ? 'une sauvegarde chiffrée' : `une sauvegarde de ${count(cases, 'dossier', 'dossiers')}`}. Le fichier reste inchangé. Vérifiez --store ou WIDERSPRUCH_STORE ; pour le remplacer malgré tout par une sauvegarde vide : --force`,
    incompleteBackup: (unreadable, path) =>
      `${fr.backup.unreadable(unreadable, '')} ; la sauvegarde serait incomplète, rien n'a donc été écrit. Toutes les fiches restent dans ${path} (copiez ce fichier comme sauvegarde). Pour ne sauvegarder que les dossiers lisibles : widerspruch case export --skip-unreadable`,
    noDeadlineAll:
      "Aucun délai ne court pour vos dossiers lisibles (rien n'a été envoyé, ou tout a reçu une réponse).",
    noDeadlineOne:
      'Aucun délai ne court pour ce dossier (pas encore envoyé, ou réponse déjà reçue).',
    catalogHasErrors: (dir) =>
      `Le catalogue dans « ${dir} » contient des erreurs (voir ci-dessus) ; vérifiez-le avec « widerspruch catalog check --dir ».`,
    linksUnreachable: (x) =>
      `${plural('fr', x, { one: `${n(x)} adresse n'est pas joignable`, other: `${n(x)} adresses ne sont pas joignables` })}.`,
    cannotRead: (path, why) => `Impossible de lire « ${path} » : ${why}`,
    cannotWrite: (path, why, kept) =>
      `Impossible d'écrire « ${path} » : ${why}${kept ? ' Le fichier existant est inchangé.' : " Rien n'a été écrit."}`,
    why: {
      missingFolder: (folder) =>
        `le dossier « ${folder} » n'existe pas. Créez-le ou choisissez un autre chemin.`,
      notRegular:
        "ce n'est pas un fichier ordinaire (mais par exemple un tube). Indiquez un nom de fichier.",
      folder: "c'est un dossier. Indiquez un nom de fichier.",
      permission:
        "l'autorisation est refusée. Choisissez un autre emplacement, par ex. votre dossier personnel.",
      readOnly: 'le disque est en lecture seule. Choisissez un autre emplacement.',
      full: "le disque est plein. Libérez de l'espace ou choisissez un autre emplacement.",
      system: (code) => `le système signale ${code}.`,
    },
  },
  platforms: {
    status: {
      training: "entraîne l'IA avec les données des utilisateurs",
      announced: "entraînement de l'IA annoncé",
      paused: "entraînement de l'IA suspendu",
      'not-training': "n'entraîne pas l'IA avec les contenus des utilisateurs",
      unclear: 'incertain',
    },
    since: (date) => `depuis ${date}`,
    hint: 'Guide : widerspruch guide <plateforme>   Texte : widerspruch text <plateforme>',
  },
  guide: {
    uncertain: 'Incertain',
    text: "Votre texte d'opposition",
    verified: 'Informations à jour',
    quality: {
      sourced: 'tirées des sources, non vérifiées par nous',
      verified: 'vérifiées',
      tested: 'testées',
    },
    onlyLocale: {
      de: 'documenté uniquement avec les libellés de menu en allemand',
      en: 'documenté uniquement avec les libellés de menu en anglais',
    },
    onlyDevice: { desktop: 'documenté pour ordinateur', mobile: 'documenté pour smartphone' },
  },
  remedies: {
    heading: 'Tribunaux et actions collectives',
    other: "Autres procédures (hors entraînement de l'IA)",
    about: 'Objet',
    status: 'État',
    who: 'Qui peut se joindre',
    how: 'Comment se joindre',
    sources: 'Sources',
    notAdvice: 'Ceci ne constitue pas un conseil juridique.',
  },
  case: {
    letterName: {
      objection: "Courrier d'opposition",
      reminder: 'Relance',
      complaint: 'Réclamation',
      erasure: "Demande d'effacement",
      access: "Demande d'accès",
      dossier: 'Dossier récapitulatif',
    },
    groundsName: 'Nouvelle opposition avec motifs',
    groundsHint: '(les motifs au choix : widerspruch text --list-reasons)',
    ground: 'motif',
    againMark: '⚠ règles modifiées – à revérifier',
    againHint:
      'La plateforme a modifié ses règles après votre opposition. La marche à suivre : widerspruch case show <dossier>',
    empty:
      'Aucune opposition enregistrée pour le moment. Pour en ajouter une : widerspruch case add <plateforme> --account <compte> --submitted <date>',
    due: (date) => `échéance ${date}`,
    caseLabel: 'Dossier',
    stateLabel: 'État',
    sentOn: "Date d'envoi",
    dueOn: 'Échéance',
    request: (name, sentOn, dueOn, passed) =>
      `${name} envoyée le ${sentOn} : la réponse ${passed ? 'était attendue' : 'est attendue'} au plus tard le ${dueOn}`,
    requestPassedHint:
      ". Si aucune réponse n'est arrivée, vous pouvez introduire une réclamation auprès de l'autorité de contrôle (article 77 du RGPD).",
    checkAgain: 'À revérifier',
    nextStep: 'Prochaine étape :',
    recordIt: 'Pour enregistrer',
    lettersThatFit: 'Courriers adaptés :',
    fromDay: (day) => `à partir du ${day}`,
    timeline: 'Historique :',
    nothingDeleted: 'Rien supprimé.',
    deleted: (id) => `Supprimé : ${id}`,
    confirmDelete: (name, account, shortId) =>
      `Supprimer définitivement le dossier ${name} · ${account} (${shortId}) ?`,
    yes: 'Oui',
    no: 'Non',
    defaultProfile: 'Moi',
    recorded: (label, id) => `Enregistré : ${label} (dossier ${id})`,
    metaConfirmation: (id, day) =>
      `Cet e-mail ressemble à la confirmation de votre opposition par Meta. Pour l'enregistrer :\n  widerspruch case event ${id} confirmation-received --date ${day}`,
    saved: (path) => `Enregistré : ${path}`,
  },
  backup: {
    exported: (cases, out, encrypted, replaced) =>
      `${count(cases, 'dossier enregistré', 'dossiers enregistrés')} dans ${out}${encrypted ? ' (chiffré avec un mot de passe)' : ''}${replaced}`,
    replacedOther: ' ; le fichier existant a été remplacé',
    replacedEncrypted: ' ; remplace une sauvegarde chiffrée',
    replacedBackup: (cases) =>
      ` ; remplace une sauvegarde de ${count(cases, 'dossier', 'dossiers')}`,
    imported: (cases, people, evidence) =>
      `Importé : ${count(cases, 'dossier', 'dossiers')}, ${count(people, 'personne', 'personnes')}, ${count(evidence, 'preuve', 'preuves')}.`,
    notImported: (evidence, names) =>
      `Non importé : ${count(evidence, 'preuve', 'preuves')} sans dossier correspondant (${names}).`,
    unreadable: (x, list) => {
      const shown = list ? ` (${list})` : '';
      return plural('fr', x, {
        one: `${n(x)} fiche enregistrée${shown} est illisible`,
        other: `${n(x)} fiches enregistrées${shown} sont illisibles`,
      });
    },
    record: { case: 'dossier', profile: 'personne' },
    unreadableInList: (what, x) =>
      `Remarque : ${what} et ${plural('fr', x, { one: "n'est pas affichée ; elle est conservée sans changement", other: 'ne sont pas affichées ; elles sont conservées sans changement' })}.`,
    unreadableInExport: (what, x) =>
      `Attention : ${what} et ${plural('fr', x, { one: 'manque dans cette sauvegarde ; elle est conservée', other: 'manquent dans cette sauvegarde ; elles sont conservées' })} sans changement dans la base.`,
    unreadableInCalendar: (what, x) =>
      `Attention : ${what} ; ${plural('fr', x, { one: 'son échéance manque', other: 'leurs échéances manquent' })} dans ce fichier d'agenda. ${plural('fr', x, { one: 'Elle est conservée', other: 'Elles sont conservées' })} sans changement dans la base.`,
    passphraseFromEnv: "Mot de passe tiré de la variable d'environnement WIDERSPRUCH_PASSPHRASE.",
    passphrase: 'Mot de passe de la sauvegarde',
    passphraseAgain: 'Confirmez le mot de passe',
  },
  scan: {
    kinds: {
      post: 'publications',
      photo: 'photos',
      video: 'vidéos',
      comment: 'commentaires',
      story: 'stories',
      reel: 'reels',
      'group-post': 'publications de groupe',
      profile: 'profil',
      'by-others': "contenus d'autres personnes vous concernant",
    },
    exportTitle: (platform) => `Export ${platform}`,
    noContent: '(aucun contenu trouvé)',
    guideHint: (platform, id) =>
      `Comment vous opposer et ce que ${platform} utilise : widerspruch guide ${id}`,
    jsonHint: 'Chaque élément séparément : widerspruch scan … --json',
    incomplete: (files) =>
      `${plural('fr', files, { one: `${n(files)} fichier n'a pas pu être lu`, other: `${n(files)} fichiers n'ont pas pu être lus` })} – le résultat est incomplet. Il y a plus de contenus que ceux comptés ici :`,
    andMore: (x) => `… et ${n(x)} de plus`,
    records: (x) => `, ${count(x, 'entrée', 'entrées')}`,
    byYear: 'Par année',
    noDate: 'sans date',
    noOwn: 'Aucun contenu à vous trouvé.',
    own: (x) =>
      `${count(x, 'contenu', 'contenus')} à vous : ce qui en est public peut être utilisé pour entraîner l'IA ; une opposition ${plural('fr', x, { one: 'le', other: 'les' })} couvre, mais seulement pour l'avenir.`,
    byOthers: (x) =>
      `${plural('fr', x, { one: `${n(x)} contenu d'autres personnes (par ex. identifications) n'est pas couvert`, other: `${n(x)} contenus d'autres personnes (par ex. identifications) ne sont pas couverts` })} par votre opposition : demandez leur suppression ou utilisez le formulaire pour les tiers.`,
    training: (day, before, after) =>
      `Avant le début de l'entraînement (${day}) : ${n(before)} – probablement déjà utilisés. Après : ${n(after)} – protégés par votre opposition, si vous l'avez faite.`,
    audiences: {
      public: 'public',
      followers: 'abonnés seulement',
      connections: 'relations seulement',
      'only-me': 'vous seul(e) (archivé)',
    },
    visibilityUnknown: "L'export n'indique pas qui peut voir les éléments (visibilité inconnue).",
    unknown: 'inconnue',
    visibility: "Visibilité selon l'export",
    reading: 'Lecture',
  },
  links: {
    redirect: (url) => `redirection → ${url}`,
    broken: (detail) => `cassée (${detail})`,
    unreachable: (detail) => `injoignable (${detail})`,
    where: (places) => `dans ${places}`,
    summary: (checked, ok, redirected, broken, unreachable) =>
      `catalog links : ${n(checked)} vérifiées, ${n(ok)} en ordre, ${n(redirected)} redirigées, ${n(broken)} cassées, ${n(unreachable)} injoignables`,
  },
  stale: {
    none: (days, today) =>
      `Aucune information de plus de ${n(days)} jours (nous sommes le ${today}).`,
    row: (verified, ageDays) => `vérifié le ${verified}  il y a ${count(ageDays, 'jour', 'jours')}`,
    summary: (x, days, today) =>
      `${count(x, 'fiche', 'fiches')} avec des informations de plus de ${n(days)} jours (nous sommes le ${today}).`,
  },
  interactive: {
    intro: "Widerspruch – s'opposer à l'entraînement de l'IA sur vos données",
    about:
      "Cet assistant vous montre, pour chaque plateforme, la voie officielle pour vous opposer,\nrédige le texte et explique ce que l'opposition change et ne change pas.\nRien n'est envoyé. Seul ce que vous confirmez comme fait est conservé, sur cet appareil.\nCeci ne constitue pas un conseil juridique.",
    choose: 'Quels services utilisez-vous ? (espace : choisir, entrée : continuer)',
    device: 'Où souhaitez-vous faire opposition ?',
    devices: {
      desktop: 'Sur un ordinateur (dans le navigateur)',
      mobile: "Sur un smartphone (dans l'application)",
    },
    progress: (i, total, name) => `${name} (${i} sur ${total})`,
    addGrounds: 'Ajouter des motifs tenant à votre situation personnelle ? (facultatif)',
    grounds: "Quels motifs s'appliquent à vous ? (espace : choisir, entrée : continuer)",
    note: 'Vos propres mots (facultatif, entrée pour passer) :',
    textTitle: 'Votre texte à coller',
    sent: "Avez-vous envoyé l'opposition ?",
    sentYes: "Bien. Conservez l'e-mail de confirmation comme preuve.",
    settingDone: 'Avez-vous modifié le paramètre comme indiqué ?',
    recorded: (path) =>
      `Enregistré (widerspruch case list affiche tous les dossiers ; base : ${path}).`,
    sentLater: 'Aucun problème. Revenez quand vous voulez : widerspruch guide <plateforme>',
    more: "En savoir plus : effet de l'opposition, plusieurs comptes, contenus d'autres personnes ?",
    cancelled: "Annulé. Rien n'a été enregistré.",
    outro: "Terminé. Merci d'exercer vos droits.",
  },
};

const STORE_SOURCE: Readonly<Record<'option' | 'env' | 'xdg' | 'home', string>> = {
  option: 'indiqué avec --store',
  env: "tiré de la variable d'environnement WIDERSPRUCH_STORE",
  xdg: "l'emplacement par défaut sous XDG_DATA_HOME ; à changer avec --store ou WIDERSPRUCH_STORE",
  home: "l'emplacement par défaut dans le dossier personnel HOME ; à changer avec --store ou WIDERSPRUCH_STORE",
};
