// precis/node: analyzeMany and createBatchPool on real worker threads (from
// source: the workers load src/node/worker.ts through tsx), checked against
// the library's own functions called in this thread.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import * as precis from '../../src/index.js';
import { analyzeMany, type BatchInput, type BatchResult, createBatchPool } from '../../src/node/index.js';
import { runTask, TASK_FUNCTIONS, TASKS } from '../../src/node/tasks.js';

// each test starts processes or threads: on a busy 2-core machine that can take a while
vi.setConfig({ testTimeout: 120_000 });

const summit = readFileSync(join(import.meta.dirname, '../fixtures/summit.txt'), 'utf8');

// real news-like sentences of different lengths, so that workers finish out of order
const TEXTS = [
  'I live in the U.S. How about you?',
  'Leaders met in Astana. They signed a treaty on energy and transport.',
  summit,
  'Mr. Smith arrived at 5 p.m. on Tuesday. He left at 6 p.m.',
  'The company, based in St. Louis, said profits rose 4.5% in 2024.',
  'Short.',
  `${summit}\n\n${summit}`,
  'Prices fell again... Analysts were surprised! Were they right?',
];

async function collect<T>(batch: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of batch) out.push(item);
  return out;
}

const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

// Starting threads from source costs seconds (each loads tsx): most tests share one pool.
const pool = createBatchPool({ concurrency: 2 });
afterAll(() => pool.close());

describe('analyzeMany: results in input order, equal to the function called directly', () => {
  it('segment on 2 workers over 24 documents of uneven size', async () => {
    const docs = Array.from({ length: 24 }, (_, i) => ({ path: `doc-${i}.txt`, text: TEXTS[i % TEXTS.length]! }));
    const results = await collect(analyzeMany(docs, { task: 'segment', concurrency: 2 }));
    expect(results.map((r) => r.index)).toEqual(docs.map((_, i) => i));
    expect(results.map((r) => r.path)).toEqual(docs.map((d) => d.path));
    for (const [i, r] of results.entries()) {
      expect(r.error).toBeUndefined();
      expect(r.result).toEqual(precis.segment(docs[i]!.text));
    }
  });

  it('reads an async generator lazily: no more than two chunks of 8 documents per thread ahead', async () => {
    let pulled = 0;
    async function* source(): AsyncGenerator<BatchInput> {
      for (let i = 0; i < 100; i++) {
        pulled++;
        yield TEXTS[i % TEXTS.length]!;
      }
    }
    const batch = pool.analyzeMany(source(), { task: 'segment' });
    const first = await batch.next();
    expect(first.done).toBe(false);
    expect(pulled).toBeLessThanOrEqual(2 * 2 * 8 + 1);
    expect(pulled).toBeLessThan(100);
    const rest = await collect(batch);
    expect(rest).toHaveLength(99);
    expect(pulled).toBe(100);
  });

  it('strings without paths carry no path; concurrency 0 runs in this thread with the same results', async () => {
    const threaded = await collect(pool.analyzeMany(TEXTS, { task: 'segment' }));
    const inline = await collect(analyzeMany(TEXTS, { task: 'segment', concurrency: 0 }));
    expect(inline).toEqual(threaded);
    expect(threaded.every((r) => !('path' in r))).toBe(true);
  });

  it('passes the task options to each document', async () => {
    const [r] = await collect(
      pool.analyzeMany(['date 2025-06-16 Leaders met. They left.'], { task: 'segment', options: { dateline: false } }),
    );
    expect(r?.result).toEqual(precis.segment('date 2025-06-16 Leaders met. They left.', { dateline: false }));
  });

  it('json: true yields each result as its JSON text, made in the worker', async () => {
    const results = await collect(pool.analyzeMany(TEXTS, { task: 'segment', json: true }));
    for (const [i, r] of results.entries()) {
      expect(typeof r.result).toBe('string');
      expect(r.result).not.toContain('\n');
      expect(JSON.parse(r.result!)).toEqual(plain(precis.segment(TEXTS[i]!)));
    }
  });

  it('a document that is not text fails alone; the batch goes on', async () => {
    const docs = ['One. Two.', 42, { path: 'x', text: null }, { path: 'ok.txt', text: 'Three. Four.' }] as BatchInput[];
    const results = await collect(pool.analyzeMany(docs, { task: 'segment' }));
    expect(results.map((r) => Boolean(r.error))).toEqual([false, true, true, false]);
    expect(results[1]!.error).toBeInstanceOf(TypeError);
    expect(results[1]!.error!.message).toMatch(/analyzeMany: document 1 must be a string or \{ path\?, text: string \}, got 42/);
    expect(results[2]!.path).toBe('x');
    expect(results[3]!.result?.sentences.map((s) => s.text)).toEqual(['Three.', 'Four.']);
  });

  it('a document whose function throws fails alone; the others of its chunk go on', async () => {
    const max = precis.MAX_ANALYZE_LENGTH;
    const docs = ['One here. Two there.', 'x'.repeat(max + 1), 'Three. Four.'];
    const results = await collect(pool.analyzeMany(docs, { task: 'analyze' }));
    expect(results.map((r) => r.index)).toEqual([0, 1, 2]);
    expect(results[0]!.result?.segmentation.sentences).toHaveLength(2);
    expect(results[1]!.error).toBeInstanceOf(RangeError);
    expect(results[1]!.error!.message).toMatch(/^analyze: /);
    expect(results[2]!.result?.segmentation.sentences).toHaveLength(2);
  });

  it('stops the threads when the consumer breaks out early', async () => {
    const docs = Array.from({ length: 50 }, () => summit);
    let seen = 0;
    for await (const r of analyzeMany(docs, { task: 'segment', concurrency: 2 })) {
      expect(r.error).toBeUndefined();
      if (++seen === 3) break;
    }
    expect(seen).toBe(3);
  });

  it('an aborted signal ends the batch with its reason', async () => {
    const controller = new AbortController();
    controller.abort(new Error('enough'));
    await expect(collect(analyzeMany(TEXTS, { task: 'segment', signal: controller.signal }))).rejects.toThrow('enough');
  });

  it('a signal aborted mid-batch ends it', async () => {
    const controller = new AbortController();
    const docs = Array.from({ length: 40 }, () => summit);
    let seen = 0;
    await expect(
      (async () => {
        for await (const _ of analyzeMany(docs, { task: 'segment', concurrency: 2, signal: controller.signal })) {
          if (++seen === 2) controller.abort(new Error('stop now'));
        }
      })(),
    ).rejects.toThrow('stop now');
    expect(seen).toBe(2);
  });
});

