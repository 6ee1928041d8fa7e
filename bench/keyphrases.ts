// `npm run bench keyphrases`: extractKeyphrases beside the retext stack it replaces.
//
// Inputs: BBC articles one at a time (the common case) and one 1 MB document
// made of whole articles (the growth check: MB/s should hold as the text
// grows). The peer is unified + retext-english + retext-pos + retext-keywords,
// asked for 10 keyphrases; every ratio is against it. The retext stack runs
// fewer rounds on the 1 MB document: it is slow there. On articles both run in
// alternating passes, so the ratios hold under a changing load.
import retextEnglish from 'retext-english';
import retextKeywords from 'retext-keywords';
import retextPos from 'retext-pos';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { parse } from '../src/document.js';
import { extractKeyphrases } from '../src/keyphrases/index.js';
import { articles, bigDocument, type Compared, compare, cpuClock, report, reportCompared, throughput } from './lib.js';

export async function run(): Promise<void> {
  const retext = unified().use(retextEnglish).use(retextPos).use(retextKeywords, { maximum: 10 });
  const peer = (t: string) => {
    const file = new VFile(t);
    retext.runSync(retext.parse(file), file);
    return file.data.keyphrases;
  };
  const precis = (t: string) => extractKeyphrases(t);
  const news = articles(100);
  // wall-clock, in alternating passes: both see the same load on a shared machine
  reportCompared(
    `${news.length} BBC articles, one at a time (alternating passes)`,
    compare(news, [
      ['retext-keywords', peer],
      ['precis extractKeyphrases', precis],
    ]),
  );
  // CPU time per article: on a shared machine wall-clock rates move with the
  // other processes; process CPU time moves less (see cpuClock)
  const passes = 7;
  const [cpuPeer, cpuPrecis, cpuParse] = compare(
    news,
    [
      ['retext-keywords', peer],
      ['precis extractKeyphrases', precis],
      ['parse', (t) => parse(t)],
    ],
    passes,
    cpuClock,
  ) as [Compared, Compared, Compared];
  const perArticle = (c: Compared) => (c.ms / news.length).toFixed(3).padStart(14);
  console.log(`### CPU time per article (median of ${passes} alternating passes over ${news.length} articles)\n`);
  console.log('| function                 | CPU ms/article | × retext-keywords (median of per-pass ratios)');
  console.log('| ------------------------ | -------------- | ------');
  console.log(`| retext-keywords          | ${perArticle(cpuPeer)} | 1.00×`);
  console.log(`| precis extractKeyphrases | ${perArticle(cpuPrecis)} | ${cpuPrecis.ratio.toFixed(2)}×`);
  // parse alone: the share every precis function pays (and caches on a document)
  console.log(`| (of which parse)         | ${perArticle(cpuParse)} | ${cpuParse.ratio.toFixed(2)}×`);
  console.log();
  const big = [bigDocument(1_000_000, news)];
  const small = [bigDocument(100_000, news)];
  report(
    'one document of 100 KB, then of 1 MB (linear growth: MB/s holds)',
    [
      ['retext-keywords 100 KB', throughput(small, peer, 1, 0)],
      ['retext-keywords 1 MB', throughput(big, peer, 1, 0)],
      ['precis 100 KB', throughput(small, precis, 3, 0)],
      ['precis 1 MB', throughput(big, precis, 3, 0)],
    ],
    'retext-keywords 1 MB',
  );
}
