// The worked example: `npm run example` (after `npm ci`).
// Parses a June 2025 news article once and prints what precis finds in it.
import { readFileSync } from 'node:fs';
import { extractDates, extractKeyphrases, parse, segment, summarize } from 'precis';

const path = new URL('../tests/fixtures/summit.txt', import.meta.url);
const text = readFileSync(path, 'utf8');

const doc = parse(text); // tokenized and segmented once; every call below reuses it
const { paragraphs, sentences, words } = segment(doc);

const at = (s: { start: number; end: number }) => `${s.start}–${s.end}`.padEnd(10);
const clip = (s: string, n = 76) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

console.log(`Dateline   ${doc.dateline ? `${JSON.stringify(doc.dateline.text)} → ${doc.dateline.date}` : '(none)'}`);
console.log(`Body       ${at(doc.body)} ${words.length} words, ${sentences.length} sentences, ${paragraphs.length} paragraphs\n`);

console.log('Paragraphs');
for (const [i, p] of paragraphs.entries()) console.log(`  ${i + 1}. ${at(p)} ${clip(p.text)}`);

console.log('\nSentences');
for (const s of sentences) console.log(`  ${String(s.index + 1).padStart(2)} ¶${s.paragraph + 1} ${at(s)} ${clip(s.text, 70)}`);

// Dates resolve against the dateline (2025-06-16) unless a referenceDate is given.
console.log('\nDates');
for (const d of extractDates(doc)) {
  const interval = d.interval ? `${d.interval.start} … ${d.interval.end}` : '';
  const parts = d.parts ? `  parts: ${d.parts.map((p) => `"${p.text}" ${p.value}`).join(', ')}` : '';
  const inferred = d.inferred.length ? `  inferred: ${d.inferred.join(', ')}` : '';
  console.log(`  ${at(d)} ${JSON.stringify(d.text).padEnd(16)} ${d.type.padEnd(8)} ${d.value.padEnd(22)} ${interval}${parts}${inferred}`);
}

console.log('\nKeyphrases');
for (const k of extractKeyphrases(doc)) {
  console.log(`  ${k.score.toFixed(2)}  ${k.text.padEnd(34)} ×${k.occurrences.length}  at ${k.occurrences.map((o) => o.start).join(', ')}`);
}

console.log('\nSummary (3 sentences, in document order)');
for (const s of summarize(doc, { sentences: 3 }).sentences) {
  console.log(`  #${s.index + 1} rank ${s.rank} score ${s.score.toFixed(3)}  ${clip(s.text, 62)}`);
}
