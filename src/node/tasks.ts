// The jobs a batch can run: one per public function.
import { analyze, extractDates, extractKeyphrases, segment, summarize } from '../index.js';
import type { Span } from '../types.js';
import type { Dateline } from '../document.js';

/** The name of a job: the CLI subcommand and the `task` of {@link analyzeMany}. */
export type Task = 'segment' | 'dates' | 'keyphrases' | 'summarize' | 'analyze';

/** Every task, in the order the CLI lists them. */
export const TASKS: readonly Task[] = ['segment', 'dates', 'keyphrases', 'summarize', 'analyze'];

/** The name of the public function each task calls. */
export const TASK_FUNCTIONS: Readonly<Record<Task, string>> = {
  segment: 'segment',
  dates: 'extractDates',
  keyphrases: 'extractKeyphrases',
  summarize: 'summarize',
  analyze: 'analyze',
};

type Fn = (input: string, options?: Record<string, unknown>) => unknown;

/** The public function each task calls. */
const RUNNERS: Readonly<Record<Task, Fn>> = {
  segment: segment as Fn,
  dates: extractDates as Fn,
  keyphrases: extractKeyphrases as Fn,
  summarize: summarize as Fn,
  analyze: analyze as Fn,
};

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
  segment: ReturnType<typeof segment>;
  /** `extractDates(text)`. */
  dates: ReturnType<typeof extractDates>;
  /** `extractKeyphrases(text)`. */
  keyphrases: ReturnType<typeof extractKeyphrases>;
  /** `summarize(text)`. */
  summarize: ReturnType<typeof summarize>;
  /** `analyze(text)`, with `document` reduced to its dateline and body. */
  analyze: Omit<ReturnType<typeof analyze>, 'document'> & WithPlainDocument;
}

/** Is `name` one of the task names? */
export function isTask(name: unknown): name is Task {
  return typeof name === 'string' && (TASKS as readonly string[]).includes(name);
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
  RUNNERS[task]('', options);
  return task;
}

/** Run one task on one text and return plain data that can cross a thread or become JSON. */
export function runTask(task: Task, text: string, options: Record<string, unknown> | undefined): unknown {
  const result = RUNNERS[task](text, options);
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
