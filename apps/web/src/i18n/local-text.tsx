import { type Locale, localText, type TranslatableText, textLocale } from '@widerspruch/catalog';
import { useEffect, useRef, useState } from 'preact/hooks';
import { locale, pseudoLocale, pseudoOf, t } from './i18n.js';

/** The attribute that marks a text shown in English because it has no current translation. */
const FALLBACK = 'data-fallback';

/**
 * A catalog text in the interface language: the translation where one is current, otherwise
 * the English text marked `lang="en"` (a {@link EnglishNote} on the page explains why).
 */
export function tx(text: TranslatableText) {
  return shownIn(localText(text, locale.value), textLocale(text, locale.value));
}

/**
 * A text already resolved to a language, marked
 * `lang="en"` like {@link tx} when that is not the interface language.
 */
export function shownIn(shown: string, lang: Locale) {
  if (pseudoLocale.value) return pseudoOf(shown);
  if (lang === locale.value) return shown;
  return (
    <span lang={lang} {...{ [FALLBACK]: '' }}>
      {shown}
    </span>
  );
}

/** A text core worded in the interface language (transformed in the test pseudo-locale). */
export function txWorded(text: string) {
  return shownIn(text, locale.value);
}

/**
 * A catalog text as a plain string (for attributes and joined lists), in English where no
 * translation is current; use {@link tx} wherever an element can carry the `lang`.
 */
export function txString(text: TranslatableText): string {
  return pseudoOf(localText(text, locale.value));
}

/**
 * A short note, once per page, that some details are shown in English: appears when the
 * element it is placed in contains a text that {@link tx} marked.
 */
export function EnglishNote({ within }: { within: () => Element | null }) {
  const [shown, setShown] = useState(false);
  const observer = useRef<MutationObserver | undefined>(undefined);
  useEffect(() => {
    const root = within();
    if (!root) return;
    const check = () => setShown(root.querySelector(`[${FALLBACK}]`) !== null);
    check();
    observer.current = new MutationObserver(check);
    observer.current.observe(root, { childList: true, subtree: true });
    return () => observer.current?.disconnect();
  }, [within]);
  if (!shown) return null;
  return (
    <p class="english-note" role="note">
      {t('fallback.note')}
    </p>
  );
}
