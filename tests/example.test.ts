// The README's first command must keep working: the worked example imports
// 'precis' (resolved to the source through tsconfig paths) and prints the analysis.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

describe('examples/summit.ts', () => {
  it('prints the dateline, paragraphs and sentences of the worked example', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'examples/summit.ts'], { cwd: root, encoding: 'utf8' });
    expect(out).toContain('"date 2025-06-16" → 2025-06-16');
    expect(out).toContain('9 sentences, 6 paragraphs');
    expect(out).toMatch(/ 9 ¶6 1756–1931 +It was in Kazakhstan/);
  });

  it('then its dates, keyphrases and summary', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'examples/summit.ts'], { cwd: root, encoding: 'utf8' });
    expect(out).toMatch(/618–628 +"June 16-18" +date +2025-06-16\/2025-06-18 +2025-06-16 … 2025-06-18 +parts: "June 16" 2025-06-16, "18" 2025-06-18/);
    expect(out).toMatch(/"three decades" +duration P30Y/);
    const keyphrases = out.slice(out.indexOf('Keyphrases'), out.indexOf('Summary'));
    expect(keyphrases.trim().split('\n')).toHaveLength(11); // the heading and 10 phrases
    expect(out).toMatch(/#1 rank \d score [\d.]+ +In a world increasingly fractured/);
    expect(out).toMatch(/#3 rank \d score [\d.]+ +As the second China-Central Asia Summit/);
  });
});
