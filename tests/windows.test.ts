// A long text read a window at a time (src/windows.ts) must segment exactly
// as the whole document does: these tests cut real and random texts into
// many small windows and compare with segment(parse(text)).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDates, parse, segment } from '../src/index.js';
import { datesOfText } from '../src/dates/index.js';
import { readInput, type RawInput } from '../src/document.js';
import { segmentText } from '../src/segment.js';
import { forEachLazyWindow, forEachWindow, LONG_TEXT } from '../src/windows.js';
import { GOLDEN_RULES } from './fixtures/golden-rules.js';

const SUMMIT = readFileSync(new URL('./fixtures/summit.txt', import.meta.url), 'utf8');

const raw = (text: string, options?: object): RawInput => readInput('segment', text, options) as RawInput;

/** Paragraph separators that cut (blank lines) and ones that must not (one line break, U+2029). */
const SEPARATORS = ['\n\n', '\r\n\r\n', '\n \t\n', '\n\n\n\n', ' \n\r\n ', '\n', '\u2029', '\r\r', ' '];

/** Golden Rules texts and the worked example, joined by every kind of separator. */
function corpus(): string {
  const parts = [SUMMIT, ...GOLDEN_RULES.map((r) => r.text), SUMMIT.replace(/\n/g, '\r\n')];
  return parts.map((p, i) => p + SEPARATORS[i % SEPARATORS.length]).join('');
}

/** Paragraphs whose dates lean on earlier ones ("two days later", "that year") across blank lines. */
const DATES = [
  'The talks began on March 3, 2019.',
  'Two days later, the ministers met again.',
  'In 1998 the treaty was signed.\n\nThree years later it was ratified, and by the end of that year it took effect.',
  'Profits rose in the third quarter.\n\nA year earlier they had fallen.',
  'On Tuesday the board will vote.\n\nThe vote was postponed until next month, officials said on Friday at 3 p.m.',
  'Sales from 2019 to 2021 doubled; over the years the firm grew, and in 10 minutes the market opens.',
].join('\n\n');

