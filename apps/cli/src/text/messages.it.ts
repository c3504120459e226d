import { formatNumber, plural } from './format.js';
import type { Messages } from './messages.js';

const n = (x: number) => formatNumber(x, 'it');
/** "1 pratica", "2 pratiche". */
const count = (x: number, one: string, other: string) =>
  `${n(x)} ${plural('it', x, { one, other })}`;
const guessed = (guess: string | undefined) => (guess ? ` Forse si intendeva «${guess}»?` : '');

export const it: Messages = {
  colon: ': ',
  englishOnly: 'Alcune informazioni sono per ora disponibili solo in inglese.',
  usage: {
    missingArgument: (name) => `Manca un valore: <${name}>.`,
    unknownCommand: (name) => `Il comando «${name}» non esiste.`,
    unknownOption: (name) => `L'opzione «${name}» qui non esiste.`,
    requiredOption: (name) => `L'opzione «${name}» è obbligatoria.`,
    optionValueMissing: (name) => `«${name}» richiede un valore.`,
    tooManyArguments: (expected, got) => `Troppi valori: attesi ${expected}, ricevuti ${got}.`,
    didYouMean: (guess) => `Forse si intendeva «${guess}»?`,
    didYouMeanOneOf: (list) => `Forse si intendeva uno di questi: ${list}?`,
    help: (command) => `Guida: ${command}`,
    unexpected: (message) =>
      `errore imprevisto: ${message}\nSi prega di segnalarlo come errore del programma.`,
  },
  input: {
    unknownLanguage: (value, guess, list) =>
      `La lingua «${value}» non esiste.${guessed(guess)} Valori possibili: ${list}.`,
    unknownDevice: (value, guess, list) =>
      `Il dispositivo «${value}» non esiste.${guessed(guess)} Valori possibili: ${list}.`,
    unknownEventKind: (value, guess, list) =>
      `Il tipo di evento «${value}» non esiste.${guessed(guess)} Tipi possibili: ${list}.`,
    unknownReplyKind: (value, guess, list) =>
      `Il tipo di risposta «${value}» non esiste.${guessed(guess)} Valori possibili: ${list}.`,
    platformMissing: 'Indicare la piattaforma, ad es. «widerspruch text instagram».',
    invalidDate: (option, value) =>
      `${option}: «${value}» non è una data valida. Scriverla come AAAA-MM-GG, ad es. 2026-03-10.`,
    dateBeforeGdpr: (option, value) =>
      `${option}: la data ${value} è anteriore al 25 maggio 2018, da quando si applica il RGPD. Verificare la data (AAAA-MM-GG).`,
    dateInFuture: (option, value, today) =>
      `${option}: la data ${value} è nel futuro (oggi è il ${today}).`,
    textTooLong: (option, length, limit) =>
      `${option} è lungo ${n(length)} caratteri; al massimo ne sono ammessi ${n(limit)}. Accorciare il testo.`,
    blank: (option, hint) => `${option} non può essere vuoto. ${hint}`,
    accountHint: "Indicare l'indirizzo e-mail o il nome utente dell'account.",
    profileHint: "Indicare un nome, oppure omettere --profile (l'account è allora il proprio).",
    viaWithoutSubmitted:
      "--via indica come è stata inviata l'opposizione; indicare anche il giorno con --submitted.",
    replyWithoutReplyReceived: '--reply va con reply-received.',
    evidenceWithoutFile: 'evidence richiede --file <percorso>.',
    viaWithoutSubmittedEvent: "--via va con submitted: indica come è stata inviata l'opposizione.",
    noteWithoutNote: 'note richiede --note <testo>.',
    extensionBeforeSubmitted: (id) =>
      `Una proroga del termine si può registrare solo quando l'opposizione risulta inviata. Registrare prima l'invio: widerspruch case event ${id} submitted --date AAAA-MM-GG`,
    extensionOutOfRange: (earliest, latest, date) =>
      `--date: la nuova scadenza deve essere compresa tra ${earliest} e ${latest}: dopo la fine del primo mese e al massimo tre mesi dopo il ricevimento dell'opposizione (articolo 12, paragrafo 3, del RGPD). ${date} è fuori da questo periodo. Se l'azienda ha indicato una data successiva, inserire ${latest}. Se non indica alcuna data, omettere --date.`,
    evidenceType: (name, list) =>
      `«${name}» non può essere conservato come prova. Sono ammessi file con estensione ${list}. Salvare la prova, ad esempio, come PDF o come schermata.`,
    remindWhich: 'Quale pratica? Indicare un numero di pratica oppure --all per tutte le pratiche.',
    remindEitherOr: 'O un numero di pratica o --all, non entrambi.',
    notDays: (value) =>
      `«${value}» non è un numero di giorni. Indicare un numero intero, ad es. --days 90.`,
    catalogDirMissing: (dir) =>
      `La cartella «${dir}» non esiste. Indicare con --dir la cartella dati del catalogo.`,
    wholeNumber: (option, min, max, value) =>
      `${option} richiede un numero intero da ${min} a ${max}, non «${value}».`,
    scanMissing: (path) =>
      `«${path}» non esiste. Indicare il percorso di un file ZIP di esportazione o di una cartella di esportazione estratta.`,
    scanNotAFile: (path) =>
      `«${path}» non è né un file né una cartella (ma ad esempio una pipe o un dispositivo). Indicare un file ZIP di esportazione o una cartella di esportazione estratta.`,
    fileMissing: (path) => `Il file «${path}» non esiste.`,
    fileIsLink: (path) => `«${path}» è un collegamento simbolico. Indicare il file stesso.`,
    fileIsFolder: (path) => `«${path}» è una cartella. Indicare un file.`,
    fileNotRegular: (path) => `«${path}» non è un file ordinario. Indicare un file.`,
    idTooShort: (id) =>
      `Indicare almeno 4 caratteri del numero di pratica («${id}» è troppo corto). Tutte le pratiche: widerspruch case list`,
    idAmbiguous: (id) => `«${id}» corrisponde a più pratiche; indicare più caratteri del numero.`,
    noReadableCase: (id, unreadable) =>
      `Non esiste una pratica leggibile «${id}». ${plural('it', unreadable, { one: `${n(unreadable)} voce salvata è danneggiata`, other: `${n(unreadable)} voci salvate sono danneggiate` })}; forse riguarda la pratica cercata. Tutte le pratiche leggibili: widerspruch case list`,
    noCase: (id) => `Non esiste una pratica «${id}». Tutte le pratiche: widerspruch case list`,
    deleteNeedsYes: (name, account, id) =>
      `case delete elimina definitivamente la pratica ${name} · ${account}. Confermare con --yes: widerspruch case delete ${id} --yes (prima fare un backup: widerspruch case export --out backup.json).`,
    passphraseNeeded:
      "Un backup cifrato richiede una password. Eseguire il comando in un terminale (dove viene chiesta) o indicarla nella variabile d'ambiente WIDERSPRUCH_PASSPHRASE.",
    cancelled: 'Annullato; non è stato modificato nulla.',
    passphrasesDiffer: 'Le due password non coincidono; non è stato scritto nulla.',
    passphraseTooShort: (min) =>
      `La password è troppo corta: almeno ${min} caratteri. Senza di essa il backup non potrà più essere aperto; conservarla con cura.`,
  },
  failure: {
    noStore: (path, source) =>
      `In ${path} non c'è alcun archivio (${STORE_SOURCE[source]}). Non è stato creato nulla. Verificare il percorso; un nuovo archivio si crea con «widerspruch case add» o «widerspruch case import».`,
    storeUnopenable: (detail) =>
      `Impossibile aprire l'archivio: ${detail}. Scegliere un altro file con --store.`,
    damagedCase: (id) =>
      `La pratica salvata ${id} è danneggiata e non si può leggere; non è stato modificato nulla. Fare un backup delle pratiche leggibili con: widerspruch case export --skip-unreadable`,
    invalidRecord: (field, problem) =>
      `Non salvato: il valore ${field} ${problem}. Non è stato modificato nulla; accorciarlo o correggerlo.`,
    importTooLarge: (name) =>
      `«${name}» supera i 200 MB, quindi non è certamente un backup di Widerspruch. Non è stato modificato nulla.`,
    emptyOverFull: (out, cases) =>
      `Non scritto: l'archivio non contiene pratiche, ma ${out} contiene ${cases === undefined ? 'un backup cifrato' : `un backup con ${count(cases, 'pratica', 'pratiche')}`}. Il file resta invariato. Verificare --store o WIDERSPRUCH_STORE; per sostituirlo comunque con un backup vuoto: --force`,
    incompleteBackup: (unreadable, path) =>
      `${it.backup.unreadable(unreadable, '')}; il backup sarebbe incompleto, perciò non è stato scritto nulla. Tutte le voci restano in ${path} (copiare quel file come backup). Per salvare solo le pratiche leggibili: widerspruch case export --skip-unreadable`,
    noDeadlineAll:
      'Per nessuna delle pratiche leggibili è in corso una scadenza (nulla inviato o tutto ha avuto risposta).',
    noDeadlineOne:
      'Per questa pratica non è in corso alcuna scadenza (non ancora inviata o già con risposta).',
    catalogHasErrors: (dir) =>
      `Il catalogo in «${dir}» contiene errori (vedi sopra); verificarlo con «widerspruch catalog check --dir».`,
    linksUnreachable: (x) =>
      `${plural('it', x, { one: `${n(x)} indirizzo non è raggiungibile`, other: `${n(x)} indirizzi non sono raggiungibili` })}.`,
    cannotRead: (path, why) => `Impossibile leggere «${path}»: ${why}`,
    cannotWrite: (path, why, kept) =>
      `Impossibile scrivere «${path}»: ${why}${kept ? ' Il file esistente è invariato.' : ' Non è stato scritto nulla.'}`,
    why: {
      missingFolder: (folder) =>
        `la cartella «${folder}» non esiste. Crearla o scegliere un altro percorso.`,
      notRegular: 'non è un file ordinario (ma ad esempio una pipe). Indicare un nome di file.',
      folder: 'è una cartella. Indicare un nome di file.',
      permission:
        'autorizzazione negata. Scegliere un altro percorso, ad esempio la propria cartella utente.',
      readOnly: "l'unità è di sola lettura. Scegliere un altro percorso.",
      full: "l'unità è piena. Liberare spazio o scegliere un altro percorso.",
      system: (code) => `il sistema segnala ${code}.`,
    },
  },
  platforms: {
    status: {
      training: "addestra l'IA con i dati degli utenti",
      announced: "addestramento dell'IA annunciato",
      paused: "addestramento dell'IA sospeso",
      'not-training': 'non addestra con i contenuti degli utenti',
      unclear: 'non chiaro',
    },
    since: (date) => `dal ${date}`,
    hint: 'Guida: widerspruch guide <piattaforma>   Testo: widerspruch text <piattaforma>',
  },
  guide: {
    uncertain: 'Incerto',
    text: "Il testo dell'opposizione",
    verified: 'Informazioni aggiornate',
    quality: {
      sourced: 'tratte dalle fonti, non verificate da noi',
      verified: 'verificate',
      tested: 'provate',
    },
    onlyLocale: {
      de: 'documentato solo con le voci di menu in tedesco',
      en: 'documentato solo con le voci di menu in inglese',
    },
    onlyDevice: { desktop: 'documentato per computer', mobile: 'documentato per smartphone' },
  },
  remedies: {
    heading: 'Tribunali e azioni collettive',
    other: "Altri procedimenti (non sull'addestramento dell'IA)",
    about: 'Di che cosa si tratta',
    status: 'Stato',
    who: 'Chi può aderire',
    how: 'Come aderire',
    sources: 'Fonti',
    notAdvice: 'Non costituisce consulenza legale.',
  },
  case: {
    letterName: {
      objection: 'Lettera di opposizione',
      reminder: 'Sollecito',
      complaint: 'Reclamo',
      erasure: 'Richiesta di cancellazione',
      access: 'Richiesta di accesso',
      dossier: 'Dossier',
    },
    groundsName: 'Nuova opposizione con motivi',
    groundsHint: '(i motivi tra cui scegliere: widerspruch text --list-reasons)',
    ground: 'motivo',
    againMark: '⚠ regole cambiate – ricontrollare',
    againHint:
      "La piattaforma ha cambiato le proprie regole dopo l'opposizione. Che cosa fare lo mostra: widerspruch case show <pratica>",
    empty:
      'Nessuna opposizione ancora salvata. Per aggiungerne una: widerspruch case add <piattaforma> --account <account> --submitted <data>',
    due: (date) => `scadenza ${date}`,
    caseLabel: 'Pratica',
    stateLabel: 'Stato',
    sentOn: 'Data di invio',
    dueOn: 'Scadenza',
    request: (name, sentOn, dueOn, passed) =>
      `${name} inviata il ${sentOn}: la risposta ${passed ? 'era dovuta' : 'è dovuta'} entro il ${dueOn}`,
    requestPassedHint:
      ". Se non è arrivata, è possibile proporre reclamo all'autorità di controllo (articolo 77 del RGPD).",
    checkAgain: 'Ricontrollare',
    nextStep: 'Passo successivo:',
    recordIt: 'Per registrarlo',
    lettersThatFit: 'Lettere adatte:',
    fromDay: (day) => `dal ${day}`,
    timeline: 'Cronologia:',
    nothingDeleted: 'Nulla eliminato.',
    deleted: (id) => `Eliminata: ${id}`,
    confirmDelete: (name, account, shortId) =>
      `Eliminare definitivamente la pratica ${name} · ${account} (${shortId})?`,
    yes: 'Sì',
    no: 'No',
    defaultProfile: 'Io',
    recorded: (label, id) => `Registrato: ${label} (pratica ${id})`,
    metaConfirmation: (id, day) =>
      `Questa e-mail sembra la conferma dell'opposizione da parte di Meta. Per registrarla:\n  widerspruch case event ${id} confirmation-received --date ${day}`,
    saved: (path) => `Salvato: ${path}`,
  },
  backup: {
    exported: (cases, out, encrypted, replaced) =>
      `${count(cases, 'pratica salvata', 'pratiche salvate')} in ${out}${encrypted ? ' (cifrato con password)' : ''}${replaced}`,
    replacedOther: '; il file esistente è stato sostituito',
    replacedEncrypted: '; sostituisce un backup cifrato',
    replacedBackup: (cases) => `; sostituisce un backup con ${count(cases, 'pratica', 'pratiche')}`,
    imported: (cases, people, evidence) =>
      `Importato: ${count(cases, 'pratica', 'pratiche')}, ${count(people, 'persona', 'persone')}, ${count(evidence, 'prova', 'prove')}.`,
    notImported: (evidence, names) =>
      `Non importato: ${count(evidence, 'prova', 'prove')} senza pratica corrispondente (${names}).`,
    unreadable: (x, list) => {
      const shown = list ? ` (${list})` : '';
      return plural('it', x, {
        one: `${n(x)} voce salvata${shown} non è leggibile`,
        other: `${n(x)} voci salvate${shown} non sono leggibili`,
      });
    },
    record: { case: 'pratica', profile: 'persona' },
    unreadableInList: (what, x) =>
      `Nota: ${what} e ${plural('it', x, { one: 'non viene mostrata; resta conservata', other: 'non vengono mostrate; restano conservate' })} senza modifiche.`,
    unreadableInExport: (what, x) =>
      `Attenzione: ${what} e ${plural('it', x, { one: 'manca in questo backup; resta conservata', other: 'mancano in questo backup; restano conservate' })} senza modifiche nell'archivio.`,
    unreadableInCalendar: (what, x) =>
      `Attenzione: ${what}; ${plural('it', x, { one: 'la sua scadenza manca', other: 'le loro scadenze mancano' })} in questo file di calendario. ${plural('it', x, { one: 'Resta conservata', other: 'Restano conservate' })} senza modifiche nell'archivio.`,
    passphraseFromEnv: "Password dalla variabile d'ambiente WIDERSPRUCH_PASSPHRASE.",
    passphrase: 'Password del backup',
    passphraseAgain: 'Ripetere la password',
  },
  scan: {
    kinds: {
      post: 'post',
      photo: 'foto',
      video: 'video',
      comment: 'commenti',
      story: 'storie',
      reel: 'reel',
      'group-post': 'post nei gruppi',
      profile: 'profilo',
      'by-others': 'contenuti di altre persone che La riguardano',
    },
    exportTitle: (platform) => `Esportazione ${platform}`,
    noContent: '(nessun contenuto trovato)',
    guideHint: (platform, id) => `Come opporsi e che cosa usa ${platform}: widerspruch guide ${id}`,
    jsonHint: 'Ogni elemento singolarmente: widerspruch scan … --json',
    incomplete: (files) =>
      `${plural('it', files, { one: `${n(files)} file non è stato letto`, other: `${n(files)} file non sono stati letti` })}: il risultato è incompleto. Ci sono più contenuti di quelli contati qui:`,
    andMore: (x) => `… e altri ${n(x)}`,
    records: (x) => `, ${count(x, 'voce', 'voci')}`,
    byYear: 'Per anno',
    noDate: 'senza data',
    noOwn: 'Nessun contenuto proprio trovato.',
    own: (x) =>
      `${count(x, 'contenuto proprio', 'contenuti propri')}: quanto è pubblico può essere usato per addestrare l'IA; un'opposizione ${plural('it', x, { one: 'lo', other: 'li' })} copre, ma solo per il futuro.`,
    byOthers: (x) =>
      `${plural('it', x, { one: `${n(x)} contenuto di altre persone (ad es. tag) non è coperto`, other: `${n(x)} contenuti di altre persone (ad es. tag) non sono coperti` })} dall'opposizione: chiederne la rimozione o usare il modulo per terzi.`,
    training: (day, before, after) =>
      `Prima dell'inizio dell'addestramento (${day}): ${n(before)}, probabilmente già usati. Dopo: ${n(after)}, protetti dall'opposizione, se presentata.`,
    audiences: {
      public: 'pubblico',
      followers: 'solo follower',
      connections: 'solo collegamenti',
      'only-me': 'solo Lei (archiviato)',
    },
    visibilityUnknown:
      "L'esportazione non indica chi può vedere gli elementi (visibilità sconosciuta).",
    unknown: 'sconosciuta',
    visibility: "Visibilità secondo l'esportazione",
    reading: 'Lettura',
  },
  links: {
    redirect: (url) => `reindirizzamento → ${url}`,
    broken: (detail) => `non funzionante (${detail})`,
    unreachable: (detail) => `non raggiungibile (${detail})`,
    where: (places) => `in ${places}`,
    summary: (checked, ok, redirected, broken, unreachable) =>
      `catalog links: ${n(checked)} verificati, ${n(ok)} a posto, ${n(redirected)} reindirizzati, ${n(broken)} non funzionanti, ${n(unreachable)} non raggiungibili`,
  },
  stale: {
    none: (days, today) =>
      `Nessuna informazione più vecchia di ${n(days)} giorni (oggi è il ${today}).`,
    row: (verified, ageDays) =>
      `verificato il ${verified}  ${count(ageDays, 'giorno', 'giorni')} fa`,
    summary: (x, days, today) =>
      `${count(x, 'scheda', 'schede')} con informazioni più vecchie di ${n(days)} giorni (oggi è il ${today}).`,
  },
  interactive: {
    intro: "Widerspruch – opporsi all'addestramento dell'IA con i propri dati",
    about:
      "Questo assistente mostra per ogni piattaforma il canale ufficiale per opporsi,\nne scrive il testo e spiega che cosa l'opposizione ottiene e che cosa no.\nNon viene inviato nulla. Su questo dispositivo viene conservato solo ciò che si conferma come fatto.\nNon costituisce consulenza legale.",
    choose: 'Quali servizi usa? (spazio: selezionare, invio: continuare)',
    device: 'Dove desidera opporsi?',
    devices: {
      desktop: 'Dal computer (nel browser)',
      mobile: "Dallo smartphone (nell'app)",
    },
    progress: (i, total, name) => `${name} (${i} di ${total})`,
    addGrounds: 'Aggiungere motivi legati alla situazione personale? (facoltativo)',
    grounds: 'Quali motivi si applicano? (spazio: selezionare, invio: continuare)',
    note: 'Parole proprie (facoltativo, invio per saltare):',
    textTitle: 'Il testo da incollare',
    sent: "Ha inviato l'opposizione?",
    sentYes: "Bene. Conservi l'e-mail di conferma come prova.",
    settingDone: "Ha modificato l'impostazione come descritto?",
    recorded: (path) =>
      `Registrato (widerspruch case list mostra tutte le pratiche; archivio: ${path}).`,
    sentLater: 'Nessun problema. Può tornare in qualsiasi momento: widerspruch guide <piattaforma>',
    more: "Mostrare altro: che cosa ottiene l'opposizione, più account, contenuti di altre persone?",
    cancelled: 'Annullato. Non è stato salvato nulla.',
    outro: 'Fatto. Grazie per aver esercitato i propri diritti.',
  },
};

const STORE_SOURCE: Readonly<Record<'option' | 'env' | 'xdg' | 'home', string>> = {
  option: 'indicato con --store',
  env: "dalla variabile d'ambiente WIDERSPRUCH_STORE",
  xdg: 'la posizione predefinita in XDG_DATA_HOME; modificabile con --store o WIDERSPRUCH_STORE',
  home: 'la posizione predefinita nella cartella utente HOME; modificabile con --store o WIDERSPRUCH_STORE',
};
