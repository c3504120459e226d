import { describe, expect, it } from 'vitest';
import { type CatalogFile, checkCatalog } from './check.js';
import { catalogFixture, controllerFixture, platformFixture } from './testing/fixtures.js';

const today = '2026-11-29';

/** Runs the check on the fixture after changing the platform record. */
function checkWithPlatform(change: (p: Record<string, any>) => void) {
  const platform = platformFixture() as Record<string, any>;
  change(platform);
  const files: CatalogFile[] = [
    { file: 'controllers/example-controller.json', data: controllerFixture() },
    { file: 'platforms/example.json', data: platform },
  ];
  return checkCatalog(files, { today });
}

function errors(result: ReturnType<typeof checkCatalog>) {
  return result.issues.filter((i) => i.severity === 'error');
}

describe('checkCatalog', () => {
  it('accepts a valid catalog and returns its records', () => {
    const result = checkCatalog(catalogFixture(), { today });
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.catalog.platforms.map((p) => p.id)).toEqual(['example']);
  });

  it('rejects a fact without a source, naming file and field', () => {
    const result = checkWithPlatform((p) => {
      p.aiTraining.summary.sources = [];
    });
    expect(result.ok).toBe(false);
    expect(errors(result)).toEqual([
      expect.objectContaining({
        file: 'platforms/example.json',
        path: 'aiTraining.summary.sources',
        message: expect.stringContaining('at least one source'),
      }),
    ]);
  });

  it('rejects a fact whose sources field is missing', () => {
    const result = checkWithPlatform((p) => {
      delete p.aiTraining.dataUsed[0].sources;
    });
    expect(errors(result)).toEqual([
      expect.objectContaining({
        path: 'aiTraining.dataUsed[0].sources',
        message: 'missing required field aiTraining.dataUsed[0].sources',
      }),
    ]);
  });

  it('rejects a reference to a source the record does not define', () => {
    const result = checkWithPlatform((p) => {
      p.channels[1].paths[0].sources = ['nowhere'];
    });
    expect(errors(result)).toEqual([
      expect.objectContaining({
        code: 'unknown-source',
        path: 'channels[1].paths[0].sources[0]',
        message: expect.stringContaining('"nowhere"'),
      }),
    ]);
  });

  it('rejects two sources of a record with the same address', () => {
    const result = checkWithPlatform((p) => {
      p.sources.push({ ...p.sources[0], id: 'again' });
    });
    expect(errors(result)).toEqual([
      expect.objectContaining({
        code: 'duplicate-source-url',
        path: `sources[${(platformFixture().sources as unknown[]).length}].url`,
        message: expect.stringContaining('"again"'),
      }),
    ]);
  });

  it.each([
    ['http://example.org/object', 'plain http'],
    ['example.org/object', 'no scheme'],
    ['https://exa mple.org/x', 'a space'],
    ['https://localhost/object', 'no public host name'],
    ['javascript:alert(1)', 'another scheme'],
  ])('rejects the URL %s (%s)', (url) => {
    const result = checkWithPlatform((p) => {
      p.channels[0].url = url;
    });
    expect(result.ok).toBe(false);
    expect(errors(result)[0]).toMatchObject({
      file: 'platforms/example.json',
      path: 'channels[0].url',
    });
  });

  it('rejects a source URL that is not https', () => {
    const result = checkWithPlatform((p) => {
      p.sources[0].url = 'http://example.org/help';
    });
    expect(errors(result)[0]).toMatchObject({ path: 'sources[0].url', code: 'schema' });
  });

  it('rejects an unknown controller', () => {
    const result = checkWithPlatform((p) => {
      p.controller = 'nobody';
    });
    expect(errors(result)).toEqual([
      expect.objectContaining({
        code: 'unknown-controller',
        file: 'platforms/example.json',
        path: 'controller',
        message: expect.stringContaining('"nobody" does not exist'),
      }),
    ]);
  });

  it('rejects an id that differs from the file name', () => {
    const result = checkWithPlatform((p) => {
      p.id = 'other';
    });
    expect(errors(result)).toEqual([expect.objectContaining({ code: 'id-mismatch', path: 'id' })]);
  });

  it('rejects duplicate ids across files', () => {
    const files = [
      ...catalogFixture(),
      { file: 'platforms/sub/example.json', data: platformFixture() },
    ];
    const result = checkCatalog(files, { today });
    expect(errors(result)).toEqual([
      expect.objectContaining({ code: 'duplicate-id', file: 'platforms/sub/example.json' }),
    ]);
  });

  const withVerified = (date: string) =>
    checkWithPlatform((p) => {
      p.verified = date;
    });

  it('rejects verified dates in the future and impossible dates', () => {
    expect(errors(withVerified('2026-11-30'))).toEqual([
      expect.objectContaining({ code: 'future-date', path: 'verified' }),
    ]);
    expect(errors(withVerified('2026-02-30'))[0]).toMatchObject({
      path: 'verified',
      message: expect.stringContaining('not a real calendar date'),
    });
    expect(errors(withVerified('29.11.2026'))[0]).toMatchObject({
      path: 'verified',
      message: expect.stringContaining('YYYY-MM-DD'),
    });
  });

  it('rejects unknown fields so that typos do not pass silently', () => {
    const result = checkWithPlatform((p) => {
      p.chanels = [];
    });
    expect(errors(result)[0]).toMatchObject({
      path: 'chanels',
      message: expect.stringContaining('unknown field'),
    });
  });

  it('rejects a second primary form and a route to a missing channel', () => {
    const result = checkWithPlatform((p) => {
      p.channels.push({ ...p.channels[0], id: 'form-2' });
      p.channels[1].leadsTo = 'missing';
    });
    expect(
      errors(result)
        .map((i) => i.code)
        .sort(),
    ).toEqual(['several-primary-forms', 'unknown-channel']);
  });

  it('rejects a route that rests on weak sources only and is not marked uncertain, naming file and field', () => {
    const result = checkWithPlatform((p) => {
      p.sources.push({
        id: 'blog',
        url: 'https://blog.example.org/x',
        title: 'Blog',
        strength: 'weak',
      });
      p.channels[1].sources = ['blog'];
    });
    expect(errors(result)).toEqual([
      expect.objectContaining({
        file: 'platforms/example.json',
        path: 'channels[1].uncertain',
        code: 'weak-route',
      }),
    ]);
    const marked = checkWithPlatform((p) => {
      p.sources.push({
        id: 'blog',
        url: 'https://blog.example.org/x',
        title: 'Blog',
        strength: 'weak',
      });
      p.channels[1].sources = ['blog'];
      p.channels[1].uncertain = { de: 'Nur ein Blog.', en: 'Only a blog.' };
    });
    expect(errors(marked)).toEqual([]);
    // A weak source next to a strong one is fine: the route does not rest on it alone.
    const mixed = checkWithPlatform((p) => {
      p.sources.push({
        id: 'blog',
        url: 'https://blog.example.org/x',
        title: 'Blog',
        strength: 'weak',
      });
      p.channels[1].sources = ['blog', 'help'];
    });
    expect(errors(mixed)).toEqual([]);
  });

  it('rejects a third-party form reference the controller does not have', () => {
    const result = checkWithPlatform((p) => {
      p.thirdParty = {
        form: { controller: 'example-controller', form: 'missing' },
        advice: [{ text: { de: 'x', en: 'x' }, sources: ['help'] }],
      };
    });
    expect(errors(result)).toEqual([
      expect.objectContaining({ code: 'unknown-form', path: 'thirdParty.form.form' }),
    ]);
  });

  it('warns about a source nobody cites, without failing', () => {
    const result = checkWithPlatform((p) => {
      p.sources.push({
        id: 'spare',
        url: 'https://example.org/spare',
        title: 'Spare',
        strength: 'weak',
      });
    });
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'unused-source', severity: 'warning' }),
    ]);
  });

  it('rejects text with spaces at either end instead of trimming it (the shipped data is as written)', () => {
    const result = checkWithPlatform((p) => {
      p.aiTraining.summary.text.de = 'Ein Fakt. ';
    });
    expect(errors(result)).toEqual([
      expect.objectContaining({
        path: 'aiTraining.summary.text.de',
        message: expect.stringContaining('starts or ends with white space'),
      }),
    ]);
  });

  it('rejects a setting label in quotation marks (the guide adds them)', () => {
    const toggle = (setting: { de: string; en: string }) =>
      checkWithPlatform((p) => {
        p.channels.push({
          id: 'toggle',
          kind: 'setting-toggle',
          label: { de: 'Einstellung', en: 'Setting' },
          setting,
          defaultOn: true,
          paths: [
            { locale: 'en', device: 'desktop', steps: ['Settings', 'Privacy'], sources: ['help'] },
          ],
          sources: ['help'],
        });
      });
    expect(errors(toggle({ de: 'Daten für KI', en: 'Data for AI' }))).toEqual([]);
    const result = toggle({ de: '„Daten für KI“ (deutsche Bezeichnung unsicher)', en: 'Data' });
    expect(errors(result)).toEqual([
      expect.objectContaining({ message: expect.stringContaining('without quotation marks') }),
    ]);
  });

  it('rejects records outside the known folders', () => {
    const result = checkCatalog([{ file: 'misc/x.json', data: {} }], { today });
    expect(errors(result)).toEqual([expect.objectContaining({ code: 'unknown-folder' })]);
  });
});
