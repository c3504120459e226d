import { count, megabytes } from '../util/number-text.js';
import { plural } from '../util/plural.js';
import type { ProblemText } from './core-problem.js';
import { conflictList } from './core-problem.js';

/** A number of characters, with the word in its plural form. */
const characters = (n: number): string =>
  `${count('nl', n)} ${plural('nl', n, { one: 'teken', other: 'tekens' })}`;

const unchanged = 'Er is niets gewijzigd.';

/** Core's refusals in Dutch. */
export const nl: ProblemText = {
  messages: {
    'no-platform': (p) => `Noem een platform. Beschikbaar: ${p.available.join(', ')}.`,
    'unknown-platform': (p) =>
      `Het platform ‘${p.id}’ staat niet in de catalogus.${p.guess ? ` Bedoelde u ‘${p.guess}’?` : ''} Beschikbaar: ${p.available.join(', ')}.`,
    'text-too-long': (p) =>
      p.basis === 'assumed'
        ? `De tekst is ${characters(p.length)} lang. Hoeveel het formulierveld bevat, is niet bekend; om zeker te passen, beperken we de tekst tot ${characters(p.max)}. Maak uw notitie minstens ${characters(p.length - p.max)} korter of kies minder redenen.`
        : `De tekst is ${characters(p.length)} lang, maar het formulierveld bevat hoogstens ${characters(p.max)}. Maak uw notitie minstens ${characters(p.length - p.max)} korter of kies minder redenen.`,
    'unknown-ground': (p) =>
      `De reden ‘${p.ground}’ bestaat niet.${p.guess ? ` Bedoelde u ‘${p.guess}’?` : ''} Mogelijke redenen: ${p.available.join(', ')}.`,
    'evidence-empty': (p) => `Het bestand ‘${p.file}’ is leeg.`,
    'evidence-too-large': (p) =>
      `Het bestand ‘${p.file}’ is ${megabytes('nl', p.mb)} MB; bewijsstukken mogen hoogstens ${p.maxMb} MB zijn. Sla de e-mail op zonder bijlagen of maak een schermafbeelding.`,
    'unreadable-email': () =>
      'Het bestand kan niet als e-mail worden gelezen. Sla het bericht in uw e-mailprogramma op als .eml-bestand (‘Opslaan als’ of ‘Exporteren’) of maak een schermafbeelding.',
    'wrong-passphrase': () =>
      'Het wachtwoord past niet bij deze back-up (of het bestand is gewijzigd). Controleer de schrijfwijze, ook hoofdletters en kleine letters.',
    'backup-damaged': () =>
      'De versleutelde back-up is beschadigd of onvolledig en kan niet worden geopend. Gebruik een andere kopie van het bestand.',
    'backup-cut-off': () =>
      `De back-up is onvolledig: het bestand houdt midden in de inhoud op (onderbroken opslaan of kopiëren). Gebruik een volledige back-up. ${unchanged}`,
    'backup-not-json': () =>
      `Het bestand is geen geldige JSON. Kies het back-upbestand dat Widerspruch heeft opgeslagen (‘Back-up opslaan’ in de browser, ‘widerspruch case export’ in de terminal). ${unchanged}`,
    'not-a-backup': () => `Dit bestand is geen back-up van Widerspruch. ${unchanged}`,
    'version-as-text': (p) =>
      `De formaatversie staat als tekst in het bestand (‘${p.version}’), niet als getal; zo schrijft Widerspruch het nooit. Is het bestand met de hand bewerkt, schrijf dan "version": ${p.version.trim()} zonder aanhalingstekens. ${unchanged}`,
    'newer-version': (p) =>
      `Het bestand komt uit een nieuwere versie van Widerspruch (formaat ${p.version}). Werk de app bij en importeer daarna opnieuw. ${unchanged}`,
    'unknown-version': (p) =>
      `Het bestand heeft een onbekende formaatversie (${p.version}). ${unchanged}`,
    'missing-evidence': (p) =>
      `De back-up is onvolledig: het bewijsstuk ‘${p.file}’ van zaak ${p.caseId} ontbreekt${p.more > 0 ? ` (en nog ${p.more})` : ''}. Gebruik een volledige back-up. ${unchanged}`,
    'damaged-evidence': (p) =>
      `Een bewijsstuk in de back-up (‘${p.file}’) is beschadigd: de inhoud komt niet overeen met de controlesom. ${unchanged}`,
    'invalid-backup': (p) => `Het bestand is beschadigd: ${p.where} ${p.issue}. ${unchanged}`,
    'unknown-platforms': (p) =>
      `Het bestand bevat bezwaren voor platforms die deze versie niet kent: ${p.platforms.join(', ')}. Werk de app bij. ${unchanged}`,
    'unknown-profile': () =>
      `Het bestand is onvolledig: een bezwaar hoort bij geen enkele persoon in het bestand. ${unchanged}`,
    'future-date': (p) =>
      `Het bestand is beschadigd: zaak ${p.caseId} bevat een datum in de toekomst (${p.date}; vandaag is het ${p.today}). ${unchanged}`,
    conflicts: (p) =>
      `De back-up bevat ${plural('nl', p.conflicts.length, { one: 'een item', other: `${p.conflicts.length} items` })} met hetzelfde nummer als een opgeslagen item, maar met andere inhoud: ${conflictList(p.conflicts, 'nl')}. Opgeslagen gegevens worden nooit overschreven; daarom is niets ingelezen en niets gewijzigd. Controleer of de back-up bij deze gegevens hoort.`,
    'value-too-long': (p) => `is langer dan ${count('nl', p.max)} tekens`,
    'value-invalid': () => 'is ongeldig',
    'record-not-saved': (p) =>
      `Niet opgeslagen: de waarde ${p.field} ${p.max === undefined ? 'is ongeldig' : `is langer dan ${count('nl', p.max)} tekens`}. Er is niets gewijzigd; maak de waarde korter of verbeter haar.`,
  },
  conflict: {
    profile: (who, fields) => `persoon ${who} (${fields})`,
    case: (who, fields) => `zaak ${who} (${fields})`,
    event: (who, fields) => `een gebeurtenis in zaak ${who} (${fields})`,
  },
  field: {
    platform: 'dienst',
    account: 'account',
    profile: 'persoon',
    createdAt: 'aangemaakt op',
    name: 'naam',
    kind: 'soort',
    date: 'datum',
    at: 'tijdstip',
    note: 'notitie',
    reply: 'antwoord',
    evidence: 'bewijsstuk',
  },
  andMore: (n) => `en nog ${n}`,
  separator: '; ',
};
