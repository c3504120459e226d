import { describe, expect, it } from 'vitest';
import { type CatalogFile, checkCatalog } from './check.js';
import { remediesFor, remediesOfController } from './query.js';
import { catalogFixture, remedyFixture } from './testing/fixtures.js';

const today = '2026-12-06';
const file = 'remedies/example-collective-action.json';

function checkWithRemedy(change: (r: Record<string, any>) => void = () => {}) {
  const remedy = remedyFixture() as Record<string, any>;
  change(remedy);
  const files: CatalogFile[] = [...catalogFixture(), { file, data: remedy }];
  return checkCatalog(files, { today });
}

function errors(result: ReturnType<typeof checkCatalog>) {
  return result.issues.filter((i) => i.severity === 'error');
}

describe('remedy records in checkCatalog', () => {
  it('accepts a valid remedy and offers it for its platform', () => {
    const result = checkWithRemedy();
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.catalog.remedies.map((r) => r.id)).toEqual(['example-collective-action']);
    expect(remediesFor(result.catalog, 'example').map((r) => r.id)).toEqual([
      'example-collective-action',
    ]);
    expect(remediesFor(result.catalog, 'other')).toEqual([]);
    expect(remediesOfController(result.catalog, 'example-controller').map((r) => r.id)).toEqual([
      'example-collective-action',
    ]);
  });

  it('rejects a remedy whose status has no source, naming file and field', () => {
    const result = checkWithRemedy((r) => {
      r.status.sources = [];
    });
    expect(result.ok).toBe(false);
    expect(errors(result)).toEqual([
      expect.objectContaining({
        file,
        path: 'status.sources',
        message: expect.stringContaining('at least one source'),
      }),
    ]);
  });

  it('rejects a way to join that cites a source the record does not define', () => {
    const result = checkWithRemedy((r) => {
      r.join.routes[0].sources = ['nowhere'];
    });
    expect(errors(result)).toEqual([
      expect.objectContaining({ file, path: 'join.routes[0].sources[0]', code: 'unknown-source' }),
    ]);
  });

  it('rejects an unknown platform, naming file and field', () => {
    const result = checkWithRemedy((r) => {
      r.platforms = ['example', 'nowhere-social'];
    });
    expect(result.ok).toBe(false);
    expect(errors(result)).toEqual([
      expect.objectContaining({
        file,
        path: 'platforms[1]',
        code: 'unknown-platform',
        message: 'platform "nowhere-social" does not exist',
      }),
    ]);
  });

  it('rejects an unknown controller and a platform whose controller is not listed', () => {
    const result = checkWithRemedy((r) => {
      r.controllers = ['someone-else'];
    });
    expect(errors(result).map((i) => [i.path, i.code])).toEqual([
      ['platforms[0]', 'unknown-controller'],
      ['controllers[0]', 'unknown-controller'],
    ]);
  });

  it('rejects a collective action that does not say how to join', () => {
    const result = checkWithRemedy((r) => {
      delete r.join;
    });
    expect(errors(result)).toEqual([expect.objectContaining({ file, path: 'join' })]);
  });

  it('rejects a negative cost, a status date in the future and an unknown kind', () => {
    const result = checkWithRemedy((r) => {
      r.join.routes[0].costEur = -1;
    });
    expect(errors(result)).toEqual([
      expect.objectContaining({ path: 'join.routes[0].costEur', code: 'schema' }),
    ]);
    const future = checkWithRemedy((r) => {
      r.status.asOf = '2027-01-01';
    });
    expect(errors(future)).toEqual([
      expect.objectContaining({ path: 'status.asOf', code: 'future-date' }),
    ]);
    const kind = checkWithRemedy((r) => {
      r.kind = 'class-action';
    });
    expect(errors(kind)).toEqual([expect.objectContaining({ path: 'kind', code: 'schema' })]);
  });

  it('lists remedies about AI training before other matters', () => {
    const other = {
      ...remedyFixture(),
      id: 'example-data-leak',
      topic: 'data-leak',
      date: '2026-05',
    };
    const result = checkCatalog(
      [
        ...catalogFixture(),
        { file: 'remedies/example-data-leak.json', data: other },
        { file, data: remedyFixture() },
      ],
      { today },
    );
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(remediesFor(result.catalog, 'example').map((r) => r.topic)).toEqual([
        'ai-training',
        'data-leak',
      ]);
    }
  });
});