describe('windows', () => {
  const text = corpus();
  const whole = segment(parse(text));

  it.each([1, 2, 3, 17, 64, 500, 4096])('cut every %i characters, segment gives what the whole document gives', (size) => {
    expect(segmentText(raw(text), size)).toEqual(whole);
  });

  it('cuts only at blank lines, and keeps the white space before the next paragraph with it', () => {
    const starts: number[] = [];
    forEachWindow(raw(text), (w) => starts.push(w.tokens.get(0)?.start ?? -1), 1);
    expect(starts.length).toBeGreaterThan(40);
    // (a window of white space alone has no token)
    for (const at of starts.slice(1).filter((s) => s >= 0)) {
      const before = text.slice(0, at);
      // the token opens a paragraph: a blank line (with any inline white space) comes before it
      expect(before).toMatch(/\n[ \t\r]*\n[ \t\r\n]*$/);
    }
  });

  it('cuts the same windows lazily, each paragraph\'s sentences those the eager window holds, and offers no seg to read empty sentences from', () => {
    const eager: { tokens: number; paragraphs: unknown; sentences: unknown[] }[] = [];
    forEachWindow(raw(text), (w) => {
      eager.push({ tokens: w.tokens.length, paragraphs: w.seg.paragraphs, sentences: w.seg.paragraphs.map((_, p) => w.seg.sentences.filter((s) => s.paragraph === p)) });
    }, 500);
    const lazy: typeof eager = [];
    forEachLazyWindow(raw(text), (w) => {
      // @ts-expect-error a lazy window has no `seg` (its sentences would be empty): read `sentences.of(p)`
      expect(w.seg).toBeUndefined();
      lazy.push({ tokens: w.tokens.length, paragraphs: w.paragraphs, sentences: w.paragraphs.map((_, p) => w.sentences.of(p)) });
    }, 500);
    expect(eager.length).toBeGreaterThan(5);
    expect(lazy).toEqual(eager);
  });

  it('finds the dateline in the first window only, and the paragraphs count on across windows', () => {
    const dated = `date 2025-06-16\n\n${text}`;
    const windowed = segmentText(raw(dated), 5);
    expect(windowed).toEqual(segment(parse(dated)));
    expect(windowed.paragraphs[0]!.start).toBeGreaterThanOrEqual(17);
    const noDateline = segmentText(raw(dated, { dateline: false }), 5);
    expect(noDateline.paragraphs[0]!.text).toBe('date 2025-06-16');
    expect(noDateline).toEqual(segment(parse(dated, { dateline: false })));
  });

  it('finds a dateline after windows of white space alone, and dates resolve against it', () => {
    const t = '\n\n \n\n date 2025-06-16\n\nThe talks ended on Tuesday.';
    expect(segmentText(raw(t), 1)).toEqual(segment(parse(t)));
    expect(segmentText(raw(t), 1).paragraphs.map((p) => p.text)).toEqual(['The talks ended on Tuesday.']);
    expect(datesOfText(raw(t), undefined, 'auto', 1)).toEqual(extractDates(parse(t)));
    expect(datesOfText(raw(t), undefined, 'auto', 1).map((d) => d.value)).toEqual(['2025-06-16', '2025-06-10']);
  });

  it('takes custom abbreviations into every window', () => {
    const t = 'He met Gen. Smith.\n\nThe Gen. Jones came.\n\nIt ended.';
    const options = { abbreviations: ['Gen'] };
    expect(segmentText(raw(t, options), 1)).toEqual(segment(parse(t, options)));
  });

  it('public segment() on a text over LONG_TEXT characters gives what the whole document gives', () => {
    const long = `${SUMMIT}\n\n`.repeat(Math.ceil((LONG_TEXT + 1) / (SUMMIT.length + 2)));
    expect(long.length).toBeGreaterThan(LONG_TEXT);
    const got = segment(long);
    const want = segment(parse(long));
    expect(got.sentences.length).toBe(want.sentences.length);
    expect(got).toEqual(want);
  });

  it.each([1, 40, 900])('cut every %i characters, extractDates gives what the whole document gives, anchors carried across windows', (size) => {
    const dated = `date 2025-06-16\n\n${DATES}\n\n${text}`;
    const want = extractDates(parse(dated));
    expect(want.length).toBeGreaterThan(30);
    expect(datesOfText(raw(dated), undefined, 'auto', size)).toEqual(want);
    const ref = { y: 2020, m: 2, d: 29 };
    expect(datesOfText(raw(dated), ref, 'past', size)).toEqual(extractDates(parse(dated), { referenceDate: '2020-02-29', policy: 'past' }));
  });

  it('public extractDates() on a text over LONG_TEXT characters gives what the whole document gives', () => {
    const long = `date 2025-06-16\n\n${`${DATES}\n\n${SUMMIT}\n\n`.repeat(Math.ceil((LONG_TEXT + 1) / (DATES.length + SUMMIT.length + 4)))}`;
    expect(long.length).toBeGreaterThan(LONG_TEXT);
    expect(extractDates(long)).toEqual(extractDates(parse(long)));
  });

  it.each([
    ['date 2025-06-16\n\n3 p.m. Leaders met.', ['2025-06-16', '3 p.m.']],
    ['Tuesday, 1 March\n\n2000 News at eight.', ['Tuesday, 1 March']],
    ['They met on June 16,\n\n2025 was the year.', ['June 16', '2025', 'the year']],
  ])('a date never runs across a blank line or out of the dateline: %j', (text, want) => {
    expect(extractDates(text).map((d) => d.text)).toEqual(want);
    expect(datesOfText(raw(text), undefined, 'auto', 1).map((d) => d.text)).toEqual(want);
  });

  it('a clock opening a paragraph takes the day stated at the end of the paragraph before, in windows too', () => {
    // (found by the property below: a window numbered its paragraphs from 0, so the two looked apart)
    const text = 'date 2025-06-16\n\nMarch 3, 2019 \n\n 3 p.m.';
    const whole = extractDates(parse(text));
    expect(whole.map((d) => d.value)).toEqual(['2025-06-16', '2019-03-03', '2019-03-03T15:00']);
    for (const size of [1, 5, 20]) expect(datesOfText(raw(text), undefined, 'auto', size)).toEqual(whole);
  });

  it('random texts with random blank lines and date words, cut at random sizes, give the same dates', () => {
    const piece = fc.oneof(
      fc.constantFrom('\n\n', '\r\n\r\n', '\n', 'by', 'since', 'until', 'as soon as', 'on', 'in', 'last', 'next', 'later', 'ago'),
      fc.constantFrom('June 16', 'Tuesday', 'March 3, 2019', '1998', 'the third quarter', 'a year earlier', '3 p.m.', 'next month', 'two years later', '16-18', 'June'),
      fc.lorem({ maxCount: 3 }),
    );
    const texts = fc.array(piece, { maxLength: 40 }).map((p) => `date 2025-06-16\n\n${p.join(' ')}`);
    fc.assert(
      fc.property(texts, fc.integer({ min: 1, max: 40 }), (t, size) => {
        expect(datesOfText(raw(t), undefined, 'auto', size)).toEqual(extractDates(parse(t)));
      }),
      { numRuns: 300 },
    );
  });

  it('random texts with random blank lines, cut at random sizes, match', () => {
    const piece = fc.oneof(
      fc.constantFrom('\n\n', '\r\n\r\n', '\n  \n', ' \n\n ', '\n', '\r', 'Mr.', 'U.S.', '1.', '2)', 'a.m.', '"', '(', ')', '...'),
      fc.constantFrom('http://example.com/a.b', 'name@example.co.uk', 'www.example.com', 'June 16, 2025 —', 'date 2025-06-16'),
      fc.lorem({ maxCount: 4 }),
      fc.string({ maxLength: 6 }),
    );
    const texts = fc.array(piece, { maxLength: 40 }).map((p) => p.join(' '));
    fc.assert(
      fc.property(texts, fc.integer({ min: 1, max: 60 }), (t, size) => {
        expect(segmentText(raw(t), size)).toEqual(segment(parse(t)));
      }),
      { numRuns: 300 },
    );
  });
});
