import {
  authoredFallback,
  type Device,
  type EmailChannel,
  type Locale,
  localText,
  type Platform,
  pathFor,
  type SettingToggleChannel,
} from '@widerspruch/catalog';
import { channelNotes } from './channel-notes.js';
import { guideText } from './guide-text.js';
import type { GuideRoute, GuideStep } from './model.js';
import { localize, resolveFact, resolveSources } from './resolve.js';
import { step } from './step.js';

/** A step per setting to switch off, with the menu path for the person's device. */
export function toggleSteps(platform: Platform, locale: Locale, device: Device): GuideStep[] {
  const t = guideText(locale);
  return platform.channels
    .filter((c): c is SettingToggleChannel => c.kind === 'setting-toggle')
    .map((channel) => {
      const match = pathFor(channel, authoredFallback(locale), device);
      const routes: GuideRoute[] = [];
      if (match !== undefined) {
        const doubts = [
          localize(channel.uncertain, locale),
          localize(match.path.uncertain, locale),
        ].filter((d): d is string => d !== undefined);
        const uncertain = doubts.length > 0 ? doubts.join(' ') : undefined;
        routes.push({
          id: channel.id,
          label: localText(channel.label, locale),
          locale: match.path.locale,
          device: match.path.device,
          exact: match.exact,
          steps: match.path.steps,
          ...(match.path.hint === undefined ? {} : { hint: match.path.hint }),
          notes: [],
          sources: resolveSources([...channel.sources, ...match.path.sources], platform.sources),
          ...(uncertain === undefined ? {} : { uncertain }),
        });
      }
      const protect = channel.protectiveState ?? 'off';
      const paragraphs = [
        protect === 'on'
          ? t.toggle.bodyOn(localText(channel.setting, locale), channel.defaultOn)
          : t.toggle.body(localText(channel.setting, locale), channel.defaultOn),
      ];
      if (routes.some((r) => !r.exact)) paragraphs.push(t.toggle.otherPath);
      // Menu labels documented only in another language (English for most languages) are said so.
      const foreign = routes.find((r) => r.locale !== locale);
      if (foreign !== undefined) paragraphs.push(t.otherLocale[foreign.locale]);
      return step('toggle', protect === 'on' ? t.toggle.titleOn : t.toggle.title, {
        paragraphs,
        routes,
        facts: channelNotes(platform, 'route', locale, channel),
      });
    });
}

/** A step per e-mail address that takes objections. */
export function emailSteps(platform: Platform, locale: Locale): GuideStep[] {
  const t = guideText(locale);
  return platform.channels
    .filter((c): c is EmailChannel => c.kind === 'email')
    .map((channel) =>
      step('email', t.email.title, {
        paragraphs: [t.email.body],
        links: [{ label: channel.address, url: `mailto:${channel.address}` }],
        facts: (channel.notes ?? []).map((n) => resolveFact(n, locale, platform.sources)),
        ...(channel.uncertain === undefined
          ? {}
          : { uncertain: localText(channel.uncertain, locale) }),
      }),
    );
}

/** For platforms that do not train on user content: say so, with the summary's sources. */
export function notTrainingStep(platform: Platform, locale: Locale): GuideStep | undefined {
  if (platform.aiTraining.status !== 'not-training') return undefined;
  const t = guideText(locale);
  return step('not-training', t.notTraining.title, {
    paragraphs: [t.notTraining.body(platform.name)],
  });
}
