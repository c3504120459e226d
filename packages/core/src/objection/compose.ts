import type { Locale } from '@widerspruch/catalog';
import { refuse } from '../problem/core-problem.js';
import { ok, type Result } from '../util/result.js';
import type { GroundId } from './grounds.js';
import type { ObjectionTemplate } from './template.js';
import { objectionTemplateDe } from './template-de.js';
import { objectionTemplateEn } from './template-en.js';

/**
 * Every language's template. German and English are at hand from the start; the others are
 * loaded when first needed (`loadObjectionTemplate`), so that the web app's first load
 * carries only the languages it may show at once.
 */
const LOADERS: Readonly<Record<Locale, () => Promise<ObjectionTemplate>>> = {
  de: async () => objectionTemplateDe,
  en: async () => objectionTemplateEn,
  fr: () => import('./template-fr.js').then((m) => m.objectionTemplateFr),
  es: () => import('./template-es.js').then((m) => m.objectionTemplateEs),
  it: () => import('./template-it.js').then((m) => m.objectionTemplateIt),
  nl: () => import('./template-nl.js').then((m) => m.objectionTemplateNl),
  pl: () => import('./template-pl.js').then((m) => m.objectionTemplatePl),
};

const loaded = new Map<Locale, ObjectionTemplate>([
  ['de', objectionTemplateDe],
  ['en', objectionTemplateEn],
]);

/** Loads the template for a language (once); afterwards `objectionTemplate` returns it. */
export async function loadObjectionTemplate(locale: Locale): Promise<ObjectionTemplate> {
  const template = loaded.get(locale) ?? (await LOADERS[locale]());
  loaded.set(locale, template);
  return template;
}

/** Makes a language's template at hand without loading (for programs that bundle them all). */
export function registerObjectionTemplate(locale: Locale, template: ObjectionTemplate): void {
  loaded.set(locale, template);
}

/** Whether the template for a language is at hand (see `loadObjectionTemplate`). */
export function objectionTemplateLoaded(locale: Locale): boolean {
  return loaded.has(locale);
}

/**
 * The template for a language. German and English are always there; for another language
 * call `loadObjectionTemplate` first (an app does so when it switches to the language).
 */
export function objectionTemplate(locale: Locale): ObjectionTemplate {
  const template = loaded.get(locale);
  if (template === undefined)
    throw new Error(
      `The objection text in "${locale}" is not loaded: await loadObjectionTemplate("${locale}") first.`,
    );
  return template;
}

/** What to put into an objection text. */
export interface ObjectionTextRequest {
  /** The company as people know it, e.g. "Meta" (the controller's short name). */
  readonly company: string;
  readonly locale: Locale;
  /** Building blocks of the grounds statement, in the order they should appear. */
  readonly grounds?: readonly GroundId[];
  /** The person's own words about their situation. */
  readonly note?: string;
  /** The form field's limit, if the text must fit a field. */
  readonly limit?: { readonly maxLength: number; readonly basis: 'sourced' | 'assumed' };
}

/** A finished objection text with its length. */
export interface ObjectionText {
  readonly locale: Locale;
  readonly text: string;
  /** Length in UTF-16 code units, as a browser's `maxlength` counts. */
  readonly length: number;
  readonly limit?: { readonly maxLength: number; readonly basis: 'sourced' | 'assumed' };
}

/** Why an objection text could not be made. */
export type ObjectionTextProblem = 'too-long';

/**
 * Writes an objection under Art. 21(1) GDPR: the objection sentence, then, if any grounds
 * or a note are given, the statement of grounds relating to the person's particular
 * situation. Fails with `too-long` when the result exceeds the form field's limit.
 *
 * @example composeObjectionText({ company: 'Meta', locale: 'de' })
 */
export function composeObjectionText(
  request: ObjectionTextRequest,
): Result<ObjectionText, ObjectionTextProblem> {
  const template = objectionTemplate(request.locale);
  const paragraphs = [template.objection(request.company)];
  const grounds = [...new Set(request.grounds ?? [])].map((id) => `- ${template.grounds[id]}`);
  const note = normalizeNote(request.note ?? '');
  if (grounds.length > 0 || note !== '') {
    const body = [grounds.join('\n'), note].filter((part) => part !== '').join('\n\n');
    paragraphs.push(`${template.groundsIntro}\n${body}`);
  }
  const text = paragraphs.join('\n\n');
  const limit = request.limit;
  if (limit !== undefined && text.length > limit.maxLength) {
    return refuse('too-long', {
      code: 'text-too-long',
      length: text.length,
      max: limit.maxLength,
      basis: limit.basis,
    });
  }
  const result: ObjectionText = { locale: request.locale, text, length: text.length };
  return ok(limit === undefined ? result : { ...result, limit });
}

/**
 * Cleans a note typed or pasted by a person: line breaks become `\n`, other control
 * characters are removed, runs of blank lines shrink to one, and the ends are trimmed.
 */
export function normalizeNote(note: string): string {
  const unified = note.replace(/\r\n?/g, '\n');
  return Array.from(unified)
    .filter((ch) => !isStrayControl(ch.codePointAt(0) ?? 0))
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function isStrayControl(code: number): boolean {
  const c0 = code < 0x20 && code !== 0x0a && code !== 0x09;
  const c1 = code >= 0x7f && code <= 0x9f;
  return c0 || c1 || code === 0x2028 || code === 0x2029;
}
