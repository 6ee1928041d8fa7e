// Shared helpers for `npm run bench`: inputs, timing by medians, ratios.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { DATA_DIR } from '../eval/lib.js';

export { DATA_DIR };

/** News articles (BBC News Summary texts), or the worked example when the data is missing. */
export function articles(limit = 300): string[] {
  const path = resolve(DATA_DIR, 'sum-bbc-news-summary.jsonl');
  if (!existsSync(path)) {
    console.log(`  (BBC articles missing at ${path}: using the worked example)`);
    return [readFileSync(resolve(import.meta.dirname, '../tests/fixtures/summit.txt'), 'utf8')];
  }
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .slice(0, limit)
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

/** One document of about `bytes` characters made of whole articles. */
export function bigDocument(bytes: number, source = articles()): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const a = source[i % source.length]!;
    parts.push(a);
    size += a.length + 2;
  }
  return parts.join('\n\n').slice(0, bytes);
}

/**
 * Throughput of `fn` over `inputs` in MB/s (UTF-16 characters / 1e6 per second):
 * runs the whole set `rounds` times after a warm-up and takes the median round.
 */
export function throughput(inputs: string[], fn: (text: string) => unknown, rounds = 5, minMs = 200): number {
  const size = inputs.reduce((n, t) => n + t.length, 0);
  for (const t of inputs.slice(0, 20)) fn(t); // warm-up
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let reps = 0;
    const t0 = performance.now();
    let elapsed = 0;
    do {
      for (const t of inputs) fn(t);
      reps++;
      elapsed = performance.now() - t0;
    } while (elapsed < minMs);
    times.push(elapsed / reps);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  return size / 1e6 / (median / 1000);
}

/** Print a throughput table with ratios against the first row named `base`. */
export function report(title: string, rows: [string, number][], base?: string): void {
  const baseValue = rows.find(([name]) => name === base)?.[1];
  console.log(`### ${title}\n`);
  const w = Math.max(...rows.map(([n]) => n.length), 8);
  console.log(`| ${'function'.padEnd(w)} |   MB/s | ${base ? `× ${base}` : ''}`);
  console.log(`| ${'-'.repeat(w)} | ------ | ------`);
  for (const [name, v] of rows) {
    const ratio = baseValue ? `${(v / baseValue).toFixed(2)}×` : '';
    console.log(`| ${name.padEnd(w)} | ${v.toFixed(2).padStart(6)} | ${ratio}`);
  }
  console.log();
}
