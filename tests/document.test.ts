import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toString as nlcstToString } from 'nlcst-to-string';
import retextKeywords from 'retext-keywords';
import retextPos from 'retext-pos';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parse, segment } from '../src/index.js';

const summit = readFileSync(join(import.meta.dirname, 'fixtures/summit.txt'), 'utf8');

describe('the worked example (summit.txt)', () => {
  const doc = parse(summit);
  const { paragraphs, sentences } = segment(doc);

  it('has the dateline as metadata', () => {
    expect(doc.dateline).toEqual({ text: 'date 2025-06-16', start: 1, end: 16, date: '2025-06-16' });
    expect(doc.body.start).toBe(17);
    expect(doc.body.text.startsWith('In a world increasingly fractured')).toBe(true);
    expect(doc.body.end).toBe(summit.trimEnd().length);
  });

  it('has 6 paragraphs and 9 sentences, at these offsets', () => {
    expect(paragraphs.map((p) => [p.start, p.end])).toEqual([
      [17, 267],
      [269, 564],
      [566, 922],
      [924, 1221],
      [1223, 1655],
      [1657, 1931],
    ]);
    expect(sentences.map((s) => [s.index, s.paragraph, s.start, s.end])).toEqual([
      [0, 0, 17, 267],
      [1, 1, 269, 564],
      [2, 2, 566, 922],
      [3, 3, 924, 1039],
      [4, 3, 1040, 1221],
      [5, 4, 1223, 1296],
      [6, 4, 1297, 1655],
      [7, 5, 1657, 1755],
      [8, 5, 1756, 1931],
    ]);
    expect(sentences[0]!.text).toMatch(/^In a world .* sustainable development\.$/);
    expect(sentences[4]!.text).toMatch(/^Over the years, .* development paths\.$/);
  });

  it('keeps every span equal to its slice of the input', () => {
    for (const s of [...paragraphs, ...sentences, ...segment(doc).words]) {
      expect(summit.slice(s.start, s.end)).toBe(s.text);
    }
  });
});

describe('parse', () => {
  it('accepts a string, a VFile (string or bytes) and a document', () => {
    const text = 'Hello World. My name is Jonas.';
    const fromString = segment(text).sentences;
    const file = new VFile(text);
    expect(segment(file).sentences).toEqual(fromString);
    expect(segment(new VFile(new TextEncoder().encode(text))).sentences).toEqual(fromString);
    const doc = parse(file);
    expect(doc.file).toBe(file);
    expect(parse(doc)).toBe(doc);
    expect(segment(doc).sentences).toEqual(fromString);
  });

  it('recognises common datelines and leaves ordinary first lines alone', () => {
    const cases: [string, string | undefined, string | undefined][] = [
      ['date 2025-06-16 In a world...', 'date 2025-06-16', '2025-06-16'],
      ['June 16, 2025 — Leaders met in Astana.', 'June 16, 2025 —', '2025-06-16'],
      ['BEIJING, June 16 (Xinhua) -- Leaders met.', 'BEIJING, June 16 (Xinhua) --', 'XXXX-06-16'],
      ['2025-06-16\n\nLeaders met.', '2025-06-16', '2025-06-16'],
      ['June 16 was a sunny day.', undefined, undefined],
      ['2013 was the year it began.', undefined, undefined],
      ['Leaders met on June 16, 2025 — and agreed.', undefined, undefined],
    ];
    for (const [text, span, date] of cases) {
      const doc = parse(text);
      expect(doc.dateline?.text, text).toBe(span);
      expect(doc.dateline?.date, text).toBe(date);
    }
  });

  it('can be told there is no dateline', () => {
    const doc = parse('date 2025-06-16 In a world.', { dateline: false });
    expect(doc.dateline).toBeUndefined();
    expect(segment(doc).sentences[0]!.text).toBe('date 2025-06-16 In a world.');
  });

  it('builds an nlcst tree that covers the text, with positions', () => {
    const doc = parse(summit);
    expect(nlcstToString(doc.tree)).toBe(summit);
    const para = doc.tree.children.find((n) => n.type === 'ParagraphNode' && !n.data);
    expect(para?.position?.start).toEqual({ line: 1, column: 18, offset: 17 });
    const crlf = parse('One.\r\nTwo.\r\n\r\nThree.');
    expect(nlcstToString(crlf.tree)).toBe('One.\r\nTwo.\r\n\r\nThree.');
    const last = crlf.tree.children.filter((n) => n.type === 'ParagraphNode').at(-1);
    expect(last?.position?.start).toEqual({ line: 4, column: 1, offset: 14 });
  });

  it('gives a tree that retext plugins can run on', async () => {
    const doc = parse(summit);
    const processor = unified().use(retextPos).use(retextKeywords, { maximum: 5 });
    await processor.run(doc.tree, doc.file);
    const keywords = doc.file.data.keywords ?? [];
    expect(keywords.length).toBeGreaterThan(0);
    expect(keywords.map((k) => nlcstToString(k.matches[0]!.node))).toContain('development');
  });
});
