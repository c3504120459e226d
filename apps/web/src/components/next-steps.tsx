import type { Catalog } from '@widerspruch/catalog';
import {
  type Case,
  type CaseSummary,
  type LetterKind,
  letterObstacle,
  type OfferedStep,
  whatNext,
} from '@widerspruch/core';
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { formatDate, t } from '../i18n/i18n.js';
import { tx } from '../i18n/local-text.js';
import { guideHref } from '../router.js';
import { today } from '../state/store.js';

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
      {situations.map((s) => {
        // A situation ahead: its letters can all be written from one day on, said once.
        const from = s.ahead ? sharedFrom(c, s.steps) : undefined;
        return (
          <details
            key={s.id}
            class={s.current ? 'situation situation-current' : 'situation'}
            open={s.current}
          >
            <summary>
              {tx(s.title)}
              {s.current && <span class="tag"> – {t('next.current')}</span>}
              {from && (
                <span class="tag"> – {t('next.aheadFrom', { date: formatDate(from) })}</span>
              )}
            </summary>
            <ol>
              {s.steps.map((step) => (
                <li key={step.id}>
                  {tx(step.text)}
                  {step.id === 'in-app-route' && (
                    <>
                      {' '}
                      <a href={guideHref(c.platform)}>{t('next.openGuide')}</a>
                    </>
                  )}
                  {step.letter && !from && (
                    <LetterButton c={c} kind={step.letter} onOpen={setOpen} />
                  )}
                </li>
              ))}
            </ol>
          </details>
        );
      })}
      {open && Panel && (
        <Panel c={c} kind={open} catalog={catalog} onClose={() => setOpen(undefined)} />
      )}
      {open && !Panel && <p role="status">{t('loading')}</p>}
    </section>
  );
}

/**
 * The button that writes a step's letter, or, while the letter would still state something
 * untrue (a deadline not yet passed), the day from which it can be written.
 */
function LetterButton({
  c,
  kind,
  onOpen,
}: {
  c: Case;
  kind: LetterKind;
  onOpen: (kind: LetterKind) => void;
}) {
  const obstacle = letterObstacle(kind, c, today());
  // whatNext offers a letter it cannot be written for only while a deadline runs; anything
  // else would be a mistake, so the button then stays away rather than mislead.
  if (obstacle?.from) {
    return <span class="muted"> – {t('next.from', { date: formatDate(obstacle.from) })}</span>;
  }
  if (obstacle) return null;
  return (
    <>
      {' '}
      <button type="button" class="button button-small" onClick={() => onOpen(kind)}>
        {t('next.makeLetter')}
        <span class="visually-hidden">: {t(`letter.title.${kind}`)}</span>
      </button>
    </>
  );
}

/** The one day from which every letter of these steps can be written, if they share one. */
function sharedFrom(c: Case, steps: readonly OfferedStep[]): string | undefined {
  const days = new Set<string | undefined>();
  for (const step of steps) {
    if (step.letter) days.add(letterObstacle(step.letter, c, today())?.from);
  }
  const [only] = [...days];
  return days.size === 1 ? only : undefined;
}
