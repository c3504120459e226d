import type { Catalog } from '@widerspruch/catalog';
import { type Case, type CaseSummary, type LetterKind, whatNext } from '@widerspruch/core';
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { locale, t } from '../i18n/i18n.js';
import { guideHref } from '../router.js';

type PanelProps = { c: Case; kind: LetterKind; catalog: Catalog; onClose: () => void };

/** The situations of a case with the steps offered, and the letter for each step. */
export function NextSteps({
  c,
  summary,
  catalog,
}: {
  c: Case;
  summary: CaseSummary;
  catalog: Catalog;
}) {
  const [open, setOpen] = useState<LetterKind | undefined>();
  // The letter templates load only when a letter is asked for.
  const [Panel, setPanel] = useState<ComponentType<PanelProps> | undefined>();
  useEffect(() => {
    if (open && !Panel) void import('./letter-panel.js').then((m) => setPanel(() => m.LetterPanel));
  }, [open, Panel]);
  const situations = whatNext(summary);
  return (
    <section>
      <h2>{t('next.title')}</h2>
      {situations.map((s) => (
        <details
          key={s.id}
          class={s.current ? 'situation situation-current' : 'situation'}
          open={s.current}
        >
          <summary>
            {s.title[locale.value]}
            {s.current && <span class="tag"> – {t('next.current')}</span>}
          </summary>
          <ol>
            {s.steps.map((step) => (
              <li key={step.id}>
                {step.text[locale.value]}
                {step.id === 'in-app-route' && (
                  <>
                    {' '}
                    <a href={guideHref(c.platform)}>{t('next.openGuide')}</a>
                  </>
                )}
                {step.letter && (
                  <>
                    {' '}
                    <button
                      type="button"
                      class="button button-small"
                      onClick={() => setOpen(step.letter)}
                    >
                      {t('next.makeLetter')}
                      <span class="visually-hidden">: {t(`letter.title.${step.letter}`)}</span>
                    </button>
                  </>
                )}
              </li>
            ))}
          </ol>
        </details>
      ))}
      {open && Panel && (
        <Panel c={c} kind={open} catalog={catalog} onClose={() => setOpen(undefined)} />
      )}
      {open && !Panel && <p role="status">{t('loading')}</p>}
    </section>
  );
}
