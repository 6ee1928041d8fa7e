// Clear errors (issue 7): wrong types throw TypeError, bad values RangeError,
// and every message names the function, the argument or option, what was
// given and what was expected. The tables pin those key words.
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/document.js';
import * as precis from '../src/index.js';
import { segment } from '../src/segment.js';

type Fn = (input: unknown, options?: unknown) => unknown;
const FUNCTIONS: [string, Fn][] = [
  ['parse', parse as Fn],
  ['segment', segment as Fn],
];

/** Expect `run` to throw `type` with a message holding every key word. */
function expectError(run: () => unknown, type: typeof TypeError | typeof RangeError, words: string[]): void {
  let error: unknown;
  try {
    run();
  } catch (e) {
    error = e;
  }
  expect(error, `expected a ${type.name} naming ${words.join(', ')}`).toBeInstanceOf(type);
  const message = (error as Error).message;
  for (const word of words) expect(message).toContain(word);
}

// [what is given, how the message describes it]
const NOT_INPUT: [unknown, string][] = [
  [42, 'got 42'],
  [null, 'got null'],
  [undefined, 'got undefined'],
  [true, 'got true'],
  [{ text: 'Hello.' }, 'got an object'],
  [['Hello.'], 'got an array'],
  [new Date(0), 'got a Date'],
  [Symbol('x'), 'got a symbol'],
  [() => 'Hello.', 'got a function'],
  [new Uint8Array([72, 105]), 'got a Uint8Array'],
];

const NOT_OPTIONS: [unknown, string][] = [
  ['dateline', 'got "dateline"'],
  [0, 'got 0'],
  [null, 'got null'],
  [['abbreviations'], 'got an array'],
  [false, 'got false'],
];

