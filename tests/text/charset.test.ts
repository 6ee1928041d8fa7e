// CharSet: the single-character sets the tokenizer and the segmenter test at
// every token answer exactly as a Set of those characters would.
import { describe, expect, it } from 'vitest';
import { CharSet } from '../../src/text/tokenize.js';

describe('CharSet', () => {
  const quotes = new CharSet('"\'”’»)]}');
  const reference = new Set([...'"\'”’»)]}']);

  it.each([
    ['"', true],
    ['’', true], // non-ASCII member
    [')', true],
    ['(', false],
    ['a', false],
    ['“', false], // non-ASCII, not a member
    ['""', false], // two members are not one
    ['’s', false],
    ['', false],
    ['\ud800', false], // a lone surrogate
    ['😀', false],
  ])('has(%j) is %s', (s, expected) => {
    expect(quotes.has(s)).toBe(expected);
    expect(reference.has(s)).toBe(expected);
  });

  it('agrees with a Set on every BMP code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (quotes.has(ch) !== reference.has(ch)) throw new Error(`differs at U+${c.toString(16)}`);
    }
  });

  it('refuses a member that is not one code unit', () => {
    expect(() => new CharSet('a😀')).toThrow(/one code unit/);
  });
});
