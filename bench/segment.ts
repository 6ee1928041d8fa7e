// `npm run bench segment`: parse and segment throughput beside the JavaScript field.
//
// Three inputs: BBC articles one at a time (the common case), one 1 MB
// document and one 10 MB document made of whole articles (the growth check:
// a 10× larger document should cost at most ~11× the time, so MB/s should
// hold). Peers: parse-english (what retext-english runs), sentencex-wasm (a
// Rust core) and wink-nlp. Every ratio is against parse-english.
//
// `parse` alone does not build the nlcst tree (it is built on first access),
// so "parse + tree" is the row to compare with parse-english, which builds one.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import retextEnglish from 'retext-english';
import { initSync, segment as sentencex } from 'sentencex-wasm';
import { unified } from 'unified';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { parse } from '../src/document.js';
import { segment } from '../src/segment.js';
import { articles, bigDocument, report } from './lib.js';

const MB = 1_000_000;

type Runner = [name: string, fn: (text: string) => unknown];

function runners(): Runner[] {
  const require = createRequire(import.meta.url);
  initSync({ module: readFileSync(require.resolve('sentencex-wasm/sentencex_wasm_bg.wasm')) });
  const english = unified().use(retextEnglish);
  const nlp = winkNLP(model);
  return [
    ['precis parse', (t) => parse(t)],
    ['precis parse + tree', (t) => parse(t).tree],
    ['precis segment', (t) => segment(t)],
    ['parse-english', (t) => english.parse(t)],
    ['sentencex-wasm', (t) => sentencex('en', t)],
    ['wink-nlp', (t) => nlp.readDoc(t).sentences().out()],
  ];
}

/**
 * MB/s of `fn` over `inputs` (UTF-16 characters / 1e6 per CPU second): the
 * median of `rounds` rounds, each running the whole set until `minMs` of CPU
 * time have passed. CPU time (user + system, GC threads included) rather than
 * wall time: several engineers share this machine, and wall time counted
 * their work too.
 */
function cpuThroughput(inputs: string[], fn: (text: string) => unknown, rounds: number, minMs: number): number {
  const size = inputs.reduce((n, t) => n + t.length, 0);
  for (const t of inputs.slice(0, 20)) fn(t); // warm-up
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let reps = 0;
    let elapsed = 0;
    const c0 = process.cpuUsage();
    do {
      for (const t of inputs) fn(t);
      reps++;
      const c = process.cpuUsage(c0);
      elapsed = (c.user + c.system) / 1000;
    } while (elapsed < minMs);
    times.push(elapsed / reps);
  }
  times.sort((a, b) => a - b);
  return size / 1e6 / (times[Math.floor(times.length / 2)]! / 1000);
}

/**
 * Median MB/s of each runner over `inputs`. A round of a big input runs until
 * a second of CPU time has passed (several 1 MB documents, one 10 MB one), so
 * the garbage collections a stream of 1 MB documents costs are counted, as
 * they are inside one 10 MB call.
 */
function measure(list: Runner[], inputs: string[], big: boolean): [string, number][] {
  return list.map(([name, fn]) => [name, big ? cpuThroughput(inputs, fn, 3, 1000) : cpuThroughput(inputs, fn, 5, 300)]);
}

export async function run(): Promise<void> {
  const news = articles();
  const all = runners();
  const size = news.reduce((n, t) => n + t.length, 0);

  const onArticles = measure(all, news, false);
  report(`articles (${news.length} BBC texts, ${(size / 1e3).toFixed(0)} K chars, one at a time)`, onArticles, 'parse-english');

  const one = bigDocument(MB, news);
  const onOne = measure(all, [one], true);
  report('one 1 MB document', onOne, 'parse-english');

  // 10 MB: parse-english grows faster than linearly (tens of seconds), so only
  // the linear peers run unless PRECIS_BENCH_FULL is set.
  const ten = bigDocument(10 * MB, news);
  const full = process.env.PRECIS_BENCH_FULL === '1';
  const tenRunners = all.filter(([name]) => full || (name !== 'parse-english' && name !== 'wink-nlp'));
  const onTen = measure(tenRunners, [ten], true);
  report(`one 10 MB document${full ? '' : ' (parse-english and wink-nlp skipped; PRECIS_BENCH_FULL=1 runs them)'}`, onTen);

  // growth: time(10 MB) / time(1 MB) = 10 × (MB/s at 1 MB) / (MB/s at 10 MB); linear is 10.
  // The passes are linear; what grows is V8's garbage collection of the
  // results, which live until the call returns: a 10 MB result (segment's
  // 113 MB of spans, the tree's 0.8 GB) survives every young-generation
  // collection and is copied twice, where much of a 1 MB result dies young
  // in this loop. The rows run one after another in one process, so a row
  // also pays for sweeping what the row before left. See
  // docs/architecture.md, "Long texts: what the garbage collector costs".
  console.log('### growth (time for 10 MB ÷ time for 1 MB; linear = 10, target ≤ 11)\n');
  console.log('| function | MB/s articles | MB/s 1 MB | MB/s 10 MB | 10 MB ÷ 1 MB time |');
  console.log('| -------- | ------------- | --------- | ---------- | ----------------- |');
  for (const [name, at10] of onTen) {
    const at1 = onOne.find(([n]) => n === name)![1];
    const atArticles = onArticles.find(([n]) => n === name)![1];
    const growth = (10 * at1) / at10;
    console.log(
      `| ${name} | ${atArticles.toFixed(2)} | ${at1.toFixed(2)} | ${at10.toFixed(2)} | ${growth.toFixed(1)}×${growth > 11 ? ' (superlinear)' : ''} |`,
    );
  }
  console.log();

  // Past the young generation: 20 MB ÷ 10 MB. Both results outlive every
  // young-generation collection, so this step shows whether the passes and
  // the collector grow linearly once the result no longer dies young (the
  // 1 MB → 10 MB step crosses that line; see docs/architecture.md). The tree
  // is left out: its 20 MB result would take 1.6 GB.
  const twenty = bigDocument(20 * MB, news);
  const twentyRunners = all.filter(([name]) => name === 'precis parse' || name === 'precis segment' || name === 'sentencex-wasm');
  const onTwenty = measure(twentyRunners, [twenty], true);
  console.log('### growth past the young generation (time for 20 MB ÷ time for 10 MB; linear = 2)\n');
  console.log('| function | MB/s 10 MB | MB/s 20 MB | 20 MB ÷ 10 MB time |');
  console.log('| -------- | ---------- | ---------- | ------------------ |');
  for (const [name, at20] of onTwenty) {
    const at10 = onTen.find(([n]) => n === name)![1];
    const growth = (2 * at10) / at20;
    console.log(`| ${name} | ${at10.toFixed(2)} | ${at20.toFixed(2)} | ${growth.toFixed(2)}×${growth > 2.2 ? ' (superlinear)' : ''} |`);
  }
  console.log();
}
