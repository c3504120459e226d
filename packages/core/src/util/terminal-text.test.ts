import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlainJsonText, terminalJson, terminalJsonString } from './terminal-text.js';

const chars = fc.oneof(
  fc.constantFrom(
    '"',
    '\\',
    '\u001b',
    '\n',
    '\u007f',
    '\u009b',
    '\u061c',
    '\u200e',
    '\u202e',
    '\u2066',
    '\u2028',
    '\ud800',
    '\udc00',
    '😀',
    'é',
    'a',
    ' ',
  ),
  fc.string({ unit: 'binary', maxLength: 1 }),
);

describe('terminalJsonString', () => {
  it('is terminalJson(JSON.stringify(text)) for any text', () => {
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(terminalJsonString(text)).toBe(terminalJson(JSON.stringify(text)));
      }),
      { numRuns: 2000 },
    );
  });

  it('escapes what a terminal must not receive and keeps emoji', () => {
    expect(terminalJsonString('a"\\\u001b[2J\u202eb')).toBe('"a\\"\\\\\\u001b[2J\\u202eb"');
    expect(terminalJsonString('lone \ud800 \u2029')).toBe('"lone \\ud800 \\u2029"');
    expect(terminalJsonString('Grüße 😀')).toBe('"Grüße 😀"');
    expect(JSON.parse(terminalJsonString('x\u009by'))).toBe('x\u009by');
  });
});

describe('isPlainJsonText', () => {
  it('holds only where every slice of the text is its own JSON string content', () => {
    fc.assert(
      fc.property(fc.array(fc.array(chars, { maxLength: 5 }), { maxLength: 6 }), (values) => {
        const texts = values.map((parts) => parts.join(''));
        if (!isPlainJsonText(texts.join(''))) return;
        for (const text of texts) expect(terminalJsonString(text)).toBe(`"${text}"`);
      }),
      { numRuns: 2000 },
    );
    expect(isPlainJsonText('plain text, Grüße')).toBe(true);
    // Two lone halves of a pair meet in a concatenation: not plain, though they form a pair.
    expect(isPlainJsonText('a \ud83d' + '\ude00 b')).toBe(false);
    expect(isPlainJsonText('😀')).toBe(false);
    expect(isPlainJsonText('x\u009by')).toBe(false);
  });
});