describe.each(FUNCTIONS)('%s', (name, fn) => {
  it.each(NOT_INPUT)('rejects input %s with a TypeError', (input, given) => {
    expectError(() => fn(input), TypeError, [`${name}:`, 'input', 'a string, a VFile or a PrecisDocument', given]);
  });

  it.each(NOT_OPTIONS)('rejects options %s with a TypeError', (options, given) => {
    expectError(() => fn('Hello.', options), TypeError, [`${name}:`, 'options', 'an object or undefined', given]);
  });

  it('rejects an unknown option with a RangeError naming it and the known ones', () => {
    expectError(() => fn('Hello.', { abbrevations: ['Gen'] }), RangeError, [
      `${name}:`,
      '"abbrevations"',
      'expected one of',
      '"abbreviations"',
      '"dateline"',
    ]);
  });

  it('rejects abbreviations that are not an array of strings', () => {
    expectError(() => fn('Hello.', { abbreviations: 'Gen' }), TypeError, [
      `${name}:`,
      'options.abbreviations',
      'an array of strings',
      'got "Gen"',
    ]);
    expectError(() => fn('Hello.', { abbreviations: ['Gen', 7] }), TypeError, [
      `${name}:`,
      'options.abbreviations[]',
      'a string',
      'got 7',
    ]);
  });

  it.each([
    ['', 'got ""'],
    ['New York', 'got "New York"'],
    [' ', 'got " "'],
    ['.', 'got "."'],
  ])('rejects the abbreviation %j, which could never match, with a RangeError', (word, given) => {
    expectError(() => fn('Hello.', { abbreviations: ['Gen', word] }), RangeError, [
      `${name}:`,
      'options.abbreviations[]',
      'a word without white space',
      given,
    ]);
  });

  it('rejects a dateline option that is not a boolean', () => {
    expectError(() => fn('Hello.', { dateline: 'yes' }), TypeError, [
      `${name}:`,
      'options.dateline',
      'a boolean',
      'got "yes"',
    ]);
    expectError(() => fn('Hello.', { dateline: 1 }), TypeError, [`${name}:`, 'options.dateline', 'got 1']);
  });

  it('rejects parse options given with a document, which is already parsed', () => {
    const doc = parse('date 2025-06-16 Leaders met.');
    expectError(() => fn(doc, { dateline: false }), RangeError, [`${name}:`, 'options.dateline', 'parse()']);
    expectError(() => fn(doc, { abbreviations: ['Gen'] }), RangeError, [`${name}:`, 'options.abbreviations']);
  });

  it('rejects a VFile whose value is neither a string nor bytes', () => {
    const file = new VFile();
    (file as { value: unknown }).value = 12;
    expectError(() => fn(file), TypeError, [`${name}:`, 'VFile value', 'a string or a Uint8Array', 'got 12']);
  });

  it('shortens a long given string in the message', () => {
    const long = 'x'.repeat(500);
    let message = '';
    try {
      fn('Hello.', long);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('...');
    expect(message.length).toBeLessThan(200);
  });

  // NEGATIVE: what must not throw
  it.each([
    ['undefined options', undefined],
    ['empty options', {}],
    ['options set to undefined', { abbreviations: undefined, dateline: undefined }],
    ['an empty abbreviation list', { abbreviations: [] }],
    ['abbreviations with and without their period', { abbreviations: ['Gen.', 'Ph.D', 'approx'] }],
    ['dateline false', { dateline: false }],
  ])('accepts %s', (_, options) => {
    expect(() => fn('Gen. Smith met Dr. Jones. They talked.', options)).not.toThrow();
  });

  it.each([
    ['a VFile with no value', new VFile()],
    ['a VFile of bytes', new VFile(new TextEncoder().encode('Hello. World.'))],
    ['a document', parse('Hello. World.')],
  ])('accepts %s as input', (_, input) => {
    expect(() => fn(input)).not.toThrow();
  });
});

describe('parse documents', () => {
  it('is not fooled by a plain object shaped like a document', () => {
    const fake = { ...parse('Hello. World.') };
    expectError(() => segment(fake), TypeError, ['segment:', 'input', 'got an object']);
  });

  it('accepts a document behind a Proxy (Vue reactive, MobX, Immer wrap what they store) as the document itself', () => {
    const doc = parse('The Bank of England met on June 5, 2024. Then it cut rates.');
    const wrapped = new Proxy(doc, {});
    expect(segment(wrapped)).toEqual(segment(doc));
    expect(precis.extractDates(wrapped)).toEqual(precis.extractDates(doc));
  });
});

// Every function the package exports follows the same contract; this part
// covers the extractors as they land in src/index.ts.
const exported = Object.entries(precis).filter(([, v]) => typeof v === 'function') as [string, Fn][];

describe('every exported function', () => {
  it('includes parse and segment', () => {
    expect(exported.map(([n]) => n)).toEqual(expect.arrayContaining(['parse', 'segment']));
  });

  describe.each(exported)('%s', (name, fn) => {
    it('rejects a wrong input type with a TypeError naming the function', () => {
      expectError(() => fn(42), TypeError, [`${name}:`, 'input', 'got 42']);
      expectError(() => fn(null), TypeError, [`${name}:`, 'input', 'got null']);
    });
    it('rejects options that are not an object with a TypeError', () => {
      expectError(() => fn('Hello.', 'fast'), TypeError, [`${name}:`, 'options', 'got "fast"']);
    });
    it('rejects an unknown option with a RangeError naming it', () => {
      expectError(() => fn('Hello.', { noSuchOption: 1 }), RangeError, [`${name}:`, '"noSuchOption"', 'expected one of']);
    });
  });
});

// The extractors' own options: wrong types and values, with the key words pinned.
describe("the extractors' options", () => {
  const { extractDates, extractKeyphrases, summarize, rankSentences, analyze } = precis;
  it('extractDates rejects invalid reference dates instead of guessing', () => {
    for (const bad of ['2025-02-30', '2025-13-01', '2025-06-16garbage', '2025-06-16T25:00', 'yesterday', '16/06/2025', '']) {
      expectError(() => extractDates('We met yesterday.', { referenceDate: bad }), RangeError, [
        'extractDates:',
        'options.referenceDate',
        `got "${bad}"`,
        'valid date',
      ]);
    }
    expectError(() => extractDates('x', { referenceDate: new Date('nope') }), RangeError, ['options.referenceDate', 'got a Date']);
    expectError(() => extractDates('x', { referenceDate: 20250616 as never }), TypeError, ['options.referenceDate', 'got 20250616', 'a Date or an ISO date string']);
    expectError(() => extractDates('x', { policy: 'soon' as never }), RangeError, ['options.policy', 'got "soon"', '"past"']);
    // valid forms are taken
    for (const ok of ['2024-02-29', '2025-06-16T15:30', '2025-06-16T15:30:00Z', '2025-06-16T15:30:00+02:00']) {
      expect(() => extractDates('x', { referenceDate: ok })).not.toThrow();
    }
  });
  it('extractKeyphrases rejects a bad limit', () => {
    expectError(() => extractKeyphrases('x', { limit: 0 }), RangeError, ['extractKeyphrases:', 'options.limit', 'got 0', 'from 1 to 1000']);
    expectError(() => extractKeyphrases('x', { limit: 2.5 }), RangeError, ['options.limit', 'got 2.5']);
    expectError(() => extractKeyphrases('x', { limit: '3' as never }), TypeError, ['options.limit', 'got "3"', 'a number']);
  });
  it('summarize rejects bad lengths and more than one length', () => {
    expectError(() => summarize('x', { ratio: 2 }), RangeError, ['summarize:', 'options.ratio', 'got 2', 'from 0 to 1']);
    expectError(() => summarize('x', { words: -1 }), RangeError, ['options.words', 'got -1']);
    expectError(() => summarize('x', { sentences: 1.5 }), RangeError, ['options.sentences', 'got 1.5']);
    expectError(() => summarize('x', { sentences: 2, ratio: 0.5 }), RangeError, ['summarize:', 'sentences and ratio']);
    expectError(() => rankSentences('x', { sentences: 3 } as never), RangeError, ['rankSentences:', '"sentences"']);
  });
  it('analyze checks its nested options and names the function that rejects them', () => {
    expectError(() => analyze('x', { dates: 5 as never }), TypeError, ['analyze:', 'options.dates', 'got 5']);
    expectError(() => analyze('x', { summary: { ratio: 3 } }), RangeError, ['options.ratio', 'got 3']);
    expectError(() => analyze('x', { dates: { referenceDate: 'nope' } }), RangeError, ['options.referenceDate', 'got "nope"']);
  });
});
