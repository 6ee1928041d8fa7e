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
}

/** Run one job in a worker thread; the result is plain data (see `runTask`). */
export default function work(job: WorkerJob): unknown {
  return runTask(job.task, job.text, job.options);
}
