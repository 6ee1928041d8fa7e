// Build the playground into examples/playground/dist/: `npm run playground`.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const here = import.meta.dirname;
const out = join(here, 'dist');
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [join(here, 'main.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  outfile: join(out, 'app.js'),
  logLevel: 'warning',
});
const size = statSync(join(out, 'app.js')).size;
console.log(`playground built: ${join(out, 'index.html')} (app.js ${(size / 1024).toFixed(1)} KiB)`);
// the summit article is offered as the default text
const summit = readFileSync(join(here, '../../tests/fixtures/summit.txt'), 'utf8');
const html = readFileSync(join(here, 'index.html'), 'utf8').replace(
  '<textarea id="input" spellcheck="false"></textarea>',
  `<textarea id="input" spellcheck="false">${summit.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</textarea>`,
);
writeFileSync(join(out, 'index.html'), html);
