// `npm run eval summary`: ROUGE-1/2/Lsum F1 of `summarize` on the BBC News Summary set, with
// LEAD-n and wink-nlp's sentence importance (top-n) in the same run. n = reference lines.
// Also per half: the first half is the development set the defaults were checked on,
// the second half was only looked at for the report.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { parse, segment } from '../src/index.js';
import { summarizeDocument } from '../src/summary/index.js';
import { rank } from '../src/summary/rank.js';
import { readJsonl, table } from './lib.js';
import { rouge } from './rouge.js';

interface Article {
  id: string;
  text: string;
  summary: string;
}

type Scores = { r1: number; r2: number; rLsum: number };
type System = (text: string, n: number) => string[];

const nlp = winkNLP(model);
const its = nlp.its;

/** wink-nlp: the n sentences of highest `sentenceWiseImportance`, in document order. */
export const wink: System = (text, n) => {
  const doc = nlp.readDoc(text);
  const sentences = doc.sentences().out() as string[];
  const importance = doc.out(its.sentenceWiseImportance) as unknown as { index: number; importance: number }[];
  const top = [...importance].sort((a, b) => b.importance - a.importance || a.index - b.index).slice(0, n);
  return top.map((x) => x.index).sort((a, b) => a - b).map((i) => sentences[i]!);
};

/** LEAD-n: the first n sentences that precis would consider (headline and captions skipped). */
export const lead: System = (text, n) => {
  const doc = parse(text);
  const { eligible } = rank(doc);
  const sentences = segment(doc).sentences;
  return sentences.filter((s) => eligible[s.index]).slice(0, n).map((s) => s.text);
};

/** LEAD-n over all sentences, headline included. */
export const leadRaw: System = (text, n) => segment(text).sentences.slice(0, n).map((s) => s.text);

export const precis: System = (text, n) => summarizeDocument(parse(text), { sentences: n }).sentences.map((s) => s.text);

/** Mean ROUGE of a system over articles (n = the reference's sentences, or `fixed`). */
export function score(articles: Article[], system: System, fixed?: number): Scores {
  const sum = { r1: 0, r2: 0, rLsum: 0 };
  for (const a of articles) {
    const ref = a.summary.split('\n').filter((l) => l.trim());
    const r = rouge(system(a.text, fixed ?? ref.length), ref);
    sum.r1 += r.r1;
    sum.r2 += r.r2;
    sum.rLsum += r.rLsum;
  }
  const n = Math.max(articles.length, 1);
  return { r1: sum.r1 / n, r2: sum.r2 / n, rLsum: sum.rLsum / n };
}

export async function run(): Promise<void> {
  const data = readJsonl<Article>('sum-bbc-news-summary.jsonl');
  if (!data) return;
  const half = Math.floor(data.length / 2);
  const sets: [string, Article[]][] = [
    [`all (${data.length})`, data],
    [`dev: first half (${half})`, data.slice(0, half)],
    [`second half (${data.length - half})`, data.slice(half)],
  ];
  const systems: [string, System][] = [
    ['LEAD-n (headline skipped)', lead],
    ['LEAD-n (headline counted)', leadRaw],
    ['wink-nlp importance top-n', wink],
    ['precis summarize', precis],
  ];
  console.log('BBC News Summary, n = reference sentences; ROUGE F1 (rouge-score definitions)\n');
  const rows: (string | number)[][] = [];
  for (const [setName, articles] of sets) {
    for (const [name, system] of systems) {
      const s = score(articles, system);
      rows.push([setName, name, s.r1, s.r2, s.rLsum]);
    }
  }
  table(['articles', 'system', 'ROUGE-1', 'ROUGE-2', 'ROUGE-Lsum'], rows);

  // short summaries, as for CNN/DailyMail: 3 sentences against the same references
  console.log('\nThe same references, 3-sentence summaries (a check that short summaries still beat the lead)\n');
  const short: (string | number)[][] = [];
  const three: [string, System][] = [
    ['LEAD-3 (headline skipped)', lead],
    ['wink-nlp importance top-3', wink],
    ['precis summarize, 3 sentences', precis],
  ];
  for (const [name, system] of three) {
    const s = score(data, system, 3);
    short.push([name, s.r1, s.r2, s.rLsum]);
  }
  table(['system (all articles)', 'ROUGE-1', 'ROUGE-2', 'ROUGE-Lsum'], short);
}
