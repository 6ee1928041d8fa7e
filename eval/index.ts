// `npm run eval [name...]`: score every function on the shared data sets.
// Each suite is a module in this folder exporting `run(): Promise<void>`.
import { existsSync } from 'node:fs';
import { DATA_DIR } from './lib.js';

const SUITES = ['segmentation', 'dates', 'keyphrases', 'summary', 'smoke'];
/** Suites run only when named: `npm run eval fuzz`. */
const ON_DEMAND = ['fuzz'];

const wanted = process.argv.slice(2);
console.log(`precis eval — data: ${DATA_DIR}${existsSync(DATA_DIR) ? '' : ' (MISSING: set PRECIS_DATA)'}\n`);
for (const name of [...SUITES, ...ON_DEMAND]) {
  if (wanted.length > 0 ? !wanted.includes(name) : ON_DEMAND.includes(name)) continue;
  const file = new URL(`./${name}.ts`, import.meta.url);
  if (!existsSync(file)) continue;
  console.log(`## ${name}\n`);
  const suite = (await import(file.href)) as { run: () => Promise<void> };
  await suite.run();
  console.log();
}
