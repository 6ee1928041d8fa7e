// Install the packed package into an empty project, with production
// dependencies only, and use it as a user would: ESM import, CommonJS
// require (Node >= 20.19), every subpath, and the `precis` command.
// Catches a runtime import that is only a dev dependency.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'precis-install-'));
const run = (cmd: string, args: string[], cwd = dir) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
try {
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', dir], root).trim().split('\n').at(-1)!;
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--silent', join(dir, tarball)]);
  const text = 'date 2025-06-16 Leaders met in Astana yesterday. They will meet again next month.';
  writeFileSync(join(dir, 'article.txt'), text);
  writeFileSync(
    join(dir, 'esm.mjs'),
    `import { analyze } from 'precis';
import { precisDates } from 'precis/retext';
import { analyzeMany } from 'precis/node';
const a = analyze(${JSON.stringify(text)});
if (a.segmentation.sentences.length !== 2) throw new Error('sentences');
if (!a.dates.some((d) => d.value === '2025-06-15')) throw new Error('dates');
if (typeof precisDates !== 'function') throw new Error('retext');
for await (const r of analyzeMany([${JSON.stringify(text)}], { task: 'dates', concurrency: 1 })) if (r.error) throw new Error(r.error.message);
console.log('esm ok');`,
  );
  writeFileSync(join(dir, 'cjs.cjs'), `const { segment } = require('precis'); if (segment('A. B.').sentences.length < 1) throw new Error('cjs'); console.log('cjs ok');`);
  process.stdout.write(run(process.execPath, ['esm.mjs']));
  process.stdout.write(run(process.execPath, ['cjs.cjs']));
  const cli = run(join(dir, 'node_modules/.bin/precis'), ['dates', '--json', 'article.txt']);
  if (!cli.includes('"2025-06-15"')) throw new Error(`cli output: ${cli}`);
  console.log(`cli ok — ${tarball} installs with production dependencies only and works`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
