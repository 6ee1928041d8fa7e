// Every TSDoc @example in src/ runs, and what it says it prints is what it prints.
//
// An example is a ```ts block after `@example`. Its `import ... from 'precis'`
// lines are bound to the source module; each `console.log(x); // value` line
// whose comment is a JavaScript expression is checked: x must deep-equal value.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

interface Example {
  file: string;
  line: number;
  code: string;
}

function examples(): Example[] {
  const out: Example[] = [];
  for (const file of files(SRC)) {
    const text = readFileSync(file, 'utf8');
    const re = /@example\s*\n\s*\*\s*```ts\n([\s\S]*?)\n\s*\*\s*```/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const code = m[1]!
        .split('\n')
        .map((l) => l.replace(/^\s*\* ?/, ''))
        .join('\n');
      out.push({ file: relative(SRC, file), line: text.slice(0, m.index).split('\n').length, code });
    }
  }
  return out;
}

/** Where the package's entry points live in the source tree. */
const ENTRIES: Record<string, string> = {
  precis: '../src/index.js',
  'precis/retext': '../src/retext/index.js',
  'precis/node': '../src/node/index.js',
};

const load = (specifier: string) => import(ENTRIES[specifier] ?? specifier);

type Check = (got: unknown, want: string) => void;
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (load: (specifier: string) => Promise<unknown>, check: Check) => Promise<void>;

/** Turn an example into an async function with its imports resolved and its console.log lines checked. */
function compile(code: string): (check: Check) => Promise<void> {
  const body: string[] = [];
  const lines = code.split('\n');
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const imp = /^import\s*(?:\{([^}]*)\}|(\w+))\s*from\s*'([^']+)';?$/.exec(line.trim());
    if (imp) {
      const [, named, def, from] = imp;
      const names = (named ?? '')
        .split(',')
        .map((n) => n.trim())
        .filter((n) => n && !n.startsWith('type '));
      if (def) body.push(`const ${def} = (await __load(${JSON.stringify(from)})).default;`);
      else if (names.length) body.push(`const { ${names.join(', ')} } = await __load(${JSON.stringify(from)});`);
      continue;
    }
    if (/^import\b/.test(line.trim())) throw new Error(`unsupported import in example: ${line}`);
    // console.log(expr); // expected  — the expected value may continue on `//` lines below
    const log = /^(\s*)console\.log\((.*)\);\s*(?:\/\/\s*(.*))?$/.exec(line);
    if (log) {
      let want = log[3] ?? '';
      while (k + 1 < lines.length && /^\s*\/\/ /.test(lines[k + 1]!)) want += `\n${lines[++k]!.replace(/^\s*\/\/ /, '')}`;
      body.push(`${log[1]}__check(${log[2]}, ${JSON.stringify(want)});`);
      continue;
    }
    body.push(line);
  }
  const fn = new AsyncFunction('__load', '__check', body.join('\n'));
  return (check) => fn(load, check);
}

function expressionValue(want: string): { ok: boolean; value?: unknown } {
  try {
    return { ok: true, value: new Function(`return (${want});`)() };
  } catch {
    return { ok: false };
  }
}

const all = examples();

describe('TSDoc examples', () => {
  it('exist for every public function of every entry point', async () => {
    let count = 0;
    for (const [specifier, path] of Object.entries(ENTRIES)) {
      let api: Record<string, unknown>;
      try {
        api = await import(path);
      } catch {
        continue; // an entry point not built from this tree
      }
      for (const [name, value] of Object.entries(api)) {
        if (typeof value !== 'function') continue;
        count++;
        const documented = all.some((e) => e.code.includes(specifier) && new RegExp(`\\b${name}\\b`).test(e.code));
        expect(documented, `${specifier} ${name} has an @example that uses it`).toBe(true);
      }
    }
    expect(count).toBeGreaterThan(0);
  });

  for (const example of all) {
    it(`${example.file}:${example.line} runs and prints what it says`, async () => {
      let checked = 0;
      await compile(example.code)((got, want) => {
        const parsed = expressionValue(want);
        if (!parsed.ok) return; // a prose comment: nothing to compare
        checked++;
        expect(got).toEqual(parsed.value);
      });
      expect(checked, 'the example shows at least one output to check').toBeGreaterThan(0);
    });
  }
});
