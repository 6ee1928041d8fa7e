// analyze() from a string against calling the four functions one by one on the
// same string (each parses it again), on news articles and on a 1 MB document.
import { analyze, extractDates, extractKeyphrases, segment, summarize } from '../src/index.js';
import { articles, bigDocument, report, throughput } from './lib.js';

const separately = (text: string) => {
  segment(text);
  extractDates(text);
  extractKeyphrases(text);
  summarize(text);
};

export async function run(): Promise<void> {
  const news = articles();
  report(
    `analyze vs the four functions called separately — ${news.length} BBC articles, one at a time`,
    [
      ['four functions, separately', throughput(news, separately)],
      ['analyze', throughput(news, (t) => analyze(t))],
    ],
    'four functions, separately',
  );
  const big = [bigDocument(1_000_000, news)];
  report(
    'analyze vs the four functions — one 1 MB document',
    [
      ['four functions, separately', throughput(big, separately, 3, 0)],
      ['analyze', throughput(big, (t) => analyze(t), 3, 0)],
    ],
    'four functions, separately',
  );
}
