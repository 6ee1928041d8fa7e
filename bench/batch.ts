// `npm run bench batch`: analyzeMany on worker threads against one thread.
// ~300 BBC articles go through `analyze`:
// - warm: the same batch API on 0 threads (the calling thread), 1 and 2
//   worker threads, each pool started and warmed by two passes, then timed
//   in interleaved rounds so that other load on the machine hits all alike;
//   results as data, then as JSON text (`json: true`, made in the worker);
// - cold: one-shot analyzeMany calls, thread start-up and warm-up included.
// Wall-clock time for the whole batch; CPU time of all the process's threads,
// and of the busiest one (the critical path, what the batch takes on free cores).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyzeMany, type BatchPool, createBatchPool } from '../src/node/index.js';
import type { Task } from '../src/node/tasks.js';
import { articles } from './lib.js';

const ROUNDS = 5;

interface Timing {
  wall: number;
  cpu: number;
  /** CPU ms of the busiest thread (Linux: /proc/self/task), 0 where unknown. */
  busiest: number;
}

/** CPU ms so far of each thread of this process (Linux only; empty elsewhere). */
function threadTimes(): Map<string, number> {
  const times = new Map<string, number>();
  if (!existsSync('/proc/self/task')) return times;
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime and stime, in clock ticks (100 per second on Linux)
      times.set(tid, (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // the thread ended meanwhile
    }
  }
  return times;
}

async function drain(batch: AsyncIterable<{ error?: Error }>): Promise<number> {
  let n = 0;
  for await (const item of batch) {
    if (item.error) throw item.error;
    n++;
  }
  return n;
}

async function measure(fn: () => Promise<unknown>): Promise<Timing> {
  const before = threadTimes();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  let busiest = 0;
  for (const [tid, ms] of threadTimes()) busiest = Math.max(busiest, ms - (before.get(tid) ?? 0));
  return { wall, cpu: (cpu.user + cpu.system) / 1000, busiest };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Wall-clock speed-up depends on what other work leaves of the cores. The
 * busiest thread's CPU time does not: it is the batch's critical path, the
 * wall time it would take on free cores. Its ratio to the one-thread run is
 * the speed-up the threads give when the cores are there.
 */
function table(title: string, docs: string[], rows: [string, Timing[]][]): void {
  const mb = docs.reduce((n, t) => n + t.length, 0) / 1e6;
  const base = median(rows[0]![1].map((t) => t.wall));
  const baseBusiest = median(rows[0]![1].map((t) => t.busiest));
  console.log(`${title}\n`);
  console.log(
    '| run                     | wall ms (median) | wall ms (best) | CPU ms | busiest thread CPU ms | docs/s |  MB/s | speed-up (wall) | speed-up (busiest thread) |',
  );
  console.log(
    '| ----------------------- | ---------------: | -------------: | -----: | --------------------: | -----: | ----: | --------------: | ------------------------: |',
  );
  for (const [name, timings] of rows) {
    const wall = median(timings.map((t) => t.wall));
    const best = Math.min(...timings.map((t) => t.wall));
    const cpu = median(timings.map((t) => t.cpu));
    const busiest = median(timings.map((t) => t.busiest));
    const critical = busiest > 0 ? `${(baseBusiest / busiest).toFixed(2)}×` : 'n/a';
    console.log(
      `| ${name.padEnd(23)} | ${wall.toFixed(0).padStart(16)} | ${best.toFixed(0).padStart(14)} | ${cpu.toFixed(0).padStart(6)} | ${busiest.toFixed(0).padStart(21)} | ${((docs.length / wall) * 1000).toFixed(0).padStart(6)} | ${(mb / (wall / 1000)).toFixed(2).padStart(5)} | ${(base / wall).toFixed(2).padStart(14)}× | ${critical.padStart(25)} |`,
    );
  }
  console.log();
}

/**
 * What the machine gives two threads right now: the same pure CPU loop on one
 * worker, then on two at once. On an idle 2-core machine the ratio is about
 * 2; cores shared with other work give less, and no batch can beat it.
 */
async function machineCheck(): Promise<number> {
  const code = 'let x = 0; for (let i = 0; i < 1e8; i++) x += i % 7; require("node:worker_threads").parentPort.postMessage(x);';
  const once = (n: number) =>
    measure(() =>
      Promise.all(
        Array.from(
          { length: n },
          () =>
            new Promise<void>((done, fail) => {
              const w = new Worker(code, { eval: true });
              w.once('message', () => void w.terminate().then(() => done()));
              w.once('error', fail);
            }),
        ),
      ),
    );
  const one: number[] = [];
  const two: number[] = [];
  for (let r = 0; r < 3; r++) {
    one.push((await once(1)).wall);
    two.push((await once(2)).wall);
  }
  // two jobs in the time of one would be 2x
  return (2 * median(one)) / median(two);
}

export async function run(): Promise<void> {
  const docs = articles(300);
  const task: Task = 'analyze';
  const mb = docs.reduce((n, t) => n + t.length, 0) / 1e6;
  console.log(
    `${docs.length} articles, ${mb.toFixed(2)} MB, task "${task}", ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)}\n`,
  );

  const configs: [string, number][] = [
    ['one thread (no worker)', 0],
    ['1 worker thread', 1],
    ['2 worker threads', 2],
  ];
  const pools: BatchPool[] = configs.map(([, n]) => createBatchPool({ concurrency: n }));
  try {
    // two passes each: the threads start and load their code, then the JIT settles
    for (const pool of pools) for (let i = 0; i < 2; i++) await drain(pool.analyzeMany(docs, { task }));
    // results as data (copied out of the worker), and as JSON text made in the worker
    for (const json of [false, true]) {
      const timings: Timing[][] = configs.map(() => []);
      for (let r = 0; r < ROUNDS; r++) {
        for (const [i, pool] of pools.entries()) {
          timings[i]!.push(await measure(() => drain(pool.analyzeMany(docs, { task, json }))));
        }
      }
      table(
        `warm pools (createBatchPool), results as ${json ? 'JSON text (json: true)' : 'data'}, ${ROUNDS} interleaved rounds`,
        docs,
        configs.map(([name], i) => [name, timings[i]!]),
      );
    }
  } finally {
    await Promise.all(pools.map((p) => p.close()));
  }

  const cold: [string, Timing[]][] = [];
  for (const [name, n] of configs) {
    const label = n === 0 ? 'one thread (warm)' : name;
    cold.push([label, [await measure(() => drain(analyzeMany(docs, { task, concurrency: n })))]]);
  }
  table('cold one-shot analyzeMany (thread start-up and JIT warm-up included), one round', docs, cold);
  console.log(`load average after: ${loadavg()[0]!.toFixed(1)}\n`);
  console.log(`machine check: 2 threads of a pure CPU loop ran ${(await machineCheck()).toFixed(2)}× the work of one in the same time (2.00× = two free cores)\n`);
}
