// The `precis` command end to end: spawn the built CLI on files, folders and
// stdin, and compare what it prints with the library's functions called here.
// It runs dist/cli.js (from `npm run build`), or the file PRECIS_CLI names:
//   npx tsup --config tsup.cli.config.ts
//   PRECIS_CLI=node_modules/.cache/precis-cli/cli.js npx vitest run tests/cli
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as precis from '../../src/index.js';

// each test starts processes or threads: on a busy 2-core machine that can take a while
vi.setConfig({ testTimeout: 120_000 });

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = process.env.PRECIS_CLI ? resolve(process.env.PRECIS_CLI) : join(ROOT, 'dist/cli.js');
const PRESENT = existsSync(CLI);
if (!PRESENT) {
  console.warn(`tests/cli: SKIPPED: ${CLI} does not exist. Build it (npm run build, with the cli entry) or set PRECIS_CLI.`);
}

const summit = readFileSync(join(ROOT, 'tests/fixtures/summit.txt'), 'utf8');
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

let dir = '';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the CLI in the test folder with `input` on stdin; tests run several at once, so this is asynchronous. */
function precisCli(args: string[], input?: string | Buffer): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', fail);
    // a child killed by a signal is no answer to judge: fail with what it said, so a rare kill is diagnosable
    child.on('close', (code, signal) =>
      signal === null
        ? done({ code, stdout, stderr })
        : fail(new Error(`precis ${args.join(' ')}: killed by ${signal}; stderr: ${stderr.slice(-2000) || '(empty)'}`)),
    );
    child.stdin.on('error', () => {}); // the CLI may exit before reading stdin (usage errors)
    child.stdin.end(input ?? '');
  });
}

const jsonLines = (out: string) =>
  out
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { path: string; result: unknown });
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

