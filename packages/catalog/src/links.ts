import { type CatalogIssue, catalogError } from './issues.js';
import type { Authority, Channel, Controller, Platform } from './types.js';

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
      issues.push(
        catalogError(file, 'dpo.webForm', 'unknown-form', `form "${dpoForm}" is not in forms`),
      );
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
        catalogError(
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
          catalogError(
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
          catalogError(
            file,
            'thirdParty.form.controller',
            'unknown-controller',
            `controller "${form.controller}" does not exist`,
          ),
        );
      } else if (!(owner.forms ?? []).some((f) => f.id === form.form)) {
        issues.push(
          catalogError(
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
      catalogError(
        file,
        'channels',
        'several-primary-forms',
        'only one web form may be marked primary',
      ),
    );
  }
  channels.forEach((channel, i) => {
    if (channel.kind === 'in-app' && channel.leadsTo !== undefined && !ids.has(channel.leadsTo)) {
      issues.push(
        catalogError(
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
        catalogError(file, `${field}[${i}].id`, 'duplicate-channel', `id "${c.id}" is used twice`),
      );
    }
    seen.add(c.id);
  });
  return issues;
}

/**
 * Checks the authority directory: a German Land authority names its Land, no Land has two
 * authorities for companies, and national authorities are one per country.
 */
export function checkAuthorities(authorities: readonly Located<Authority>[]): CatalogIssue[] {
  const issues: CatalogIssue[] = [];
  const seen = new Map<string, string>();
  for (const { file, record } of authorities) {
    if (record.level === 'state' && record.region === undefined) {
      issues.push(
        catalogError(file, 'region', 'schema', 'a state authority needs its Land in region'),
      );
    }
    if (record.level !== 'state' && record.region !== undefined) {
      issues.push(catalogError(file, 'region', 'schema', 'only state authorities have a region'));
    }
    const key = `${record.country}/${record.level}/${record.region ?? ''}`;
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push(
        catalogError(file, 'id', 'duplicate-id', `${key} is already covered by ${first}`),
      );
    }
    seen.set(key, file);
  }
  return issues;
}

/** Checks that authorities named by controllers exist in the directory. */
export function checkAuthorityRefs(
  controllers: readonly Located<Controller>[],
  authorities: readonly Located<Authority>[],
): CatalogIssue[] {
  const ids = new Set(authorities.map((a) => a.record.id));
  return controllers.flatMap(({ file, record }) =>
    record.authorities.flatMap((ref, i) =>
      ref.authority !== undefined && !ids.has(ref.authority)
        ? [
            catalogError(
              file,
              `authorities[${i}].authority`,
              'unknown-authority',
              `authority "${ref.authority}" is not in authorities/`,
            ),
          ]
        : [],
    ),
  );
}
