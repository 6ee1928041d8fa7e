// Runs jobs on a piscina pool of worker threads, or in the calling thread when
// no worker is wanted (one small input: starting a thread costs more than it saves).
import { existsSync } from 'node:fs';
import { Piscina } from 'piscina';
import work, { type WorkerJob } from './worker.js';

/** Something that runs jobs, on threads or not, and must be closed. */
export interface Runner {
  /** Run one job; rejects with the error the task threw. */
  run(job: WorkerJob, signal?: AbortSignal): Promise<unknown>;
  /** Stop the threads (jobs still running are abandoned). */
  close(): Promise<void>;
}

/**
 * Where the worker module is: `node-worker.js` beside the built bundle, or
 * `worker.ts` beside this file when running from source (tsx, vitest), where
 * the worker threads need tsx's loader too.
 */
function workerModule(): { filename: string; execArgv: string[] } {
  const built = new URL('./node-worker.js', import.meta.url);
  if (existsSync(built)) return { filename: built.href, execArgv: [...process.execArgv, ...NO_REQUIRE_ESM] };
  const source = new URL('./worker.ts', import.meta.url);
  if (existsSync(source)) return { filename: source.href, execArgv: ['--import', 'tsx', ...NO_REQUIRE_ESM] };
  throw new Error(`precis/node: the worker module node-worker.js is missing beside ${import.meta.url}`);
}

/**
 * Piscina loads a thread's module with `require()` first, which on Node 20.19+ loads an ES module
 * synchronously; a pool closed while a thread is still in that load aborts the whole process (Node
 * 20.20: "FATAL ERROR: v8::Module::IsGraphAsync must be used on an instantiated module": two clean-clone
 * CI runs of the CLI tests, and one of 1,800 pools closed early in a loop). Without require(esm) in the threads, `require()`
 * throws at once and piscina loads the module with `import()`, which a closing pool may interrupt
 * safely. (Only where Node knows the flag.)
 */
const NO_REQUIRE_ESM = process.allowedNodeEnvironmentFlags.has('--no-experimental-require-module') ? ['--no-experimental-require-module'] : [];

/** A runner on `threads` worker threads; with 0 threads, jobs run in the calling thread. */
export function createRunner(threads: number): Runner {
  if (threads === 0) {
    return {
      run: async (job) => work(job),
      close: async () => {},
    };
  }
  const { filename, execArgv } = workerModule();
  const pool = new Piscina({
    filename,
    minThreads: threads,
    maxThreads: threads,
    // one job at a time per thread: the work is CPU-bound
    concurrentTasksPerWorker: 1,
    execArgv,
  });
  // A task's failure reaches its own promise. The pool also emits 'error' when
  // a thread answers a task it no longer tracks (the batch was closed while the
  // task ran): nobody waits for that answer, so it is dropped here instead of
  // becoming an uncaught exception.
  pool.on('error', () => {});
  return {
    run: (job, signal) => pool.run(job, signal ? { signal } : {}) as Promise<unknown>,
    close: () => pool.destroy(),
  };
}
