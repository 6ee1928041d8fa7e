// Real text: every public function over every document of the shared sets,
// asserting the invariants (offsets, bounds, no overlaps, coverage,
// determinism, document = text). Part of `npm run eval`; exits non-zero on a violation.
import { readdirSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { analyze, extractDates, extractKeyphrases, parse, rankSentences, segment, summarize, type Span } from '../src/index.js';
import { DATA_DIR, readJsonl, table } from './lib.js';

interface Record {
  text?: string;
}

/** The violations found so far (at most 20 kept, then "… (more)"). */
export const problems: string[] = [];
const fail = (where: string, what: string) => {
  if (problems.length < 20) problems.push(`${where}: ${what}`);
  else if (problems.length === 20) problems.push('… (more)');
};

function checkSpans(where: string, text: string, spans: Span[], kind: string): void {
  for (const s of spans) {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length)) {
      fail(where, `${kind} out of bounds: ${s.start}-${s.end}`);
    } else if (text.slice(s.start, s.end) !== s.text) fail(where, `${kind} text differs from its slice at ${s.start}`);
  }
}

function checkOrdered(where: string, spans: Span[], kind: string): void {
  for (let i = 1; i < spans.length; i++) {
    if (spans[i]!.start < spans[i - 1]!.end) fail(where, `${kind} overlap at ${spans[i]!.start}`);
  }
}

/** Run every public function over `text` and record each broken invariant in `problems`. */
export function checkDocument(where: string, text: string, deep: boolean): void {
  const doc = parse(text);
  const seg = segment(doc);
  checkSpans(where, text, [...seg.paragraphs, ...seg.sentences, ...seg.words], 'segment');
  checkOrdered(where, seg.sentences, 'sentences');
  // sentences cover all non-white-space text of the body
  let covered = doc.body.start;
  for (const s of seg.sentences) {
    if (text.slice(covered, s.start).trim()) fail(where, `text left out of sentences before ${s.start}`);
    covered = s.end;
  }
  if (text.slice(covered, doc.body.end).trim()) fail(where, 'text left out after the last sentence');

  const dates = extractDates(doc);
  checkSpans(where, text, dates.flatMap((d) => [d, ...(d.parts ?? [])]), 'date');
  checkOrdered(where, dates, 'dates');

  const keyphrases = extractKeyphrases(doc);
  if (keyphrases.length > 10) fail(where, `${keyphrases.length} keyphrases for limit 10`);
  checkSpans(where, text, keyphrases.flatMap((k) => k.occurrences), 'keyphrase occurrence');
  for (const k of keyphrases) if (!(k.score > 0 && k.score <= 1)) fail(where, `keyphrase score ${k.score}`);

  const summary = summarize(doc);
  checkSpans(where, text, summary.sentences, 'summary sentence');
  checkOrdered(where, summary.sentences, 'summary sentences');
  const ranked = rankSentences(doc);
  if (ranked.length !== seg.sentences.length) fail(where, 'rankSentences does not rank every sentence');

  if (deep) {
    // determinism, and a string gives what its document gives
    const again = analyze(text);
    if (!isDeepStrictEqual(again.dates, dates)) fail(where, 'dates differ between a document and its text');
    if (!isDeepStrictEqual(again.keyphrases, keyphrases)) fail(where, 'keyphrases differ between a document and its text');
    if (!isDeepStrictEqual(again.summary, summary)) fail(where, 'summary differs between a document and its text');
    if (!isDeepStrictEqual(again.segmentation, seg)) fail(where, 'segmentation differs between a document and its text');
  }
}

export async function run(): Promise<void> {
  const rows: (string | number)[][] = [];
  const files = readdirSync(DATA_DIR).filter((f) => f.endsWith('.jsonl'));
  for (const file of files) {
    const records = readJsonl<Record>(file) ?? [];
    const t0 = performance.now();
    let docs = 0;
    let chars = 0;
    const before = problems.length;
    for (const [i, r] of records.entries()) {
      if (typeof r.text !== 'string') continue;
      docs++;
      chars += r.text.length;
      try {
        checkDocument(`${file}#${i}`, r.text, i % 10 === 0);
      } catch (error) {
        fail(`${file}#${i}`, `threw ${String(error)}`);
      }
    }
    rows.push([file, docs, `${(chars / 1e6).toFixed(2)} M`, `${((performance.now() - t0) / 1000).toFixed(1)} s`, problems.length - before]);
  }
  table(['set', 'documents', 'characters', 'time', 'violations'], rows);
  if (problems.length > 0) {
    console.log('\nViolations:');
    for (const p of problems) console.log(`  ${p}`);
    process.exitCode = 1;
  } else console.log('\nEvery invariant held on every document.');
}