// news sentences of different shapes; the names sort in this order
const ARTICLES: [string, string][] = [
  ['a.txt', 'I live in the U.S. How about you?\n\nMr. Smith arrived at 5 p.m. on Tuesday.'],
  ['b.md', 'Leaders met in Astana. They signed a treaty on energy and transport.'],
  ['c.txt', summit],
  ['sub/d.txt', 'The company, based in St. Louis, said profits rose 4.5% in 2024. Shares fell.'],
  ['sub/deeper/e.text', 'Prices fell again... Analysts were surprised! Were they right?'],
];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'precis-cli-'));
  for (const [name, text] of ARTICLES) {
    mkdirSync(join(dir, 'corpus', name, '..'), { recursive: true });
    writeFileSync(join(dir, 'corpus', name), text);
  }
  // never read from a folder: hidden entries, other extensions
  mkdirSync(join(dir, 'corpus/.git'));
  writeFileSync(join(dir, 'corpus/.git/HEAD.txt'), 'ref: main.');
  writeFileSync(join(dir, 'corpus/.hidden.txt'), 'Hidden. Text.');
  writeFileSync(join(dir, 'corpus/notes.json'), '{"a": 1}');
  // bad inputs
  mkdirSync(join(dir, 'bad'));
  writeFileSync(join(dir, 'bad/1-good.txt'), 'A good file. It has two sentences.');
  writeFileSync(join(dir, 'bad/2-empty.txt'), '');
  writeFileSync(join(dir, 'bad/3-blank.txt'), ' \n\n\t \r\n');
  writeFileSync(join(dir, 'bad/4-latin1.txt'), Buffer.from('Caf\xe9 ol\xe9. Deux phrases.', 'latin1'));
  writeFileSync(join(dir, 'bad/5-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
  symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'bad/6-dangling.txt'));
  writeFileSync(join(dir, 'bad/7-good.txt'), 'Another good file.');
  // text that must never break anything
  writeFileSync(join(dir, 'odd.txt'), '\ufeffCRLF line.\r\nNext 😀 line.\r\n\r\nمرحبا بالعالم. Done.\u0000x');
  writeFileSync(join(dir, 'odd-clean.txt'), '\ufeffCRLF line.\r\nNext 😀 line.\r\n\r\nمرحبا بالعالم. Done.');
  writeFileSync(join(dir, 'summit.txt'), summit);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.runIf(PRESENT).concurrent('precis: help, version, usage errors (exit 2)', () => {
  it('--help lists every command and option on stdout, exit 0', async () => {
    const r = await precisCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Usage: precis <command> \[options\] \[files or folders\.\.\.\]$/m);
    for (const word of ['segment', 'dates', 'keyphrases', 'summarize', 'analyze', '--json', '--jsonl', '--jobs', 'Exit status']) {
      expect(r.stdout).toContain(word);
    }
    expect((await precisCli(['-h'])).stdout).toBe(r.stdout);
    expect((await precisCli(['help'])).stdout).toBe(r.stdout);
  });

  it('<command> --help shows only the flags that command takes', async () => {
    const dates = await precisCli(['dates', '--help']);
    expect(dates.code).toBe(0);
    expect(dates.stdout).toMatch(/^Usage: precis dates /m);
    expect(dates.stdout).toContain('--reference-date');
    expect(dates.stdout).not.toContain('--limit');
    const segment = await precisCli(['help', 'segment']);
    expect(segment.stdout).toMatch(/^Usage: precis segment /m);
    expect(segment.stdout).not.toContain('--sentences');
  });

  it('--version and -v print the package version', async () => {
    for (const flag of ['--version', '-v']) {
      const r = await precisCli([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`${version}\n`);
    }
  });

  const usage: [string[], RegExp][] = [
    [[], /missing command; expected one of segment, dates, keyphrases, summarize, analyze/],
    [['translate', 'a.txt'], /unknown command "translate"/],
    [['segment', '--bogus'], /Unknown option '--bogus'/],
    [['keyphrases', '--limit'], /--limit <value>' argument missing/],
    [['keyphrases', '--limit', '0'], /--limit must be a whole number from 1 up, got "0"/],
    [['keyphrases', '--limit', 'ten'], /--limit must be a whole number from 1 up, got "ten"/],
    [['keyphrases', '--limit', '-3'], /--limit/],
    [['summarize', '--sentences', '2.5'], /--sentences must be a whole number from 1 up, got "2.5"/],
    [['summarize', '--ratio', '1.5'], /--ratio must be a number above 0 and at most 1 \(e\.g\. 0\.2\), got "1\.5"/],
    [['summarize', '--ratio', '0'], /--ratio must be a number above 0/],
    [['summarize', '--sentences', '2', '--words', '50'], /--sentences and --words cannot be used together/],
    [['dates', '--reference-date', '16/06/2025'], /--reference-date must be an ISO date such as 2025-06-16 .*got "16\/06\/2025"/],
    [['dates', '--reference-date', '2025-02-30'], /--reference-date must be an ISO date/],
    [['dates', '--policy', 'sometimes'], /--policy must be one of auto, past, future, nearest, got "sometimes"/],
    [['segment', '--limit', '3'], /--limit does not apply to "segment" \(it applies to keyphrases and analyze\)/],
    [['keyphrases', '--reference-date', '2025-06-16'], /--reference-date does not apply to "keyphrases"/],
    [['segment', '--json', '--jsonl'], /--json and --jsonl cannot be used together/],
    [['segment', '--jobs', '0'], /--jobs must be a whole number from 1 to 256, got "0"/],
    [['segment', '--ext', ','], /--ext must list file name extensions/],
    [['segment', '--json', 'corpus'], /--json writes one document, but the inputs hold 5; use --jsonl for several/],
    [['segment', '-', '-'], /standard input \("-"\) can be read only once/],
  ];
  for (const [args, message] of usage) {
    it(`precis ${args.join(' ') || '(nothing)'} → exit 2`, async () => {
      const r = await precisCli(args, 'Some text. More.');
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^precis: /);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain("Try 'precis --help'");
    });
  }
});

