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
  #byEnglish: Map<string, TranslatableText> | undefined;

  /**
   * @param catalog The catalog with the translations into `locale` merged in
   *   (`localizedCatalog(locale)`); needed only for {@link CatalogTexts.translated}.
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
   * A copy of a value built by core from the catalog's authored texts (a guide, remedy views)
   * in which every string that is a catalog text in English is shown in this output's
   * language as {@link CatalogTexts.text} would. Strings core composes itself stay as they
   * are. German and English output is returned unchanged: core already wrote it in that
   * language.
   */
  translated<T>(value: T): T {
    if (isAuthoredLocale(this.locale)) return value;
    const byEnglish = this.#index();
    const walk = (v: unknown): unknown => {
      if (typeof v === 'string') {
        const text = byEnglish.get(v);
        return text === undefined ? v : this.text(text);
      }
      if (Array.isArray(v)) return v.map(walk);
      if (typeof v === 'object' && v !== null) {
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
      }
      return v;
    };
    return walk(value) as T;
  }

  /** Whether any text so far was shown in English for want of a translation. */
  get usedEnglish(): boolean {
    return this.#english;
  }

  /** The one line that says some texts are in English, if any were; else `undefined`. */
  note(): string | undefined {
    return this.#english ? MESSAGES[this.locale].englishOnly : undefined;
  }

  /** Every catalog text by its English wording (one translated into this language first). */
  #index(): Map<string, TranslatableText> {
    if (this.#byEnglish) return this.#byEnglish;
    const index = new Map<string, TranslatableText>();
    const walk = (v: unknown): void => {
      if (isText(v)) {
        const known = index.get(v.en);
        if (known === undefined || textLocale(known, this.locale) !== this.locale)
          index.set(v.en, v);
      } else if (Array.isArray(v)) {
        for (const x of v) walk(x);
      } else if (typeof v === 'object' && v !== null) {
        for (const x of Object.values(v)) walk(x);
      }
    };
    walk(this.catalog);
    this.#byEnglish = index;
    return index;
  }
}
