// The dateline: metadata at the start of a news text (src/text/dateline.ts).
// It is recognised in the forms the foundation issue lists, and it is never
// part of the first sentence. Negatives: ordinary first sentences that start
// with a date or a year.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document.js';
import { segment } from '../../src/segment.js';

/** [text, dateline text, date, first sentence]. */
const FOUND: [string, string, string, string][] = [
  ['date 2025-06-16\n\nLeaders met in Astana. They agreed.', 'date 2025-06-16', '2025-06-16', 'Leaders met in Astana.'],
  ['date: 2025-06-16 Leaders met.', 'date: 2025-06-16', '2025-06-16', 'Leaders met.'],
  ['dated 2025-06-16\nLeaders met.', 'dated 2025-06-16', '2025-06-16', 'Leaders met.'],
  ['June 16, 2025 — Leaders met. They agreed.', 'June 16, 2025 —', '2025-06-16', 'Leaders met.'],
  ['June 16, 2025\nLeaders met.', 'June 16, 2025', '2025-06-16', 'Leaders met.'],
  ['16 June 2025: Leaders met.', '16 June 2025:', '2025-06-16', 'Leaders met.'],
  ['BEIJING, June 16 (Xinhua) -- Leaders met.', 'BEIJING, June 16 (Xinhua) --', 'XXXX-06-16', 'Leaders met.'],
  ['BEIJING, June 16, 2025 (Xinhua) -- Leaders met.', 'BEIJING, June 16, 2025 (Xinhua) --', '2025-06-16', 'Leaders met.'],
  ['2025-06-16\nLeaders met.', '2025-06-16', '2025-06-16', 'Leaders met.'],
  ['2025-06-16 Leaders met.', '2025-06-16', '2025-06-16', 'Leaders met.'],
  ['\n\n  date 2025-06-16\r\n\r\nLeaders met.', 'date 2025-06-16', '2025-06-16', 'Leaders met.'],
];

/** First lines that are not datelines: [text, first sentence]. */
const NEGATIVES: [string, string][] = [
  ['June 16 was sunny. We went out.', 'June 16 was sunny.'],
  ['2025 was a good year. Sales rose.', '2025 was a good year.'],
  ['1999 ended quietly.', '1999 ended quietly.'],
  ['June 16, 2025 was a Monday.', 'June 16, 2025 was a Monday.'],
  ['On June 16, 2025 — leaders met.', 'On June 16, 2025 — leaders met.'],
  ['BEIJING -- Leaders met.', 'BEIJING -- Leaders met.'],
  ['2025-02-30\nNo such day.', '2025-02-30\nNo such day.'],
];

describe('dateline', () => {
  for (const [text, line, date, first] of FOUND) {
    it(`finds ${JSON.stringify(line)}`, () => {
      const doc = parse(text);
      expect(doc.dateline?.text).toBe(line);
      expect(doc.dateline?.date).toBe(date);
      expect(text.slice(doc.dateline!.start, doc.dateline!.end)).toBe(line);
      const { sentences } = segment(doc);
      expect(sentences[0]?.text).toBe(first);
      expect(sentences[0]!.start).toBeGreaterThanOrEqual(doc.dateline!.end);
    });
  }

  for (const [text, first] of NEGATIVES) {
    it(`finds none in ${JSON.stringify(text)}`, () => {
      const doc = parse(text);
      expect(doc.dateline).toBeUndefined();
      expect(segment(doc).sentences[0]?.text).toBe(first);
    });
  }

  it('is body text with { dateline: false }', () => {
    const doc = parse('date 2025-06-16\n\nLeaders met.', { dateline: false });
    expect(doc.dateline).toBeUndefined();
    expect(segment(doc).sentences.map((s) => s.text)).toEqual(['date 2025-06-16', 'Leaders met.']);
  });

  it('leaves no sentence when the text is only a dateline', () => {
    const doc = parse('date 2025-06-16');
    expect(doc.dateline?.date).toBe('2025-06-16');
    expect(segment(doc).sentences).toEqual([]);
  });
});