describe.runIf(PRESENT).concurrent('precis segment: files, folders, stdin', () => {
  it('one file as --json is exactly what segment() returns', async () => {
    const r = await precisCli(['segment', '--json', 'summit.txt']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(plain(precis.segment(summit)));
  });

  it('reads standard input when no file is given, and for "-"', async () => {
    const text = 'I live in the U.S. How about you? At 5 p.m. Mr. Smith left.';
    for (const args of [['segment', '--json'], ['segment', '--json', '-']]) {
      const r = await precisCli(args, text);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(plain(precis.segment(text)));
    }
  });

  it('--no-dateline is passed to the parser', async () => {
    const r = await precisCli(['segment', '--json', '--no-dateline', 'summit.txt']);
    expect(JSON.parse(r.stdout)).toEqual(plain(precis.segment(summit, { dateline: false })));
  });

  it('a folder is walked in sorted order, hidden entries and other extensions skipped; --jsonl gives one line per file', async () => {
    const r = await precisCli(['segment', '--jsonl', 'corpus']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(''); // no progress bar: stderr is a pipe here
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.path)).toEqual(ARTICLES.map(([name]) => join('corpus', name)));
    for (const [i, line] of lines.entries()) expect(line.result).toEqual(plain(precis.segment(ARTICLES[i]![1])));
  });

  it('--ext chooses the extensions read inside folders', async () => {
    const r = await precisCli(['segment', '--jsonl', '--ext', 'md,.TEXT', 'corpus']);
    expect(jsonLines(r.stdout).map((l) => l.path)).toEqual([join('corpus', 'b.md'), join('corpus', 'sub/deeper/e.text')]);
  });

  it('files and folders mix, in command-line order; a file named outright is read whatever its extension', async () => {
    const r = await precisCli(['segment', '--jsonl', 'corpus/notes.json', 'corpus/sub', 'summit.txt']);
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout).map((l) => l.path)).toEqual([
      'corpus/notes.json',
      join('corpus/sub', 'd.txt'),
      join('corpus/sub', 'deeper/e.text'),
      'summit.txt',
    ]);
  });

  it('many files on 2 worker threads come out in input order, the same as on one thread', async () => {
    const many = Array.from({ length: 30 }, (_, i) => {
      const [name] = ARTICLES[i % ARTICLES.length]!;
      return join('corpus', name);
    });
    const threads = await precisCli(['segment', '--jsonl', '--jobs', '2', ...many]);
    const one = await precisCli(['segment', '--jsonl', '--jobs', '1', ...many]);
    expect(threads.code).toBe(0);
    expect(jsonLines(threads.stdout).map((l) => l.path)).toEqual(many);
    expect(threads.stdout).toBe(one.stdout);
  });

  it('human output: counts, then one aligned row per sentence with its offsets', async () => {
    const r = await precisCli(['segment', 'corpus/a.txt']);
    expect(r.code).toBe(0);
    const { sentences, paragraphs, words } = precis.segment(ARTICLES[0]![1]);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`${paragraphs.length} paragraphs, ${sentences.length} sentences, ${words.length} words`);
    expect(lines[1]).toMatch(/^ {2}#\s+¶\s+offsets\s+sentence$/);
    const at = lines[1]!.indexOf('sentence');
    for (const [i, s] of sentences.entries()) {
      const row = lines[i + 2]!;
      expect(row.slice(at)).toBe(s.text.replace(/\s+/g, ' '));
      expect(row).toContain(`${s.start}–${s.end}`);
    }
  });

  it('human output for several documents heads each with its path', async () => {
    const r = await precisCli(['segment', 'corpus/a.txt', 'corpus/b.md']);
    expect(r.stdout).toMatch(/^==> corpus\/a\.txt <==\n/);
    expect(r.stdout).toContain('\n\n==> corpus/b.md <==\n');
  });

  it('CRLF, a byte-order mark, emoji, RTL and NUL inside text: offsets index the file as read', async () => {
    const r = await precisCli(['segment', '--json', 'odd-clean.txt']);
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'odd-clean.txt'), 'utf8');
    const result = JSON.parse(r.stdout) as ReturnType<typeof precis.segment>;
    expect(result).toEqual(plain(precis.segment(text)));
    for (const s of result.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('draws a progress bar when stderr is a terminal (script(1) gives it one), never in the results', async () => {
    if (spawnSync('script', ['--version']).status !== 0) return console.warn('tests/cli: no script(1): progress bar test skipped');
    const command = `"${process.execPath}" "${CLI}" segment --jsonl corpus > out.jsonl`;
    const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`${ARTICLES.length}/${ARTICLES.length} documents`);
    expect(r.stdout.endsWith('\r\u001b[K')).toBe(true); // erased at the end
    const out = readFileSync(join(dir, 'out.jsonl'), 'utf8');
    expect(jsonLines(out)).toHaveLength(ARTICLES.length);
    expect(out).not.toContain('documents');
  });

  it('waits for a slow reader without warnings (backpressure on many megabytes of output)', async () => {
    mkdirSync(join(dir, 'big'), { recursive: true });
    for (let i = 0; i < 120; i++) writeFileSync(join(dir, 'big', `${String(i).padStart(3, '0')}.txt`), summit);
    const r = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${CLI}" segment --jsonl big | (sleep 1; wc -l)`],
      { cwd: dir, encoding: 'utf8', timeout: 120_000 },
    );
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('120');
    expect(r.stderr).toBe('');
  });

  it('stops quietly when the reader goes away (| head)', async () => {
    const many = Array.from({ length: 200 }, () => 'summit.txt');
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" segment --jsonl ${many.join(' ')} | head -n 1`], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(0);
    expect(jsonLines(r.stdout)).toHaveLength(1);
    expect(r.stderr).toBe('');
  });
});

