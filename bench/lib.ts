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

/** One function's figures from {@link compare}. */
export interface Compared {
  name: string;
  /** Median MB/s over the passes. */
  median: number;
  /** MB/s of the fastest pass (the least disturbed by other processes). */
  best: number;
  /** Median of the per-pass ratios of this function's speed to the first function's (1 for the first). */
  ratio: number;
  /** First and third quartiles of those ratios. */
  q1: number;
  q3: number;
  /** Median time of a pass over all the inputs, in the clock's milliseconds. */
  ms: number;
  /** MB/s of the first warm-up pass: the function cold, before the engine has optimized it. */
  cold: number;
}

/** Wall-clock time in milliseconds: {@link compare}'s default clock. */
const wallClock = (): number => performance.now();

/**
 * A clock for {@link compare}, in milliseconds: the process's CPU time (user
 * and system). On a shared machine it moves less with the other processes
 * than wall-clock time (it still counts the garbage collector's threads).
 */
export const cpuClock = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

/**
 * Throughput of several functions over the same inputs, measured in
 * alternation: each pass runs every function once over the whole set, the
 * order rotating from pass to pass (whoever runs second pays for the first
 * one's garbage), so all of them see the same load on a shared machine. A
 * ratio taken inside one pass compares two runs a few milliseconds apart,
 * where two separate medians may sit seconds apart under different loads.
 * `clock` measures the passes: wall-clock time by default, or
 * {@link cpuClock}.
 *
 * Before the measured passes, every function runs `warmup` passes over the
 * whole set, so that the passes measure code the engine has optimized (the
 * figures are throughput on a stream of articles). Twenty, not three: over
 * 200 articles a pass, precis' extractDates took 1.2–5.8× its settled time in
 * passes 4 to 10 and up to 3× until about pass 20 (its hundred small rule
 * functions reach the optimizing compiler late), chrono-node 1.0–1.5× in
 * passes 4 to 10. The first warm-up pass is reported as `cold`.
 */
export function compare(
  inputs: string[],
  fns: [name: string, fn: (text: string) => unknown][],
  passes = 21,
  clock: () => number = wallClock,
  warmup = 20,
): Compared[] {
  const size = inputs.reduce((n, t) => n + t.length, 0);
  // warm every function up on the whole set: the first one measured would pay for compiling the others' paths
  const cold = fns.map(() => 0);
  for (let k = 0; k < warmup; k++) {
    for (let j = 0; j < fns.length; j++) {
      const t0 = clock();
      for (const t of inputs) fns[j]![1](t);
      if (k === 0) cold[j] = clock() - t0;
    }
  }
  const times = fns.map(() => [] as number[]);
  for (let p = 0; p < passes; p++) {
    for (let j = 0; j < fns.length; j++) {
      const k = (j + p) % fns.length;
      const fn = fns[k]![1];
      const t0 = clock();
      for (const t of inputs) fn(t);
      times[k]!.push(clock() - t0);
    }
  }
  const mbs = (ms: number) => size / 1e6 / (ms / 1000);
  const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))]!;
  return fns.map(([name], k) => {
    const ratios = times[k]!.map((ms, p) => times[0]![p]! / ms);
    const medianMs = quantile(times[k]!, 0.5);
    return {
      name,
      median: mbs(medianMs),
      best: mbs(Math.min(...times[k]!)),
      ratio: quantile(ratios, 0.5),
      q1: quantile(ratios, 0.25),
      q3: quantile(ratios, 0.75),
      ms: medianMs,
      cold: mbs(cold[k]!),
    };
  });
}

/** Print the figures of {@link compare}, with ratios against the first function. */
export function reportCompared(title: string, rows: Compared[]): void {
  console.log(`### ${title}\n`);
  const w = Math.max(...rows.map((r) => r.name.length), 8);
  console.log(`| ${'function'.padEnd(w)} | MB/s (median) | MB/s (best pass) | MB/s (first pass, cold) | × ${rows[0]!.name} (median of per-pass ratios, quartiles)`);
  console.log(`| ${'-'.repeat(w)} | ------------- | ---------------- | ----------------------- | ------`);
  for (const r of rows) {
    const ratio = `${r.ratio.toFixed(2)}× (${r.q1.toFixed(2)}–${r.q3.toFixed(2)})`;
    console.log(`| ${r.name.padEnd(w)} | ${r.median.toFixed(2).padStart(13)} | ${r.best.toFixed(2).padStart(16)} | ${r.cold.toFixed(2).padStart(23)} | ${ratio}`);
  }
  console.log();
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
