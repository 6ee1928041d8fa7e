// `npm run bench dates`: extractDates from a string beside chrono-node's
// `chrono.parse`, on BBC news articles; then growth on a 1 MB document and on
// adversarial input (runs of digits, dashes, spaces, month names, "1-1-1-…"),
// which must stay linear (a benchmark, not a timed test).
import * as chrono from 'chrono-node';
import { refine, scanMatches } from '../src/dates/grammar.js';
import { extractDates } from '../src/dates/index.js';
import { findPieces } from '../src/dates/matches.js';
import { Scan } from '../src/dates/scan.js';
import { internals, parse } from '../src/document.js';
import { SegmentedSentences } from '../src/text/sentences.js';
import { tokenize } from '../src/text/tokenize.js';
import { articles, bigDocument, compare, reportCompared } from './lib.js';

const REF = new Date('2025-06-16T12:00:00Z');

/** Median milliseconds of one call. */
function timeOnce(text: string, fn: (t: string) => unknown, rounds = 3): number {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    fn(text);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function growth(title: string, make: (n: number) => string, sizes: number[]): void {
  console.log(`### ${title}\n`);
  console.log('| characters | extractDates ms | ms per 100 KB |');
  console.log('| ---------- | --------------- | ------------- |');
  for (const n of sizes) {
    const text = make(n);
    const ms = timeOnce(text, (t) => extractDates(t, { referenceDate: REF }));
    console.log(`| ${String(text.length).padStart(10)} | ${ms.toFixed(1).padStart(15)} | ${((ms * 100_000) / text.length).toFixed(2).padStart(13)} |`);
  }
  console.log();
}

/** Where the time goes: each stage on the same articles, best of `rounds` (best, not median: the machine is shared). */
function stages(news: string[], rounds = 15): void {
  const bytes = news.reduce((n, t) => n + t.length, 0);
  const best = new Map<string, number>();
  const time = (name: string, fn: () => unknown) => {
    const t0 = performance.now();
    const out = fn();
    best.set(name, Math.min(best.get(name) ?? Number.POSITIVE_INFINITY, performance.now() - t0));
    return out;
  };
  for (let r = 0; r < rounds; r++) {
    time('parse: tokenize alone', () => news.map((t) => tokenize(t)));
    const docs = time('parse (tokenize, dateline, sentences)', () => news.map((t) => parse(t))) as ReturnType<typeof parse>[];
    const scans = time('dates: Scan (whole documents)', () => docs.map((d) => new Scan(internals(d).tokens, d.text, 0, internals(d).tokens.length))) as Scan[];
    const found = time('dates: scanMatches (gate and rules, whole documents)', () => scans.map((s) => scanMatches(s))) as ReturnType<typeof scanMatches>[];
    time('dates: refiners', () => scans.map((s, k) => refine(s, found[k]!)));
    time('dates: findPieces (what extractDates runs: Scan, scanMatches, refiners a paragraph at a time)', () =>
      docs.map((d) => {
        const { tokens, bodyFrom, seg } = internals(d);
        return findPieces(d.text, tokens, bodyFrom, seg.paragraphs, new SegmentedSentences(seg));
      }),
    );
    time('dates: all, on parsed documents', () => docs.map((d) => extractDates(d, { referenceDate: REF })));
    time('extractDates from a string', () => news.map((t) => extractDates(t, { referenceDate: REF })));
    time('chrono-node parse', () => news.map((t) => chrono.parse(t, REF)));
  }
  console.log(`### stages (${news.length} articles, ${(bytes / 1000).toFixed(0)} KB, best of ${rounds})\n`);
  console.log('| stage | ms | MB/s |');
  console.log('| ----- | -- | ---- |');
  for (const [name, ms] of best) console.log(`| ${name} | ${ms.toFixed(1)} | ${(bytes / 1000 / ms).toFixed(1)} |`);
  console.log();
}

/** Run the dates benchmark. */
export async function run(): Promise<void> {
  const news = articles(200);
  // alternating passes: on a shared machine two medians taken one after the
  // other saw different loads (the same code measured 0.58× and 1.24× in one run)
  const passes = 21;
  reportCompared(
    `news articles (${news.length}, from a string; ${passes} passes, the two alternating)`,
    compare(
      news,
      [
        ['chrono-node parse', (t) => chrono.parse(t, REF)],
        ['precis extractDates', (t) => extractDates(t, { referenceDate: REF })],
      ],
      passes,
    ),
  );
  stages(news);
  const sizes = [125_000, 250_000, 500_000, 1_000_000];
  growth('a long news document', (n) => bigDocument(n, news), sizes);
  const repeat = (unit: string) => (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  const small = [50_000, 100_000, 200_000];
  growth('adversarial: digits', repeat('1234567890'), small);
  growth('adversarial: "1-1-1-1…"', repeat('1-'), small);
  growth('adversarial: dashes and spaces', repeat('- -—  –'), small);
  growth('adversarial: month names', repeat('June May March 16 '), small);
  growth('adversarial: dates glued by dashes', repeat('June 16-18-2025-'), small);
}
