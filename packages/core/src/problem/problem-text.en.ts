import { count, megabytes } from '../util/number-text.js';
import { plural } from '../util/plural.js';
import type { ProblemText } from './core-problem.js';
import { conflictList } from './core-problem.js';

/** A number of characters, with the word in its plural form. */
const characters = (n: number): string =>
  `${count('en', n)} ${plural('en', n, { one: 'character', other: 'characters' })}`;

const unchanged = 'Nothing was changed.';

/** Core's refusals in English. */
export const en: ProblemText = {
  messages: {
    'no-platform': (p) => `Please name a platform. Available: ${p.available.join(', ')}.`,
    'unknown-platform': (p) =>
      `The platform "${p.id}" is not in the catalog.${p.guess ? ` Did you mean "${p.guess}"?` : ''} Available: ${p.available.join(', ')}.`,
    'text-too-long': (p) =>
      p.basis === 'assumed'
        ? `The text is ${characters(p.length)} long. The form field's limit is not known; so that it surely fits, we limit it to ${characters(p.max)}. Please shorten your note by at least ${characters(p.length - p.max)} or choose fewer grounds.`
        : `The text is ${characters(p.length)} long, but the form field holds at most ${count('en', p.max)}. Please shorten your note by at least ${characters(p.length - p.max)} or choose fewer grounds.`,
    'unknown-ground': (p) =>
      `There is no reason "${p.ground}".${p.guess ? ` Did you mean "${p.guess}"?` : ''} Possible reasons: ${p.available.join(', ')}.`,
    'evidence-empty': (p) => `The file "${p.file}" is empty.`,
    'evidence-too-large': (p) =>
      `The file "${p.file}" is ${megabytes('en', p.mb)} MB; evidence files may be at most ${p.maxMb} MB. Save the e-mail without attachments, or take a screenshot.`,
    'unreadable-email': () =>
      'The file cannot be read as an e-mail. Save the message from your e-mail program as an .eml file ("Save as" or "Export as file"), or take a screenshot.',
    'wrong-passphrase': () =>
      'The passphrase does not match this backup (or the file was changed). Check the spelling, capitals included.',
    'backup-damaged': () =>
      'The encrypted backup is damaged or incomplete and cannot be opened. Use another copy of the file.',
    'backup-cut-off': () =>
      `The backup is incomplete: the file ends in the middle of its content (an interrupted save or copy). Use a complete backup. ${unchanged}`,
    'backup-not-json': () =>
      `The file is not valid JSON. Choose the backup file Widerspruch saved (“Save a backup” in the browser, “widerspruch case export” in the terminal). ${unchanged}`,
    'not-a-backup': () => `This file is not a Widerspruch backup. ${unchanged}`,
    'version-as-text': (p) =>
      `The format version is written as text ("${p.version}"), not as a number; Widerspruch never writes it so. If the file was edited by hand, write "version": ${p.version.trim()} without quotes. ${unchanged}`,
    'newer-version': (p) =>
      `The file comes from a newer version of Widerspruch (format ${p.version}). Please update the app, then import again. ${unchanged}`,
    'unknown-version': (p) => `The file has an unknown format version (${p.version}). ${unchanged}`,
    'missing-evidence': (p) =>
      `The backup is incomplete: the evidence file "${p.file}" of case ${p.caseId} is missing from it${p.more > 0 ? ` (and ${p.more} more)` : ''}. Use a complete backup. ${unchanged}`,
    'damaged-evidence': (p) =>
      `An evidence file in the backup ("${p.file}") is damaged: its content does not match its checksum. ${unchanged}`,
    'invalid-backup': (p) => `The file is damaged: ${p.where} ${p.issue}. ${unchanged}`,
    'unknown-platforms': (p) =>
      `The file contains objections for platforms this version does not know: ${p.platforms.join(', ')}. Please update the app. ${unchanged}`,
    'unknown-profile': () =>
      `The file is incomplete: an objection belongs to no person in the file. ${unchanged}`,
    'future-date': (p) =>
      `The file is damaged: case ${p.caseId} holds a date in the future (${p.date}; today is ${p.today}). ${unchanged}`,
    conflicts: (p) =>
      `The backup holds ${plural('en', p.conflicts.length, { one: 'a record', other: `${p.conflicts.length} records` })} with the id of a stored one but different content: ${conflictList(p.conflicts, 'en')}. Stored data is never overwritten, so nothing was imported and nothing changed. Check whether the backup belongs to this data.`,
    'value-too-long': (p) => `is longer than ${count('en', p.max)} characters`,
    'value-invalid': () => 'is invalid',
    'record-not-saved': (p) =>
      `Not saved: the value ${p.field} ${p.max === undefined ? 'is invalid' : `is longer than ${count('en', p.max)} characters`}. Nothing was changed; shorten or correct it.`,
  },
  conflict: {
    profile: (who, fields) => `person ${who} (${fields})`,
    case: (who, fields) => `case ${who} (${fields})`,
    event: (who, fields) => `an event in case ${who} (${fields})`,
  },
  field: {
    platform: 'service',
    account: 'account',
    profile: 'person',
    createdAt: 'created on',
    name: 'name',
    kind: 'kind',
    date: 'date',
    at: 'time',
    note: 'note',
    reply: 'reply',
    evidence: 'evidence',
  },
  andMore: (n) => `and ${n} more`,
  separator: '; ',
};
