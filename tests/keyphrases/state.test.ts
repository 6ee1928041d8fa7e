// extractKeyphrases keeps reusable arrays between calls (src/keyphrases/rank.ts
// `int32`): a call that throws midway must leave nothing behind that changes
// the next calls' output or hangs them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document.js';
import { extractKeyphrases } from '../../src/keyphrases/index.js';
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
