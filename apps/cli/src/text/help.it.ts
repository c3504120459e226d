import type { HelpText } from './help-text.js';

export const it: HelpText = {
  titles: {
    usage: 'Uso:',
    options: 'Opzioni:',
    commands: 'Comandi:',
    arguments: 'Argomenti:',
    globalOptions: 'Opzioni generali:',
  },
  default: 'predefinito',
  choices: 'valori possibili',
  program:
    "Opporsi all'addestramento dell'IA con i propri dati: canali ufficiali, testi di opposizione e che cosa coprono.\nSenza argomenti in un terminale: un assistente che guida passo per passo.",
  version: 'mostrare il numero di versione',
  help: 'mostrare la guida di questo comando',
  helpCommand: 'mostrare la guida di un comando',
  lang: "lingua dell'output: de, en, fr, es, it, nl o pl (predefinito: secondo LC_ALL, LC_MESSAGES o LANG, altrimenti de)",
  json: 'output leggibile da una macchina (JSON)',
  platforms: 'elencare le piattaforme del catalogo',
  guide: 'come opporsi presso una piattaforma, passo per passo',
  platformArg: 'identificativo della piattaforma, ad es. facebook o instagram',
  device: 'desktop (computer) o mobile (smartphone)',
  sources: 'mostrare la fonte di ogni informazione',
  text: "il testo dell'opposizione da incollare nel modulo",
  reason: 'un motivo connesso alla propria situazione (ripetibile); vedere --list-reasons',
  note: 'parole proprie sulla propria situazione',
  listReasons: 'elencare gli identificativi dei motivi e uscire',
  catalog: 'lavorare con il catalogo delle piattaforme',
  catalogCheck: 'verificare i file del catalogo: struttura, fonti, date e rimandi',
  checkDir: 'la cartella dati del catalogo (predefinita: quella di questo repository)',
  checkTranslationsDir:
    'la cartella delle traduzioni (predefinita: quella di questo repository; nessuna con --dir)',
  checkTranslations:
    'elencare le traduzioni mancanti, superate e sconosciute (di tutte le lingue o di una)',
  catalogStale:
    "elencare le schede le cui informazioni sono state verificate l'ultima volta più di N giorni fa",
  days: 'limite di età in giorni',
  staleDir: 'la cartella dati del catalogo (predefinito: il catalogo incluso)',
  catalogLinks:
    'verificare ogni indirizzo del catalogo (stato, reindirizzamenti, tempi scaduti) e riferire',
  timeout: 'tempo massimo per richiesta (ms)',
  concurrency: 'richieste contemporanee',
  only: 'verificare solo gli indirizzi che contengono questo testo',
  strict: 'terminare con codice 1 se un indirizzo non funziona o non è raggiungibile',
  scan: "quali propri contenuti, secondo un'esportazione (ZIP o cartella estratta), una piattaforma può usare per addestrare l'IA",
  scanPaths:
    "file ZIP o cartelle di esportazione; indicare insieme tutte le parti di un'esportazione suddivisa",
  store:
    "l'archivio SQLite (predefinito: $XDG_DATA_HOME/widerspruch/store.sqlite; variabile WIDERSPRUCH_STORE)",
  case: 'le proprie opposizioni: registrarle, seguirle e salvarle',
  caseAdd: "registrare un'opposizione; il numero della nuova pratica è sull'ultima riga",
  casePlatformArg: 'identificativo della piattaforma, ad es. facebook',
  account: "l'account: indirizzo e-mail o nome utente",
  submitted: "il giorno in cui è stata inviata l'opposizione (AAAA-MM-GG)",
  via: "come è stata inviata; web-form: si attende l'e-mail di conferma, non un mese",
  profile: "di chi è l'account (predefinito: proprio)",
  caseList: 'tutte le pratiche, prima le più urgenti',
  caseShow: 'una pratica: stato, scadenza e come è calcolata, passo successivo, cronologia',
  caseIdOrPrefix: 'numero della pratica (o il suo inizio, univoco, di almeno 4 caratteri)',
  caseId: 'numero della pratica',
  eventKind: 'tipo di evento',
  caseEvent: 'registrare che cosa è successo: ',
  date: 'il giorno in cui è successo (AAAA-MM-GG); con deadline-extended la nuova scadenza',
  file: 'conservare un file come prova (.eml, .pdf, .png, .jpg, .jpeg, .webp, .txt; al massimo 25 MB)',
  eventNote: 'una nota',
  reply:
    "con reply-received: accepted (accolta), asks-for-reason (chiede i motivi), asks-for-id (chiede un documento d'identità), rejected (respinta) o other (altro)",
  eventVia: "con submitted: come è stata inviata; web-form: si attende l'e-mail di conferma",
  caseDelete: 'eliminare una pratica (in un terminale chiede prima conferma)',
  yes: 'eliminare senza chiedere (necessario fuori da un terminale)',
  caseExport:
    'tutte le pratiche, persone e prove in un unico file JSON portabile (output standard o --out)',
  exportOut: "scrivere in un file (- per l'output standard)",
  force: 'sostituire un backup che contiene pratiche anche con uno vuoto',
  skipUnreadable:
    'scrivere il backup anche se alcune voci salvate sono illeggibili (vengono tralasciate)',
  encrypt:
    'proteggere il file con una password (da WIDERSPRUCH_PASSPHRASE se impostata, altrimenti richiesta)',
  caseImport: "unire un file di esportazione (dal terminale o dall'app web) alle pratiche salvate",
  importFile: 'il file di esportazione',
  letter: 'una lettera a partire da una pratica: ',
  letterKind:
    'objection (opposizione), reminder (sollecito), complaint (reclamo), erasure (cancellazione), access (accesso) o dossier',
  letterCase: 'la pratica a cui si riferisce la lettera',
  format: "text, eml o pdf (predefinito: secondo l'estensione di --out, altrimenti text)",
  letterOut:
    'scrivere in un file (PDF: predefinito widerspruch-<tipo>-<piattaforma>-<data>.pdf, mai sovrascritto)',
  name: 'il proprio nome',
  address: 'il proprio indirizzo postale, righe separate da virgole',
  email: 'il proprio indirizzo e-mail',
  saveSender: 'ricordare nome, indirizzo ed e-mail per le lettere successive',
  country:
    "paese di residenza (codice ISO 3166, ad es. IT, DE) — determina l'autorità per un reclamo",
  region: 'in Germania: il proprio Land (ad es. HH, BY, NW)',
  letterReason:
    'un motivo connesso alla propria situazione, per la lettera di opposizione (ripetibile)',
  letterNote: 'parole proprie, per la lettera di opposizione',
  record: "registrare l'evento corrispondente nella pratica e conservare la lettera come prova",
  letterLang:
    'solo reclamo: scriverlo in questa lingua, se l’autorità la accetta (predefinita: la Sua se la accetta, altrimenti quella dell’autorità)',
  letterTranslation:
    'reclamo in un’altra lingua: stampare la stessa lettera nella Sua lingua, solo per la lettura',
  remind:
    'un promemoria per il calendario (.ics) con le scadenze di una pratica, o con --all di tutte le pratiche',
  all: 'le scadenze di tutte le pratiche in un unico file',
  ics: 'formato iCalendar (RFC 5545), l’unico e quindi il predefinito',
  remindOut: "scrivere in un file anziché sull'output standard",
};
