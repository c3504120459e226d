import {
  type Catalog,
  isAuthoredLocale,
  type Locale,
  localText,
  type TranslatableText,
  textLocale,
} from '@widerspruch/catalog';
import { MESSAGES } from '../text/messages.js';

const isText = (value: unknown): value is TranslatableText =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  typeof (value as Record<string, unknown>).de === 'string' &&
  typeof (value as Record<string, unknown>).en === 'string';

/**
 * Catalog texts in the language of one output: each text is the current translation where
 * there is one, else English (`localText`). Remembers whether any text fell back to English,
 * so that the output says so once, at its end, instead of on every line.
 *
 * @example
 * const texts = new CatalogTexts('fr');
 * out.push(texts.text(platform.aiTraining.summary.text));
 * const note = texts.note(); // "Certaines informations …" when something was in English
 */
export class CatalogTexts {
  #english = false;
  #untranslated: Set<string> | undefined;

  /**
   * @param catalog The catalog with the translations into `locale` merged in
   *   (`localizedCatalog(locale)`); needed only for {@link CatalogTexts.shown}.
   */
  constructor(
    readonly locale: Locale,
    private readonly catalog?: Catalog,
  ) {}

  /** A catalog text in this output's language (English where no translation is current). */
  text(text: TranslatableText): string {
    if (textLocale(text, this.locale) !== this.locale) this.#english = true;
    return localText(text, this.locale);
  }

  /**
   * A value core built from the catalog in this output's language (a guide, remedy views),
   * returned as it is: core already shows each catalog text in its current translation, else
   * in English. Notes whether it shows any catalog text in English for want of a translation
   * (a string that is the English wording of a text not translated into this language), so
   * that {@link CatalogTexts.note} says so once.
   */
  shown<T>(value: T): T {
    if (this.#english || isAuthoredLocale(this.locale)) return value;
    const untranslated = this.#index();
    const inEnglish = (v: unknown): boolean => {
      if (typeof v === 'string') return untranslated.has(v);
      if (Array.isArray(v)) return v.some(inEnglish);
      if (typeof v === 'object' && v !== null) return Object.values(v).some(inEnglish);
      return false;
    };
    if (inEnglish(value)) this.#english = true;
    return value;
  }

  /** Whether any text so far was shown in English for want of a translation. */
  get usedEnglish(): boolean {
    return this.#english;
  }

  /** The one line that says some texts are in English, if any were; else `undefined`. */
  note(): string | undefined {
    return this.#english ? MESSAGES[this.locale].englishOnly : undefined;
  }

  /**
   * The English wording of every catalog text that has no current translation into this
   * language (and of no text that has one, should two texts share their English wording).
   */
  #index(): Set<string> {
    if (this.#untranslated) return this.#untranslated;
    const translated = new Set<string>();
    const untranslated = new Set<string>();
    const walk = (v: unknown): void => {
      if (isText(v)) {
        if (textLocale(v, this.locale) === this.locale) translated.add(v.en);
        else untranslated.add(v.en);
      } else if (Array.isArray(v)) {
        for (const x of v) walk(x);
      } else if (typeof v === 'object' && v !== null) {
        for (const x of Object.values(v)) walk(x);
      }
    };
    walk(this.catalog);
    for (const en of translated) untranslated.delete(en);
    this.#untranslated = untranslated;
    return untranslated;
  }
}
