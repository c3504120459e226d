import {
  type Catalog,
  type Controller,
  controllerOf,
  type Device,
  inAppRoutes,
  type Locale,
  type Platform,
  pathFor,
  primaryForm,
  type WebFormChannel,
} from '@widerspruch/catalog';
import { composeObjectionText } from '../objection/compose.js';
import { lookupPlatform } from '../platform-lookup.js';
import { ok, type Result } from '../util/result.js';
import { guideText } from './guide-text.js';
import type { Guide, GuideForm, GuideRoute, GuideStep } from './model.js';
import { resolveFact, resolveSources } from './resolve.js';
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
  const routes = inAppRoutes(platform).flatMap((route) => {
    const match = pathFor(route, locale, device);
    if (match === undefined) return [];
    const uncertain = match.path.uncertain?.[locale] ?? route.uncertain?.[locale];
    const out: GuideRoute = {
      id: route.id,
      label: route.label[locale],
      locale: match.path.locale,
      device: match.path.device,
      exact: match.exact,
      steps: match.path.steps,
      sources: resolveSources([...route.sources, ...match.path.sources], platform.sources),
    };
    return [uncertain === undefined ? out : { ...out, uncertain }];
  });
  const text = composeObjectionText({ company: controller.shortName, locale });
  if (!text.ok) throw new Error('the default objection text cannot exceed a limit');
  const guideForm = form === undefined ? undefined : toGuideForm(form, platform, locale);
  const steps: GuideStep[] = [
    ...firstSteps(platform, controller, guideForm, routes, request),
    ...laterSteps(catalog, platform, controller, form, locale),
  ];
  const base = {
    platform: platformInfo(platform),
    controller: { name: controller.name, shortName: controller.shortName },
    locale,
    device,
    summary: resolveFact(platform.aiTraining.summary, locale, platform.sources),
    inAppRoutes: routes,
    text: text.value,
    steps,
  };
  return ok(guideForm === undefined ? base : { ...base, form: guideForm });
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
    label: form.label[locale],
    url: form.url,
    requires: form.requires,
    alternates: (form.alternates ?? []).map((a) => ({
      label: a.note[locale],
      url: a.url,
    })),
    sources: resolveSources(form.sources, platform.sources),
  };
  return form.uncertain === undefined ? out : { ...out, uncertain: form.uncertain[locale] };
}

function step(
  id: GuideStep['id'],
  title: string,
  parts: Partial<Omit<GuideStep, 'id' | 'title'>>,
): GuideStep {
  return { id, title, paragraphs: [], facts: [], sections: [], links: [], routes: [], ...parts };
}

function firstSteps(
  platform: Platform,
  controller: Controller,
  form: GuideForm | undefined,
  routes: readonly GuideRoute[],
  request: GuideRequest,
): GuideStep[] {
  const t = guideText(request.locale);
  const locale = request.locale;
  const steps: GuideStep[] = [];
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
  if (routes.length > 0) {
    const paragraphs = [t.inApp.body(t.device[request.device])];
    const other = routes.find((r) => !r.exact && r.device !== request.device);
    if (other !== undefined) paragraphs.push(t.otherDevice(t.device[other.device]));
    if (routes.some((r) => r.locale !== request.locale)) paragraphs.push(t.otherLocale);
    steps.push(step('in-app', t.inApp.title, { paragraphs, routes }));
  }
  if (form !== undefined) steps.push(enterStep(form, platform, controller, locale));
  return steps;
}

function enterStep(
  form: GuideForm,
  platform: Platform,
  _controller: Controller,
  locale: Locale,
): GuideStep {
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
  const facts = (channel?.notes ?? []).map((n) => resolveFact(n, locale, platform.sources));
  return step('enter', t.enter.title, { paragraphs, facts });
}

function uncertainOf(uncertain: string | undefined): { uncertain?: string } {
  return uncertain === undefined ? {} : { uncertain };
}
