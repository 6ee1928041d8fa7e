// The stop-word list that keyphrases (tag.ts) and summaries read: contractions
// in both spellings, so news set with curly apostrophes ("they’d") reads the
// same as plain text.
import { describe, expect, it } from 'vitest';
import { STOPWORDS } from '../../src/text/data/stopwords.js';

describe('STOPWORDS', () => {
  const all = [...STOPWORDS];
  it('holds every contraction with both apostrophes', () => {
    const straight = all.filter((w) => w.includes("'"));
    const curly = all.filter((w) => w.includes('\u2019'));
    expect(straight.length).toBeGreaterThan(40);
    for (const w of straight) expect(STOPWORDS.has(w.replaceAll("'", '\u2019')), w).toBe(true);
    for (const w of curly) expect(STOPWORDS.has(w.replaceAll('\u2019', "'")), w).toBe(true);
    expect(curly.length).toBe(straight.length);
  });
  it('has the curly forms news text uses', () => {
    for (const w of ['they’d', 'we’ll', 'he’d', 'who’s', 'hadn’t', 'it’ll', 'mustn’t', 'here’s']) expect(STOPWORDS.has(w), w).toBe(true);
  });
  it('is lower-case words only', () => {
    for (const w of all) expect(w).toBe(w.toLowerCase());
    expect(STOPWORDS.has('They’d')).toBe(false);
  });
});
