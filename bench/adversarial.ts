// `npm run bench adversarial`: inputs built to defeat regular expressions and
// quadratic loops, through every function src/index.ts exports.
//
// Each input is about 1 MB (PRECIS_ADVERSARIAL_MB changes it). Every row
// gives the time, the MB/s and the ratio to the same function on 1 MB of
// ordinary news. Times are
// CPU time of this process (user + system, GC threads included), the best
// of a few runs, so other work on a shared machine does not skew them.
//
// Two more columns tell cost from density: "tokens ÷ news" (how many tokens
// the input holds against the news of the same size: cost is per token, and
// "U.S.A. U.S.A." holds five times as many), and "4× size" (the time on an
// input four times as long over the time on this one: about 4 when the cost
// grows linearly, 16 when it grows with the square).
//
// A defect (marked "DEFECT") is a cost over 5× news's that the input's token
// density does not explain (over 3× news's per token: 1 MB of "U.S.A. " holds
// 5.2× the tokens of news and costs `parse` about 6×, 1.2× per token), or
// more than 10× the time for 4× the size (a cost growing with the square
// gives 16×). Not less: between 1 and 4 MB a parsed document's tokens
// outgrow V8's young generation, a one-time step (`parse` on news: 4.3× with
// --max-semi-space-size=64, 7–10× with the default), beyond which growth is
// linear again (4 → 16 MB: 4.0×).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { internals } from '../src/document.js';
import * as precis from '../src/index.js';
import { articles, bigDocument } from './lib.js';

const MB = 1_000_000 * Number(process.env.PRECIS_ADVERSARIAL_MB ?? 1);
const LIMIT = 5;
const PER_TOKEN_LIMIT = 3;
const GROWTH = 4;
const GROWTH_LIMIT = 10;

const tokenCount = (text: string) => internals(precis.parse(text)).tokens.length;

/** `unit` repeated to `size` characters (cut at a code-point boundary). */
function fill(unit: string, size = MB): string {
  let text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const last = text.charCodeAt(text.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) text = text.slice(0, -1);
  return text;
}

/** The inputs, by name. */
export function adversarialInputs(size = MB): [string, string][] {
  return [
    ['digits', fill('0123456789', size)],
    ['1-1-1-…', fill('1-', size)],
    ['dashes', fill('-', size)],
    ['spaces', fill(' ', size)],
    ['periods', fill('.', size)],
    ['"Mr. Mr. Mr."', fill('Mr. ', size)],
    ['month names', fill('January February March April May June July August September October November December ', size)],
    ['one repeated sentence', fill('The minister said on Monday that talks would resume. ', size)],
    ['one word, no spaces', fill('abcdefghijklmnopqrstuvwxyz', size)],
    ['newlines', fill('\n', size)],
    ['emoji', fill('😀', size)],
    ['"1.1.1.…"', fill('1.', size)],
    ['"U.S.A.…" initials', fill('U.S.', size)],
    ['open brackets', fill('(', size)],
    ['quotes', fill('"', size)],
    ['"www." no spaces', fill('www.', size)],
    ['@ signs', fill('a@', size)],
    ['numbered list', fill('1. a 2. b ', size)],
    ['"16 June 2025 " dates', fill('16 June 2025 ', size)],
  ];
}

type Fn = (input: string) => unknown;

/** The functions src/index.ts exports, in the order of the pipeline. */
function functions(): [string, Fn][] {
  const order = ['parse', 'segment', 'extractDates', 'extractKeyphrases', 'rankSentences', 'summarize', 'analyze'];
  const all = Object.entries(precis).filter(([, v]) => typeof v === 'function') as [string, Fn][];
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return all.sort(([a], [b]) => rank(a) - rank(b));
}

interface Timing {
  ms: number;
  error?: string;
}

// A full collection before each timed call, so that no call pays for the
// garbage of the one before (that made the growth column swing by 2× between
// runs).
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** Best CPU time of `runs` calls (fewer when one call is slow). */
function time(fn: Fn, text: string, runs = 3): Timing {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    collect();
    const c0 = process.cpuUsage();
    try {
      fn(text);
    } catch (e) {
      const error = e as Error;
      return { ms: Number.NaN, error: `${error.name}: ${error.message.slice(0, 60)}` };
    }
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
    if (best > 2000) break;
  }
  return { ms: best };
}

export async function run(): Promise<void> {
  const news = bigDocument(MB, articles());
  const newsLong = bigDocument(GROWTH * MB, articles());
  const inputs = adversarialInputs();
  const longer = new Map(adversarialInputs(GROWTH * MB));
  const newsTokens = tokenCount(news);
  const density = new Map(inputs.map(([label, text]) => [label, tokenCount(text) / newsTokens]));
  const defects: string[] = [];
  for (const [name, fn] of functions()) {
    fn(news.slice(0, 20_000)); // warm up
    const base = time(fn, news);
    console.log(`### ${name}\n`);
    if (base.error) {
      console.log(`ordinary news: ${base.error} (no baseline)\n`);
    }
    console.log(`| input | ms | MB/s | × news | tokens ÷ news | ${GROWTH}× size |`);
    console.log('| ----- | -- | ---- | ------ | ------------- | ------- |');
    const row = (label: string, t: Timing, size: number, twice: Timing, tokens: number) => {
      if (t.error) {
        console.log(`| ${label} | — | — | ${t.error} | | |`);
        if (!t.error.startsWith('RangeError')) defects.push(`${name} on ${label}: ${t.error}`);
        return;
      }
      const ratio = base.error ? Number.NaN : t.ms / base.ms;
      const growth = twice.error ? Number.NaN : twice.ms / t.ms;
      // an input without tokens costs what reading its characters does
      const perToken = ratio / Math.max(tokens, 0.2);
      let flag = ratio > LIMIT && perToken > PER_TOKEN_LIMIT ? ' DEFECT' : '';
      if (flag) defects.push(`${name} on ${label}: ${ratio.toFixed(1)}× news, ${perToken.toFixed(1)}× per token`);
      // below a few ms the clock's grain decides the ratio
      if (growth > GROWTH_LIMIT && t.ms > 20) {
        flag += ' DEFECT (growth)';
        defects.push(`${name} on ${label}: ${growth.toFixed(1)}× time for ${GROWTH}× size`);
      }
      const mbs = size / 1e6 / (t.ms / 1000);
      const r = Number.isNaN(ratio) ? '—' : `${ratio.toFixed(2)}×`;
      const g = Number.isNaN(growth) ? '—' : `${growth.toFixed(2)}×`;
      console.log(`| ${label} | ${t.ms.toFixed(1)} | ${mbs.toFixed(1)} | ${r} | ${tokens.toFixed(2)}× | ${g}${flag} |`);
    };
    row('ordinary news (baseline)', base, news.length, time(fn, newsLong, 2), 1);
    for (const [label, text] of inputs) row(label, time(fn, text), text.length, time(fn, longer.get(label)!, 2), density.get(label)!);
    console.log();
  }
  console.log(
    defects.length
      ? `Defects (over ${LIMIT}× news and ${PER_TOKEN_LIMIT}× per token, over ${GROWTH_LIMIT}× time for ${GROWTH}× the size, or thrown):\n- ${defects.join('\n- ')}\n`
      : 'No defects.\n',
  );
}
