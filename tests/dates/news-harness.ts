// The shared shape of the news rounds' table tests (rounds 11, 12 and the
// review of 12): rows read under their reference or under a Monday, a
// Wednesday and a Friday; texts that must give nothing; and a property over
// sequences of a round's words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/dates/index.js';
import { ALL, NEWS_REFS } from './news.js';

/** A row: its reference (or ALL), the text, then each mention's text and value in order. */
export type NewsRow = [string, string, ...[string, string][]];

/** Each row's mentions (text and value, in order), and every span true to the text. */
export function describeRows(title: string, rows: NewsRow[]): void {
  describe(title, () => {
    for (const [ref, text, ...want] of rows) {
      for (const r of ref === ALL ? NEWS_REFS : [ref]) {
        it(`${text} (${r})`, () => {
          const got = extractDates(text, { referenceDate: r });
          expect(got.map((m) => [m.text, m.value])).toEqual(want);
          for (const m of got) expect(text.slice(m.start, m.end)).toBe(m.text);
        });
      }
    }
  });
}

/** Texts that give no mention under any of the three references. */
export function describeNothing(title: string, texts: string[]): void {
  describe(title, () => {
    for (const text of texts) {
      for (const r of NEWS_REFS) {
        it(`${text} (${r})`, () => {
          expect(extractDates(text, { referenceDate: r }).map((m) => m.text)).toEqual([]);
        });
      }
    }
  });
}

/** Any sequence of a round's words (joined by a space or nothing) keeps every span true and no two mentions overlapping. */
export function describeWordSequences(title: string, words: string[], seed: number): void {
  describe(title, () => {
    it('keeps spans true and mentions apart', () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...words), { maxLength: 14 }), fc.constantFrom(' ', ''), (parts, sep) => {
          const text = parts.join(sep);
          const got = extractDates(text, { referenceDate: '2025-06-18' });
          for (const m of got) {
            expect(text.slice(m.start, m.end)).toBe(m.text);
            for (const p of m.parts ?? []) expect(text.slice(p.start, p.end)).toBe(p.text);
          }
          for (let k = 1; k < got.length; k++) expect(got[k]!.start).toBeGreaterThanOrEqual(got[k - 1]!.end);
        }),
        { numRuns: 2000, seed },
      );
    });
  });
}
