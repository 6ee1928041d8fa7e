// `npm run bench keyphrases`: extractKeyphrases beside the retext stack it replaces.
//
// Inputs: BBC articles one at a time (the common case) and one 1 MB document
// made of whole articles (the growth check: MB/s should hold as the text
// grows). The peer is unified + retext-english + retext-pos + retext-keywords,
// asked for 10 keyphrases; every ratio is against it. The retext stack runs
// fewer rounds on the 1 MB document: it is slow there.
import retextEnglish from 'retext-english';
import retextKeywords from 'retext-keywords';
import retextPos from 'retext-pos';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { parse } from '../src/document.js';
import { extractKeyphrases } from '../src/keyphrases/index.js';
import { articles, bigDocument, report, throughput } from './lib.js';

export async function run(): Promise<void> {
  const retext = unified().use(retextEnglish).use(retextPos).use(retextKeywords, { maximum: 10 });
  const peer = (t: string) => {
    const file = new VFile(t);
    retext.runSync(retext.parse(file), file);
    return file.data.keyphrases;
  };
  const precis = (t: string) => extractKeyphrases(t);
  const news = articles(100);
  report(
    `${news.length} BBC articles, one at a time`,
    [
      ['retext-keywords', throughput(news, peer, 3)],
      ['precis extractKeyphrases', throughput(news, precis, 3)],
    ],
    'retext-keywords',
  );
  // CPU time per article: on a shared machine wall-clock rates move with the
  // other processes; process CPU time moves less (it still counts GC threads).
  const cpu = (fn: (t: string) => unknown): number => {
    for (const t of news) fn(t);
    const times: number[] = [];
    for (let r = 0; r < 3; r++) {
      const c0 = process.cpuUsage();
      for (const t of news) fn(t);
      const c = process.cpuUsage(c0);
      times.push((c.user + c.system) / 1000 / news.length);
    }
    return times.sort((a, b) => a - b)[1]!;
  };
  const cpuPeer = cpu(peer);
  const cpuPrecis = cpu(precis);
  // parse alone: the share every precis function pays (and caches on a document)
  const cpuParse = cpu((t) => parse(t));
  console.log(`### CPU time per article (median of 3 passes over ${news.length} articles)\n`);
  console.log('| function                 | CPU ms/article | × retext-keywords');
  console.log('| ------------------------ | -------------- | ------');
  console.log(`| retext-keywords          | ${cpuPeer.toFixed(3).padStart(14)} | 1.00×`);
  console.log(`| precis extractKeyphrases | ${cpuPrecis.toFixed(3).padStart(14)} | ${(cpuPeer / cpuPrecis).toFixed(2)}×`);
  console.log(`| (of which parse)         | ${cpuParse.toFixed(3).padStart(14)} | ${(cpuPeer / cpuParse).toFixed(2)}×`);
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
