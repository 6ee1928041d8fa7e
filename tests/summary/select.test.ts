import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document.js';
import { rank } from '../../src/summary/rank.js';
import { DEFAULT_SELECT, select } from '../../src/summary/select.js';
import { cosine } from '../../src/summary/similarity.js';

/** Plain (not lazy) greedy MMR, the definition the lazy loop must reproduce. */
function naive(text: string, n: number): number[] {
  const ranking = rank(parse(text));
  const { scores, eligible, space } = ranking;
  const left = [...ranking.order].filter((k) => eligible[k]);
  if (left.length <= n) return left.sort((a, b) => a - b);
  const chosen: number[] = [];
  while (chosen.length < n) {
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (const k of left) {
      if (chosen.includes(k)) continue;
      const maxSim = Math.max(0, ...chosen.map((c) => cosine(space.vectors[k]!, space.vectors[c]!)));
      if (maxSim >= DEFAULT_SELECT.duplicate) continue;
      const value = scores[k]! - DEFAULT_SELECT.redundancy * maxSim;
      if (value > bestValue || (value === bestValue && k < best)) {
        best = k;
        bestValue = value;
      }
    }
    if (best < 0) break;
    chosen.push(best);
  }
  return chosen.sort((a, b) => a - b);
}

describe('MMR selection', () => {
  it('the lazy loop chooses what plain greedy MMR chooses (property)', () => {
    const word = fc.constantFrom('rain', 'flood', 'river', 'council', 'budget', 'school', 'Leeds', 'said', 'the', 'on', '2025');
    const sentence = fc.array(word, { minLength: 4, maxLength: 12 }).map((w) => `${w.join(' ')}.`);
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 25 }), fc.integer({ min: 1, max: 8 }), (sentences, n) => {
        const text = sentences.map((s) => s[0]!.toUpperCase() + s.slice(1)).join(' ');
        expect(select(rank(parse(text)), { sentences: n })).toEqual(naive(text, n));
      }),
      { numRuns: 200 },
    );
  });

  it('chooses no two sentences at or above the duplicate similarity', () => {
    const text =
      'Heavy rain flooded the valley on Tuesday. Heavy rain flooded the valley on Tuesday night. ' +
      'Schools in the valley closed. Heavy rain flooded the whole valley on Tuesday. Power returned on Friday.';
    const ranking = rank(parse(text));
    const chosen = select(ranking, { sentences: 4 });
    for (const a of chosen) {
      for (const b of chosen) {
        if (a < b) expect(cosine(ranking.space.vectors[a]!, ranking.space.vectors[b]!)).toBeLessThan(DEFAULT_SELECT.duplicate);
      }
    }
    expect(chosen.length).toBeLessThan(4); // the copies leave too few sentences
  });
});
