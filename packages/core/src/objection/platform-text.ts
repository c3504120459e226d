import { type Catalog, controllerOf, type Locale, primaryForm } from '@widerspruch/catalog';
import { lookupPlatform } from '../platform-lookup.js';
import { problemOf } from '../problem/core-problem.js';
import { closestMatch } from '../util/closest.js';
import type { Problem, Result } from '../util/result.js';
import { composeObjectionText, type ObjectionText } from './compose.js';
import { GROUND_IDS, type GroundId, isGroundId } from './grounds.js';

/** An objection text for a platform, with grounds given by id (e.g. from a command line). */
export interface PlatformTextRequest {
  readonly platform: string;
  readonly locale: Locale;
  readonly grounds?: readonly string[];
  readonly note?: string;
}

/** Problems {@link objectionTextFor} reports. */
export type PlatformTextProblem = 'unknown-platform' | 'unknown-ground' | 'too-long';

/**
 * The objection text for a platform: names its controller, and must fit the reason field
 * of the platform's primary form when the catalog states (or assumes) a limit.
 */
export function objectionTextFor(
  catalog: Catalog,
  request: PlatformTextRequest,
): Result<ObjectionText, PlatformTextProblem> {
  const found = lookupPlatform(catalog, request.platform);
  if (!found.ok) return found;
  const platform = found.value;
  const problems: Problem<PlatformTextProblem>[] = [];
  const grounds: GroundId[] = [];
  for (const ground of request.grounds ?? []) {
    if (isGroundId(ground)) grounds.push(ground);
    else problems.push(unknownGround(ground));
  }
  if (problems.length > 0) return { ok: false, problems };
  const limit = primaryForm(platform)?.fields?.reason;
  return composeObjectionText({
    company: controllerOf(catalog, platform).shortName,
    locale: request.locale,
    grounds,
    ...(request.note === undefined ? {} : { note: request.note }),
    ...(limit === undefined ? {} : { limit: { maxLength: limit.maxLength, basis: limit.basis } }),
  });
}

function unknownGround(ground: string): Problem<'unknown-ground'> {
  const guess = closestMatch(ground, GROUND_IDS);
  return problemOf('unknown-ground', {
    code: 'unknown-ground',
    ground,
    ...(guess === undefined ? {} : { guess }),
    available: GROUND_IDS,
  });
}
