import type { Catalog, Locale } from '@widerspruch/catalog';
import {
  GROUND_IDS,
  type GroundId,
  objectionTemplate,
  objectionTextFor,
  problemText,
} from '@widerspruch/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { locale, pseudoOf, t } from '../i18n/i18n.js';
import { txWorded } from '../i18n/local-text.js';
import { copyText as copyToClipboard } from '../lib-clipboard.js';

/** The grounds and the note chosen for an objection text. */
export interface TextChoices {
  readonly grounds: readonly GroundId[];
  readonly note: string;
}

/** The objection text with optional grounds, a note, a length check and a copy button. */
export function TextBuilder({
  catalog,
  platform,
  textLocale,
  hint,
  onText,
  groundsOpen = false,
  choices: kept,
  onChoices,
}: {
  catalog: Catalog;
  platform: string;
  textLocale: Locale;
  /** Explains where the text goes; defaults to the web-form hint. */
  hint?: string;
  /** Told the text whenever it changes (undefined while it is not valid). */
  onText?: (text: string | undefined) => void;
  /** Shows the grounds and the note at once (they were asked for), not behind a disclosure. */
  groundsOpen?: boolean;
  /** Grounds and note chosen earlier (say, before a reload), to start from. */
  choices?: TextChoices;
  /** Told the grounds and the note whenever they change, so that they can be kept. */
  onChoices?: (choices: TextChoices) => void;
}) {
  const [grounds, setGrounds] = useState<GroundId[]>([...(kept?.grounds ?? [])]);
  const [note, setNote] = useState(kept?.note ?? '');
  // Open from the start when grounds were kept; never closed by the app afterwards.
  const [startOpen] = useState(grounds.length > 0 || note !== '');
  const report = useRef(onChoices);
  report.current = onChoices;
  useEffect(() => report.current?.({ grounds, note }), [grounds, note]);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const result = objectionTextFor(catalog, { platform, locale: textLocale, grounds, note });
  const labels = objectionTemplate(textLocale).groundLabels;
  const text = result.ok ? result.value.text : '';
  const limit = result.ok ? result.value.limit : undefined;
  useEffect(() => onText?.(result.ok ? text : undefined), [text, result.ok, onText]);
  const toggle = (id: GroundId, on: boolean) => {
    setCopyState('idle');
    setGrounds((current) =>
      on
        ? GROUND_IDS.filter((g) => g === id || current.includes(g))
        : current.filter((g) => g !== id),
    );
  };
  const copy = async () => setCopyState(await copyToClipboard(text));
  const choices = (
    <>
      <fieldset>
        <legend>{t('wizard.grounds')}</legend>
        {GROUND_IDS.map((id) => (
          <label key={id} class="check">
            <input
              type="checkbox"
              checked={grounds.includes(id)}
              onChange={(e) => toggle(id, e.currentTarget.checked)}
            />
            <span lang={textLocale}>{pseudoOf(labels[id])}</span>
          </label>
        ))}
      </fieldset>
      <label class="field" for={`note-${platform}`}>
        {t('wizard.note')}
      </label>
      <textarea
        id={`note-${platform}`}
        rows={3}
        lang={textLocale}
        value={note}
        aria-invalid={!result.ok}
        aria-describedby={`length-${platform}`}
        onInput={(e) => {
          setNote(e.currentTarget.value);
          setCopyState('idle');
        }}
      />
      {!result.ok && (
        <p class="error" role="alert">
          {txWorded(result.problems.map((p) => problemText(p.detail, locale.value)).join(' '))}
        </p>
      )}
    </>
  );
  // The text and its copy button first; the optional grounds one tap away below them.
  return (
    <section class="text-builder">
      <h2>{t('wizard.textTitle')}</h2>
      <p>{hint ?? t('wizard.textHint')}</p>
      <label class="field" for={`text-${platform}`}>
        {t('wizard.text')}
      </label>
      <textarea
        id={`text-${platform}`}
        class="output"
        rows={4}
        readOnly
        lang={textLocale}
        value={text}
      />
      <p id={`length-${platform}`} class="hint">
        {limit &&
          t(limit.basis === 'assumed' ? 'wizard.lengthAssumed' : 'wizard.length', {
            length: text.length,
            max: limit.maxLength,
          })}
      </p>
      <button type="button" class="button" disabled={!result.ok} onClick={() => void copy()}>
        {t('wizard.copy')}
      </button>
      <p class="copy-status" role="status">
        {copyState === 'copied'
          ? t('wizard.copied')
          : copyState === 'failed'
            ? t('wizard.copyFailed')
            : ''}
      </p>
      {groundsOpen ? (
        choices
      ) : (
        <details class="grounds-more" open={startOpen || undefined}>
          <summary>{t('wizard.addGrounds')}</summary>
          {choices}
        </details>
      )}
    </section>
  );
}
