import type { Locale } from '@widerspruch/catalog';
import { registerObjectionTemplate } from '../objection/compose.js';
import type { ObjectionTemplate } from '../objection/template.js';
import { objectionTemplateDe } from '../objection/template-de.js';
import { objectionTemplateEn } from '../objection/template-en.js';
import { objectionTemplateEs } from '../objection/template-es.js';
import { objectionTemplateFr } from '../objection/template-fr.js';
import { objectionTemplateIt } from '../objection/template-it.js';
import { objectionTemplateNl } from '../objection/template-nl.js';
import { objectionTemplatePl } from '../objection/template-pl.js';
import { de } from './core-text.de.js';
import { en } from './core-text.en.js';
import { es } from './core-text.es.js';
import { fr } from './core-text.fr.js';
import { it } from './core-text.it.js';
import { type CoreText, registerCoreText } from './core-text.js';
import { nl } from './core-text.nl.js';
import { pl } from './core-text.pl.js';

/**
 * Registers core's wording (and the objection templates) in every language at once, for programs that do not care about
 * download size (the CLI, the server, tests): `import '@widerspruch/core/all-texts'`.
 */
export const ALL_CORE_TEXTS: Readonly<Record<Locale, CoreText>> = { de, en, fr, es, it, nl, pl };

for (const [locale, text] of Object.entries(ALL_CORE_TEXTS) as [Locale, CoreText][]) {
  registerCoreText(locale, text);
}

const ALL_OBJECTION_TEMPLATES: Readonly<Record<Locale, ObjectionTemplate>> = {
  de: objectionTemplateDe,
  en: objectionTemplateEn,
  fr: objectionTemplateFr,
  es: objectionTemplateEs,
  it: objectionTemplateIt,
  nl: objectionTemplateNl,
  pl: objectionTemplatePl,
};

for (const [locale, template] of Object.entries(ALL_OBJECTION_TEMPLATES) as [
  Locale,
  ObjectionTemplate,
][]) {
  registerObjectionTemplate(locale, template);
}