describe.runIf(PRESENT).concurrent('precis: bad inputs are reported with their path and reason, the rest processed (exit 1)', () => {
  it('a folder with empty, blank, Latin-1, binary and dangling files', async () => {
    const r = await precisCli(['segment', '--jsonl', 'bad']);
    expect(r.code).toBe(1);
    expect(jsonLines(r.stdout).map((l) => l.path)).toEqual([join('bad', '1-good.txt'), join('bad', '7-good.txt')]);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `precis: ${join('bad', '2-empty.txt')}: empty file`,
      `precis: ${join('bad', '3-blank.txt')}: empty file (only white space)`,
      `precis: ${join('bad', '4-latin1.txt')}: not UTF-8 text (invalid byte sequence at byte 3)`,
      `precis: ${join('bad', '5-binary.txt')}: not text: binary data (a NUL byte at byte 4)`,
      `precis: ${join('bad', '6-dangling.txt')}: no such file or folder`,
    ]);
  });

  it('a missing file among good ones; a NUL byte marks binary data', async () => {
    const r = await precisCli(['segment', '--jsonl', 'corpus/a.txt', 'missing.txt', 'odd.txt', 'corpus/b.md']);
    expect(r.code).toBe(1);
    expect(jsonLines(r.stdout).map((l) => l.path)).toEqual(['corpus/a.txt', 'corpus/b.md']);
    const nul = readFileSync(join(dir, 'odd.txt')).indexOf(0);
    expect(r.stderr).toBe(
      `precis: missing.txt: no such file or folder\nprecis: odd.txt: not text: binary data (a NUL byte at byte ${nul})\n`,
    );
  });

  it('empty standard input', async () => {
    const r = await precisCli(['segment'], '');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('precis: <stdin>: empty file\n');
    expect(r.stdout).toBe('');
  });

  it('a folder with no matching file', async () => {
    mkdirSync(join(dir, 'nothing'), { recursive: true });
    writeFileSync(join(dir, 'nothing/data.csv'), 'a,b');
    const r = await precisCli(['segment', 'nothing']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('precis: no txt/text/md files found in nothing\n');
  });
});

// The other commands run when this build exports their function, and fail
// with a usage error (exit 2) naming it when it does not.
type Fn = (input: string, options?: Record<string, unknown>) => unknown;
const api = precis as unknown as Record<string, Fn | undefined>;

const COMMANDS: [command: string, fn: string, args: string[], options: Record<string, unknown>][] = [
  ['dates', 'extractDates', ['--reference-date', '2025-06-10'], { referenceDate: '2025-06-10' }],
  ['keyphrases', 'extractKeyphrases', ['--limit', '5'], { limit: 5 }],
  ['summarize', 'summarize', ['--sentences', '2'], { sentences: 2 }],
  [
    'analyze',
    'analyze',
    ['--reference-date', '2025-06-10', '--limit', '4', '--words', '60'],
    { dates: { referenceDate: '2025-06-10' }, keyphrases: { limit: 4 }, summary: { words: 60 } },
  ],
];

