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
    expect(csvRecords(text, 'First Name')).toEqual([
      { 'First Name': 'Robin', 'Last Name': 'Müller' },
    ]);
    expect(csvRecords(text, 'Missing')).toEqual([]);
  });
});
