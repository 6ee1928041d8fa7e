// The `precis` command: read the command line, expand the inputs, run the task
// on each document (on worker threads when there are several), and write the
// results in input order. Exit codes: 0 all done, 1 some input failed, 2 usage.
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createBatchPool } from '../node/index.js';
import { checkTask, type Task, TASKS } from '../node/tasks.js';
import { DEFAULT_EXTENSIONS, type Invocation, parseCommandLine, UsageError } from './args.js';
import { COMMANDS } from './commands.js';
import { expandInputs, readInput, STDIN } from './inputs.js';
import { progressBar } from './progress.js';

/** The streams and environment the command runs with (the process's, or a test's). */
export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: Record<string, string | undefined>;
}

/** Exit codes. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Run the command line `argv` (without `node` and the script); resolves to the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let invocation: Invocation;
  try {
    invocation = parseCommandLine(argv);
    if (invocation.kind === 'help') {
      await write(io.stdout, help(invocation.command));
      return EXIT.ok;
    }
    if (invocation.kind === 'version') {
      await write(io.stdout, `${version()}\n`);
      return EXIT.ok;
    }
    try {
      checkTask('precis', invocation.command, invocation.options);
    } catch (error) {
      throw new UsageError((error as Error).message.replace(/^precis: /, ''));
    }
    return await run(invocation, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    await write(io.stderr, `precis: ${error.message}\nTry 'precis --help' for more information.\n`);
    return EXIT.usage;
  }
}

type Run = Extract<Invocation, { kind: 'run' }>;

/** An input that could not be read, and how many documents were read before it (to keep the order). */
interface Failure {
  before: number;
  path: string;
  error: string;
}

async function run(invocation: Run, io: Io): Promise<number> {
  const { command, output, options } = invocation;
  let inputs = invocation.inputs;
  if (inputs.length === 0) {
    if (io.stdin.isTTY) throw new UsageError('no input: give files or folders, or pipe text to standard input');
    inputs = [STDIN];
  }
  if (inputs.filter((i) => i === STDIN).length > 1) throw new UsageError('standard input ("-") can be read only once');
  const refs = await expandInputs(inputs, invocation.extensions);
  if (output === 'json' && refs.length > 1) {
    throw new UsageError(`--json writes one document, but the inputs hold ${refs.length}; use --jsonl for several`);
  }
  if (refs.length === 0) {
    await write(io.stderr, `precis: no ${invocation.extensions.join('/')} files found in ${inputs.join(', ')}\n`);
    return EXIT.failed;
  }

  // threads pay off from two documents on; one document (or --jobs 1) runs here
  const jobs = invocation.jobs ?? availableParallelism();
  const pool = createBatchPool({ concurrency: jobs <= 1 || refs.length <= 1 ? 0 : Math.min(jobs, refs.length) });
  const progress = progressBar(io.stderr, refs.length, Boolean(io.stderr.isTTY) && !invocation.quiet);
  const style = { color: Boolean(io.stdout.isTTY) && !io.env['NO_COLOR'] };
  const several = refs.length > 1;

  // Files are read here, in order, and only the readable ones go to the batch;
  // a failure is reported just before the document that followed it.
  const failures: Failure[] = [];
  const texts = new Map<number, string>();
  async function* documents() {
    let n = 0;
    for (const ref of refs) {
      const read = await readInput(ref, io.stdin);
      if (read.error !== undefined) {
        failures.push({ before: n, path: read.path, error: read.error });
        continue;
      }
      if (output === 'text') texts.set(n, read.text); // the text output shows matches in context
      n++;
      yield { path: read.path, text: read.text };
    }
  }

  let failed = 0;
  let first = true;
  let closed = false;
  // the reader went away (`| head`, EPIPE) or the output broke: stop quietly, the shell has the status
  const onError = () => {
    closed = true;
  };
  io.stdout.on('error', onError);
  const report = async (path: string, error: string) => {
    failed++;
    progress.clear();
    await write(io.stderr, `precis: ${path === STDIN ? '<stdin>' : path}: ${error}\n`);
    progress.tick();
    progress.draw();
  };
  const reportFailures = async (upTo: number) => {
    while (failures.length > 0 && failures[0]!.before <= upTo) {
      const { path, error } = failures.shift()!;
      await report(path, error);
    }
  };

  try {
    // JSON lines are made in the worker: the result crosses the thread as one string
    const batch = pool.analyzeMany(documents(), { task: command, options, json: output === 'jsonl' });
    for await (const item of batch) {
      if (closed) break;
      await reportFailures(item.index);
      const path = item.path ?? STDIN;
      const text = texts.get(item.index) ?? '';
      texts.delete(item.index);
      if (item.error) {
        await report(path, `${command} failed: ${item.error.message}`);
        continue;
      }
      // the bar shares the terminal with the results when stdout is that terminal too
      if (io.stdout.isTTY) progress.clear();
      if (output === 'json') {
        await write(io.stdout, `${JSON.stringify(item.result, null, 2)}\n`);
      } else if (output === 'jsonl') {
        await write(io.stdout, `{"path":${JSON.stringify(path)},"result":${item.result as unknown as string}}\n`);
      } else {
        const lines = COMMANDS[command].format(item.result, text, style);
        const head = several ? `${first ? '' : '\n'}==> ${path} <==\n` : '';
        await write(io.stdout, `${head}${lines.join('\n')}\n`);
        first = false;
      }
      progress.tick();
      progress.draw();
    }
    if (!closed) await reportFailures(Number.POSITIVE_INFINITY);
  } finally {
    progress.done();
    io.stdout.off('error', onError);
    await pool.close();
  }
  return failed > 0 ? EXIT.failed : EXIT.ok;
}

