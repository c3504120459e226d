import { describe, expect, it } from 'vitest';
import { csvRecords, parseCsv } from './csv.js';

describe('parseCsv', () => {
  it('handles quotes, commas, line breaks, CRLF and a BOM', () => {
    expect(parseCsv('\ufeffa,b\r\n"x, ""y""","1\n2"\r\n')).toEqual([
      ['a', 'b'],
      ['x, "y"', '1\n2'],
    ]);
    expect(parseCsv('a,"b \\"c\\" d"')).toEqual([['a', 'b "c" d']]);
  });

  it('finds the header after notes', () => {
    const text = 'Notes:\n"something"\n\nFirst Name,Last Name\nRobin,Müller\n';
    expect(csvRecords(text, 'First Name')).toEqual([{ firstname: 'Robin', lastname: 'Müller' }]);
    expect(csvRecords(text, 'Missing')).toEqual([]);
  });

  it('reads TAB-separated files and compares header names loosely', () => {
    const text = '"Date"\t"Media URL"\t"Share Commentary"\n"2017/06/08"\t""\t"a, b"\n';
    expect(csvRecords(text, 'ShareCommentary')).toEqual([
      { date: '2017/06/08', mediaurl: '', sharecommentary: 'a, b' },
    ]);
  });

  it('joins rows that start no record to the record before (unquoted line breaks)', () => {
    const text =
      'Date,Link,Message\n2024-01-02 10:00:00,https://x,Erste Zeile\nzweite, mit Komma\n';
    const startsRecord = (f: readonly string[]) => /^\d{4}-/.test(f[0] ?? '');
    expect(csvRecords(text, 'Message', { startsRecord })).toEqual([
      { date: '2024-01-02 10:00:00', link: 'https://x', message: 'Erste Zeile\nzweite, mit Komma' },
    ]);
  });
});
