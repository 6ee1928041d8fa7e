// The worked example: `npm run example` (after `npm ci`).
// Parses a June 2025 news article once and prints what precis finds in it.
import { readFileSync } from 'node:fs';
import { parse, segment } from 'precis';

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
