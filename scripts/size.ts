// Bundle-size budget and tree-shaking check, run by `npm test` after the build:
// bundles the built package for the browser (esbuild, minified) the way an
// application would, and fails when a budget is exceeded or when importing
// `segment` alone pulls in the extractors.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const BUDGETS = {
  // KiB, minified (gzip in parentheses is reported, not budgeted). The
  // data (the keyphrase lexicon and word-frequency table, 248 KiB) has not
  // grown since it was built; the rules have, about 20 KiB a release of
  // unseen-news rounds (481 → 499 KiB in 0.1.0's last rounds): the budgets
  // leave room for one more such release and catch what a round should not
  // bring (a dependency bundled by mistake, a table inlined twice).
  everything: 520,
  segmentOnly: 60,
  keyphrasesOnly: 350,
};

async function bundle(code: string): Promise<string> {
  const result = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}

const kib = (s: string) => Buffer.byteLength(s) / 1024;
const all = await bundle(`export * from './dist/index.js';`);
const seg = await bundle(`import { segment } from './dist/index.js'; console.log(segment('x'));`);
const kp = await bundle(`import { extractKeyphrases } from './dist/index.js'; console.log(extractKeyphrases('x'));`);
let failed = false;
const row = (name: string, code: string, budget: number) => {
  const size = kib(code);
  const gz = gzipSync(code).length / 1024;
  const ok = size <= budget;
  if (!ok) failed = true;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(14)} ${size.toFixed(1).padStart(7)} KiB (gzip ${gz.toFixed(1)} KiB), budget ${budget} KiB`);
};
row('everything', all, BUDGETS.everything);
row('segment only', seg, BUDGETS.segmentOnly);
row('keyphrases only', kp, BUDGETS.keyphrasesOnly);
// the extractors' own error messages must not be in a segment-only bundle
for (const marker of ['extractDates:', 'extractKeyphrases:', 'summarize:']) {
  if (seg.includes(marker)) {
    failed = true;
    console.log(`FAIL tree-shaking: importing segment alone bundles "${marker}" code`);
  }
}
if (failed) process.exit(1);
console.log('ok   tree-shaking: segment alone bundles no extractor');
