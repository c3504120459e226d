import type { CaseEvent } from '../case/model.js';
import { eventDate } from '../case/state.js';
import { orderedEvents } from '../case/status.js';
import { type LetterContext, longDate, oneLine, wording } from './context.js';

/** What a timeline entry says, in words. */
export function describeEvent(event: CaseEvent, ctx: LetterContext): string {
  const text = wording(ctx).events;
  const what =
    event.kind === 'submitted'
      ? text.submitted({ company: ctx.controller.shortName })
      : text.kinds[event.kind];
  // An extension's date is the new deadline, not the day it was granted: said in words.
  const parts = [
    event.kind === 'deadline-extended' && event.date
      ? text.extendedUntil({ what, date: longDate(event.date, ctx.locale) })
      : what,
  ];
  if (event.reply) parts.push(text.replies[event.reply]);
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
