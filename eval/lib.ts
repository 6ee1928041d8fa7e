// Shared helpers for `npm run eval`: where the data is, how to read it, how to print a table.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The shared evaluation data: $PRECIS_DATA, else ../shared/data beside the project. */
export const DATA_DIR = resolve(process.env.PRECIS_DATA ?? resolve(import.meta.dirname, '../../shared/data'));

/** Read a JSONL data set, or return undefined (and say so) when it is missing. */
export function readJsonl<T>(name: string): T[] | undefined {
  const path = resolve(DATA_DIR, name);
  if (!existsSync(path)) {
    console.log(`  (skipped: ${path} is missing; set PRECIS_DATA to the folder that holds it)`);
    return undefined;
  }
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

/** Print rows as an aligned Markdown table. */
export function table(header: string[], rows: (string | number)[][]): void {
  const cells = [header, ...rows.map((r) => r.map((c) => (typeof c === 'number' && !Number.isInteger(c) ? c.toFixed(1) : String(c))))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => String(r[i] ?? '').length)));
  const line = (r: (string | number)[]) => `| ${r.map((c, i) => String(c).padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(cells[0]!));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const r of cells.slice(1)) console.log(line(r));
}
