// The worker-thread side of the batch API: piscina loads this module in each
// thread and calls its default export once per document.
import { runTask, type Task } from './tasks.js';

/** One document's job, as the pool sends it to a worker. */
export interface WorkerJob {
  /** What to run. */
  task: Task;
  /** The document text. */
  text: string;
  /**
   * Several documents in one job (then `text` is ignored): one message per
   * few documents instead of one each, which costs about as much as a short
   * article's analysis. Each document succeeds or fails on its own.
   */
  texts?: string[];
  /** The options for the task's function. */
  options?: Record<string, unknown>;
  /**
   * `'jsonl'`: return the result as JSON text on one line instead of data, so
   * the calling thread neither copies the object graph out of the worker nor
   * stringifies it (analyzeMany's `json: true`, the CLI's `--jsonl`).
   */
  as?: 'jsonl';
}

/** What each document of a `texts` job gave. */
export type ChunkOutcome = { result: unknown; error?: undefined } | { error: Error };

/** Run one job in a worker thread; the result is plain data (see `runTask`), or a list for `texts`. */
export default function work(job: WorkerJob): unknown {
  if (job.texts) {
    return job.texts.map((text): ChunkOutcome => {
      try {
        return { result: one(job, text) };
      } catch (error) {
        return { error: error instanceof Error ? error : new Error(String(error)) };
      }
    });
  }
  return one(job, job.text);
}

function one(job: WorkerJob, text: string): unknown {
  const result = runTask(job.task, text, job.options);
  if (job.as === 'jsonl') return JSON.stringify(result);
  return result;
}
