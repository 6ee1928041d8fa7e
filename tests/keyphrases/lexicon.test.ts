// The compact part-of-speech lexicon (src/keyphrases/data/lexicon.ts) is
// built from Brill's lexicon and the background table by
// scripts/build-keyphrase-lexicon.ts, and from nothing else: this test
// rebuilds it and checks that the shipped file is exactly that.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLexicon, LEXICON_FILE } from '../../scripts/build-keyphrase-lexicon.js';
import { lexiconInfo } from '../../src/keyphrases/lexicon.js';
import { BITS, codeChar } from '../../src/keyphrases/lexicon-rules.js';

describe('compact lexicon', () => {
  it('is exactly what scripts/build-keyphrase-lexicon.ts builds', () => {
    expect(readFileSync(LEXICON_FILE, 'utf8')).toBe(buildLexicon());
  });

  it('codes entries with distinct characters that never clash with "." and "-"', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const c = codeChar(i);
      expect(c).not.toMatch(/[.\-"\\]/);
      expect(seen.has(c)).toBe(false);
      seen.add(c);
    }
  });

  // [form, coarse tag or undefined when unknown, tags its mask must include]
  const CASES: [string, string | undefined, (keyof typeof BITS)[]][] = [
    ['development', 'N', ['NN']],
    ['increase', 'N', ['NN', 'VB']],
    ['need', 'N', ['NN', 'VBP']],
    ['links', 'N', ['VBZ']],
    ['processing', 'N', ['VBG']],
    ['regional', 'A', ['JJ']],
    ['Asian', 'A', ['JJ']],
    ['Chinese', 'A', ['JJ']],
    ['Bill', 'P', []],
    ['bill', 'N', ['NN', 'VB']],
    ['xylosynthetase', undefined, []],
  ];
  for (const [form, tag, mask] of CASES) {
    it(`knows "${form}"`, () => {
      const info = lexiconInfo(form);
      expect(info?.tag).toBe(tag);
      for (const t of mask) expect(info!.mask & BITS[t]).toBe(BITS[t]);
    });
  }
});
