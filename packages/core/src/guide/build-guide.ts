import {
  type Catalog,
  controllerOf,
  type Device,
  type Locale,
  localText,
  type Platform,
  primaryForm,
  type WebFormChannel,
} from '@widerspruch/catalog';
import { composeObjectionText } from '../objection/compose.js';
import { lookupPlatform } from '../platform-lookup.js';
import { ok, type Result } from '../util/result.js';
import { channelNotes } from './channel-notes.js';
import { emailSteps, notTrainingStep, toggleSteps } from './channel-steps.js';
import { guideText } from './guide-text.js';
import type { Guide, GuideForm, GuideRoute, GuideStep } from './model.js';
import { resolveFact, resolveSources } from './resolve.js';
import { guideRoutes } from './routes.js';
import { step } from './step.js';
import { guideTask } from './step-kinds.js';
import { laterSteps } from './steps.js';

/** What the guide is for. */
export interface GuideRequest {
  readonly platform: string;
  readonly locale: Locale;
  readonly device: Device;
}

/**
 * Builds the ordered steps to object at a platform: the direct form, the in-app routes for
 * the person's device, what to enter, what happens next, what the objection covers and
 * what it does not, linked accounts, content by others, and what does not work.
 */
export function buildGuide(
  catalog: Catalog,
  request: GuideRequest,
): Result<Guide, 'unknown-platform'> {
  const found = lookupPlatform(catalog, request.platform);
  if (!found.ok) return found;
  const platform = found.value;
  const controller = controllerOf(catalog, platform);
  const { locale, device } = request;
  const form = primaryForm(platform);
  const routes = guideRoutes(platform, locale, device);
  const text = composeObjectionText({
    company: controller.shortName,
    locale: locale,
  });
  if (!text.ok) throw new Error('the default objection text cannot exceed a limit');
  const guideForm = form === undefined ? undefined : toGuideForm(form, platform, locale);
  const steps: GuideStep[] = [
    ...firstSteps(platform, guideForm, routes, request),
    ...laterSteps(catalog, platform, controller, form, locale),
  ];
  const note = platform.controllerNote;
  return ok({
    platform: platformInfo(platform),
    controller: { name: controller.name, shortName: controller.shortName },
    ...(note === undefined ? {} : { controllerNote: resolveFact(note, locale, platform.sources) }),
    locale,
    device,
    summary: resolveFact(platform.aiTraining.summary, locale, platform.sources),
    ...(guideForm === undefined ? {} : { form: guideForm }),
    inAppRoutes: routes,
    text: text.value,
    task: guideTask(steps),
    steps,
  });
}

function platformInfo(platform: Platform): Guide['platform'] {
  const { status, since, firstAnnouncedFor } = platform.aiTraining;
  return {
    id: platform.id,
    name: platform.name,
    status,
    ...(since === undefined ? {} : { since }),
    ...(firstAnnouncedFor === undefined ? {} : { firstAnnouncedFor }),
    verified: platform.verified,
    quality: platform.quality,
  };
}

function toGuideForm(form: WebFormChannel, platform: Platform, locale: Locale): GuideForm {
  const out: GuideForm = {
    label: localText(form.label, locale),
    url: form.url,
    requires: form.requires,
    alternates: (form.alternates ?? []).map((a) => ({
      label: localText(a.note, locale),
      url: a.url,
      ...(a.uncertain === undefined ? {} : { uncertain: localText(a.uncertain, locale) }),
    })),
    sources: resolveSources(form.sources, platform.sources),
  };
  return form.uncertain === undefined
    ? out
    : { ...out, uncertain: localText(form.uncertain, locale) };
}

function firstSteps(
  platform: Platform,
  form: GuideForm | undefined,
  routes: readonly GuideRoute[],
  request: GuideRequest,
): GuideStep[] {
  const t = guideText(request.locale);
  const locale = request.locale;
  const steps: GuideStep[] = [];
  const notTraining = notTrainingStep(platform, locale);
  if (notTraining !== undefined) steps.push(notTraining);
  if (platform.routeVia !== undefined) {
    steps.push(
      step('route-via', t.routeVia.title, {
        facts: [resolveFact(platform.routeVia.fact, locale, platform.sources)],
      }),
    );
  }
  if (form !== undefined) {
    const paragraphs = [t.openForm.body(platform.name)];
    if (form.requires.login === 'yes') paragraphs.push(t.loginRequired(platform.name));
    const links = [{ label: form.label, url: form.url, ...uncertainOf(form.uncertain) }];
    steps.push(step('open-form', t.openForm.title, { paragraphs, links }));
  }
  const toggles = toggleSteps(platform, locale, request.device);
  // Where a form is the objection, settings come after it; otherwise they are the way.
  if (form === undefined) steps.push(...toggles);
  if (routes.length > 0) steps.push(inAppStep(routes, request, form !== undefined));
  if (form !== undefined) steps.push(enterStep(form, platform, locale), ...toggles);
  steps.push(...emailSteps(platform, locale));
  return steps;
}

function inAppStep(
  routes: readonly GuideRoute[],
  request: GuideRequest,
  hasForm: boolean,
): GuideStep {
  const t = guideText(request.locale);
  const paragraphs: string[] = [];
  const exactDevice = routes.some((r) => r.device === request.device);
  if (exactDevice) paragraphs.push(t.inApp.body(t.device[request.device]));
  else paragraphs.push(t.noRouteForDevice(t.device[request.device], hasForm));
  const foreign = routes.find((r) => r.locale !== request.locale);
  if (foreign !== undefined) paragraphs.push(t.otherLocale[foreign.locale]);
  return step('in-app', hasForm ? t.inApp.title : t.inApp.titleNoForm, { paragraphs, routes });
}

function enterStep(form: GuideForm, platform: Platform, locale: Locale): GuideStep {
  const t = guideText(locale);
  const r = form.requires;
  const paragraphs: string[] = [];
  if (r.email === 'yes') paragraphs.push(t.enterEmail);
  if (r.country === 'yes' || r.country === 'varies') paragraphs.push(t.enterCountry);
  if (r.reason === 'optional') paragraphs.push(t.reasonOptional);
  if (r.reason === 'required') paragraphs.push(t.reasonRequired);
  if (r.verificationCode === 'varies') paragraphs.push(t.codeVaries);
  if (r.verificationCode === 'yes') paragraphs.push(t.codeYes);
  if (Object.values(r).includes('unknown')) paragraphs.push(t.requirementsUnknown);
  const channel = primaryForm(platform);
  const facts = channel === undefined ? [] : channelNotes(platform, 'enter', locale, channel);
  return step('enter', t.enter.title, { paragraphs, facts });
}

function uncertainOf(uncertain: string | undefined): { uncertain?: string } {
  return uncertain === undefined ? {} : { uncertain };
}
