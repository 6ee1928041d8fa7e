import { createBatchPool } from './index.js';
import { articles } from '../../bench/lib.js';
const docs = articles(300);
const drain = async (it: AsyncIterable<{ error?: Error }>) => { for await (const x of it) if (x.error) throw x.error; };
const pools = [0, 1].map((n) => createBatchPool({ concurrency: n }));
for (const p of pools) for (let i = 0; i < 3; i++) await drain(p.analyzeMany(docs));
const out: string[] = [];
for (let r = 0; r < 4; r++) for (const [i, p] of pools.entries()) {
  const c = process.cpuUsage(); const t = performance.now(); await drain(p.analyzeMany(docs)); const u = process.cpuUsage(c);
  out.push(`${i}: ${(performance.now() - t).toFixed(0)}/${((u.user + u.system) / 1000).toFixed(0)}`);
}
console.log(process.env.YG ?? 'default', out.join('  '));
await Promise.all(pools.map((p) => p.close()));
