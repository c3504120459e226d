import type { GuideFact, GuideLink, GuideRoute, GuideStep } from '@widerspruch/core';
import { languageName, locale, pseudoOf, t } from '../i18n/i18n.js';
import { txWorded } from '../i18n/local-text.js';
import { CertaintyView, certaintyOf } from './certainty.js';

/**
 * One step of a guide: its instruction plainly (paragraphs, links, menu paths, what is
 * certain), then one "Wie sicher ist das?" disclosure with what is uncertain and the sources.
 * A `collapsed` step (a fallback, such as the menu routes when a form does not load) shows
 * only its heading until it is opened.
 */
export function StepView({
  step,
  headingLevel = 2,
  collapsed = false,
}: {
  step: GuideStep;
  headingLevel?: 2 | 3;
  collapsed?: boolean;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const heading = <Heading>{txWorded(step.title)}</Heading>;
  return (
    <section class={`step step-${step.id}`}>
      {collapsed ? (
        <details class="step-fallback">
          <summary>{heading}</summary>
          <StepBody step={step} />
        </details>
      ) : (
        <>
          {heading}
          <StepBody step={step} />
        </>
      )}
    </section>
  );
}

function StepBody({ step }: { step: GuideStep }) {
  const isAddress = step.id === 'letter';
  // A step that is nothing but uncertain facts (WhatsApp's "Welcher Widerspruch hier gilt")
  // would show a heading over a closed disclosure: its facts are then its text, and the
  // disclosure keeps only why they are uncertain.
  const bare =
    step.paragraphs.length === 0 &&
    step.links.length === 0 &&
    step.routes.length === 0 &&
    step.sections.length === 0 &&
    step.facts.length > 0 &&
    step.facts.every((f) => f.uncertain !== undefined);
  const certainty = certaintyOf(step);
  const shown = new Set(bare ? step.facts.map((f) => f.text) : []);
  return (
    <>
      {step.paragraphs.map((p, i) =>
        isAddress && i === 1 ? (
          // A postal address, as it goes on the envelope.
          <address key={p} translate={false}>
            {p}
          </address>
        ) : (
          <p key={p}>{txWorded(p)}</p>
        ),
      )}
      {[...shown].map((text) => (
        <p key={text}>{txWorded(text)}</p>
      ))}
      <LinkList links={step.links} />
      {step.routes.map((route) => (
        <RouteView key={route.id} route={route} />
      ))}
      <PlainFacts facts={step.facts} />
      {step.sections.map((section) => (
        <div key={section.heading} class="step-section">
          <p class="section-heading">{txWorded(section.heading)}</p>
          <LinkList links={section.links} />
          <PlainFacts facts={section.facts} />
        </div>
      ))}
      <CertaintyView
        certainty={{
          ...certainty,
          doubts: certainty.doubts.map((d) =>
            d.about !== undefined && shown.has(d.about) ? { why: d.why } : d,
          ),
        }}
      />
    </>
  );
}

/**
 * The facts that are certain, as plain text (their sources are in the step's disclosure).
 * An uncertain fact is no instruction: it is shown only inside "Wie sicher ist das?".
 */
export function PlainFacts({ facts }: { facts: readonly GuideFact[] }) {
  const sure = facts.filter((f) => f.uncertain === undefined);
  if (sure.length === 0) return null;
  return (
    <ul class="facts">
      {sure.map((fact) => (
        <li key={fact.text}>
          <p>{txWorded(fact.text)}</p>
        </li>
      ))}
    </ul>
  );
}

/** Official pages to open. */
function LinkList({ links }: { links: readonly GuideLink[] }) {
  if (links.length === 0) return null;
  return (
    <ul class="links">
      {links.map((link) => (
        <li key={link.url}>
          <a href={link.url} target="_blank" rel="noopener noreferrer">
            {txWorded(link.label)}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** A menu path as an ordered list of the labels to tap. */
export function RouteView({ route }: { route: GuideRoute }) {
  const otherLang = route.locale !== locale.value;
  return (
    <div class="route">
      <p class="route-label">
        {txWorded(route.label)}
        {otherLang && (
          <span class="tag">
            {' '}
            {t('wizard.routeOtherLang', { language: languageName(route.locale) })}
          </span>
        )}
        {!otherLang && !route.exact && (
          <span class="tag">
            {' '}
            {t('wizard.routeOtherDevice', { device: t(`wizard.device.${route.device}`) })}
          </span>
        )}
      </p>
      <ol class="menu-path" lang={route.locale} translate={false}>
        {route.steps.map((label, i) => (
          <li key={i}>{label}</li>
        ))}
      </ol>
      {route.hint && (
        <p class="hint" lang={route.locale}>
          {pseudoOf(route.hint)}
        </p>
      )}
      <PlainFacts facts={route.notes} />
    </div>
  );
}
