// `npm run eval keyphrases`: F@5 and F@10 of extractKeyphrases and retext-keywords.
//
// The metric of the issue (and of Boudin et al., JCDL 2020): predictions and
// references are lower-cased, split on spaces and hyphens and Porter-stemmed;
// a prediction is correct when it equals a reference exactly; precision,
// recall and F1 are computed per document at 5 and 10 predictions and
// averaged; every reference counts, also those absent from the text.
import retextEnglish from 'retext-english';
import retextKeywords from 'retext-keywords';
import retextPos from 'retext-pos';
import { unified } from 'unified';
import { toString as nlcstToString } from 'nlcst-to-string';
import { VFile } from 'vfile';
import { extractKeyphrases } from '../src/keyphrases/index.js';
import { stem } from '../src/text/stem.js';
import { readJsonl, table } from './lib.js';

interface Record_ {
  id: string;
  text: string;
  keyphrases: string[];
  split?: string;
}

/** The normal form used for matching: lower case, split on spaces and hyphens, Porter stems. */
export function normalize(phrase: string): string {
  return phrase
    .toLowerCase()
    .split(/[\s\-‐‑–]+/)
    .filter(Boolean)
    .map((w) => stem(w))
    .join(' ');
}

/** Per-document F1 at k, in percent, with duplicates removed from both sides. */
export function fAt(predicted: string[], references: string[], k: number): number {
  const refs = new Set(references.map(normalize).filter(Boolean));
  const seen = new Set<string>();
  const top: string[] = [];
  for (const p of predicted) {
    const n = normalize(p);
    if (!n || seen.has(n)) continue;
    seen.add(n);
    top.push(n);
    if (top.length === k) break;
  }
  if (refs.size === 0 || top.length === 0) return 0;
  const correct = top.filter((p) => refs.has(p)).length;
  if (correct === 0) return 0;
  const precision = correct / top.length;
  const recall = correct / refs.size;
  return (200 * precision * recall) / (precision + recall);
}

const retext = unified().use(retextEnglish).use(retextPos).use(retextKeywords, { maximum: 10 });

function retextPhrases(text: string): string[] {
  const file = new VFile(text);
  retext.runSync(retext.parse(file), file);
  const phrases = (file.data.keyphrases ?? []) as { matches: { nodes: Parameters<typeof nlcstToString>[0] }[] }[];
  return phrases.map((p) => nlcstToString(p.matches[0]!.nodes));
}

function precisPhrases(text: string): string[] {
  return extractKeyphrases(text, { limit: 10 }).map((k) => k.text);
}

/** Score one system on one data set: [F@5, F@10]. */
export function score(records: Record_[], system: (text: string) => string[]): [number, number] {
  let f5 = 0;
  let f10 = 0;
  for (const r of records) {
    const predicted = system(r.text);
    f5 += fAt(predicted, r.keyphrases, 5);
    f10 += fAt(predicted, r.keyphrases, 10);
  }
  return [f5 / records.length, f10 / records.length];
}

export async function run(): Promise<void> {
  const sets: [string, Record_[] | undefined][] = [];
  const inspec = readJsonl<Record_>('kp-inspec.jsonl');
  sets.push(['Inspec (500 abstracts)', inspec]);
  const crowd = readJsonl<Record_>('kp-500n-kpcrowd.jsonl');
  sets.push(['500N-KPCrowd test (50)', crowd?.filter((r) => r.split === 'test')]);
  sets.push(['500N-KPCrowd train (450, tuning)', crowd?.filter((r) => r.split === 'train')]);
  sets.push(['KPTimes sample (10)', readJsonl<Record_>('kp-kptimes-sample.jsonl')]);
  const rows: (string | number)[][] = [];
  for (const [name, records] of sets) {
    if (!records || records.length === 0) continue;
    const [p5, p10] = score(records, precisPhrases);
    const [r5, r10] = score(records, retextPhrases);
    rows.push([name, p5, p10, r5, r10]);
  }
  table(['data set', 'precis F@5', 'precis F@10', 'retext-keywords F@5', 'retext-keywords F@10'], rows);
}
