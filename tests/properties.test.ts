// Property tests (issue 7): for arbitrary strings, no public function throws,
// every span it returns is exact and in bounds, results are deterministic, and
// a parsed document gives exactly what its text gives. parse and segment have
// their own, stronger invariants (sentences ordered, non-overlapping, covering
// every non-white-space character of the body; words inside sentences); every
// other function src/index.ts exports is covered by the generic ones, so the
// extractors are checked as they land.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { toString as nlcstToString } from 'nlcst-to-string';
import { describe, expect, it } from 'vitest';
import { type PrecisDocument, parse } from '../src/document.js';
import * as precis from '../src/index.js';
import { segment } from '../src/segment.js';

const summit = readFileSync(new URL('./fixtures/summit.txt', import.meta.url), 'utf8');

// ---------------------------------------------------------------- inputs

/** Pieces that stress the tokenizer and the sentence rules. */
const PIECES = [
  ' ',
  '  ',
  '\t',
  '\n',
  '\n\n',
  '\n\n\n\n',
  '\r\n',
  '\r\n\r\n',
  '\r',
  '\r\r',
  '\u0000',
  '\u0001',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\u200b',
  '\u200d',
  '\ud800',
  '\udfff',
  '\udc00\ud800',
  '😀',
  '👍🏽',
  '👩‍👩‍👧',
  '🇫🇷',
  'e\u0301',
  '\u0301',
  'a\u0308\u0304',
  '\u200f',
  'שלום עולם.',
  'مرحبا بالعالم؟',
  '中文句子。',
  '日本語です！',
  '한국어.',
  '.',
  '..',
  '...',
  '. . .',
  '…',
  '!',
  '?!',
  '?',
  ',',
  ';',
  ':',
  '"',
  "'",
  '“',
  '”',
  '‘',
  '’',
  '«',
  '»',
  '(',
  ')',
  '[',
  ']',
  '[...]',
  '-',
  '--',
  '—',
  '–',
  '•',
  '*',
  '/',
  '@',
  '#',
  '$5',
  '5%',
  'Mr.',
  'Mrs. Smith',
  'Dr.',
  'U.S.',
  'U.S.A.',
  'e.g.',
  'i.e.',
  'a.m.',
  'p.m.',
  'No.',
  'Inc.',
  'St.',
  'J. K.',
  'vs.',
  '1.',
  '2)',
  'a)',
  'iv.',
  '3.5',
  '1,000',
  '1,000.50',
  '16-18',
  'win-win',
  "don't",
  "O'Brien",
  'http://example.com/a.b?c=d.',
  'https://x.org/(a)',
  'www.example.com',
  'name@example.co.uk',
  'a@b',
  'June 16, 2025 —',
  '2025-06-16',
  'date 2025-06-16',
  'BEIJING, June 16 (Xinhua) --',
  'Leaders met in Astana on Monday.',
  'He said: "We agreed." Then he left.',
  'Prices rose 3.5 percent in the U.S. last year.',
  'At 5 p.m. Mr. Smith arrived.',
  'I live in the U.S. How about you?',
  'The talks (which began in May.) ended.',
  'Yahoo! in Japan grew.',
  'What? No! Really...',
];

/** Any UTF-16 code unit, lone surrogates included (fast-check's 'binary' leaves them out). */
const anyUnit = fc.nat(0xffff).map((c) => String.fromCharCode(c));

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 2, arbitrary: fc.string({ unit: anyUnit, maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 3, arbitrary: fc.lorem({ maxCount: 3 }) },
);

/** Texts made of pieces, with and without separators. */
const texts = fc.oneof(
  { weight: 3, arbitrary: fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')) },
  { weight: 3, arbitrary: fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(' ')) },
  { weight: 1, arbitrary: fc.string({ unit: anyUnit, maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(' ', '\n', '\r', '\t', '.', 'a', 'A', '1'), maxLength: 80 }) },
);

/** Fixed inputs no random draw is likely to reach. */
const FIXED: [string, string][] = [
  ['empty', ''],
  ['one space', ' '],
  ['white space only', ' \t\n\r\n\u00a0\u2028 \n\n  '],
  ['CRLF paragraphs', 'One.\r\nTwo.\r\n\r\nThree.\r\n'],
  ['lone CRs', 'One.\rTwo.\r\rThree.'],
  ['NUL and control characters', 'A\u0000B. C\u0001\u0002D.\u0000\u0000'],
  ['lone surrogates', '\ud800 He left.\udc00 She \udbff stayed.\ud800'],
  ['one 100 KB line without punctuation', 'word '.repeat(20_000)],
  ['one 100 KB word', 'x'.repeat(100_000)],
  ['thousands of blank lines', `First.${'\n'.repeat(5000)}Second.${'\n\n'.repeat(3000)}Third`],
  ['thousands of blank CRLF lines', `First.${'\r\n'.repeat(5000)}Second.`],
  ['only periods', '.'.repeat(5000)],
  ['only dateline', 'date 2025-06-16'],
  ['dateline then white space', 'date 2025-06-16\n\n   \n'],
  ['emoji text', '😀😀 Big news 🎉. Markets rose 👍🏽! Then 🇫🇷 fell.'],
  ['RTL', 'قال الوزير. ثم غادر.\n\nשלום. עולם!'],
  ['CJK', '北京，6月16日——会议开始了。领导人发言！然后结束？'],
  ['the worked example', summit],
  // long enough (over 200 K characters) for the tokenizer to intern its words
  ['a 250 K-character text', `${summit}\n\n${PIECES.join(' ')}\n\n`.repeat(1 + Math.ceil(250_000 / (summit.length + 3000)))],
];

