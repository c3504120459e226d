import type { HelpText } from './help-text.js';

export const nl: HelpText = {
  titles: {
    usage: 'Gebruik:',
    options: 'Opties:',
    commands: 'Opdrachten:',
    arguments: 'Argumenten:',
    globalOptions: 'Algemene opties:',
  },
  default: 'standaard',
  choices: 'mogelijk',
  program:
    'Bezwaar maken tegen AI-training met uw gegevens: officiële wegen, bezwaarteksten en wat ze dekken.\nZonder argumenten in een terminal: een assistent die u door alles leidt.',
  version: 'het versienummer tonen',
  help: 'hulp bij deze opdracht tonen',
  helpCommand: 'hulp bij een opdracht tonen',
  lang: 'taal van de uitvoer: de, en, fr, es, it, nl of pl (standaard: volgens LC_ALL, LC_MESSAGES of LANG, anders de)',
  json: 'machineleesbare uitvoer (JSON)',
  platforms: 'de platforms in de catalogus tonen',
  guide: 'hoe u bij een platform bezwaar maakt, stap voor stap',
  platformArg: 'id van het platform, bijv. facebook of instagram',
  device: 'desktop (computer) of mobile (smartphone)',
  sources: 'bij elk gegeven de bron tonen',
  text: 'de bezwaartekst om in het formulier te plakken',
  reason: 'een reden vanuit uw situatie (herhaalbaar); zie --list-reasons',
  note: 'uw eigen woorden over uw situatie',
  listReasons: 'de id’s van de redenen tonen en stoppen',
  catalog: 'werken met de catalogus van platforms',
  catalogCheck: 'de catalogusbestanden controleren: opbouw, bronnen, datums en verwijzingen',
  checkDir: 'de gegevensmap van de catalogus (standaard: die in deze repository)',
  checkTranslationsDir:
    'de map met vertalingen (standaard: die in deze repository; geen met --dir)',
  checkTranslations:
    'ontbrekende, verouderde en onbekende vertalingen tonen (van alle talen of van één)',
  catalogStale:
    'de records tonen waarvan de gegevens het laatst meer dan N dagen geleden zijn gecontroleerd',
  days: 'leeftijdsgrens in dagen',
  staleDir: 'de gegevensmap van de catalogus (standaard: de meegeleverde catalogus)',
  catalogLinks:
    'elk adres in de catalogus controleren (status, doorverwijzingen, time-outs) en rapporteren',
  timeout: 'tijdslimiet per verzoek (ms)',
  concurrency: 'verzoeken tegelijk',
  only: 'alleen adressen controleren die deze tekst bevatten',
  strict: 'eindigen met code 1 als een adres niet werkt of niet bereikbaar is',
  scan: 'welke van uw inhoud een export (ZIP of uitgepakte map) laat zien die een platform voor AI-training kan gebruiken',
  scanPaths: 'export-ZIP-bestanden of -mappen; geef alle delen van een gesplitste export samen op',
  store:
    'de SQLite-opslag (standaard: $XDG_DATA_HOME/widerspruch/store.sqlite; omgevingsvariabele WIDERSPRUCH_STORE)',
  case: 'uw bezwaren: vastleggen, volgen en bewaren',
  caseAdd: 'een bezwaar vastleggen; het nummer van de nieuwe zaak staat op de laatste regel',
  casePlatformArg: 'id van het platform, bijv. facebook',
  account: 'het account: e-mailadres of gebruikersnaam',
  submitted: 'de dag waarop u het bezwaar hebt verstuurd (JJJJ-MM-DD)',
  via: 'hoe u het hebt verstuurd; web-form: er wordt gewacht op de bevestigingsmail, niet een maand',
  profile: 'van wie het account is (standaard: van u)',
  caseList: 'alle zaken, de dringendste eerst',
  caseShow: 'één zaak: stand, termijn en hoe die wordt berekend, volgende stap, verloop',
  caseIdOrPrefix: 'zaaknummer (of het unieke begin ervan, minstens 4 tekens)',
  caseId: 'zaaknummer',
  eventKind: 'soort gebeurtenis',
  caseEvent: 'vastleggen wat er is gebeurd: ',
  date: 'de dag waarop het gebeurde (JJJJ-MM-DD); bij deadline-extended de nieuwe termijn',
  file: 'een bestand als bewijs bewaren (.eml, .pdf, .png, .jpg, .jpeg, .webp, .txt; hoogstens 25 MB)',
  eventNote: 'een notitie',
  reply:
    'bij reply-received: accepted (aanvaard), asks-for-reason (vraagt om redenen), asks-for-id (vraagt om een identiteitsbewijs), rejected (afgewezen) of other (overig)',
  eventVia:
    'bij submitted: hoe u het hebt verstuurd; web-form: er wordt gewacht op de bevestigingsmail',
  caseDelete: 'één zaak verwijderen (vraagt in een terminal eerst om bevestiging)',
  yes: 'verwijderen zonder te vragen (nodig buiten een terminal)',
  caseExport:
    'alle zaken, personen en bewijzen als één draagbaar JSON-bestand (standaarduitvoer of --out)',
  exportOut: 'naar een bestand schrijven (- voor de standaarduitvoer)',
  force: 'een back-up met zaken ook door een lege vervangen',
  skipUnreadable:
    'de back-up ook schrijven als sommige opgeslagen records onleesbaar zijn (die ontbreken dan)',
  encrypt:
    'het bestand met een wachtwoord beveiligen (uit WIDERSPRUCH_PASSPHRASE indien ingesteld, anders gevraagd)',
  caseImport:
    'een exportbestand (uit de terminal of de webapp) samenvoegen met de opgeslagen zaken',
  importFile: 'het exportbestand',
  letter: 'een brief bij een zaak: ',
  letterKind:
    'objection (bezwaar), reminder (herinnering), complaint (klacht), erasure (wissing), access (inzage) of dossier',
  letterCase: 'de zaak waarover de brief gaat',
  format: 'text, eml of pdf (standaard: volgens de extensie van --out, anders text)',
  letterOut:
    'naar een bestand schrijven (PDF: standaard widerspruch-<soort>-<platform>-<datum>.pdf, nooit overschreven)',
  name: 'uw naam',
  address: 'uw postadres, regels gescheiden door komma’s',
  email: 'uw e-mailadres',
  saveSender: 'naam, adres en e-mail onthouden voor latere brieven',
  country: 'waar u woont (ISO 3166-code, bijv. NL, BE) — bepaalt de toezichthouder voor een klacht',
  region: 'in Duitsland: uw deelstaat (bijv. HH, BY, NW)',
  letterReason: 'een reden vanuit uw situatie, voor de bezwaarbrief (herhaalbaar)',
  letterNote: 'uw eigen woorden, voor de bezwaarbrief',
  record: 'de bijbehorende gebeurtenis in de zaak vastleggen en de brief als bewijs bewaren',
  letterLang:
    'alleen klacht: in deze taal schrijven, als de autoriteit die aanvaardt (standaard: uw taal als die wordt aanvaard, anders die van de autoriteit)',
  letterTranslation:
    'klacht in een andere taal: dezelfde brief in uw taal tonen, alleen om te lezen',
  remind:
    'een agendaherinnering (.ics) voor de termijnen van een zaak, of met --all voor alle zaken',
  all: 'de termijnen van alle zaken in één bestand',
  ics: 'iCalendar-formaat (RFC 5545), het enige en daarom de standaard',
  remindOut: 'naar een bestand schrijven in plaats van naar de standaarduitvoer',
};
