import { LOCALES } from '@widerspruch/catalog/locales';
import { describe, expect, it } from 'vitest';
import { type Problem, problem, type ScanProblemCode, scanProblemText } from './problems.js';

const ALL: readonly Problem[] = [
  ...(
    [
      'not-zip',
      'truncated',
      'encrypted',
      'unsupported-method',
      'corrupt',
      'too-many-entries',
      'not-an-export',
      'html-export',
      'unsafe-path',
      'zip-bomb',
      'invalid-utf8',
      'invalid-json',
      'unreadable',
      'cancelled',
    ] as const satisfies readonly ScanProblemCode[]
  ).map((code) => problem(code, { path: 'your_activity/posts.json' })),
  problem('entry-too-large', { mb: 64, path: 'a.json' }),
  problem('total-too-large', { mb: 512 }),
  problem('too-deep', { depth: 64 }),
];

describe('scan problems', () => {
  it('words every problem in every language, each language its own', () => {
    for (const p of ALL) {
      const texts = LOCALES.map((l) => scanProblemText(p, l));
      for (const text of texts) expect(text.length).toBeGreaterThan(5);
      // "Abgebrochen." and the like: short, but still different in every language.
      expect(new Set(texts).size).toBe(LOCALES.length);
    }
  });

  it('names the file, without control characters, and the limit', () => {
    const p = problem('entry-too-large', { mb: 64, path: 'a\u0000b\u202e.json' });
    expect(scanProblemText(p, 'fr')).toBe(
      'Un fichier dépasse 64 Mo, la taille maximale que Widerspruch lit pour un fichier : a?b?.json.',
    );
    expect(p).toEqual({ code: 'entry-too-large', mb: 64, path: 'a\u0000b\u202e.json' });
  });

  it('uses the plural forms of each language for counts', () => {
    const deep = (depth: number) => scanProblemText(problem('too-deep', { depth }), 'pl');
    expect(deep(1)).toContain('więcej niż 1 poziom;');
    expect(deep(3)).toContain('więcej niż 3 poziomy;');
    expect(deep(5)).toContain('więcej niż 5 poziomów;');
    expect(deep(22)).toContain('więcej niż 22 poziomy;');
    expect(scanProblemText(problem('too-deep', { depth: 1 }), 'fr')).toContain('plus de 1 niveau ');
    expect(scanProblemText(problem('too-deep', { depth: 2 }), 'fr')).toContain('2 niveaux');
  });
});
