// The CLI's pieces in-process: the argument reader, the text formatting, the
// byte checks and the progress bar (the end-to-end tests are in cli.test.ts).
import { describe, expect, it } from 'vitest';
import { parseCommandLine, UsageError } from '../../src/cli/args.js';
import { inContext, oneLine, table } from '../../src/cli/format.js';
import { decode } from '../../src/cli/inputs.js';
import { progressBar } from '../../src/cli/progress.js';
import { mapInOrder } from '../../src/node/ordered.js';

describe('parseCommandLine: flags become each function’s options', () => {
  const cases: [string[], Record<string, unknown>][] = [
    [['segment', 'a.txt'], {}],
    [['segment', '--no-dateline'], { dateline: false }],
    [['dates', '--reference-date', '2025-06-16'], { referenceDate: '2025-06-16' }],
    [['dates', '--reference-date=2025-06-16T09:30Z', '--policy', 'past'], { referenceDate: '2025-06-16T09:30Z', policy: 'past' }],
    [['keyphrases', '--limit', '7'], { limit: 7 }],
    [['summarize', '--ratio', '.25'], { ratio: 0.25 }],
    [['summarize', '--words', '80', '--no-dateline'], { dateline: false, words: 80 }],
    [
      ['analyze', '--limit', '3', '--sentences', '2', '--reference-date', '2025-06-16', '--no-dateline'],
      { dateline: false, dates: { referenceDate: '2025-06-16' }, keyphrases: { limit: 3 }, summary: { sentences: 2 } },
    ],
    [['analyze'], {}],
  ];
  for (const [argv, options] of cases) {
    it(argv.join(' '), () => {
      const parsed = parseCommandLine(argv);
      expect(parsed.kind).toBe('run');
      if (parsed.kind === 'run') expect(parsed.options).toEqual(options);
    });
  }

  it('options may come before the command; files keep their order; -- ends the options', () => {
    const parsed = parseCommandLine(['--jsonl', '-j', '3', 'segment', 'b.txt', 'a', '--', '--odd-name.txt']);
    expect(parsed).toMatchObject({ kind: 'run', command: 'segment', output: 'jsonl', jobs: 3, inputs: ['b.txt', 'a', '--odd-name.txt'] });
  });

  it('help and version win over the rest of the line', () => {
    expect(parseCommandLine(['dates', '--limit', '3', '--help'])).toEqual({ kind: 'help', command: 'dates' });
    expect(parseCommandLine(['--version', 'segment'])).toEqual({ kind: 'version' });
  });

  // NEGATIVE: never accepted
  const wrong: [string[], RegExp][] = [
    [['dates', '--reference-date', '2025-6-16'], /--reference-date/],
    [['dates', '--reference-date', '2025-06-16T25'], /--reference-date/],
    [['dates', '--reference-date', 'yesterday'], /--reference-date/],
    [['summarize', '--ratio', '.'], /--ratio/],
    [['summarize', '--ratio', '1e-1'], /--ratio/],
    [['summarize', '--sentences', '1e3'], /--sentences/],
    [['summarize', '--sentences', ' 3'], /--sentences/],
    [['keyphrases', '--limit', '99999999999'], /--limit/],
    [['segment', '-x'], /Unknown option '-x'/],
  ];
  for (const [argv, message] of wrong) {
    it(`rejects ${argv.join(' ')}`, () => {
      expect(() => parseCommandLine(argv)).toThrow(UsageError);
      expect(() => parseCommandLine(argv)).toThrow(message);
    });
  }
});

describe('format', () => {
  it('oneLine collapses white space and line breaks', () => {
    expect(oneLine('  Leaders\r\n met \t in\n\nAstana. ')).toBe('Leaders met in Astana.');
  });

  const text = 'In 2013 Chinese President Xi Jinping proposed the building of the Silk Road Economic Belt, a component of the landmark Belt and Road Initiative.';
  const span = (s: string) => {
    const start = text.indexOf(s);
    return { text: s, start, end: start + s.length };
  };

  it('shows the span [in context], cut at word boundaries with ellipses', () => {
    expect(inContext(text, span('Silk Road Economic Belt'), { color: false })).toBe(
      '…proposed the building of the [Silk Road Economic Belt], a component of the landmark…',
    );
    expect(inContext(text, span('2013'), { color: false })).toBe('In [2013] Chinese President Xi Jinping…');
    expect(inContext(text, span('Initiative'), { color: false })).toBe('…the landmark Belt and Road [Initiative].');
  });

  it('bolds the span on a terminal', () => {
    expect(inContext('On June 16.', { text: 'June 16', start: 3, end: 10 }, { color: true })).toBe(
      'On [\u001b[1mJune 16\u001b[22m].',
    );
  });

  it('never splits a surrogate pair, and keeps every character of the span', () => {
    const emoji = '😀'.repeat(40);
    const t = `${emoji} met ${emoji}`;
    const s = { text: 'met', start: 81, end: 84 };
    const shown = inContext(t, s, { color: false }, 5);
    expect(shown).toContain('[met]');
    expect(shown).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });

  it('table aligns columns, right-aligned where asked, the last column unpadded', () => {
    expect(table(['#', 'name', 'note'], [['1', 'a', 'x'], ['10', 'bbb', 'long note']], [0])).toEqual([
      ' #  name  note',
      ' 1  a     x',
      '10  bbb   long note',
    ]);
  });
});