describe.runIf(PRESENT).concurrent('precis dates | keyphrases | summarize | analyze', () => {
  for (const [command, name, args, options] of COMMANDS) {
    const fn = api[name]!;
    it(`${command} --json ${args.join(' ')} is what ${name}() returns with those options`, async () => {
      const r = await precisCli([command, '--json', ...args, 'summit.txt']);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      const expected = fn(summit, options);
      if (command === 'analyze') {
        const { document, ...rest } = expected as { document: precis.PrecisDocument };
        expect(JSON.parse(r.stdout)).toEqual(plain({ ...rest, document: { dateline: document.dateline, body: document.body } }));
      } else {
        expect(JSON.parse(r.stdout)).toEqual(plain(expected));
      }
    });

    it(`${command} --jsonl over a folder: one line per document, in order`, async () => {
      const r = await precisCli([command, '--jsonl', ...args, 'corpus']);
      expect(r.code).toBe(0);
      const lines = jsonLines(r.stdout);
      expect(lines.map((l) => l.path)).toEqual(ARTICLES.map(([n]) => join('corpus', n)));
      for (const [i, line] of lines.entries()) {
        const expected = fn(ARTICLES[i]![1], options) as Record<string, unknown>;
        if (command === 'analyze') expect((line.result as Record<string, unknown>)['keyphrases']).toEqual(plain(expected['keyphrases']));
        else expect(line.result).toEqual(plain(expected));
      }
    });
  }

  const found = async (name: string, run: (fn: Fn) => Promise<void>) => {
    const fn = api[name];
    if (fn) await run(fn);
    else expect(precis).not.toHaveProperty(name);
  };

  it('dates: each mention shown [in context] with its value', async () => {
    await found('extractDates', async (fn) => {
      const mentions = fn(summit, { referenceDate: '2025-06-10' }) as precis.DateMention[];
      const r = await precisCli(['dates', '--reference-date', '2025-06-10', 'summit.txt']);
      expect(r.code).toBe(0);
      const rows = r.stdout.trimEnd().split('\n').slice(2);
      expect(rows).toHaveLength(mentions.length);
      for (const [i, m] of mentions.entries()) {
        expect(rows[i]).toContain(`[${m.text.replace(/\s+/g, ' ')}]`);
        expect(rows[i]).toContain(m.value);
        expect(rows[i]).toMatch(new RegExp(`^ {2}${m.start}–${m.end} `));
      }
    });
  });

  it('keyphrases: rank, score, count and first occurrence [in context]', async () => {
    await found('extractKeyphrases', async (fn) => {
      const phrases = fn(summit, { limit: 5 }) as precis.Keyphrase[];
      const r = await precisCli(['keyphrases', '--limit', '5', 'summit.txt']);
      const rows = r.stdout.trimEnd().split('\n').slice(2);
      expect(rows).toHaveLength(phrases.length);
      for (const [i, k] of phrases.entries()) {
        expect(rows[i]).toMatch(new RegExp(`^ +${i + 1} +${k.score.toFixed(3)} +${k.occurrences.length}× `));
        expect(rows[i]).toContain(`[${k.occurrences[0]!.text.replace(/\s+/g, ' ')}]`);
      }
    });
  });

  it('summarize: the chosen sentences in document order with rank and score', async () => {
    await found('summarize', async (fn) => {
      const summary = fn(summit, { sentences: 2 }) as precis.Summary;
      const r = await precisCli(['summarize', '--sentences', '2'], summit);
      const rows = r.stdout.trimEnd().split('\n').slice(2);
      expect(rows).toHaveLength(summary.sentences.length);
      for (const [i, s] of summary.sentences.entries()) {
        expect(rows[i]).toContain(s.text.replace(/\s+/g, ' '));
        expect(rows[i]).toMatch(new RegExp(`^ +${s.rank} +${s.score.toFixed(3)} +${s.index + 1} `));
      }
    });
  });

  it('analyze: dateline, counts, dates, keyphrases and summary sections', async () => {
    await found('analyze', async () => {
      const r = await precisCli(['analyze', 'summit.txt']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^dateline: date 2025-06-16 \(2025-06-16\)\n\n\d+ paragraphs, \d+ sentences, \d+ words\n/);
      expect(r.stdout).toMatch(/\n\n\d+ dates?\n/);
      expect(r.stdout).toMatch(/\n\n\d+ keyphrases?\n/);
      expect(r.stdout).toMatch(/\n\nsummary: \d+ sentences? in document order\n/);
    });
  });
});
