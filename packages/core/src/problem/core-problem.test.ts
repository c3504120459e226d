import { LOCALES } from '@widerspruch/catalog';
import { bundledCatalog } from '@widerspruch/catalog/bundled';
import { describe, expect, it } from 'vitest';
import { checkEvidenceSize } from '../case/evidence.js';
import { parseExport } from '../case/export-file.js';
import type { ImportConflict } from '../case/import-conflicts.js';
import { lookupPlatform } from '../platform-lookup.js';
import { type CoreProblem, problemText } from './core-problem.js';

const conflict = (id: string): ImportConflict => ({
  record: 'case',
  id,
  fields: ['account'],
  label: 'instagram · anna@example.org',
});

const SAMPLES: readonly CoreProblem[] = [
  { code: 'no-platform', available: ['facebook', 'instagram'] },
  { code: 'unknown-platform', id: 'facebok', guess: 'facebook', available: ['facebook'] },
  { code: 'text-too-long', length: 2150, max: 2000, basis: 'sourced' },
  { code: 'text-too-long', length: 2150, max: 2000, basis: 'assumed' },
  { code: 'unknown-ground', ground: 'helth', guess: 'health', available: ['health', 'minor'] },
  { code: 'unknown-ground', ground: 'x', available: ['health', 'minor'] },
  { code: 'evidence-empty', file: 'a.eml' },
  { code: 'evidence-too-large', file: 'a.eml', mb: 30.25, maxMb: 25 },
  { code: 'unreadable-email' },
  { code: 'wrong-passphrase' },
  { code: 'backup-damaged' },
  { code: 'backup-cut-off' },
  { code: 'backup-not-json' },
  { code: 'not-a-backup' },
  { code: 'version-as-text', version: ' 1 ' },
  { code: 'newer-version', version: 9 },
  { code: 'unknown-version', version: 'x' },
  { code: 'missing-evidence', file: 'a.eml', caseId: 'c1', more: 2 },
  { code: 'damaged-evidence', file: 'a.eml' },
  { code: 'invalid-backup', where: 'cases.0', issue: 'Invalid type' },
  { code: 'unknown-platforms', platforms: ['mastodon'] },
  { code: 'unknown-profile' },
  { code: 'future-date', caseId: 'c1', date: '2030-01-01', today: '2026-03-10' },
  { code: 'conflicts', conflicts: [conflict('c1')] },
];

describe('core refusals', () => {
  it('words every refusal in every language, each language its own', () => {
    for (const p of SAMPLES) {
      const texts = LOCALES.map((l) => problemText(p, l));
      for (const text of texts) expect(text.length).toBeGreaterThan(10);
      expect(new Set(texts).size).toBe(LOCALES.length);
    }
  });

  it('words an objection text that is too long with the counts and the plural forms', () => {
    const over = (length: number): CoreProblem => ({
      code: 'text-too-long',
      length,
      max: 2000,
      basis: 'sourced',
    });
    expect(problemText(over(2001), 'en')).toContain('by at least 1 character or');
    expect(problemText(over(2150), 'en')).toContain('by at least 150 characters or');
    expect(problemText(over(2150), 'de')).toContain('2.150 Zeichen lang');
    expect(problemText(over(2001), 'pl')).toContain('o co najmniej 1 znak lub');
    expect(problemText(over(2003), 'pl')).toContain('o co najmniej 3 znaki lub');
    expect(problemText(over(2150), 'pl')).toContain('o co najmniej 150 znaków lub');
    expect(problemText(over(2001), 'fr')).toContain('d’au moins 1 caractère ou');
    expect(problemText(over(2001), 'es')).toContain('al menos 1 carácter o');
    expect(problemText(over(2001), 'it')).toContain('almeno 1 carattere o');
    expect(problemText(over(2001), 'nl')).toContain('minstens 1 teken korter');
  });

  it('names the reason that does not exist and the closest one', () => {
    const p: CoreProblem = {
      code: 'unknown-ground',
      ground: 'helth',
      guess: 'health',
      available: ['health'],
    };
    for (const l of LOCALES) expect(problemText(p, l)).toMatch(/helth.*health.*health/);
    const noGuess = problemText(
      { code: 'unknown-ground', ground: 'x', available: ['health'] },
      'it',
    );
    expect(noGuess).not.toContain('Intendeva');
  });

  it('counts conflicts with the plural forms of the language', () => {
    const many = (n: number) => ({
      code: 'conflicts' as const,
      conflicts: Array.from({ length: n }, (_, i) => conflict(`c${i}`)),
    });
    expect(problemText(many(1), 'pl')).toContain('zawiera 1 wpis o tym samym');
    expect(problemText(many(3), 'pl')).toContain('zawiera 3 wpisy o tym samym');
    expect(problemText(many(12), 'pl')).toContain('zawiera 12 wpisów o tym samym');
    expect(problemText(many(12), 'pl')).toContain('; i 2 inne.');
    expect(problemText(many(1), 'fr')).toContain('contient une entrée portant');
    expect(problemText(many(2), 'fr')).toContain('(compte) ; dossier');
  });

  it('writes numbers as the language does', () => {
    const big = checkEvidenceSize({ name: 'a.eml', size: 30 * 1024 * 1024 + 100_000 });
    expect(big.ok).toBe(false);
    if (big.ok) return;
    const [problem] = big.problems;
    if (problem === undefined) throw new Error('no problem');
    expect(problem.detail.code).toBe('evidence-too-large');
    expect(problemText(problem.detail, 'fr')).toContain('pèse 30,1 Mo');
    expect(problemText(problem.detail, 'en')).toContain('is 30.1 MB');
    expect(problemText(problem.detail, 'de')).toContain('ist 30,1 MB groß');
  });

  it('keeps the refusal as data, worded by the app in the person’s language', async () => {
    const lookup = lookupPlatform(bundledCatalog(), 'facebok');
    expect(lookup.ok).toBe(false);
    if (lookup.ok) return;
    expect(lookup.problems[0]?.detail).toMatchObject({
      code: 'unknown-platform',
      guess: 'facebook',
    });
    const parsed = await parseExport('{"format":"widerspruch","version":99}', ['facebook']);
    if (parsed.ok) throw new Error('parsed');
    const [problem] = parsed.problems;
    expect(problem?.code).toBe('newer-version');
    if (problem) expect(problemText(problem.detail, 'nl')).toContain('nieuwere versie');
  });
});

describe('records that cannot be saved', () => {
  it('says which value is too long, with the number as the language writes it', async () => {
    const { InvalidRecordError } = await import('../case/valid-record.js');
    const error = new InvalidRecordError('case', 'events.3.note', 20_000);
    expect(problemText(error.detail, 'de')).toBe(
      'Nicht gespeichert: Die Angabe events.3.note ist länger als 20.000 Zeichen. Es wurde nichts geändert. Kürzen oder berichtigen Sie die Angabe.',
    );
    expect(error.problem.pl).toBe('przekracza 20\u00a0000 znaków');
    expect(error.message).toBe(
      'the case was not saved: events.3.note is longer than 20,000 characters',
    );
  });
});