// ---------------------------------------------------------------- checks

interface AnySpan {
  text: string;
  start: number;
  end: number;
}

/** `input.slice(start, end) === text`, in bounds, start <= end. */
function checkSpan(input: string, span: AnySpan, where: string): void {
  const ok =
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.end <= input.length &&
    span.start <= span.end &&
    input.slice(span.start, span.end) === span.text;
  if (!ok) {
    throw new Error(`${where}: bad span ${JSON.stringify(span)} in ${JSON.stringify(input.slice(0, 200))}`);
  }
}

/** White space as the tokenizer reads it (JavaScript's \s, and NEL). */
const isSpace = (ch: string) => /[\s\u0085]/u.test(ch);

function allSpace(text: string): boolean {
  for (const ch of text) if (!isSpace(ch)) return false;
  return true;
}

function checkParse(input: string, doc: PrecisDocument): void {
  expect(doc.text).toBe(input);
  checkSpan(input, doc.body, 'parse body');
  if (doc.body.text.length > 0) {
    expect(isSpace(doc.body.text[0]!)).toBe(false);
    expect(isSpace(doc.body.text.at(-1)!)).toBe(false);
  }
  let bodyFrom = 0;
  if (doc.dateline) {
    checkSpan(input, doc.dateline, 'parse dateline');
    expect(doc.dateline.date).toMatch(/^(?:\d{4}|XXXX)-\d{2}-\d{2}$/);
    expect(doc.dateline.end).toBeLessThanOrEqual(doc.body.start);
    expect(allSpace(input.slice(0, doc.dateline.start))).toBe(true);
    bodyFrom = doc.dateline.end;
  }
  // nothing but white space outside the dateline and the body
  expect(allSpace(input.slice(bodyFrom, doc.body.start))).toBe(true);
  expect(allSpace(input.slice(doc.body.end))).toBe(true);
}

/** A cheap assertion for per-item checks (expect() per word made long inputs slow). */
function assert(ok: boolean, message: () => string): void {
  if (!ok) throw new Error(message());
}

function checkSegments(input: string, doc: PrecisDocument, result: ReturnType<typeof segment>): void {
  const { paragraphs, sentences, words } = result;
  const { body } = doc;
  for (const p of paragraphs) checkSpan(input, p, 'paragraph');
  for (const s of sentences) checkSpan(input, s, 'sentence');
  for (const w of words) checkSpan(input, w, 'word');
  // paragraphs: ordered, disjoint, inside the body, with only white space between
  let at = body.start;
  paragraphs.forEach((p, i) => {
    assert(p.start >= at && p.text.length > 0, () => `paragraph ${i} ${JSON.stringify(p)} overlaps or is empty`);
    assert(allSpace(input.slice(at, p.start)), () => `text between paragraphs before ${i}`);
    at = p.end;
  });
  if (paragraphs.length > 0) expect(at).toBe(body.end);
  // sentences: ordered, non-overlapping, in their paragraph, covering every
  // non-white-space character of the body
  at = body.start;
  sentences.forEach((s, i) => {
    assert(s.index === i, () => `sentence ${i} has index ${s.index}`);
    assert(s.text.length > 0 && s.start >= at, () => `sentence ${i} ${JSON.stringify(s)} overlaps or is empty`);
    const gap = input.slice(at, s.start);
    assert(allSpace(gap), () => `uncovered text ${JSON.stringify(gap)} before sentence ${i}`);
    const p = paragraphs[s.paragraph];
    assert(p !== undefined && s.start >= p.start && s.end <= p.end, () => `sentence ${i} outside its paragraph ${s.paragraph}`);
    assert(i === 0 || s.paragraph >= sentences[i - 1]!.paragraph, () => `sentence ${i} goes back a paragraph`);
    at = s.end;
  });
  if (sentences.length > 0) expect(at).toBe(body.end);
  else expect(allSpace(body.text)).toBe(true);
  // words: ordered, non-overlapping, each inside one sentence
  let si = 0;
  let last = -1;
  for (const w of words) {
    assert(w.start >= last && w.text.length > 0, () => `word ${JSON.stringify(w)} overlaps or is empty`);
    while (si < sentences.length && sentences[si]!.end <= w.start) si++;
    const s = sentences[si];
    assert(s !== undefined && w.start >= s.start && w.end <= s.end, () => `word ${JSON.stringify(w)} outside every sentence`);
    last = w.end;
  }
}