/** Write, waiting when the stream's buffer is full (large corpora into a slow pipe). */
async function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  if (stream.destroyed) return;
  if (stream.write(text)) return;
  // wait for 'drain' or 'close', then drop the other listener (one per write would pile up);
  // a broken pipe rejects the wait: the 'error' listener in run() has noted it
  const done = new AbortController();
  const { signal } = done;
  await Promise.race([once(stream, 'drain', { signal }), once(stream, 'close', { signal })]).catch(() => {});
  done.abort();
}

/** The version in precis's package.json, found up the folders from this file (src/cli/ or dist/). */
export function version(): string {
  let dir = new URL('.', import.meta.url);
  for (let i = 0; i < 4; i++) {
    const file = new URL('package.json', dir);
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'precis' && pkg.version) return pkg.version;
    }
    dir = new URL('..', dir);
  }
  return 'unknown';
}

const FLAG_HELP: [string, string, Task[] | 'all'][] = [
  ['--json', 'one document as JSON', 'all'],
  ['--jsonl', 'one JSON line per document: {"path": ..., "result": ...}', 'all'],
  ['--reference-date D', 'resolve relative dates against D (YYYY-MM-DD); default: the dateline', ['dates', 'analyze']],
  ['--policy P', 'a weekday or month without a year: auto (by tense), past, future, nearest', ['dates', 'analyze']],
  ['--limit N', 'at most N keyphrases (default 10)', ['keyphrases', 'analyze']],
  ['--sentences N', 'a summary of N sentences (default 3)', ['summarize', 'analyze']],
  ['--ratio R', 'a summary of this share of the sentences (0 < R <= 1)', ['summarize', 'analyze']],
  ['--words N', 'a summary of at most N words', ['summarize', 'analyze']],
  ['--no-dateline', 'the first line is body text, never a dateline', 'all'],
  ['-j, --jobs N', `worker threads for several documents (default: one per core, here ${availableParallelism()})`, 'all'],
  ['--ext LIST', `file extensions read inside folders (default ${DEFAULT_EXTENSIONS.join(',')})`, 'all'],
  ['-q, --quiet', 'no progress bar (it is drawn only when stderr is a terminal)', 'all'],
  ['-h, --help', 'show this help', 'all'],
  ['-v, --version', 'show the version', 'all'],
];

/** The help text, for all commands or one. */
export function help(command?: Task): string {
  const pad = (s: string, n: number) => s + ' '.repeat(Math.max(1, n - s.length));
  const flags = FLAG_HELP.filter(([, , only]) => !command || only === 'all' || only.includes(command));
  const options = flags.map(([flag, text, only]) =>
    `  ${pad(flag, 21)}${text}${!command && only !== 'all' ? ` [${only.join(', ')}]` : ''}`,
  );
  const footer = [
    '',
    'Input: each file given, every matching file inside each folder (recursively, sorted,',
    'hidden entries skipped), or standard input when no file is given or for "-".',
    'Output: aligned text with each match [in context]; results keep input order.',
    '',
    'Exit status: 0 when every document was processed; 1 when a file could not be read,',
    'was not UTF-8 text or was empty (each reported on stderr, the others processed);',
    '2 on a usage error.',
  ];
  if (command) {
    const c = COMMANDS[command];
    return [
      `Usage: precis ${command} [options] [files or folders...]`,
      '',
      `${c.summary} (calls ${c.calls}).`,
      '',
      'Options:',
      ...options,
      ...footer,
      '',
    ].join('\n');
  }
  return [
    'precis: the structure and essentials of English documents (news first)',
    '',
    'Usage: precis <command> [options] [files or folders...]',
    '',
    'Commands:',
    ...TASKS.map((t) => `  ${pad(t, 12)}${COMMANDS[t].summary}`),
    '',
    'Options:',
    ...options,
    ...footer,
    '',
    'Examples:',
    '  precis segment article.txt',
    '  precis dates --reference-date 2025-06-16 article.txt',
    '  cat article.txt | precis summarize --sentences 2',
    '  precis keyphrases --jsonl corpus/ > keyphrases.jsonl',
    '',
  ].join('\n');
}
