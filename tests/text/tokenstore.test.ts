// The token store (src/text/tokenize.ts, `Tokens`): the columns a document
// keeps its tokens in must hold the very token stream the tokenizer made as
// objects before them. The table's expected tokens were taken from that
// object tokenizer (commit 2e0c392) on inputs that stress it: CRLF, NUL,
// lone surrogates, emoji with modifiers, RTL text, URLs, e-mail addresses,
// numbers with separators, abbreviations, empty and blank texts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KIND_WORD, KINDS, type Token, Tokens, tokenize } from '../../src/text/tokenize.js';

type Row = [text: string, start: number, end: number, kind: Token['kind'], br: number];

const TABLE: [string, Row[]][] = [
  [
    "One.\r\nTwo.\r\n\r\nThree",
    [
      ["One", 0, 3, 'word', 0],
      [".", 3, 4, 'punct', 0],
      ["Two", 6, 9, 'word', 1],
      [".", 9, 10, 'punct', 0],
      ["Three", 14, 19, 'word', 2],
    ],
  ],
  [
    "a\u0000b c",
    [
      ["a", 0, 1, 'word', 0],
      ["\u0000", 1, 2, 'symbol', 0],
      ["b", 2, 3, 'word', 0],
      ["c", 4, 5, 'word', 0],
    ],
  ],
  [
    "\ud800x\udc00 y\udbff",
    [
      ["\ud800", 0, 1, 'symbol', 0],
      ["x", 1, 2, 'word', 0],
      ["\udc00", 2, 3, 'symbol', 0],
      ["y", 4, 5, 'word', 0],
      ["\udbff", 5, 6, 'symbol', 0],
    ],
  ],
  [
    "\ud83d\ude00 emoji \ud83d\udc4d\ud83c\udffd text",
    [
      ["\ud83d\ude00", 0, 2, 'symbol', 0],
      ["emoji", 3, 8, 'word', 0],
      ["\ud83d\udc4d", 9, 11, 'symbol', 0],
      ["\ud83c\udffd", 11, 13, 'symbol', 0],
      ["text", 14, 18, 'word', 0],
    ],
  ],
  [
    "\u05e9\u05dc\u05d5\u05dd world",
    [
      ["\u05e9\u05dc\u05d5\u05dd", 0, 4, 'word', 0],
      ["world", 5, 10, 'word', 0],
    ],
  ],
  [
    "See http://example.com/a.b?c=d. Then (https://x.org/(a)).",
    [
      ["See", 0, 3, 'word', 0],
      ["http://example.com/a.b?c=d", 4, 30, 'url', 0],
      [".", 30, 31, 'punct', 0],
      ["Then", 32, 36, 'word', 0],
      ["(", 37, 38, 'punct', 0],
      ["https://x.org/(a)", 38, 55, 'url', 0],
      [")", 55, 56, 'punct', 0],
      [".", 56, 57, 'punct', 0],
    ],
  ],
  [
    "Write to <julie@example.net>, or www.bbc.co.uk.",
    [
      ["Write", 0, 5, 'word', 0],
      ["to", 6, 8, 'word', 0],
      ["<", 9, 10, 'punct', 0],
      ["julie@example.net", 10, 27, 'email', 0],
      [">", 27, 28, 'symbol', 0],
      [",", 28, 29, 'punct', 0],
      ["or", 30, 32, 'word', 0],
      ["www.bbc.co.uk", 33, 46, 'url', 0],
      [".", 46, 47, 'punct', 0],
    ],
  ],
  [
    "It cost $1,000.5 or 3.5% in 2025-06-16.",
    [
      ["It", 0, 2, 'word', 0],
      ["cost", 3, 7, 'word', 0],
      ["$", 8, 9, 'symbol', 0],
      ["1,000.5", 9, 16, 'number', 0],
      ["or", 17, 19, 'word', 0],
      ["3.5", 20, 23, 'number', 0],
      ["%", 23, 24, 'punct', 0],
      ["in", 25, 27, 'word', 0],
      ["2025", 28, 32, 'number', 0],
      ["-", 32, 33, 'punct', 0],
      ["06", 33, 35, 'number', 0],
      ["-", 35, 36, 'punct', 0],
      ["16", 36, 38, 'number', 0],
      [".", 38, 39, 'punct', 0],
    ],
  ],
  [
    "Mr. O'Brien\u2019s U.S. don't e.g. Ph.D. 5th",
    [
      ["Mr", 0, 2, 'word', 0],
      [".", 2, 3, 'punct', 0],
      ["O'Brien\u2019s", 4, 13, 'word', 0],
      ["U", 14, 15, 'word', 0],
      [".", 15, 16, 'punct', 0],
      ["S", 16, 17, 'word', 0],
      [".", 17, 18, 'punct', 0],
      ["don't", 19, 24, 'word', 0],
      ["e", 25, 26, 'word', 0],
      [".", 26, 27, 'punct', 0],
      ["g", 27, 28, 'word', 0],
      [".", 28, 29, 'punct', 0],
      ["Ph", 30, 32, 'word', 0],
      [".", 32, 33, 'punct', 0],
      ["D", 33, 34, 'word', 0],
      [".", 34, 35, 'punct', 0],
      ["5th", 36, 39, 'word', 0],
    ],
  ],
  [
    "",
    [
    ],
  ],
  [
    " \n\n ",
    [
    ],
  ],
];

