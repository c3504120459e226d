import type { CatalogIssue } from './issues.js';
import type { Platform } from './types.js';

/**
 * A route the guide presents as the thing to do (a setting, a path through the menus or an
 * AI-objection form) must not rest on weak sources alone without saying so: such a channel
 * needs `uncertain`, which the app shows next to the instruction.
 */
export function checkWeakRoutes(file: string, platform: Platform): CatalogIssue[] {
  const strength = new Map(platform.sources.map((s) => [s.id, s.strength]));
  const issues: CatalogIssue[] = [];
  platform.channels.forEach((channel, i) => {
    const instructs =
      channel.kind === 'setting-toggle' ||
      channel.kind === 'in-app' ||
      (channel.kind === 'web-form' && channel.purpose === 'ai-objection');
    if (!instructs || channel.uncertain !== undefined) return;
    const weakOnly = channel.sources.every((id) => strength.get(id) === 'weak');
    if (weakOnly) {
      issues.push({
        file,
        path: `channels[${i}].uncertain`,
        code: 'weak-route',
        message: `channel "${channel.id}" rests on weak sources only (${channel.sources.join(', ')}); mark it uncertain and say why`,
        severity: 'error',
      });
    }
  });
  return issues;
}
