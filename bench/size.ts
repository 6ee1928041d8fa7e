// `npm run bench size` (only when asked, and also `npx tsx bench/size.ts`):
// a 50 MB document (PRECIS_SIZE_MB changes it) made of whole news articles,
// through `segment` and, when src/index.ts exports it, `extractDates`. Each
// function runs in a child process of its own, so its peak resident memory
// (maxRSS) is its own; the table gives the time, the peak, and the peak as a
// multiple of the input (UTF-16 characters; news is ASCII, so one byte each in
// V8). The aim (issue 7) is a peak under 20× the input.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { articles, bigDocument } from './lib.js';

const SIZE_MB = Number(process.env.PRECIS_SIZE_MB ?? 50);
const FUNCTIONS = ['segment', 'extractDates'];

interface ChildReport {
  fn: string;
  chars: number;
  ms: number;
  baselineRss: number;
  peakRss: number;
  heapUsed: number;
  items: number;
  error?: string;
}

/** In the child: build the document, note the RSS, run the function once, report. */
async function child(fn: string): Promise<void> {
  const precis = (await import('../src/index.js')) as unknown as Record<string, (text: string) => unknown>;
  const run = precis[fn];
  const text = bigDocument(SIZE_MB * 1_000_000, articles(2225));
  const report: ChildReport = { fn, chars: text.length, ms: 0, baselineRss: 0, peakRss: 0, heapUsed: 0, items: 0 };
  if (typeof run !== 'function') {
    report.error = 'not exported';
  } else {
    report.baselineRss = process.resourceUsage().maxRSS * 1024;
    const t0 = performance.now();
    try {
      const result = run(text) as Record<string, unknown> | unknown[];
      report.items = Array.isArray(result)
        ? result.length
        : Object.values(result).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);
      report.heapUsed = process.memoryUsage().heapUsed;
    } catch (e) {
      report.error = `${(e as Error).name}: ${(e as Error).message.slice(0, 80)}`;
    }
    report.ms = performance.now() - t0;
    report.peakRss = process.resourceUsage().maxRSS * 1024;
  }
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

export async function run(): Promise<void> {
  const self = fileURLToPath(import.meta.url);
  console.log(`### ${SIZE_MB} MB of news through one call (a child process per function)\n`);
  console.log('| function | chars | items | s | MB/s | RSS before | peak RSS | peak ÷ input | (peak − before) ÷ input |');
  console.log('| -------- | ----- | ----- | - | ---- | ---------- | -------- | ------------ | ----------------------- |');
  for (const fn of FUNCTIONS) {
    let report: ChildReport;
    try {
      const out = execFileSync(process.execPath, [...process.execArgv, self, '--child', fn], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      report = JSON.parse(out.trim().split('\n').at(-1)!) as ChildReport;
    } catch (e) {
      const err = e as { status?: number; signal?: string; stderr?: string };
      const why = err.signal ?? `exit ${err.status}`;
      const last = (err.stderr ?? '').trim().split('\n').slice(-2).join(' ').slice(0, 120);
      console.log(`| ${fn} | — | — | — | — | — | — | — | crashed (${why}): ${last} |`);
      continue;
    }
    if (report.error) {
      console.log(`| ${fn} | ${report.chars} | — | — | — | — | — | — | ${report.error} |`);
      continue;
    }
    const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
    console.log(
      `| ${fn} | ${report.chars} | ${report.items} | ${(report.ms / 1000).toFixed(1)} | ${(report.chars / 1e3 / report.ms).toFixed(1)} | ${mb(report.baselineRss)} | ${mb(report.peakRss)} | ${(report.peakRss / report.chars).toFixed(1)}× | ${((report.peakRss - report.baselineRss) / report.chars).toFixed(1)}× |`,
    );
  }
  console.log();
}

const childAt = process.argv.indexOf('--child');
if (childAt !== -1) await child(process.argv[childAt + 1]!);
else if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await run();
