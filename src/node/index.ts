// precis/node: process a corpus on worker threads (Node only).
import { availableParallelism } from 'node:os';
import { checkKnownOptions, checkOptions, optionalBoolean, optionalInteger, typeError } from '../errors.js';
import { mapInOrder, type Source } from './ordered.js';
import { createRunner, type Runner } from './pool.js';
import type { ChunkOutcome } from './worker.js';
import { checkTask, type Task, type TaskResults } from './tasks.js';

export type { Source } from './ordered.js';
export type { PlainDocument, Task, TaskResults, WithPlainDocument } from './tasks.js';
export { TASKS } from './tasks.js';

/** A document with a path (or any name) to tell it by in the results. */
export interface BatchDocument {
  /** Carried to the document's result unchanged. */
  path?: string;
  /** The document text. */
  text: string;
}

/** One document for {@link analyzeMany}: its text, or a {@link BatchDocument}. */
export type BatchInput = string | BatchDocument;

/** Options for {@link createBatchPool}. */
export interface BatchPoolOptions {
  /**
   * How many worker threads to run (default: the number of cores,
   * `os.availableParallelism()`). `0` runs every document in the calling
   * thread, one after another: no threads, but the event loop is blocked
   * while a document is processed.
   */
  concurrency?: number;
}

/** Options for one batch on a {@link BatchPool}. */
export interface BatchOptions<T extends Task = 'analyze'> {
  /** Which function to run on each document (default `'analyze'`). */
  task?: T;
  /** Options for that function, as it takes them (`{ referenceDate }`, `{ limit }`...). */
  options?: Record<string, unknown>;
  /** Stops the batch: the iteration throws the signal's reason and the jobs in flight are dropped. */
  signal?: AbortSignal;
  /**
   * Yield each result as its JSON text (one line) instead of data: the worker
   * thread makes the JSON, so a service that sends JSON on (a response, a
   * queue, a JSONL file) spares the calling thread both copying the result
   * out of the worker and stringifying it. Default `false`.
   */
  json?: boolean;
}

/** Options for {@link analyzeMany}: a batch's options and the number of threads. */
export interface AnalyzeManyOptions<T extends Task = 'analyze'> extends BatchOptions<T>, BatchPoolOptions {}

/**
 * Worker threads kept warm between batches (made by {@link createBatchPool}):
 * a service pays the threads' start-up and JIT warm-up once, not per request.
 */
export interface BatchPool {
  /** The number of worker threads (0: the calling thread). */
  readonly concurrency: number;
  /** Run a batch on the pool's threads, as {@link analyzeMany} does; batches may overlap. */
  analyzeMany<T extends Task = 'analyze'>(
    source: Source<BatchInput>,
    options: BatchOptions<T> & { json: true },
  ): AsyncGenerator<BatchResult<string>, void, undefined>;
  /** Run a batch on the pool's threads, as {@link analyzeMany} does; batches may overlap. */
  analyzeMany<T extends Task = 'analyze'>(
    source: Source<BatchInput>,
    options?: BatchOptions<T>,
  ): AsyncGenerator<BatchResult<TaskResults[T]>, void, undefined>;
  /** Stop the threads. Batches still running end with an error. */
  close(): Promise<void>;
}

/** One document's outcome, yielded by {@link analyzeMany} in input order. */
export type BatchResult<R = unknown> = BatchSuccess<R> | BatchFailure;

/** A document that was processed. */
export interface BatchSuccess<R> {
  /** 0-based position of the document in the input. */
  index: number;
  /** The path given with the document, if any. */
  path?: string;
  /** What the task returned, as plain data. */
  result: R;
  /** Absent on success. */
  error?: undefined;
}

/** A document that could not be processed (not a string, or the task threw). */
export interface BatchFailure {
  /** 0-based position of the document in the input. */
  index: number;
  /** The path given with the document, if any. */
  path?: string;
  /** Absent on failure. */
  result?: undefined;
  /** Why it failed. */
  error: Error;
}

const BATCH_OPTIONS = ['task', 'options', 'signal', 'json'];
const POOL_OPTIONS = ['concurrency'];

