import type { CaseEvent } from '../case/model.js';
import { eventDate } from '../case/state.js';
import { orderedEvents } from '../case/status.js';
import { type LetterContext, longDate, oneLine, pick } from './context.js';

/** What a timeline entry says, in words. */
export function describeEvent(event: CaseEvent, ctx: LetterContext): string {
  const l = ctx.locale;
  const reply: Record<string, [string, string]> = {
    accepted: ['Widerspruch angenommen', 'objection accepted'],
    'asks-for-reason': ['fragt nach Gründen', 'asks for reasons'],
    'asks-for-id': ['verlangt einen Identitätsnachweis', 'asks for proof of identity'],
    rejected: ['Widerspruch abgelehnt', 'objection rejected'],
    other: ['sonstige Antwort', 'other answer'],
  };
  const kinds: Record<CaseEvent['kind'], [string, string]> = {
    drafted: ['Entwurf angelegt', 'draft created'],
    'setting-changed': ['Einstellung geändert', 'setting changed'],
    submitted: [
      `Widerspruch an ${ctx.controller.shortName} geschickt`,
      `objection sent to ${ctx.controller.shortName}`,
    ],
    'confirmation-received': ['Bestätigung erhalten', 'confirmation received'],
    'reply-received': ['Antwort erhalten', 'answer received'],
    'deadline-extended': ['Frist vom Unternehmen verlängert', 'deadline extended by the company'],
    'reminder-sent': ['Erinnerung geschickt', 'reminder sent'],
    'evidence-added': ['Nachweis gespeichert', 'evidence kept'],
    'complaint-filed': [
      'Beschwerde bei der Aufsichtsbehörde eingereicht',
      'complaint filed with the supervisory authority',
    ],
    'erasure-requested': ['Löschung verlangt', 'erasure requested'],
    'access-requested': ['Auskunft verlangt', 'access requested'],
    note: ['Notiz', 'note'],
    closed: ['abgeschlossen', 'closed'],
  };
  const [de, en] = kinds[event.kind];
  // An extension's date is the new deadline, not the day it was granted: said in words.
  const parts = [
    event.kind === 'deadline-extended' && event.date
      ? pick(
          l,
          `${de} bis zum ${longDate(event.date, 'de')}`,
          `${en} until ${longDate(event.date, 'en')}`,
        )
      : pick(l, de, en),
  ];
  if (event.reply) {
    const [rde, ren] = reply[event.reply] ?? ['', ''];
    parts.push(pick(l, rde, ren));
  }
  if (event.evidence) parts.push(oneLine(event.evidence.name));
  if (event.note) parts.push(oneLine(event.note).slice(0, 300));
  return parts.join(' – ');
}

/**
 * The case's timeline as table rows: date, what happened. An extension is listed on the day
 * it was recorded (its own date is the new deadline, which may lie after the letter).
 */
export function timelineRows(ctx: LetterContext): string[][] {
  const day = (e: CaseEvent) => (e.kind === 'deadline-extended' ? e.at.slice(0, 10) : eventDate(e));
  return orderedEvents(ctx.case.events)
    .filter((e) => e.kind !== 'drafted')
    .map((e) => [e, day(e)] as const)
    .sort(([, a], [, b]) => a.localeCompare(b))
    .map(([e, d]) => [longDate(d, ctx.locale), describeEvent(e, ctx)]);
}

/** The evidence files of a case as table rows: name, date, SHA-256. */
export function evidenceRows(ctx: LetterContext): string[][] {
  return orderedEvents(ctx.case.events).flatMap((e) =>
    e.evidence
      ? [[oneLine(e.evidence.name), longDate(eventDate(e), ctx.locale), e.evidence.sha256]]
      : [],
  );
}

/** Enclosure names: the evidence files. */
export function evidenceEnclosures(ctx: LetterContext): string[] {
  return evidenceRows(ctx).map(([name]) => name ?? '');
}
