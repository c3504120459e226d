import { type CatalogIssue, catalogError } from './issues.js';
import type { Controller, Platform, Remedy } from './types.js';

interface Located<T> {
  readonly file: string;
  readonly record: T;
}

/**
 * Checks remedy records against the rest of the catalog: every platform and controller they
 * name exists, a platform's controller is among the remedy's controllers, a collective action
 * says how to join it, and no date of the record lies after today.
 */
export function checkRemedyLinks(
  remedies: readonly Located<Remedy>[],
  platforms: readonly Located<Platform>[],
  controllers: readonly Located<Controller>[],
  today: string,
): CatalogIssue[] {
  const platformById = new Map(platforms.map((p) => [p.record.id, p.record]));
  const controllerIds = new Set(controllers.map((c) => c.record.id));
  const issues: CatalogIssue[] = [];
  for (const { file, record } of remedies) {
    record.platforms.forEach((id, i) => {
      const platform = platformById.get(id);
      if (platform === undefined) {
        issues.push(
          catalogError(
            file,
            `platforms[${i}]`,
            'unknown-platform',
            `platform "${id}" does not exist`,
          ),
        );
      } else if (!record.controllers.includes(platform.controller)) {
        issues.push(
          catalogError(
            file,
            `platforms[${i}]`,
            'unknown-controller',
            `platform "${id}" belongs to controller "${platform.controller}", which is not in controllers`,
          ),
        );
      }
    });
    record.controllers.forEach((id, i) => {
      if (!controllerIds.has(id)) {
        issues.push(
          catalogError(
            file,
            `controllers[${i}]`,
            'unknown-controller',
            `controller "${id}" does not exist`,
          ),
        );
      }
    });
    if (record.kind === 'collective-action' && record.join === undefined) {
      issues.push(
        catalogError(
          file,
          'join',
          'schema',
          'a collective action needs "join": who can join and how',
        ),
      );
    }
    if (record.status.asOf > today) {
      issues.push(
        catalogError(
          file,
          'status.asOf',
          'future-date',
          `status date ${record.status.asOf} is in the future (today is ${today})`,
        ),
      );
    }
    if (record.date > today) {
      issues.push(
        catalogError(
          file,
          'date',
          'future-date',
          `date ${record.date} is in the future (today is ${today})`,
        ),
      );
    }
  }
  return issues;
}
