import {
  type Catalog,
  type Controller,
  findController,
  type Locale,
  localText,
  otherForms,
  type Platform,
  type WebFormChannel,
} from '@widerspruch/catalog';
import { formatPostalAddress } from '../util/address.js';
import { channelNotes } from './channel-notes.js';
import { guideText } from './guide-text.js';
import type { GuideSection, GuideStep } from './model.js';
import { localize, resolveFact } from './resolve.js';
import { step } from './step.js';

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
    const facts = [
      ...(form.confirmation === undefined ? [] : [fact(form.confirmation)]),
      ...channelNotes(platform, 'after', locale),
    ];
    steps.push(step('after', t.after.title, { paragraphs: [t.after.body], facts }));
  }
  steps.push(...otherFormSteps(platform, locale));
  const { objectionCovers, objectionDoesNotCover } = platform.aiTraining;
  const coverage: GuideSection[] = [
    { heading: t.coverage.covers, facts: objectionCovers.map(fact), links: [] },
    { heading: t.coverage.doesNot, facts: objectionDoesNotCover.map(fact), links: [] },
  ];
  const sections = coverage.filter((s) => s.facts.length > 0);
  // Nothing to say (e.g. a platform that does not train): no empty heading.
  if (sections.length > 0) steps.push(step('coverage', t.coverage.title, { sections }));
  if (platform.linkedAccounts !== undefined) {
    // An uncertain claim is no instruction: then the plain advice comes first.
    const linked = platform.linkedAccounts;
    steps.push(
      step('linked-accounts', t.linkedAccounts.title, {
        ...(linked.uncertain === undefined ? {} : { paragraphs: [t.linkedAccounts.uncertain] }),
        facts: [fact(linked)],
      }),
    );
  }
  const thirdParty = thirdPartyStep(catalog, platform, locale);
  if (thirdParty !== undefined) steps.push(thirdParty);
  const notes = platform.notes ?? [];
  const statusPosts = notes.filter((n) => n.topic === 'status-posts');
  if (statusPosts.length > 0) {
    steps.push(step('status-posts', t.statusPosts.title, { facts: statusPosts.map(fact) }));
  }
  const others = [
    ...notes.filter((n) => n.topic !== 'status-posts').map(fact),
    ...channelNotes(platform, 'good-to-know', locale),
  ];
  if (others.length > 0) steps.push(step('good-to-know', t.goodToKnow.title, { facts: others }));
  const letter = letterStep(platform, controller, locale);
  if (letter !== undefined) steps.push(letter);
  const hasRoute =
    platform.channels.length > 0 ||
    platform.routeVia !== undefined ||
    platform.aiTraining.status === 'not-training';
  if (!hasRoute) steps.unshift(step('no-route', t.noRoute.title, { paragraphs: [t.noRoute.body] }));
  return steps;
}

/** Forms of the platform that are not its AI-objection form, shown for what they are. */
function otherFormSteps(platform: Platform, locale: Locale): GuideStep[] {
  const t = guideText(locale);
  return otherForms(platform).map((form) =>
    step('other-forms', localText(form.label, locale), {
      paragraphs: [t.otherForm[form.purpose]],
      links: [{ label: localText(form.label, locale), url: form.url }],
      facts: channelNotes(platform, 'enter', locale, form),
      ...(form.uncertain === undefined ? {} : { uncertain: localText(form.uncertain, locale) }),
    }),
  );
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
  const sections: GuideSection[] = [];
  const ref = thirdParty.form;
  const owner = ref === undefined ? undefined : findController(catalog, ref.controller);
  const form = owner?.forms?.find((f) => f.id === ref?.form);
  if (owner !== undefined && form !== undefined) {
    const uncertain = localize(form.uncertain, locale);
    sections.push({
      heading: t.thirdParty.form,
      links: [
        {
          label: localText(form.label, locale),
          url: form.url,
          ...(uncertain === undefined ? {} : { uncertain }),
        },
      ],
      facts: (form.notes ?? []).map((n) => resolveFact(n, locale, owner.sources)),
    });
  }
  return step('third-party', t.thirdParty.title, { facts, sections });
}

function letterStep(
  platform: Platform,
  controller: Controller,
  locale: Locale,
): GuideStep | undefined {
  const letter = platform.channels.find((c) => c.kind === 'letter');
  if (letter === undefined) return undefined;
  const t = guideText(locale);
  const only = platform.channels.every((c) => c.kind === 'letter');
  const address = formatPostalAddress(controller.name, controller.address, locale).join('\n');
  const facts = (letter.notes ?? []).map((n) => resolveFact(n, locale, platform.sources));
  const uncertain = localize(letter.uncertain, locale);
  const paragraphs = [
    only ? t.letter.onlyBody(controller.name) : t.letter.body(controller.name),
    address,
  ];
  if (controller.address === undefined) paragraphs.push(t.letter.noAddress);
  return step('letter', only ? t.letter.onlyTitle : t.letter.title, {
    paragraphs,
    facts,
    ...(uncertain === undefined ? {} : { uncertain }),
  });
}
