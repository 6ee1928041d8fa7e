import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document.js';
import { cosine, termSpace } from '../../src/summary/similarity.js';

/** Cosine of two sentences of one document. */
function sim(text: string, a = 0, b = 1): number {
  const { vectors } = termSpace(parse(text));
  return cosine(vectors[a]!, vectors[b]!);
}

describe('sentence vectors', () => {
  it('a sentence is identical to its copy', () => {
    expect(sim('Heavy rain flooded the valley. Heavy rain flooded the valley.')).toBeCloseTo(1, 10);
  });

  // [two sentences, expected relation]
  const same: string[] = [
    // stems: countries / country, flooded / floods
    'The countries flooded. A country floods.',
    // possessive endings
    "China's leaders met. The leaders of China met.",
    // case
    'RAIN FELL IN LEEDS. Rain fell in Leeds.',
  ];
  for (const text of same) {
    it(`the same terms: ${text}`, () => expect(sim(text)).toBeCloseTo(1, 10));
  }

  // NEGATIVE: what must not make two sentences similar
  const unrelated: string[] = [
    // stop words only in common
    'The rain is in the valley. It is what they said about the city.',
    // one-letter words and punctuation
    'A b c rain fell. X y z, the council met.',
    'Rain fell all day. Council approved the budget.',
  ];
  for (const text of unrelated) {
    it(`no shared content: ${text}`, () => expect(sim(text)).toBe(0));
  }

  it('counts words as segment does and knows sentence frequencies', () => {
    const space = termSpace(parse('Win-win deals on June 16-18. Deals were signed. Deals failed.'));
    // Win-win | deals | on | June | 16-18
    expect(space.vectors.map((v) => v.words)).toEqual([5, 3, 2]);
    expect(Math.max(...space.sentenceFrequency)).toBe(3); // "deal" is in every sentence
  });

  it('is symmetric and between 0 and 1', () => {
    const text = 'Rain fell in Leeds on Monday. Roads in Leeds closed on Monday. The rain stopped on Monday in York.';
    for (const [a, b] of [
      [0, 1],
      [0, 2],
      [1, 2],
    ] as const) {
      expect(sim(text, a, b)).toBeCloseTo(sim(text, b, a), 12);
      expect(sim(text, a, b)).toBeGreaterThan(0);
      expect(sim(text, a, b)).toBeLessThan(1);
    }
  });
});