describe('decode: what counts as a text file', () => {
  const bytes = (...b: number[]) => Uint8Array.from(b);
  const cases: [string, Uint8Array, string][] = [
    ['ASCII', new TextEncoder().encode('One. Two.'), 'One. Two.'],
    ['UTF-8 with a byte-order mark (kept)', bytes(0xef, 0xbb, 0xbf, 0x41, 0x2e), '\ufeffA.'],
    ['emoji and RTL', new TextEncoder().encode('😀 مرحبا.'), '😀 مرحبا.'],
  ];
  for (const [name, input, text] of cases) it(`takes ${name}`, () => expect(decode(input)).toEqual({ text }));

  const rejected: [string, Uint8Array, string][] = [
    ['no bytes', bytes(), 'empty file'],
    ['only white space', new TextEncoder().encode(' \r\n\t\n'), 'empty file (only white space)'],
    ['Latin-1', bytes(0x63, 0x61, 0x66, 0xe9, 0x2e), 'not UTF-8 text (invalid byte sequence at byte 3)'],
    ['a truncated sequence', bytes(0x41, 0xe2, 0x82), 'not UTF-8 text (invalid byte sequence at byte 1)'],
    ['UTF-16', bytes(0xff, 0xfe, 0x41, 0x00), 'not text: binary data (a NUL byte at byte 3)'],
  ];
  for (const [name, input, error] of rejected) it(`rejects ${name}`, () => expect(decode(input)).toEqual({ error }));
});

describe('progressBar: only on a terminal, only for several documents', () => {
  const fake = () => {
    const writes: string[] = [];
    return { writes, stream: { columns: 80, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream };
  };

  it('draws, erases before other output, and erases at the end', () => {
    const { writes, stream } = fake();
    const bar = progressBar(stream, 4, true);
    bar.tick();
    bar.draw();
    expect(writes.at(-1)?.startsWith('\r\u001b[K█')).toBe(true);
    expect(writes.at(-1)).toMatch(/█+░+ 1\/4 documents/);
    bar.tick();
    bar.draw(); // within 100 ms of the last drawing: skipped
    expect(writes).toHaveLength(1);
    bar.clear();
    expect(writes.at(-1)).toBe('\r\u001b[K');
    bar.draw(); // after a clear: at once
    expect(writes.at(-1)).toMatch(/ 2\/4 documents/);
    bar.tick();
    bar.tick();
    bar.draw(); // the last one: always
    expect(writes.at(-1)).toMatch(/ 4\/4 documents/);
    bar.done();
    expect(writes.at(-1)).toBe('\r\u001b[K');
  });

  it('writes nothing when disabled or for one document', () => {
    for (const [total, enabled] of [
      [10, false],
      [1, true],
    ] as const) {
      const { writes, stream } = fake();
      const bar = progressBar(stream, total, enabled);
      bar.tick();
      bar.draw();
      bar.done();
      expect(writes).toEqual([]);
    }
  });
});

describe('mapInOrder', () => {
  it('yields in input order whatever order the calls finish in, with at most `window` pulled ahead', async () => {
    let pulled = 0;
    let running = 0;
    let most = 0;
    function* source() {
      for (let i = 0; i < 20; i++) {
        pulled++;
        yield i;
      }
    }
    const out: number[] = [];
    for await (const v of mapInOrder(
      source(),
      async (i) => {
        running++;
        most = Math.max(most, running);
        await new Promise((r) => setTimeout(r, (i * 7) % 5));
        running--;
        return i * 10;
      },
      3,
    )) {
      expect(pulled - out.length).toBeLessThanOrEqual(3);
      out.push(v);
    }
    expect(out).toEqual(Array.from({ length: 20 }, (_, i) => i * 10));
    expect(most).toBeLessThanOrEqual(3);
  });

  it('closes the source when the consumer stops early', async () => {
    let closed = false;
    function* source() {
      try {
        for (let i = 0; ; i++) yield i;
      } finally {
        closed = true;
      }
    }
    for await (const v of mapInOrder(source(), async (i) => i, 2)) if (v === 3) break;
    expect(closed).toBe(true);
  });
});
