// The worker-thread side of the batch API: piscina loads this module in each
// thread and calls its default export once per document.
import { runTask, type Task } from './tasks.js';

/** One document's job, as the pool sends it to a worker. */
export interface WorkerJob {
  /** What to run. */
  task: Task;
  /** The document text. */
  text: string;
  /** The options for the task's function. */
  options?: Record<string, unknown>;
  /**
   * Return the result as JSON text (`'json'`: indented, `'jsonl'`: one line)
   * instead of data: the CLI writes it as it is, so the main thread neither
   * copies the object graph out of the worker nor stringifies it.
   */
  as?: 'json' | 'jsonl';
}

/** Run one job in a worker thread; the result is plain data (see `runTask`). */
export default function work(job: WorkerJob): unknown {
  const result = runTask(job.task, job.text, job.options);
  if (job.as === 'json') return JSON.stringify(result, null, 2);
  if (job.as === 'jsonl') return JSON.stringify(result);
  return result;
}