/**
 * Start worker threads that stay up for many batches, for a service that
 * processes corpora again and again. Close the pool when done, or the
 * threads keep the process alive.
 *
 * @param options - How many threads.
 * @returns The pool: `analyzeMany(source, options)` and `close()`.
 * @throws TypeError / RangeError when `concurrency` is not an integer from 0 to 1024.
 *
 * @example
 * ```ts
 * import { createBatchPool } from 'precis/node';
 *
 * const pool = createBatchPool({ concurrency: 2 });
 * try {
 *   for await (const { result } of pool.analyzeMany(['One here. Two there.'], { task: 'segment' })) {
 *     console.log(result?.sentences.length); // 2
 *   }
 * } finally {
 *   await pool.close();
 * }
 * ```
 */
export function createBatchPool(options?: BatchPoolOptions): BatchPool {
  const raw = checkOptions('createBatchPool', options);
  checkKnownOptions('createBatchPool', raw, POOL_OPTIONS);
  const concurrency = threadCount('createBatchPool', raw);
  const runner = createRunner(concurrency);
  let closed = false;
  return {
    concurrency,
    analyzeMany(source: Source<BatchInput>, batch?: BatchOptions<Task>) {
      const checked = checkBatch('analyzeMany', source, batch, BATCH_OPTIONS);
      if (closed) throw new RangeError('analyzeMany: the pool is closed');
      // biome-ignore lint/suspicious/noExplicitAny: the overloads above give the result its type
      return batchOn(runner, Math.max(concurrency, 1), source, checked) as any;
    },
    close() {
      closed = true;
      return runner.close();
    },
  };
}

/**
 * Run one of precis's functions over many documents on worker threads,
 * yielding each document's result in input order as soon as it and every
 * document before it are done. The threads start with the batch and stop
 * when it ends; {@link createBatchPool} keeps them for many batches.
 *
 * The source is read lazily and sent to the threads in chunks of up to 8
 * documents (or 64K characters); at most two chunks per thread are in flight
 * or waiting for their turn, so a corpus of any size streams through bounded
 * memory. A document that fails (not a string, or the function threw) yields a
 * {@link BatchFailure} and the batch goes on. Results cross threads as plain
 * data: `analyze`'s `document` keeps its `dateline` and `body`, not its tree.
 *
 * @param source - Documents: strings or `{ path, text }` objects, from an array, a generator or an async iterable.
 * @param options - Threads, the task and its options, an abort signal.
 * @returns An async iterable of results in input order.
 * @throws TypeError when `source` is not iterable or an option has the wrong type.
 * @throws RangeError when an option is out of range, the task is unknown or not in this build,
 *   or the task's options are wrong (checked once, before any document).
 *
 * @example
 * ```ts
 * import { analyzeMany } from 'precis/node';
 *
 * const docs = [
 *   { path: 'a.txt', text: 'I live in the U.S. How about you?' },
 *   { path: 'b.txt', text: 'Leaders met in Astana. They signed a treaty.' },
 * ];
 * const out = [];
 * for await (const item of analyzeMany(docs, { task: 'segment', concurrency: 2 })) {
 *   if (item.error) console.error(item.path, item.error.message);
 *   else out.push([item.path, item.result.sentences.map((s) => s.text)]);
 * }
 * console.log(out);
 * // [['a.txt', ['I live in the U.S.', 'How about you?']],
 * //  ['b.txt', ['Leaders met in Astana.', 'They signed a treaty.']]]
 * ```
 */
export function analyzeMany<T extends Task = 'analyze'>(
  source: Source<BatchInput>,
  options: AnalyzeManyOptions<T> & { json: true },
): AsyncGenerator<BatchResult<string>, void, undefined>;
export function analyzeMany<T extends Task = 'analyze'>(
  source: Source<BatchInput>,
  options?: AnalyzeManyOptions<T>,
): AsyncGenerator<BatchResult<TaskResults[T]>, void, undefined>;
export function analyzeMany(
  source: Source<BatchInput>,
  options?: AnalyzeManyOptions<Task>,
): AsyncGenerator<BatchResult, void, undefined> {
  const checked = checkBatch('analyzeMany', source, options, [...BATCH_OPTIONS, ...POOL_OPTIONS]);
  const threads = threadCount('analyzeMany', checked.raw);
  return (async function* () {
    checked.signal?.throwIfAborted();
    const runner = createRunner(threads);
    try {
      yield* batchOn(runner, Math.max(threads, 1), source, checked);
    } finally {
      await runner.close();
    }
  })();
}

