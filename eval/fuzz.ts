// `npm run eval fuzz` (on demand, not in the default run): every public
// function over the shared sets' texts mutated at random — pieces that stress
// the tokenizer and the rules spliced in (lone surrogates, CRLF, NUL, dashes,
// dates, abbreviations), cuts inside words, text run together, upper-cased
// runs, other texts pasted in — checking the smoke suite's invariants, the
// options' contracts (a keyphrase limit, shown forms, no duplicates) and that
// output never depends on what the process ran before: a fixed set of texts
// gives the same output all along (caches that start over, reused scratch
// arrays). It found two bugs the unit tests had not (keyphrases: caches
// emptied inside a text; a shown form matching none of its occurrences).
// PRECIS_FUZZ_SECONDS (default 60) and PRECIS_FUZZ_SEED (default 1) set the
// run; a failing input is written to a JSON file named in the report.
import { readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, extractDates, extractKeyphrases, segment, summarize } from '../src/index.js';
import { DATA_DIR, readJsonl } from './lib.js';
import { checkDocument, problems } from './smoke.js';

/** A small seeded generator (mulberry32): the same seed gives the same run. */
function generator(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces spliced into texts: what stresses the tokenizer and the rules. */
const PIECES = [
  '\r\n', '\n\n', '\u0000', '\ud800', '\udc00', '😀', '👩‍👩‍👧', 'e\u0301', '\u200f', 'שלום.', '中文。', '...', '…',
  '"', '“', '”', "'", '’', '(', ')', '[', ']', '-', '–', '—', '/', '_', '1', '12', '2025', '1-1-1-1-1', '3:30',
  'p.m.', 'Jan.', 'Mr.', 'U.S.', 'St.', 'No.', '\t', '  ', '#', '@', '*', '- ', '1. ', '\u00a0', '\u2028', '$',
  '%', '&', '&amp;', 'Q3', 'FY25', '2024-25', '10:30 IST', 'Monday', 'next week', 'June 16-18', 'the 1990s',
  'three decades', "half past six", 'Advertisement', '(AP Photo/Jane Doe)', "Inc.", "women Women's Women",
];

export async function run(): Promise<void> {
  const seconds = Number(process.env.PRECIS_FUZZ_SECONDS ?? 60);
  const seed = Number(process.env.PRECIS_FUZZ_SEED ?? 1);
  const random = generator(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const texts: string[] = [];
  for (const file of readdirSync(DATA_DIR).filter((f) => f.endsWith('.jsonl'))) {
    for (const r of readJsonl<{ text?: unknown }>(file) ?? []) if (typeof r.text === 'string') texts.push(r.text);
  }
  if (texts.length === 0) {
    console.log('(skipped: no texts)');
    return;
  }
  const mutate = (input: string): string => {
    let t = input;
    for (let n = 1 + pick(6); n > 0; n--) {
      const at = pick(t.length + 1);
      switch (pick(8)) {
        case 0: t = t.slice(0, at) + PIECES[pick(PIECES.length)] + t.slice(at); break;
        case 1: t = t.slice(0, at) + t.slice(at + pick(40)); break;
        case 2: t = random() < 0.5 ? t.slice(0, at) : t.slice(at); break;
        case 3: t = t.replace(/\n/g, '\r\n'); break;
        case 4: t = t.slice(0, at) + t.slice(at, at + 200).toUpperCase() + t.slice(at + 200); break;
        case 5: t = t.slice(0, at) + t.slice(at, at + 300).replace(/\s+/g, '') + t.slice(at + 300); break;
        case 6: t = t.slice(0, at) + PIECES[pick(PIECES.length)]!.repeat(1 + pick(50)) + t.slice(at); break;
        default: t = t.slice(0, at) + texts[pick(texts.length)]!.slice(0, pick(500)) + t.slice(at);
      }
    }
    return t;
  };
  // output that must not depend on what ran before
  const fixed = texts.filter((_, i) => i % 211 === 0).slice(0, 20);
  const outputOf = (t: string) =>
    JSON.stringify([segment(t), extractDates(t, { referenceDate: '2025-06-16' }), extractKeyphrases(t), summarize(t), analyze(t)]);
  const expected = fixed.map(outputOf);

  let failing: string | undefined;
  const note = (where: string, what: string, input: string) => {
    if (problems.length < 20) problems.push(`${where}: ${what}`);
    failing ??= input;
  };
  const started = performance.now();
  let runs = 0;
  let chars = 0;
  while (performance.now() - started < seconds * 1000 && problems.length === 0) {
    const input = mutate(texts[pick(texts.length)]!.slice(0, 6000));
    const where = `fuzz seed ${seed} run ${runs}`;
    chars += input.length;
    try {
      checkDocument(where, input, runs % 10 === 0);
      const limit = 1 + pick(15);
      const keyphrases = extractKeyphrases(input, { limit });
      if (keyphrases.length > limit) note(where, `${keyphrases.length} keyphrases for limit ${limit}`, input);
      if (new Set(keyphrases.map((k) => k.text)).size !== keyphrases.length) note(where, 'a keyphrase listed twice', input);
      for (const k of keyphrases) {
        if (!k.occurrences.some((o) => o.text === k.text)) note(where, `"${k.text}" is the text of none of its occurrences`, input);
      }
      extractDates(input, { referenceDate: random() < 0.5 ? undefined : new Date(Date.UTC(1990 + pick(40), pick(12), 1 + pick(28))) });
      summarize(input, { sentences: 1 + pick(5) });
    } catch (error) {
      note(where, `threw ${String(error)}`, input);
    }
    if (problems.length > 0) failing ??= input;
    runs++;
    if (runs % 2000 === 0) {
      fixed.forEach((t, i) => {
        if (outputOf(t) !== expected[i]) note(`fuzz seed ${seed} after run ${runs}`, `fixed text ${i} gives another output than at the start`, t);
      });
    }
  }
  const time = (performance.now() - started) / 1000;
  console.log(`${runs} mutated texts (${(chars / 1e6).toFixed(1)} M characters) in ${time.toFixed(0)} s, seed ${seed}.`);
  if (problems.length > 0) {
    const file = join(tmpdir(), `precis-fuzz-${seed}.json`);
    writeFileSync(file, JSON.stringify(failing));
    console.log('\nViolations:');
    for (const p of problems) console.log(`  ${p}`);
    console.log(`\nThe first failing input (JSON string): ${file}`);
    process.exitCode = 1;
  } else console.log('Every invariant held, and the fixed texts gave the same output throughout.');
}
