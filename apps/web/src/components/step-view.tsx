import type { GuideLink, GuideRoute, GuideStep } from '@widerspruch/core';
import { locale, t } from '../i18n/i18n.js';
import { FactList, Sources } from './fact-view.js';

/**
 * One step of a guide: its paragraphs, links, menu paths and facts. A `collapsed` step (a
 * fallback, such as the menu routes when a form does not load) shows only its heading until
 * it is opened.
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
  const heading = <Heading>{step.title}</Heading>;
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
  return (
    <>
      {step.paragraphs.map((p, i) =>
        isAddress && i === 1 ? <address key={p}>{p}</address> : <p key={p}>{p}</p>,
      )}
      <LinkList links={step.links} />
      {step.routes.map((route) => (
        <RouteView key={route.id} route={route} />
      ))}
      {step.uncertain && (
        <p class="uncertain">
          <strong>{t('fact.uncertain')}:</strong> {step.uncertain}
        </p>
      )}
      <FactList facts={step.facts} />
      {step.sections.map((section) => (
        <div key={section.heading} class="step-section">
          <p class="section-heading">{section.heading}</p>
          <LinkList links={section.links} />
          <FactList facts={section.facts} />
        </div>
      ))}
    </>
  );
}

/** Official pages to open, each with its uncertainty note. */
function LinkList({ links }: { links: readonly GuideLink[] }) {
  if (links.length === 0) return null;
  return (
    <ul class="links">
      {links.map((link) => (
        <li key={link.url}>
          <a href={link.url} target="_blank" rel="noopener noreferrer">
            {link.label}
          </a>
          {link.uncertain && (
            <p class="uncertain">
              <strong>{t('fact.uncertain')}:</strong> {link.uncertain}
            </p>
          )}
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
        {route.label}
        {otherLang && (
          <span class="tag">
            {' '}
            {t(locale.value === 'de' ? 'wizard.routeOtherLang' : 'wizard.routeOtherLang.en')}
          </span>
        )}
        {!otherLang && !route.exact && (
          <span class="tag">
            {' '}
            {t('wizard.routeOtherDevice', { device: t(`wizard.device.${route.device}`) })}
          </span>
        )}
      </p>
      <ol class="menu-path" lang={route.locale}>
        {route.steps.map((label, i) => (
          <li key={i}>{label}</li>
        ))}
      </ol>
      {route.hint && (
        <p class="hint" lang={route.locale}>
          {route.hint}
        </p>
      )}
      {route.uncertain && (
        <p class="uncertain">
          <strong>{t('fact.uncertain')}:</strong> {route.uncertain}
        </p>
      )}
      <FactList facts={route.notes} />
      <Sources sources={route.sources} />
    </div>
  );
}