interface CheckedBatch {
  raw: Record<string, unknown>;
  task: Task;
  options: Record<string, unknown>;
  signal: AbortSignal | undefined;
  json: boolean;
}

function threadCount(fn: string, raw: Record<string, unknown>): number {
  return optionalInteger(fn, raw, 'concurrency', 0, 1024) ?? availableParallelism();
}

/** Check a batch's arguments before any thread starts or any document is read. */
function checkBatch(fn: string, source: unknown, options: unknown, known: readonly string[]): CheckedBatch {
  const raw = checkOptions(fn, options);
  checkKnownOptions(fn, raw, known);
  if (source === null || typeof source !== 'object' || !(Symbol.asyncIterator in source || Symbol.iterator in source)) {
    throw typeError(fn, 'source', 'an iterable or async iterable of documents', source);
  }
  const taskOptions = checkOptions(fn, raw['options']);
  const task = checkTask(fn, raw['task'] ?? 'analyze', taskOptions);
  const signal = raw['signal'];
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw typeError(fn, 'options.signal', 'an AbortSignal', signal);
  }
  const json = optionalBoolean(fn, raw, 'json') ?? false;
  return { raw, task, options: taskOptions, signal, json };
}

/**
 * Documents travel to the threads in chunks: one message per few documents,
 * since a message and its structured clone cost about as much as analysing a
 * short article. A chunk closes at 8 documents or 64K characters.
 */
const CHUNK_DOCS = 8;
const CHUNK_CHARS = 1 << 16;
/** Chunks in flight or waiting for their turn, per thread. */
const CHUNKS_PER_THREAD = 2;

interface Numbered {
  item: BatchInput;
  index: number;
}

async function* chunked(source: Source<BatchInput>): AsyncGenerator<Numbered[], void, undefined> {
  let chunk: Numbered[] = [];
  let chars = 0;
  let index = 0;
  for await (const item of source) {
    chunk.push({ item, index: index++ });
    const text = typeof item === 'string' ? item : typeof item === 'object' && item !== null ? item.text : undefined;
    chars += typeof text === 'string' ? text.length : 0;
    if (chunk.length >= CHUNK_DOCS || chars >= CHUNK_CHARS) {
      yield chunk;
      chunk = [];
      chars = 0;
    }
  }
  if (chunk.length > 0) yield chunk;
}

async function* batchOn(
  runner: Runner,
  threads: number,
  source: Source<BatchInput>,
  { task, options, signal, json }: CheckedBatch,
): AsyncGenerator<BatchResult, void, undefined> {
  signal?.throwIfAborted();
  const runChunk = async (chunk: Numbered[]): Promise<BatchResult[]> => {
    const results: BatchResult[] = [];
    const texts: string[] = [];
    const bases: { index: number; path?: string }[] = [];
    const at: number[] = [];
    for (const { item, index } of chunk) {
      const path = typeof item === 'object' && item !== null && typeof item.path === 'string' ? item.path : undefined;
      const base = path === undefined ? { index } : { index, path };
      const text = typeof item === 'string' ? item : typeof item === 'object' && item !== null ? item.text : undefined;
      bases.push(base);
      if (typeof text === 'string') {
        at.push(results.length);
        texts.push(text);
        results.push({ ...base, result: undefined });
      } else {
        results.push({ ...base, error: typeError('analyzeMany', `document ${index}`, 'a string or { path?, text: string }', item) });
      }
    }
    if (texts.length === 0) return results;
    const job = { task, text: '', texts, options, ...(json ? { as: 'jsonl' as const } : {}) };
    let outcomes: ChunkOutcome[];
    try {
      outcomes = (await runner.run(job, signal)) as ChunkOutcome[];
    } catch (error) {
      // the thread itself failed (or the batch was aborted): every document of the chunk fails
      const failure = error instanceof Error ? error : new Error(String(error));
      outcomes = texts.map(() => ({ error: failure }));
    }
    for (const [k, outcome] of outcomes.entries()) {
      const base = bases[at[k]!]!;
      results[at[k]!] = outcome.error === undefined ? { ...base, result: outcome.result } : { ...base, error: outcome.error };
    }
    return results;
  };
  for await (const results of mapInOrder(chunked(source), runChunk, threads * CHUNKS_PER_THREAD)) {
    for (const result of results) {
      signal?.throwIfAborted();
      yield result;
    }
  }
}
