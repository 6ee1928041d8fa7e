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
