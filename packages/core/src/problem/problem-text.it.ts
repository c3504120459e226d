import { count, megabytes } from '../util/number-text.js';
import { plural } from '../util/plural.js';
import type { ProblemText } from './core-problem.js';
import { conflictList } from './core-problem.js';

/** A number of characters, with the word in its plural form. */
const characters = (n: number): string =>
  `${count('it', n)} ${plural('it', n, { one: 'carattere', other: 'caratteri' })}`;

const unchanged = 'Non è stato modificato nulla.';

/** Core's refusals in Italian. */
export const it: ProblemText = {
  messages: {
    'no-platform': (p) => `Indichi una piattaforma. Disponibili: ${p.available.join(', ')}.`,
    'unknown-platform': (p) =>
      `La piattaforma «${p.id}» non è nel catalogo.${p.guess ? ` Intendeva «${p.guess}»?` : ''} Disponibili: ${p.available.join(', ')}.`,
    'text-too-long': (p) =>
      p.basis === 'assumed'
        ? `Il testo è lungo ${characters(p.length)}. Non è noto quanto testo accetti il campo del modulo; perché ci stia di sicuro, lo limitiamo a ${characters(p.max)}. Accorci la Sua nota di almeno ${characters(p.length - p.max)} o scelga meno motivi.`
        : `Il testo è lungo ${characters(p.length)}, ma il campo del modulo ne accetta al massimo ${count('it', p.max)}. Accorci la Sua nota di almeno ${characters(p.length - p.max)} o scelga meno motivi.`,
    'unknown-ground': (p) =>
      `Il motivo «${p.ground}» non esiste.${p.guess ? ` Intendeva «${p.guess}»?` : ''} Motivi possibili: ${p.available.join(', ')}.`,
    'evidence-empty': (p) => `Il file «${p.file}» è vuoto.`,
    'evidence-too-large': (p) =>
      `Il file «${p.file}» è di ${megabytes('it', p.mb)} MB; le prove possono essere al massimo di ${p.maxMb} MB. Salvi l’e-mail senza allegati oppure faccia uno screenshot.`,
    'unreadable-email': () =>
      'Il file non può essere letto come e-mail. Salvi il messaggio dal Suo programma di posta come file .eml («Salva con nome» o «Esporta») oppure faccia uno screenshot.',
    'wrong-passphrase': () =>
      'La password non corrisponde a questo backup (oppure il file è stato modificato). Controlli come l’ha scritta, maiuscole comprese.',
    'backup-damaged': () =>
      'Il backup cifrato è danneggiato o incompleto e non può essere aperto. Usi un’altra copia del file.',
    'backup-cut-off': () =>
      `Il backup è incompleto: il file si interrompe a metà del contenuto (salvataggio o copia interrotti). Usi un backup completo. ${unchanged}`,
    'backup-not-json': () =>
      `Il file non è un JSON valido. Scelga il file di backup salvato da Widerspruch («Salva backup» nel browser, «widerspruch case export» nel terminale). ${unchanged}`,
    'not-a-backup': () => `Questo file non è un backup di Widerspruch. ${unchanged}`,
    'version-as-text': (p) =>
      `La versione del formato è scritta come testo («${p.version}») e non come numero; Widerspruch non la scrive mai così. Se il file è stato modificato a mano, scriva "version": ${p.version.trim()} senza virgolette. ${unchanged}`,
    'newer-version': (p) =>
      `Il file proviene da una versione più recente di Widerspruch (formato ${p.version}). Aggiorni l’app e poi lo importi di nuovo. ${unchanged}`,
    'unknown-version': (p) =>
      `Il file ha una versione di formato sconosciuta (${p.version}). ${unchanged}`,
    'missing-evidence': (p) =>
      `Il backup è incompleto: manca la prova «${p.file}» della pratica ${p.caseId}${p.more > 0 ? ` (e altre ${p.more})` : ''}. Usi un backup completo. ${unchanged}`,
    'damaged-evidence': (p) =>
      `Una prova nel backup («${p.file}») è danneggiata: il suo contenuto non corrisponde al codice di controllo. ${unchanged}`,
    'invalid-backup': (p) => `Il file è danneggiato: ${p.where} ${p.issue}. ${unchanged}`,
    'unknown-platforms': (p) =>
      `Il file contiene opposizioni per piattaforme che questa versione non conosce: ${p.platforms.join(', ')}. Aggiorni l’app. ${unchanged}`,
    'unknown-profile': () =>
      `Il file è incompleto: un’opposizione non appartiene a nessuna persona del file. ${unchanged}`,
    'future-date': (p) =>
      `Il file è danneggiato: la pratica ${p.caseId} contiene una data futura (${p.date}; oggi è il ${p.today}). ${unchanged}`,
    conflicts: (p) =>
      `Il backup contiene ${plural('it', p.conflicts.length, { one: 'una voce', other: `${p.conflicts.length} voci` })} con lo stesso identificativo di una voce salvata ma con un contenuto diverso: ${conflictList(p.conflicts, 'it')}. I dati salvati non vengono mai sovrascritti, perciò non è stato importato né modificato nulla. Verifichi che il backup appartenga a questi dati.`,
    'value-too-long': (p) => `supera i ${count('it', p.max)} caratteri`,
    'value-invalid': () => 'non è valido',
    'record-not-saved': (p) =>
      `Non salvato: il valore ${p.field} ${p.max === undefined ? 'non è valido' : `supera i ${count('it', p.max)} caratteri`}. Non è stato modificato nulla; lo accorci o lo corregga.`,
  },
  conflict: {
    profile: (who, fields) => `persona ${who} (${fields})`,
    case: (who, fields) => `pratica ${who} (${fields})`,
    event: (who, fields) => `un evento della pratica ${who} (${fields})`,
  },
  field: {
    platform: 'servizio',
    account: 'account',
    profile: 'persona',
    createdAt: 'creata il',
    name: 'nome',
    kind: 'tipo',
    date: 'data',
    at: 'momento',
    note: 'nota',
    reply: 'risposta',
    evidence: 'prova',
  },
  andMore: (n) => `e altre ${n}`,
  separator: '; ',
};