describe('analyzeMany: wrong arguments fail before any thread starts', () => {
  const cases: [string, () => unknown, ErrorConstructor, RegExp][] = [
    ['source not iterable', () => analyzeMany(42 as never), TypeError, /analyzeMany: source must be an iterable .* got 42/],
    ['options not an object', () => analyzeMany([], 'fast' as never), TypeError, /analyzeMany: options must be an object/],
    ['unknown option', () => analyzeMany([], { threads: 2 } as never), RangeError, /analyzeMany: unknown option "threads"/],
    ['concurrency negative', () => analyzeMany([], { concurrency: -1 }), RangeError, /options\.concurrency must be an integer from 0 to 1024, got -1/],
    ['concurrency a string', () => analyzeMany([], { concurrency: '2' as never }), TypeError, /options\.concurrency must be a number, got "2"/],
    ['unknown task', () => analyzeMany([], { task: 'translate' as never }), RangeError, /options\.task must be one of "segment", .*got "translate"/],
    ['task options wrong', () => analyzeMany([], { task: 'segment', options: { limit: 3 } }), RangeError, /segment: unknown option "limit"/],
    ['json not a boolean', () => analyzeMany([], { task: 'segment', json: 1 as never }), TypeError, /analyzeMany: options\.json must be a boolean, got 1/],
    ['signal not a signal', () => analyzeMany([], { task: 'segment', signal: {} as never }), TypeError, /options\.signal must be an AbortSignal/],
  ];
  for (const [name, call, type, message] of cases) {
    it(name, () => {
      expect(call).toThrow(type);
      expect(call).toThrow(message);
    });
  }
});

describe('tasks: every public function', () => {
  it('each task names an exported function', () => {
    for (const task of TASKS) expect(typeof (precis as Record<string, unknown>)[TASK_FUNCTIONS[task]]).toBe('function');
  });

  for (const task of TASKS) {
    it(`${task}: a batch gives what ${TASK_FUNCTIONS[task]} gives`, async () => {
      const docs = [summit, TEXTS[1]!, TEXTS[3]!];
      const results: BatchResult[] = await collect(pool.analyzeMany(docs, { task }));
      for (const [i, r] of results.entries()) {
        expect(r.error).toBeUndefined();
        expect(plain(r.result)).toEqual(plain(runTask(task, docs[i]!, undefined)));
      }
    });
  }

  it('analyze results cross threads as plain data: the document keeps its dateline and body, not its tree', async () => {
    const [r] = await collect(pool.analyzeMany([summit]));
    const document = r!.result!.document;
    expect(Object.keys(document).sort()).toEqual(['body', 'dateline']);
    expect(document.dateline).toEqual(precis.parse(summit).dateline);
    expect(document.body).toEqual(precis.parse(summit).body);
  });
});

describe('createBatchPool: threads kept for many batches', () => {
  it('runs two batches at once on one pool, each in its own order', async () => {
    expect(pool.concurrency).toBe(2);
    const [a, b] = await Promise.all([
      collect(pool.analyzeMany(TEXTS, { task: 'segment' })),
      collect(pool.analyzeMany([...TEXTS].reverse(), { task: 'segment' })),
    ]);
    expect(a.map((r) => r.result)).toEqual(TEXTS.map((t) => precis.segment(t)));
    expect(b.map((r) => r.result)).toEqual([...TEXTS].reverse().map((t) => precis.segment(t)));
  });

  it('refuses work once closed', async () => {
    const inline = createBatchPool({ concurrency: 0 });
    expect((await collect(inline.analyzeMany(['One. Two.'], { task: 'segment' })))[0]?.result?.sentences).toHaveLength(2);
    await inline.close();
    expect(() => inline.analyzeMany(TEXTS, { task: 'segment' })).toThrow(/analyzeMany: the pool is closed/);
  });

  it('checks its options', () => {
    expect(() => createBatchPool({ concurrency: 1.5 })).toThrow(/createBatchPool: options\.concurrency must be an integer/);
    expect(() => createBatchPool({ jobs: 2 } as never)).toThrow(/createBatchPool: unknown option "jobs"/);
  });
});
