// Command-line arguments: node:util parseArgs, then checks that turn flags into
// the options of the library's functions. Every mistake is a UsageError (exit 2)
// whose message names the flag, what was given and what is expected.
import { parseArgs } from 'node:util';
import { isTask, type Task, TASKS } from '../node/tasks.js';
import { COMMANDS, type Flag, type Settings } from './commands.js';

/** A mistake in the command line: reported with a hint to `--help`, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** What the command line asks for. */
export type Invocation =
  | { kind: 'help'; command?: Task }
  | { kind: 'version' }
  | {
      kind: 'run';
      command: Task;
      /** Files, folders and `-` (stdin), as given; empty means stdin. */
      inputs: string[];
      output: 'text' | 'json' | 'jsonl';
      /** Worker threads wanted (`--jobs`); undefined means one per core. */
      jobs?: number;
      /** File name extensions taken when walking a folder, lower-case, without the dot. */
      extensions: string[];
      /** `--quiet`: no progress bar. */
      quiet: boolean;
      /** The options for the command's function (see `Command.options`). */
      options: Record<string, unknown>;
    };

/** File name extensions read inside folders unless `--ext` says otherwise. */
export const DEFAULT_EXTENSIONS = ['txt', 'text', 'md'];

const OPTIONS = {
  json: { type: 'boolean' },
  jsonl: { type: 'boolean' },
  'reference-date': { type: 'string' },
  policy: { type: 'string' },
  limit: { type: 'string' },
  sentences: { type: 'string' },
  ratio: { type: 'string' },
  words: { type: 'string' },
  'no-dateline': { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  ext: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Read the command line (without `node` and the script). */
export function parseCommandLine(argv: readonly string[]): Invocation {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs explains unknown options and missing values well; drop its advice about '--'
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    throw new UsageError(message);
  }
  const { values, positionals } = parsed;
  const [name, ...inputs] = positionals;
  if (name !== undefined && !isTask(name)) {
    if (name === 'help') return { kind: 'help', ...(isTask(inputs[0]) ? { command: inputs[0] } : {}) };
    throw new UsageError(`unknown command "${name}"; expected one of ${TASKS.join(', ')}`);
  }
  if (values.help) return name ? { kind: 'help', command: name } : { kind: 'help' };
  if (values.version) return { kind: 'version' };
  if (!name) throw new UsageError(`missing command; expected one of ${TASKS.join(', ')}`);
  if (values.json && values.jsonl) throw new UsageError('--json and --jsonl cannot be used together');

  const command = COMMANDS[name];
  const given = (flag: Flag) => values[flag] !== undefined;
  for (const flag of ['reference-date', 'policy', 'limit', 'sentences', 'ratio', 'words'] as const) {
    if (given(flag) && !command.flags.includes(flag)) {
      throw new UsageError(`--${flag} does not apply to "${name}" (it applies to ${appliesTo(flag)})`);
    }
  }
  const settings: Settings = {};
  if (values['no-dateline']) settings.dateline = false;
  if (values['reference-date'] !== undefined) settings.referenceDate = isoDate(values['reference-date']);
  if (values.policy !== undefined) settings.policy = policy(values.policy);
  if (values.limit !== undefined) settings.limit = integer('--limit', values.limit, 1);
  const lengths = (['sentences', 'ratio', 'words'] as const).filter(given);
  if (lengths.length > 1) {
    throw new UsageError(`--${lengths[0]} and --${lengths[1]} cannot be used together (a summary has one length)`);
  }
  if (values.sentences !== undefined) settings.sentences = integer('--sentences', values.sentences, 1);
  if (values.words !== undefined) settings.words = integer('--words', values.words, 1);
  if (values.ratio !== undefined) settings.ratio = ratio(values.ratio);

  const invocation: Invocation = {
    kind: 'run',
    command: name,
    inputs,
    output: values.json ? 'json' : values.jsonl ? 'jsonl' : 'text',
    extensions: values.ext === undefined ? DEFAULT_EXTENSIONS : extensions(values.ext),
    quiet: values.quiet ?? false,
    options: command.options(settings),
  };
  if (values.jobs !== undefined) invocation.jobs = integer('--jobs', values.jobs, 1, 256);
  return invocation;
}

const POLICIES = ['auto', 'past', 'future', 'nearest'];

function policy(value: string): string {
  if (!POLICIES.includes(value)) {
    throw new UsageError(`--policy must be one of ${POLICIES.join(', ')}, got "${value}"`);
  }
  return value;
}

function appliesTo(flag: Flag): string {
  return TASKS.filter((t) => COMMANDS[t].flags.includes(flag)).join(' and ');
}

const DIGITS = /^[0-9]{1,9}$/;

function integer(flag: string, value: string, min: number, max = 1e9): number {
  const n = DIGITS.test(value) ? Number(value) : Number.NaN;
  if (!(n >= min && n <= max)) {
    throw new UsageError(`${flag} must be a whole number from ${min}${max < 1e9 ? ` to ${max}` : ' up'}, got "${value}"`);
  }
  return n;
}

const DECIMAL = /^(?:0|1)?(?:\.[0-9]{1,6})?$/;

function ratio(value: string): number {
  const n = value !== '' && value !== '.' && DECIMAL.test(value) ? Number(value) : Number.NaN;
  if (!(n > 0 && n <= 1)) throw new UsageError(`--ratio must be a number above 0 and at most 1 (e.g. 0.2), got "${value}"`);
  return n;
}

// YYYY-MM-DD, optionally with a time: THH:MM[:SS[.fff]] and a zone (Z or ±HH:MM)
const ISO = /^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,3})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})?)?$/;

function isoDate(value: string): string {
  const m = ISO.exec(value);
  const valid = m !== null && !Number.isNaN(Date.parse(value)) && sameDay(m[1]!, m[2]!, m[3]!);
  if (!valid) {
    throw new UsageError(`--reference-date must be an ISO date such as 2025-06-16 or 2025-06-16T09:00Z, got "${value}"`);
  }
  return value;
}

/** Rejects dates that Date.parse rolls over (2025-02-30). */
function sameDay(y: string, m: string, d: string): boolean {
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
}

function extensions(value: string): string[] {
  const list = value
    .split(',')
    .map((e) => e.trim().replace(/^\./, '').toLowerCase())
    .filter(Boolean);
  if (list.length === 0) throw new UsageError(`--ext must list file name extensions such as "txt,md", got "${value}"`);
  return list;
}
