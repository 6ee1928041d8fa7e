// The English Golden Rules (pragmatic_segmenter by Kevin S. Dias, MIT; pySBD by
// Nipun Sadvilkar, MIT), vendored with attribution in tests/fixtures/golden-rules.ts.
// All 52 must pass: pySBD's 48, plus 40/41 (compared whitespace-normalized:
// their expected sentences are cleaned of an errant newline), 42 and 52.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment.js';
import { GOLDEN_RULES } from '../fixtures/golden-rules.js';

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('Golden Rules', () => {
  it('has the 52 rules, 48 of them in pySBD\'s English set', () => {
    expect(GOLDEN_RULES).toHaveLength(52);
    expect(GOLDEN_RULES.filter((r) => r.pysbd)).toHaveLength(48);
  });

  for (const r of GOLDEN_RULES) {
    it(`${r.n}. ${r.rule}`, () => {
      const { sentences } = segment(r.text, { dateline: false });
      if (r.cleaned) {
        expect(sentences.map((s) => clean(s.text))).toEqual(r.sentences);
      } else {
        expect(sentences.map((s) => s.text)).toEqual(r.sentences);
      }
      // offsets index the input exactly
      for (const s of sentences) expect(r.text.slice(s.start, s.end)).toBe(s.text);
    });
  }

  it('passes them with the default options too (dateline detection on)', () => {
    let passed = 0;
    for (const r of GOLDEN_RULES) {
      const got = segment(r.text).sentences.map((s) => clean(s.text));
      if (JSON.stringify(got) === JSON.stringify(r.sentences.map(clean))) passed++;
    }
    expect(passed).toBe(52);
  });
});
