// Every TSDoc @example in src/ runs, and what it says it prints is what it prints.
//
// An example is a ```ts block after `@example`. Its `import ... from 'precis'`
// lines are bound to the source module; each `console.log(x); // value` line
// whose comment is a JavaScript expression is checked: x must deep-equal value.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as precis from '../src/index.js';

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

/** Turn an example into a function of the module's exports, with checked console.log lines. */
function compile(code: string): (api: typeof precis, check: (got: unknown, want: string) => void) => void {
  const names = new Set<string>();
  const body: string[] = [];
  const lines = code.split('\n');
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const imp = /^import\s*\{([^}]*)\}\s*from\s*'precis(?:\/[a-z]+)?';?$/.exec(line.trim());
    if (imp) {
      for (const n of imp[1]!.split(',')) if (n.trim() && !n.trim().startsWith('type ')) names.add(n.trim());
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
  const fn = new Function('__api', '__check', `const { ${[...names].join(', ')} } = __api;\n${body.join('\n')}`);
  return (api, check) => fn(api, check);
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
  it('exist for every public function', () => {
    const fns = Object.entries(precis).filter(([, v]) => typeof v === 'function');
    expect(fns.length).toBeGreaterThan(0);
    for (const [name] of fns) {
      const documented = all.some((e) => new RegExp(`\\b${name}\\(`).test(e.code));
      expect(documented, `${name} has an @example that calls it`).toBe(true);
    }
  });

  for (const example of all) {
    it(`${example.file}:${example.line} runs and prints what it says`, () => {
      let checked = 0;
      compile(example.code)(precis, (got, want) => {
        const parsed = expressionValue(want);
        if (!parsed.ok) return; // a prose comment: nothing to compare
        checked++;
        expect(got).toEqual(parsed.value);
      });
      expect(checked, 'the example shows at least one output to check').toBeGreaterThan(0);
    });
  }
});
