// extractKeyphrases keeps reusable arrays between calls (src/keyphrases/scratch.ts
// `int32`, `float64`): a call that throws midway must leave nothing behind that
// changes the next calls' output or hangs them, and no two stages may share a
// slot (their arrays are named in one table, each name its own number).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document.js';
import { extractKeyphrases } from '../../src/keyphrases/index.js';
import { setFixedMax } from '../../src/keyphrases/rank.js';
import { checkSlots } from '../../src/keyphrases/scratch.js';
import { setCacheLimits } from '../../src/keyphrases/tag.js';
import { FOUND } from './table.js';

const SUMMIT = readFileSync(join(import.meta.dirname, '../fixtures/summit.txt'), 'utf8');
/** Each keyphrase with its score and every occurrence. */
const run = (text: string) => JSON.stringify(extractKeyphrases(text, { limit: 10 }));

describe('extractKeyphrases: state between calls', () => {
  it('a call that throws while listing occurrences does not change the next calls', () => {
    const others = FOUND.map(([text]) => text);
    const clean = others.map(run);
    const doc = parse(SUMMIT);
    extractKeyphrases(doc, { limit: 10 }); // the words and scores are cached: the next call reaches the occurrences at once
    // the first string slice of the next call (an occurrence's text) throws
    const slice = String.prototype.slice;
    let armed = true;
    String.prototype.slice = function (this: string, ...args: [number?, number?]): string {
      if (armed) {
        armed = false;
        throw new Error('slice failed');
      }
      return slice.apply(this, args);
    };
    let thrown: unknown;
    try {
      extractKeyphrases(doc, { limit: 10 });
    } catch (error) {
      thrown = error;
    } finally {
      String.prototype.slice = slice;
    }
    expect((thrown as Error | undefined)?.message).toBe('slice failed');
    for (let i = 0; i < others.length; i++) expect(run(others[i]!), FOUND[i]![2]).toBe(clean[i]);
    expect(run(SUMMIT)).toBe(JSON.stringify(extractKeyphrases(parse(SUMMIT), { limit: 10 })));
  });
});

describe('extractKeyphrases: PageRank in fixed arrays', () => {
  it('a text scored in the fixed arrays (up to 2,048 words, and positions) scores as in the scratch arrays, bit for bit', () => {
    const texts = [SUMMIT, ...FOUND.map(([text]) => text)];
    const fixed = texts.map(run);
    let pooled: string[];
    try {
      setFixedMax(0);
      pooled = texts.map(run);
    } finally {
      setFixedMax();
    }
    for (let i = 0; i < texts.length; i++) expect(pooled[i], texts[i]!.slice(0, 60)).toBe(fixed[i]);
    expect(texts.map(run)).toEqual(fixed);
  });
});

describe('extractKeyphrases: bounded caches of word forms', () => {
  it('caches that start over before every text change no output', () => {
    const texts = [SUMMIT, ...FOUND.map(([text]) => text)];
    const expected = texts.map(run);
    let small: string[];
    try {
      // a handful of forms and keys: every text takes the caches past their
      // limits, so they start over before every text
      setCacheLimits(5, 3);
      small = texts.map(run);
    } finally {
      setCacheLimits();
    }
    for (let i = 0; i < texts.length; i++) expect(small[i], texts[i]!.slice(0, 60)).toBe(expected[i]);
  });

  it('a text that takes the caches past their limits keeps every occurrence of a phrase met before and after', () => {
    // 70,000 made-up words, each a form and a key of its own: the caches were
    // emptied in the middle of the text, and the forms met again after that
    // were new keys (found by a fuzzing run that had passed the limits: "games"
    // twice in one list)
    const word = (i: number) => {
      let letters = '';
      do {
        letters += String.fromCharCode(97 + (i % 26));
        i = Math.floor(i / 26);
      } while (i > 0);
      return `zq${letters}x`;
    };
    const filler: string[] = [];
    for (let i = 0; i < 70_000; i += 10) filler.push(`${Array.from({ length: 10 }, (_, k) => word(i + k)).join(' ')}.`);
    const text = `Video games are booming. Video games sell. ${filler.join(' ')} Video games are booming again. Video games win.`;
    let found: ReturnType<typeof extractKeyphrases>;
    try {
      setCacheLimits(35_000);
      found = extractKeyphrases(text, { limit: 1000 });
    } finally {
      setCacheLimits();
    }
    const games = found.filter((k) => k.text.includes('games'));
    expect(games.map((k) => [k.text, k.occurrences.length])).toEqual([['Video games', 4]]);
  });
});

describe('extractKeyphrases: scratch slots', () => {
  it('the check run when the module loads rejects two names with one number, and a number that is no slot', () => {
    expect(() => checkSlots({ heap: 17, occurrenceHeads: 18 })).not.toThrow();
    expect(() => checkSlots({ heap: 17, occurrenceHeads: 17 })).toThrow('scratch slots heap and occurrenceHeads share the number 17');
    expect(() => checkSlots({ heap: 1.5 })).toThrow(RangeError);
    expect(() => checkSlots({ heap: -1 })).toThrow(RangeError);
  });

  it('no source file asks for a scratch array by a bare number (only by its name in the table)', () => {
    const dir = join(import.meta.dirname, '../../src/keyphrases');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'scratch.ts')) {
      const source = readFileSync(join(dir, file), 'utf8');
      expect(source, file).not.toMatch(/\b(?:int32|float64)\(\s*\d/);
    }
  });
});
