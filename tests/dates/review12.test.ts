import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/dates/index.js';
import { ALL, NEWS_REFS } from './news.js';
import { BACKLOG_AT } from './backlog.js';
import { NEGATIVE_REVIEW12, REVIEW12 } from './review12.js';

describe('extractDates: the review of round 12, rows under a Monday, a Wednesday and a Friday reference', () => {
  for (const [ref, text, ...want] of REVIEW12) {
    for (const r of ref === ALL ? NEWS_REFS : [ref]) {
      it(`${text} (${r})`, () => {
        const got = extractDates(text, { referenceDate: r });
        expect(got.map((m) => [m.text, m.value])).toEqual(want);
        for (const m of got) expect(text.slice(m.start, m.end)).toBe(m.text);
      });
    }
  }
});

describe('extractDates: what the review of round 12 found must not be read as a date', () => {
  for (const text of NEGATIVE_REVIEW12) {
    for (const r of NEWS_REFS) {
      it(`${text} (${r})`, () => {
        expect(extractDates(text, { referenceDate: r }).map((m) => m.text)).toEqual([]);
      });
    }
  }
});

describe('extractDates: backlog under its own reference (known failures, still failing)', () => {
  for (const [ref, text, span, value, why] of BACKLOG_AT) {
    it(`${text} (${ref}: ${why})`, () => {
      const got = extractDates(text, { referenceDate: ref });
      expect(got.some((m) => m.text === span && m.value === value)).toBe(false);
    });
  }
});
