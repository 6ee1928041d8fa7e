import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/dates/index.js';
import { BACKLOG_AT } from './backlog.js';
import { describeNothing, describeRows } from './news-harness.js';
import { NEGATIVE_REVIEW12, REVIEW12 } from './review12.js';

describeRows('extractDates: the review of round 12, rows under a Monday, a Wednesday and a Friday reference', REVIEW12);

describeNothing('extractDates: what the review of round 12 found must not be read as a date', NEGATIVE_REVIEW12);

describe('extractDates: backlog under its own reference (known failures, still failing)', () => {
  for (const [ref, text, span, value, why] of BACKLOG_AT) {
    it(`${text} (${ref}: ${why})`, () => {
      const got = extractDates(text, { referenceDate: ref });
      expect(got.some((m) => m.text === span && m.value === value)).toBe(false);
    });
  }
});
