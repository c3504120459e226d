import type { CatalogIssue } from './issues.js';
import type { Channel, Controller, Platform } from './types.js';

interface Located<T> {
  readonly file: string;
  readonly record: T;
}

/** Checks references inside controllers (the DPO form must be one of the controller's forms). */
export function checkControllerLinks(controllers: readonly Located<Controller>[]): CatalogIssue[] {
  const issues: CatalogIssue[] = [];
  for (const { file, record } of controllers) {
    const formIds = (record.forms ?? []).map((f) => f.id);
    issues.push(...duplicateChannelIds(file, 'forms', record.forms ?? []));
    const dpoForm = record.dpo?.webForm;
    if (dpoForm !== undefined && !formIds.includes(dpoForm)) {
      issues.push(error(file, 'dpo.webForm', 'unknown-form', `form "${dpoForm}" is not in forms`));
    }
  }
  return issues;
}

/** Checks references from platforms to controllers, other platforms, forms and channels. */
export function checkPlatformLinks(
  platforms: readonly Located<Platform>[],
  controllers: readonly Located<Controller>[],
): CatalogIssue[] {
  const issues: CatalogIssue[] = [];
  const controllerById = new Map(controllers.map((c) => [c.record.id, c.record]));
  const platformIds = new Set(platforms.map((p) => p.record.id));
  for (const { file, record } of platforms) {
    if (!controllerById.has(record.controller)) {
      const known = [...controllerById.keys()].join(', ') || 'none';
      issues.push(
        error(
          file,
          'controller',
          'unknown-controller',
          `controller "${record.controller}" does not exist (known: ${known})`,
        ),
      );
    }
    record.routeVia?.platforms.forEach((id, i) => {
      if (!platformIds.has(id) || id === record.id) {
        issues.push(
          error(
            file,
            `routeVia.platforms[${i}]`,
            'unknown-platform',
            `platform "${id}" does not exist`,
          ),
        );
      }
    });
    const form = record.thirdParty?.form;
    if (form !== undefined) {
      const owner = controllerById.get(form.controller);
      if (owner === undefined) {
        issues.push(
          error(
            file,
            'thirdParty.form.controller',
            'unknown-controller',
            `controller "${form.controller}" does not exist`,
          ),
        );
      } else if (!(owner.forms ?? []).some((f) => f.id === form.form)) {
        issues.push(
          error(
            file,
            'thirdParty.form.form',
            'unknown-form',
            `controller "${form.controller}" has no form "${form.form}"`,
          ),
        );
      }
    }
    issues.push(...checkChannels(file, record.channels));
  }
  return issues;
}

function checkChannels(file: string, channels: readonly Channel[]): CatalogIssue[] {
  const issues = duplicateChannelIds(file, 'channels', channels);
  const ids = new Set(channels.map((c) => c.id));
  const primaries = channels.filter((c) => c.kind === 'web-form' && c.primary === true);
  if (primaries.length > 1) {
    issues.push(
      error(file, 'channels', 'several-primary-forms', 'only one web form may be marked primary'),
    );
  }
  channels.forEach((channel, i) => {
    if (channel.kind === 'in-app' && channel.leadsTo !== undefined && !ids.has(channel.leadsTo)) {
      issues.push(
        error(
          file,
          `channels[${i}].leadsTo`,
          'unknown-channel',
          `channel "${channel.leadsTo}" does not exist`,
        ),
      );
    }
  });
  return issues;
}

function duplicateChannelIds(
  file: string,
  field: string,
  channels: readonly { id: string }[],
): CatalogIssue[] {
  const seen = new Set<string>();
  const issues: CatalogIssue[] = [];
  channels.forEach((c, i) => {
    if (seen.has(c.id)) {
      issues.push(
        error(file, `${field}[${i}].id`, 'duplicate-channel', `id "${c.id}" is used twice`),
      );
    }
    seen.add(c.id);
  });
  return issues;
}

function error(
  file: string,
  path: string,
  code: CatalogIssue['code'],
  message: string,
): CatalogIssue {
  return { file, path, code, message, severity: 'error' };
}
