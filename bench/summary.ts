// `npm run bench summary`: `summarize` from a string on BBC articles beside wink-nlp's
// sentence importance (readDoc + sentenceWiseImportance + top 3), and growth on one
// large document (linear: centrality compares each sentence with a bounded window).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { rankSentences, summarize } from '../src/summary/index.js';
import { articles, bigDocument, report, throughput } from './lib.js';

export async function run(): Promise<void> {
  const nlp = winkNLP(model);
  const its = nlp.its;
  const wink = (text: string) => {
    const doc = nlp.readDoc(text);
    const importance = doc.out(its.sentenceWiseImportance) as unknown as { index: number; importance: number }[];
    const sentences = doc.sentences().out() as string[];
    return [...importance]
      .sort((a, b) => b.importance - a.importance)
      .slice(0, 3)
      .map((x) => sentences[x.index]);
  };
  const inputs = articles(300);
  // the machine is shared: interleave the contenders round by round and take each one's median
  const contenders: [string, (t: string) => unknown][] = [
    ['wink-nlp', wink],
    ['precis summarize', (t) => summarize(t)],
    ['precis rankSentences', (t) => rankSentences(t)],
  ];
  const runs = contenders.map((): number[] => []);
  for (let round = 0; round < 5; round++) {
    for (const [i, [, fn]] of contenders.entries()) runs[i]!.push(throughput(inputs, fn, 1, 150));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  report(
    `summarize, 3 sentences, ${inputs.length} BBC articles from strings (medians of 5 interleaved rounds)`,
    contenders.map(([name], i) => [name, median(runs[i]!)]),
    'wink-nlp',
  );

  // growth: time per MB should stay flat from 0.25 MB to 1 MB
  const rows: [string, number][] = [];
  for (const size of [250_000, 500_000, 1_000_000]) {
    const doc = bigDocument(size, inputs);
    rows.push([`summarize ${(size / 1e6).toFixed(2)} MB`, throughput([doc], (t) => summarize(t), 3, 100)]);
  }
  const big = bigDocument(1_000_000, inputs);
  rows.push(['summarize 1 MB, ratio 0.1', throughput([big], (t) => summarize(t, { ratio: 0.1 }), 3, 100)]);
  report('one large document (MB/s should not fall with size)', rows, rows[0]![0]);
}