const rows = (tokens: Tokens): Row[] => tokens.toArray().map((t) => [t.text, t.start, t.end, t.kind, t.br]);

describe('Tokens: the store holds the object tokenizer\'s stream', () => {
  it.each(TABLE)('%j', (text, expected) => {
    const tokens = tokenize(text);
    expect(rows(tokens)).toEqual(expected);
    // the columns, read directly, say the same
    for (let i = 0; i < tokens.length; i++) {
      const [t, start, end, kind, br] = expected[i]!;
      expect([tokens.text[i], tokens.start[i], tokens.end[i], KINDS[tokens.kind[i]!], tokens.br[i]]).toEqual([t, start, end, kind, br]);
    }
    // and back: objects into a store and out again
    expect(rows(Tokens.of(tokens.toArray()))).toEqual(expected);
  });

  it('interns short words in long texts without changing a token', () => {
    const unit = TABLE.map(([text]) => text).join('\n');
    const long = unit.repeat(Math.ceil(210_000 / unit.length));
    const tokens = tokenize(long);
    const short = rows(tokenize(unit));
    expect(rows(tokens).slice(0, short.length)).toEqual(short);
    for (let i = 0; i < tokens.length; i++) expect(long.slice(tokens.start[i], tokens.end[i])).toBe(tokens.text[i]);
  });

  it('reads nothing past its ends, as an array would', () => {
    const tokens = tokenize('One two.');
    expect(tokens.length).toBe(3);
    for (const i of [-1, 3, 4, 1000]) {
      expect(tokens.get(i)).toBeUndefined();
      expect(tokens.kind[i]).toBeUndefined();
      expect(tokens.start[i]).toBeUndefined();
      expect(tokens.text[i]).toBeUndefined();
    }
    // NEGATIVE: a code past the end must not read as a word (KIND_WORD is 0, a fresh column's fill)
    expect(tokens.kind[3] === KIND_WORD).toBe(false);
  });

  it('grows past its first estimate and can be cut back', () => {
    const tokens = new Tokens(1);
    for (let i = 0; i < 100; i++) tokens.push('a', 2 * i, 2 * i + 1, KIND_WORD, 0);
    expect(tokens.length).toBe(100);
    expect(tokens.get(99)).toEqual({ text: 'a', start: 198, end: 199, kind: 'word', br: 0 });
    tokens.truncate(10);
    tokens.trim();
    expect(tokens.length).toBe(10);
    expect(tokens.get(10)).toBeUndefined();
    expect(tokens.text.length).toBe(10);
    tokens.shift(5);
    expect(tokens.get(9)).toEqual({ text: 'a', start: 23, end: 24, kind: 'word', br: 0 });
  });

  it('small stores share a slab without touching each other; a large one has a buffer of its own', () => {
    const a = tokenize('The talks ended on Monday.');
    const b = tokenize('Ministers met again in Paris.');
    expect(a.start.buffer).toBe(b.start.buffer);
    const before = b.toArray();
    // writing every column of the first (and growing it) leaves the second as it was
    a.start.fill(-1);
    a.end.fill(-1);
    a.kind.fill(255);
    a.br.fill(255);
    for (let i = 0; i < 200; i++) a.push('x', i, i + 1, KIND_WORD, 0);
    expect(b.toArray()).toEqual(before);
    expect(b.get(0)).toEqual({ text: 'Ministers', start: 0, end: 9, kind: 'word', br: 0 });
    const big = tokenize('word '.repeat(20_000));
    expect(big.length).toBe(20_000);
    expect(big.start.buffer).not.toBe(b.start.buffer);
    expect(big.end[19_999]).toBe(99_999);
  });
});

// Pieces the tokenizer treats apart: addresses, numbers, apostrophes, surrogates, line breaks.
const PIECES = [
  ...'aZ.,:;@/-\'’"()[]<>!? \t\n\r0123456789$%°'.split(''),
  'http://x.org/(a)',
  'www.bbc.co.uk',
  'a.b@c.de',
  '1,000.5',
  "O'Brien",
  'don’t',
  '😀',
  '👍🏽',
  '\ud800',
  '\udc00',
  '\u0000',
  '\r\n',
  '\n\n',
  '\u2028',
  'שלום',
  'e\u0301',
];

describe('Tokens: properties', () => {
  const texts = fc.oneof(
    fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join('')),
    fc.string({ unit: 'binary', maxLength: 80 }),
  );

  it('every token is its text\'s slice, tokens are in order and never overlap', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const tokens = tokenize(text);
        let last = 0;
        for (let i = 0; i < tokens.length; i++) {
          const start = tokens.start[i]!;
          const end = tokens.end[i]!;
          expect(text.slice(start, end)).toBe(tokens.text[i]);
          expect(start).toBeGreaterThanOrEqual(last);
          expect(end).toBeGreaterThan(start);
          expect(KINDS[tokens.kind[i]!]).toBeDefined();
          expect(tokens.br[i]).toBeLessThanOrEqual(2);
          last = end;
        }
        expect(rows(Tokens.of(tokens.toArray()))).toEqual(rows(tokens));
      }),
      { numRuns: 300 },
    );
  });
});
