import {
  type Catalog,
  type Controller,
  findController,
  type Locale,
  type Platform,
  type WebFormChannel,
} from '@widerspruch/catalog';
import { formatPostalAddress } from '../util/address.js';
import { guideText } from './guide-text.js';
import type { GuideLink, GuideStep } from './model.js';
import { resolveFact } from './resolve.js';

function step(
  id: GuideStep['id'],
  title: string,
  parts: Partial<Omit<GuideStep, 'id' | 'title'>>,
): GuideStep {
  return { id, title, paragraphs: [], facts: [], sections: [], links: [], routes: [], ...parts };
}

/** The steps after sending: confirmation, coverage, accounts, others' content, pitfalls. */
export function laterSteps(
  catalog: Catalog,
  platform: Platform,
  controller: Controller,
  form: WebFormChannel | undefined,
  locale: Locale,
): GuideStep[] {
  const t = guideText(locale);
  const fact = (f: Parameters<typeof resolveFact>[0]) => resolveFact(f, locale, platform.sources);
  const steps: GuideStep[] = [];
  if (form !== undefined) {
    const facts = form.confirmation === undefined ? [] : [fact(form.confirmation)];
    steps.push(step('after', t.after.title, { paragraphs: [t.after.body], facts }));
  }
  const { objectionCovers, objectionDoesNotCover } = platform.aiTraining;
  steps.push(
    step('coverage', t.coverage.title, {
      sections: [
        { heading: t.coverage.covers, facts: objectionCovers.map(fact) },
        { heading: t.coverage.doesNot, facts: objectionDoesNotCover.map(fact) },
      ].filter((s) => s.facts.length > 0),
    }),
  );
  if (platform.linkedAccounts !== undefined) {
    steps.push(
      step('linked-accounts', t.linkedAccounts.title, { facts: [fact(platform.linkedAccounts)] }),
    );
  }
  const thirdParty = thirdPartyStep(catalog, platform, locale);
  if (thirdParty !== undefined) steps.push(thirdParty);
  const notes = platform.notes ?? [];
  const statusPosts = notes.filter((n) => n.topic === 'status-posts');
  if (statusPosts.length > 0) {
    steps.push(step('status-posts', t.statusPosts.title, { facts: statusPosts.map(fact) }));
  }
  const others = notes.filter((n) => n.topic !== 'status-posts');
  if (others.length > 0) {
    steps.push(step('good-to-know', t.goodToKnow.title, { facts: others.map(fact) }));
  }
  const letter = letterStep(platform, controller, locale);
  if (letter !== undefined) steps.push(letter);
  const hasRoute = platform.channels.length > 0 || platform.routeVia !== undefined;
  if (!hasRoute) steps.unshift(step('no-route', t.noRoute.title, { paragraphs: [t.noRoute.body] }));
  return steps;
}

function thirdPartyStep(
  catalog: Catalog,
  platform: Platform,
  locale: Locale,
): GuideStep | undefined {
  const thirdParty = platform.thirdParty;
  if (thirdParty === undefined) return undefined;
  const t = guideText(locale);
  const facts = thirdParty.advice.map((f) => resolveFact(f, locale, platform.sources));
  const links: GuideLink[] = [];
  const sections = [];
  if (thirdParty.form !== undefined) {
    const owner = findController(catalog, thirdParty.form.controller);
    const form = owner?.forms?.find((f) => f.id === thirdParty.form?.form);
    if (owner !== undefined && form !== undefined) {
      const uncertain = form.uncertain?.[locale];
      links.push({
        label: form.label[locale],
        url: form.url,
        ...(uncertain === undefined ? {} : { uncertain }),
      });
      const notes = (form.notes ?? []).map((n) => resolveFact(n, locale, owner.sources));
      if (notes.length > 0) sections.push({ heading: t.thirdParty.form, facts: notes });
    }
  }
  return step('third-party', t.thirdParty.title, { facts, links, sections });
}

function letterStep(
  platform: Platform,
  controller: Controller,
  locale: Locale,
): GuideStep | undefined {
  const letter = platform.channels.find((c) => c.kind === 'letter');
  if (letter === undefined) return undefined;
  const t = guideText(locale);
  const address = formatPostalAddress(controller.name, controller.address, locale).join('\n');
  const facts = (letter.notes ?? []).map((n) => resolveFact(n, locale, platform.sources));
  const uncertain = letter.uncertain?.[locale];
  if (uncertain !== undefined) {
    facts.unshift({ text: letter.label[locale], sources: [], uncertain });
  }
  return step('letter', t.letter.title, {
    paragraphs: [t.letter.body(controller.name), address],
    facts,
  });
}
