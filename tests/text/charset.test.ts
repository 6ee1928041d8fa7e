// CharSet: the single-character sets the tokenizer and the segmenter test at
// every token answer exactly as a Set of those characters would.
import { describe, expect, it } from 'vitest';
import { AFTER_HEADING, CAPTION_LABELS, FIGURE_LABELS, OPENERS } from '../../src/text/data/abbreviations.js';
import { CharSet, WordSet } from '../../src/text/tokenize.js';

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

// WordSet: the word lists the segmenter tests at sentence starts answer
// exactly as a Set of those words would, though most strings are turned away
// by their length or first code unit before any hashing.
describe('WordSet', () => {
  const members = ['Figure', 'Fig', 'Table', 'Ölfeld', '𝐀lpha', 'x'];
  const words = new WordSet(members);
  const reference = new Set(members);

  it.each([
    ['Figure', true],
    ['Fig', true],
    ['x', true], // the shortest member
    ['Ölfeld', true], // a member starting outside ASCII
    ['𝐀lpha', true], // a member starting with an astral letter
    ['figure', false], // case counts, as in a Set
    ['Figures', false],
    ['Fi', false],
    ['Tablet', false],
    ['y', false],
    ['', false],
    ['Ölfelt', false],
    ['\ud835', false], // a lone surrogate
    ['Table ', false],
  ])('has(%j) is %s', (s, expected) => {
    expect(words.has(s)).toBe(expected);
    expect(reference.has(s)).toBe(expected);
  });

  it('agrees with a Set on every member and near miss of the segmentation lists', () => {
    const lists = [OPENERS, FIGURE_LABELS, CAPTION_LABELS, AFTER_HEADING];
    for (const list of lists) {
      const set = new WordSet(list);
      const ref = new Set(list);
      for (const w of lists.flat()) {
        for (const s of [w, w.toLowerCase(), w.toUpperCase(), `${w}s`, w.slice(1), w.slice(0, -1)]) {
          if (set.has(s) !== ref.has(s)) throw new Error(`differs at ${s}`);
        }
      }
    }
  });

  it('holds nothing when empty, and the empty string only when given it', () => {
    expect(new WordSet([]).has('')).toBe(false);
    expect(new WordSet([]).has('a')).toBe(false);
    expect(new WordSet(['']).has('')).toBe(true);
    expect(new WordSet(['', 'ab']).has('a')).toBe(false);
  });
});

describe('CharSet.hasAscii', () => {
  it('agrees with has on every ASCII character', () => {
    const sets = [new CharSet('!?‼⁇⁈⁉！？'), new CharSet('。｡'), new CharSet('"\'”’»)]}')];
    for (const set of sets) {
      for (let c = 0; c < 128; c++) expect(set.hasAscii(c)).toBe(set.has(String.fromCharCode(c)));
    }
  });
});