/** Every span anywhere in a result (objects with text, start and end). */
function collectSpans(value: unknown, out: AnySpan[] = [], seen = new Set<unknown>(), depth = 0): AnySpan[] {
  if (typeof value !== 'object' || value === null || seen.has(value) || depth > 8) return out;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const item of value) collectSpans(item, out, seen, depth + 1);
    return out;
  }
  if (value instanceof Map || value instanceof Set) {
    for (const item of value.values()) collectSpans(item, out, seen, depth + 1);
    return out;
  }
  const v = value as Record<string, unknown>;
  if (typeof v.text === 'string' && typeof v.start === 'number' && typeof v.end === 'number') {
    out.push(v as unknown as AnySpan);
  }
  for (const key of Object.keys(v)) {
    if (key === 'tree' || key === 'file') continue; // a document's syntax tree and VFile
    collectSpans(v[key], out, seen, depth + 1);
  }
  return out;
}

function checkParseAndSegment(input: string): void {
  const doc = parse(input);
  checkParse(input, doc);
  const fromText = segment(input);
  checkSegments(input, doc, fromText);
  // deterministic, and a document gives exactly what its text gives
  expect(segment(input)).toEqual(fromText);
  expect(segment(doc)).toEqual(fromText);
  expect(segment(doc)).toEqual(fromText); // the cached result, again
  const again = parse(input);
  expect({ ...again.body, dateline: again.dateline }).toEqual({ ...doc.body, dateline: doc.dateline });
  // without dateline recognition, the first line is body text and still covered
  const plain = parse(input, { dateline: false });
  expect(plain.dateline).toBeUndefined();
  checkSegments(input, plain, segment(plain));
}

interface Point {
  line: number;
  column: number;
  offset?: number;
}

/** Line and column of an offset, counted the slow way (\r\n, \r and \n end lines). */
function pointAt(input: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = input.charCodeAt(i);
    if (c === 10 || (c === 13 && input.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function checkTree(input: string): void {
  const doc = parse(input);
  const tree = doc.tree;
  expect(nlcstToString(tree)).toBe(input);
  const slow = input.length <= 2000;
  const visit = (node: { position?: { start: Point; end: Point }; children?: unknown[] }) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    expect(start).toBeTypeOf('number');
    expect(input.slice(start, end)).toBe(nlcstToString(node as never));
    if (slow) {
      const { line, column } = node.position!.start;
      expect({ line, column }).toEqual(pointAt(input, start!));
      expect({ line: node.position!.end.line, column: node.position!.end.column }).toEqual(pointAt(input, end!));
    }
    for (const child of node.children ?? []) visit(child as never);
  };
  visit(tree as never);
}

// ---------------------------------------------------------------- parse and segment

describe('parse and segment', () => {
  it.each(FIXED)('hold every invariant on %s', (_, input) => {
    checkParseAndSegment(input);
  });

  it('hold every invariant on arbitrary strings', () => {
    fc.assert(fc.property(texts, (input) => checkParseAndSegment(input)), { numRuns: 400 });
  });

  it('hold every invariant on news sentences mixed with abbreviations and noise', () => {
    const sentence = fc.constantFrom(...summit.split(/(?<=[.!?])\s+/u).filter(Boolean), ...PIECES.slice(-12));
    const mixed = fc
      .array(fc.tuple(sentence, fc.constantFrom(' ', '\n', '\n\n', '\r\n', '', '  '), piece), { maxLength: 12 })
      .map((parts) => parts.map(([s, sep, p]) => s + sep + p).join(' '));
    fc.assert(fc.property(mixed, (input) => checkParseAndSegment(input)), { numRuns: 200 });
  });

  it('build an nlcst tree whose every node has exact positions', () => {
    for (const [, input] of FIXED) if (input.length < 20_000) checkTree(input);
    fc.assert(fc.property(texts, (input) => checkTree(input)), { numRuns: 150 });
  });
});

// ---------------------------------------------------------------- every exported function

type Fn = (input: unknown) => unknown;
const others = (Object.entries(precis).filter(([, v]) => typeof v === 'function') as [string, Fn][]).filter(
  ([name]) => name !== 'parse' && name !== 'segment',
);

function checkFunction(name: string, fn: Fn, input: string): void {
  const result = fn(input);
  for (const span of collectSpans(result)) checkSpan(input, span, name);
  expect(fn(input), `${name} is deterministic`).toEqual(result);
  expect(fn(parse(input)), `${name} gives the same for a document`).toEqual(result);
  if (name === 'extractDates' && Array.isArray(result)) {
    // dates never overlap
    const spans = (result as AnySpan[]).map((d) => [d.start, d.end]).sort((a, b) => a[0]! - b[0]!);
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]!);
  }
}

describe.runIf(others.length > 0)('every other exported function', () => {
  describe.each(others)('%s', (name, fn) => {
    it.each(FIXED.filter(([, t]) => t.length <= 300_000))('holds the invariants on %s', (_, input) => {
      checkFunction(name, fn, input);
    });

    it('holds the invariants on arbitrary strings', () => {
      fc.assert(
        fc.property(texts, (input) => checkFunction(name, fn, input)),
        { numRuns: 60 },
      );
    });
  });
});
