import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/dates/index.js';
import { ALL, NEWS, NEWS_REFS } from './news.js';

describe('extractDates: unseen news under a Monday, a Wednesday and a Friday reference (round 11)', () => {
  for (const [ref, text, ...want] of NEWS) {
    for (const r of ref === ALL ? NEWS_REFS : [ref]) {
      it(`${text} (${r})`, () => {
        const got = extractDates(text, { referenceDate: r });
        expect(got.map((m) => [m.text, m.value])).toEqual(want);
        for (const m of got) expect(text.slice(m.start, m.end)).toBe(m.text);
      });
    }
  }
});

// The round's rules read these words: any sequence of them keeps every span true to the text and no two mentions
// overlapping (the property found "for year end-June 2013" reading "end" twice).
const ROUND_WORDS = [
  '2024', '-', '/', '25', 'Q1', 'FY25', 'H1', 'the', 'new', 'year', 'New', "Year's", 'Eve', 'Sunday', 'Times', 'Mail', 'on',
  'until', 'by', 'to', 'respond', 'every', 'second', 'Tuesday', 'of', 'month', 'midnight', 'after', '6am', '9pm', 'a.m.',
  '00:01', '2-1', '4-3-3', 'ET', 'week', 'beginning', '7', 'July', 'ending', 'quarter', 'ended', 'Sept.', '30', ',', ';',
  'and', 'is', 'will', 'could', 'In', 'January', 'figures', 'for', 'May', 'end-2026', 'end-March', '90s', 'runs', 'autumn',
  'next', 'open', 'at', 'Polls', 'sheep', '2013', 'elections', '.', 'Monday', 'Saturday', '5pm', 'late', 'a', 'day',
];

describe('extractDates: sequences of the round 11 words', () => {
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
      { numRuns: 2000, seed: 11 },
    );
  });
});
