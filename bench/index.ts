// `npm run bench [name...]`: throughput of each function beside its peers, in one process.
// Each suite is a module in this folder exporting `run(): Promise<void>`.
import { existsSync } from 'node:fs';

const SUITES = ['segment', 'dates', 'keyphrases', 'summary', 'analyze', 'batch', 'adversarial', 'size'];
const wanted = process.argv.slice(2);
console.log(`precis bench — node ${process.version}, medians of 5 rounds\n`);
for (const name of SUITES) {
  // the adversarial and size suites are long: run them only when asked for
  if (wanted.length > 0 ? !wanted.includes(name) : name === 'adversarial' || name === 'size') continue;
  const file = new URL(`./${name}.ts`, import.meta.url);
  if (!existsSync(file)) continue;
  console.log(`## ${name}\n`);
  const suite = (await import(file.href)) as { run: () => Promise<void> };
  await suite.run();
}
