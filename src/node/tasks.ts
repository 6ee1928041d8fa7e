// The jobs a batch can run: one per public function, looked up by name on the
// library's public module, so a function that this build does not export yet
// is reported as unavailable instead of crashing the batch or the CLI.
import * as precis from '../index.js';
import type { Span } from '../types.js';
import type { Dateline } from '../document.js';

/** The name of a job: the CLI subcommand and the `task` of {@link analyzeMany}. */
export type Task = 'segment' | 'dates' | 'keyphrases' | 'summarize' | 'analyze';

/** Every task, in the order the CLI lists them. */
export const TASKS: readonly Task[] = ['segment', 'dates', 'keyphrases', 'summarize', 'analyze'];

/** The public function each task calls. */
export const TASK_FUNCTIONS: Readonly<Record<Task, string>> = {
  segment: 'segment',
  dates: 'extractDates',
  keyphrases: 'extractKeyphrases',
  summarize: 'summarize',
  analyze: 'analyze',
};

type Api = typeof precis;
/** What public function `K` returns, or `unknown` while this build does not export it. */
type ResultOf<K extends string> = Api extends Record<K, (...args: never[]) => infer R> ? R : unknown;

/** The document part of an `analyze` result once it has crossed a thread: its dateline and body, not its tree. */
export interface PlainDocument {
  /** The dateline, when the text starts with one. */
  dateline?: Dateline;
  /** The text after the dateline. */
  body: Span;
}

/** An analysis whose document has crossed a thread. */
export interface WithPlainDocument {
  /** The document's dateline and body (not its tree or VFile). */
  document: PlainDocument;
}

/** What each task returns, as plain data (structured-clone and JSON safe). */
export interface TaskResults {
  /** `segment(text)`. */
  segment: ResultOf<'segment'>;
  /** `extractDates(text)`. */
  dates: ResultOf<'extractDates'>;
  /** `extractKeyphrases(text)`. */
  keyphrases: ResultOf<'extractKeyphrases'>;
  /** `summarize(text)`. */
  summarize: ResultOf<'summarize'>;
  /** `analyze(text)`, with `document` reduced to its dateline and body. */
  analyze: ResultOf<'analyze'> extends { document: unknown }
    ? Omit<ResultOf<'analyze'>, 'document'> & WithPlainDocument
    : unknown;
}

type Fn = (input: string, options?: Record<string, unknown>) => unknown;

/** Is `name` one of the task names? */
export function isTask(name: unknown): name is Task {
  return typeof name === 'string' && (TASKS as readonly string[]).includes(name);
}

/** The public function behind a task, or `undefined` when this build does not export it. */
export function taskFunction(task: Task): Fn | undefined {
  const fn = (precis as Record<string, unknown>)[TASK_FUNCTIONS[task]];
  return typeof fn === 'function' ? (fn as Fn) : undefined;
}

/**
 * The tasks this build can run (every task, once every function is exported).
 *
 * @example
 * ```ts
 * import { availableTasks } from 'precis/node';
 *
 * console.log(availableTasks()); // ['segment', 'dates', 'keyphrases', 'summarize', 'analyze']
 * ```
 */
export function availableTasks(): Task[] {
  return TASKS.filter((t) => taskFunction(t) !== undefined);
}

/** Why a task cannot run in this build, in a sentence that names it. */
export function unavailableMessage(task: Task): string {
  return `"${task}" is not available in this build (precis does not export ${TASK_FUNCTIONS[task]} yet)`;
}

/**
 * Check a task and its options before a batch starts, so a typo fails once and
 * early instead of once per document: runs the function on an empty text with
 * the options, which throws the library's own TypeError / RangeError.
 */
export function checkTask(fn: string, task: unknown, options: Record<string, unknown>): Task {
  if (!isTask(task)) {
    throw new RangeError(`${fn}: options.task must be one of ${TASKS.map((t) => `"${t}"`).join(', ')}, got ${JSON.stringify(task)}`);
  }
  const run = taskFunction(task);
  if (!run) throw new RangeError(`${fn}: ${unavailableMessage(task)}`);
  run('', options);
  return task;
}

/** Run one task on one text and return plain data that can cross a thread or become JSON. */
export function runTask(task: Task, text: string, options: Record<string, unknown> | undefined): unknown {
  const run = taskFunction(task);
  if (!run) throw new RangeError(unavailableMessage(task));
  const result = run(text, options);
  return task === 'analyze' ? plainAnalysis(result) : result;
}

/** An analysis keeps its document's dateline and body; the tree and the VFile stay behind. */
function plainAnalysis(result: unknown): unknown {
  if (typeof result !== 'object' || result === null || !('document' in result)) return result;
  const { document, ...rest } = result as { document: { dateline?: Dateline; body: Span } };
  const plain: PlainDocument = { body: document.body };
  if (document.dateline) plain.dateline = document.dateline;
  return { ...rest, document: plain };
}
