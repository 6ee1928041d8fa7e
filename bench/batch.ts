// `npm run bench batch`: analyzeMany on worker threads against one thread.
// The same ~300 BBC articles go through `analyze`:
// - warm: one thread (a plain loop here) vs a pool of 1 and of 2 workers kept
//   up between rounds (createBatchPool), each warmed by one pass first;
// - cold: analyzeMany as a one-shot call, thread start-up and JIT warm-up included.
// Wall-clock time for the whole batch, median of 3 rounds.
import { availableParallelism } from 'node:os';
import { analyzeMany, type BatchPool, createBatchPool } from '../src/node/index.js';
import { availableTasks, runTask, type Task } from '../src/node/tasks.js';
import { articles } from './lib.js';

const ROUNDS = 3;

async function time(fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

async function drain(batch: AsyncIterable<{ error?: Error }>): Promise<number> {
  let n = 0;
  for await (const item of batch) {
    if (item.error) throw item.error;
    n++;
  }
  return n;
}

async function warmPool(docs: string[], task: Task, concurrency: number): Promise<number> {
  const pool: BatchPool = createBatchPool({ concurrency });
  try {
    await drain(pool.analyzeMany(docs, { task }));
    return await time(() => drain(pool.analyzeMany(docs, { task })));
  } finally {
    await pool.close();
  }
}

function table(title: string, docs: string[], rows: [string, number][]): void {
  const mb = docs.reduce((n, t) => n + t.length, 0) / 1e6;
  const base = rows[0]![1];
  console.log(`${title}\n`);
  console.log('| run                      |    ms | docs/s |  MB/s | speed-up |');
  console.log('| ------------------------ | ----: | -----: | ----: | -------: |');
  for (const [name, ms] of rows) {
    const perSecond = (docs.length / ms) * 1000;
    console.log(
      `| ${name.padEnd(24)} | ${ms.toFixed(0).padStart(5)} | ${perSecond.toFixed(0).padStart(6)} | ${(mb / (ms / 1000)).toFixed(2).padStart(5)} | ${(base / ms).toFixed(2).padStart(7)}× |`,
    );
  }
  console.log();
}

export async function run(): Promise<void> {
  const docs = articles(300);
  const task: Task = availableTasks().includes('analyze') ? 'analyze' : 'segment';
  const mb = docs.reduce((n, t) => n + t.length, 0) / 1e6;
  console.log(`${docs.length} articles, ${mb.toFixed(2)} MB, task "${task}", ${availableParallelism()} cores\n`);

  const loop = async () => {
    for (const t of docs) runTask(task, t, undefined);
  };
  await loop(); // warm-up pass, as the pools get theirs
  table('warm (threads up, code warmed by one pass)', docs, [
    ['one thread (loop)', await time(loop)],
    ['pool, 1 worker', await warmPool(docs, task, 1)],
    ['pool, 2 workers', await warmPool(docs, task, 2)],
  ]);
  table('cold one-shot analyzeMany (start-up included) against the warm loop', docs, [
    ['one thread (loop, warm)', await time(loop)],
    ['analyzeMany, 1 worker', await time(() => drain(analyzeMany(docs, { task, concurrency: 1 })))],
    ['analyzeMany, 2 workers', await time(() => drain(analyzeMany(docs, { task, concurrency: 2 })))],
  ]);
}
