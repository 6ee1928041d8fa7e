// The command in-process, from source: main(argv, io) with streams of our own,
// so the CLI is tested even where no build exists (cli.test.ts spawns the build).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import * as precis from '../../src/index.js';

vi.setConfig({ testTimeout: 120_000 });

const summit = readFileSync(join(import.meta.dirname, '../fixtures/summit.txt'), 'utf8');
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'precis-main-'));
  mkdirSync(join(dir, 'docs/inner'), { recursive: true });
  writeFileSync(join(dir, 'docs/a.txt'), 'I live in the U.S. How about you?');
  writeFileSync(join(dir, 'docs/b.txt'), '');
  writeFileSync(join(dir, 'docs/inner/c.md'), summit);
  writeFileSync(join(dir, 'docs/inner/d.txt'), Buffer.from('Caf\xe9.', 'latin1'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function sink(): { stream: NodeJS.WriteStream; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => chunks.join('') };
}

async function run(argv: string[], input = '') {
  const stdout = sink();
  const stderr = sink();
  const stdin = Object.assign(Readable.from([Buffer.from(input)]), { isTTY: false });
  const code = await main(argv, { stdin, stdout: stdout.stream, stderr: stderr.stream, env: {} });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe('main(argv, io)', () => {
  it('help and version exit 0 on stdout', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: precis <command>');
    const version = await run(['--version']);
    expect(version.stdout).toBe(`${(JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string }).version}\n`);
  });

  it('a usage error exits 2 with the message and a hint on stderr', async () => {
    const r = await run(['summarize', '--ratio', '3']);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `precis: --ratio must be a number above 0 and at most 1 (e.g. 0.2), got "3"\nTry 'precis --help' for more information.\n`,
    });
  });

  it('stdin as --json is what segment() returns', async () => {
    const r = await run(['segment', '--json'], summit);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(precis.segment(summit))));
  });

  it('a folder on worker threads: results in order, bad files reported in order, exit 1', async () => {
    const r = await run(['segment', '--jsonl', '--jobs', '2', join(dir, 'docs')]);
    expect(r.code).toBe(1);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { path: string; result: unknown });
    expect(lines.map((l) => l.path)).toEqual([join(dir, 'docs/a.txt'), join(dir, 'docs/inner/c.md')]);
    expect(lines[1]!.result).toEqual(JSON.parse(JSON.stringify(precis.segment(summit))));
    expect(r.stderr).toBe(
      `precis: ${join(dir, 'docs/b.txt')}: empty file\nprecis: ${join(dir, 'docs/inner/d.txt')}: not UTF-8 text (invalid byte sequence at byte 3)\n`,
    );
  });

  it('text output for several documents, each headed by its path', async () => {
    const r = await run(['segment', join(dir, 'docs/a.txt'), join(dir, 'docs/inner/c.md')]);
    expect(r.code).toBe(0);
    const words = precis.segment('I live in the U.S. How about you?').words.length;
    expect(r.stdout.startsWith(`==> ${join(dir, 'docs/a.txt')} <==\n1 paragraph, 2 sentences, ${words} words\n`)).toBe(true);
    expect(r.stdout).toContain(`\n\n==> ${join(dir, 'docs/inner/c.md')} <==\n`);
  });
});
