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
import { parse } from '../src/document.js';
import { findCandidates } from '../src/keyphrases/candidates.js';
import { extractKeyphrases } from '../src/keyphrases/index.js';
import { DEFAULT_PARAMS, rankPhrases, selectPhrases } from '../src/keyphrases/rank.js';
import { headline, taggedWords } from '../src/keyphrases/tag.js';
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

const MISSES = [
  'in the top 10',
  'absent from the text (as written words)',
  'a candidate, ranked too low',
  'a candidate left out as a sub-phrase that would have made the top 10',
  'no candidate: holds a verb, -ing or -ed word, or ends with an adjective',
  'no candidate: holds a stop word, number, date or excluded word',
  'no candidate: a noun phrase cut by the candidate rules',
] as const;

/**
 * Where each reference of the documents stands (error analysis): in the top
 * 10, a candidate ranked lower or left out as redundant, or no candidate
 * (and why, by the tags of its words), or absent from the text.
 */
export function whereReferencesStand(records: Record_[]): Map<string, number> {
  const counts = new Map<string, number>(MISSES.map((m) => [m, 0]));
  const bump = (k: (typeof MISSES)[number]) => counts.set(k, counts.get(k)! + 1);
  for (const r of records) {
    const doc = parse(r.text);
    const words = taggedWords(doc);
    const ranked = rankPhrases(words, findCandidates(words), DEFAULT_PARAMS, headline(doc));
    const form = (i: number) => {
      const o = ranked[i]!.occurrences[0]!;
      return normalize(r.text.slice(words[o.from]!.start, words[o.to - 1]!.end));
    };
    const forms = ranked.map((_, i) => form(i));
    const top = new Set(selectPhrases(ranked, 10, DEFAULT_PARAMS, words.length).map((p) => forms[ranked.indexOf(p)]!));
    const wordForms = words.map((w) => normalize(r.text.slice(w.start, w.end)));
    for (const ref of new Set(r.keyphrases.map(normalize).filter(Boolean))) {
      if (top.has(ref)) {
        bump('in the top 10');
        continue;
      }
      const at = forms.indexOf(ref);
      if (at >= 0) {
        // chosen when the ranking stops at it, or left out as redundant with fewer than 10 before it?
        const upTo = selectPhrases(ranked.slice(0, at + 1), 1000, DEFAULT_PARAMS, words.length);
        bump(upTo.includes(ranked[at]!) || upTo.length >= 10 ? 'a candidate, ranked too low' : 'a candidate left out as a sub-phrase that would have made the top 10');
        continue;
      }
      // the first run of words that spells the reference
      const parts = ref.split(' ');
      let tags: string[] | undefined;
      for (let i = 0; i < words.length && !tags; i++) {
        let j = i;
        let spelled: string[] = [];
        while (j < words.length && spelled.length < parts.length) spelled = spelled.concat(wordForms[j++]!.split(' '));
        if (spelled.join(' ') === ref) tags = words.slice(i, j).map((w) => w.tag);
      }
      if (!tags) bump('absent from the text (as written words)');
      else if (tags.includes('O')) bump('no candidate: holds a stop word, number, date or excluded word');
      else if (tags.every((t) => t === 'N' || t === 'P' || t === 'A') && tags.at(-1) !== 'A') bump('no candidate: a noun phrase cut by the candidate rules');
      else bump('no candidate: holds a verb, -ing or -ed word, or ends with an adjective');
    }
  }
  return counts;
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
  // error analysis: where the references of the first 20 documents stand
  const inspecMisses = inspec && whereReferencesStand(inspec.slice(0, 20));
  const crowdMisses = crowd && whereReferencesStand(crowd.filter((r) => r.split === 'train').slice(0, 20));
  if (inspecMisses && crowdMisses) {
    const share = (m: Map<string, number>, k: string) => {
      let total = 0;
      for (const v of m.values()) total += v;
      return `${m.get(k)} (${Math.round((100 * m.get(k)!) / total)}%)`;
    };
    console.log('\n### Where the references stand (first 20 documents)\n');
    table(
      ['reference', 'Inspec', 'KPCrowd train'],
      MISSES.map((k) => [k, share(inspecMisses, k), share(crowdMisses, k)]),
    );
  }
}
