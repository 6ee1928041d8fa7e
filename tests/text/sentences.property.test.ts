// Property tests for the sentence rules: on text made of the pieces the rules
// look at (abbreviations, stamps, emoticons, separators, quotes, dashes,
// ellipses, addresses, lone surrogates), segment never throws, sentences are
// in order, non-empty, trimmed, and their offsets index the input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment.js';
import { paragraphsFromLines, paragraphsOf } from '../../src/text/sentences.js';
import { tokenize } from '../../src/text/tokenize.js';

const PIECES = [
  ...'aB. ?!:;)(-—–*=_~#[]…"\'“”‘’\n\r\t 0123456789/@,'.split(''),
  'http://x.example/a.html',
  'a@b.org',
  'U.S.',
  'Mr.',
  'p.',
  'Fig.',
  ' AM',
  'p.m.',
  ':-)',
  ':P',
  '04/26/2001 07:17',
  '...',
  '. . .',
  '[6]',
  '[...]',
  'Best regards,',
  'Hi,',
  'Amazon.Com',
  '😀',
  '\ud800',
  '\n\n',
  '\r\n',
  '\n \n',
  '\u2028',
  'i',
  'The',
  'I',
];

const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));

describe('segment: properties of the sentence rules', () => {
  it('never throws; sentences are ordered, non-empty, trimmed and index the input', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const { sentences, paragraphs } = segment(text);
        let previous = -1;
        for (const s of sentences) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.text.length).toBeGreaterThan(0);
          expect(s.text.trim()).toBe(s.text);
          expect(s.start).toBeGreaterThanOrEqual(previous);
          expect(s.paragraph).toBeLessThan(paragraphs.length);
          previous = s.end;
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('covers every word of the body with exactly one sentence', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const { sentences, words } = segment(text, { dateline: false });
        for (const w of words) {
          expect(sentences.filter((s) => s.start <= w.start && w.end <= s.end)).toHaveLength(1);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('finds the same paragraphs from the line starts tokenize reports as from every token', () => {
    fc.assert(
      fc.property(texts, fc.nat(3), (text, skip) => {
        const lines: number[] = [];
        const tokens = tokenize(text, false, lines);
        expect(tokens.toArray()).toEqual(tokenize(text, false).toArray());
        for (const [k, t] of tokens.toArray().entries()) expect(lines.includes(k)).toBe(t.br > 0);
        const from = Math.min(skip, tokens.length);
        const looseAll: boolean[] = [];
        const looseLines: boolean[] = [];
        expect(paragraphsFromLines(tokens, from, tokens.length, looseLines, lines)).toEqual(
          paragraphsOf(tokens, from, tokens.length, looseAll),
        );
        expect(looseLines).toEqual(looseAll);
      }),
      { numRuns: 3000 },
    );
  });
});
