import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/dates/index.js';
import { ALL, NEWS_REFS } from './news.js';
import { NEGATIVE2, NEWS2 } from './news2.js';

describe('extractDates: news registers of round 12 under a Monday, a Wednesday and a Friday reference', () => {
  for (const [ref, text, ...want] of NEWS2) {
    for (const r of ref === ALL ? NEWS_REFS : [ref]) {
      it(`${text} (${r})`, () => {
        const got = extractDates(text, { referenceDate: r });
        expect(got.map((m) => [m.text, m.value])).toEqual(want);
        for (const m of got) expect(text.slice(m.start, m.end)).toBe(m.text);
      });
    }
  }
});

describe('extractDates: what round 12 must not read as a date', () => {
  for (const text of NEGATIVE2) {
    for (const r of NEWS_REFS) {
      it(`${text} (${r})`, () => {
        expect(extractDates(text, { referenceDate: r }).map((m) => m.text)).toEqual([]);
      });
    }
  }
});

// The round's rules read these words: any sequence of them keeps every span true to the text and no two mentions
// overlapping.
const ROUND_WORDS = [
  'the', 'a', 'last', 'final', 'quarter', 'of', '2004', 'year', 'end', 'middle', 'decade', 'century', 'prior', '-', 'period',
  'six', 'ten', "o'clock", 'half', 'past', 'to', 'twenty', 'at', 'in', '2:03:45', 'John', '3:16', '08:02', ':', 'rose', '12',
  'points', '2653', '$', '5', '%', 'week', 'ended', 'Tuesday', 'continues', 'until', 'January', 'million', 'is', 'from', '2150',
];

describe('extractDates: sequences of the round 12 words', () => {
  it('keeps spans true and mentions apart', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ROUND_WORDS), { maxLength: 14 }), fc.constantFrom(' ', ''), (words, sep) => {
        const text = words.join(sep);
        const got = extractDates(text, { referenceDate: '2025-06-18' });
        for (const m of got) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          for (const p of m.parts ?? []) expect(text.slice(p.start, p.end)).toBe(p.text);
        }
        for (let k = 1; k < got.length; k++) expect(got[k]!.start).toBeGreaterThanOrEqual(got[k - 1]!.end);
      }),
      { numRuns: 2000, seed: 12 },
    );
  });
});
