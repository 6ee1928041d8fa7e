// `npm run bench dates`: extractDates from a string beside chrono-node's
// `chrono.parse`, on BBC news articles; then growth on a 1 MB document and on
// adversarial input (runs of digits, dashes, spaces, month names, "1-1-1-…"),
// which must stay linear (a benchmark, not a timed test).
import * as chrono from 'chrono-node';
import { extractDates } from '../src/dates/index.js';
import { articles, bigDocument, report, throughput } from './lib.js';

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

/** Run the dates benchmark. */
export async function run(): Promise<void> {
  const news = articles(200);
  // warm both up on the whole set first: bench/lib warms up on 20 inputs, too few for
  // every rule's code path to be compiled, and the first function measured pays for it
  for (let k = 0; k < 3; k++) {
    for (const t of news) extractDates(t, { referenceDate: REF });
    for (const t of news) chrono.parse(t, REF);
  }
  const ours = throughput(news, (t) => extractDates(t, { referenceDate: REF }), 5, 200);
  const theirs = throughput(news, (t) => chrono.parse(t, REF), 5, 200);
  report(`news articles (${news.length}, from a string)`, [
    ['chrono-node parse', theirs],
    ['precis extractDates', ours],
  ], 'chrono-node parse');
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
