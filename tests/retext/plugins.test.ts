import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toString as nlcstToString } from 'nlcst-to-string';
import { retext } from 'retext';
import retextEnglish from 'retext-english';
import retextKeywords from 'retext-keywords';
import retextPos from 'retext-pos';
import retextStringify from 'retext-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { extractDates, extractKeyphrases, summarize } from '../../src/index.js';
import { precisDates, precisKeyphrases, precisSummary, retextPrecis } from '../../src/retext/index.js';

const summit = readFileSync(join(import.meta.dirname, '../fixtures/summit.txt'), 'utf8');

describe('retext plugins', () => {
  it('run after retext-english beside retext-keywords, each in its own field', async () => {
    const file = await retext()
      .use(retextPos)
      .use(retextKeywords, { maximum: 5 })
      .use(precisDates)
      .use(precisKeyphrases, { limit: 5 })
      .use(precisSummary, { sentences: 2 })
      .process(summit);
    // retext-keywords's own fields are untouched
    expect(file.data.keywords?.length).toBeGreaterThan(0);
    expect(file.data.keyphrases).toBeDefined();
    // ours hold exactly what the functions return
    expect(file.data.precisDates).toEqual(extractDates(summit));
    expect(file.data.precisKeyphrases).toEqual(extractKeyphrases(summit, { limit: 5 }));
    expect(file.data.precisSummary).toEqual(summarize(summit, { sentences: 2 }));
    // and the text passes through unchanged
    expect(String(file)).toBe(summit);
  });

  it('retextPrecis parses into an nlcst tree that other plugins read', async () => {
    const processor = unified().use(retextPrecis).use(retextPos).use(retextKeywords).use(precisDates).use(retextStringify);
    const file = await processor.process(summit);
    expect(String(file)).toBe(summit);
    expect(file.data.precisDates?.map((d) => d.text)).toContain('2013');
    expect(file.data.keywords?.length).toBeGreaterThan(0);
    const tree = unified().use(retextPrecis).parse(summit);
    expect(nlcstToString(tree)).toBe(summit);
    const sentences = tree.children.flatMap((p) => (p.type === 'ParagraphNode' ? p.children : [])).filter((n) => n.type === 'SentenceNode');
    // the dateline is a sentence of its own paragraph, then the 9 sentences of the body
    expect(sentences).toHaveLength(10);
  });

  it('retextPrecis takes parse options', () => {
    const tree = unified().use(retextPrecis, { dateline: false }).parse('date 2025-06-16 Hello.');
    expect(tree.children).toHaveLength(1);
  });

  it('trees from retext-english and from retextPrecis give the same dates', async () => {
    const english = await unified().use(retextEnglish).use(precisDates, { referenceDate: '2025-06-16' }).use(retextStringify).process('We met yesterday and meet again next month.');
    const ours = await unified().use(retextPrecis).use(precisDates, { referenceDate: '2025-06-16' }).use(retextStringify).process('We met yesterday and meet again next month.');
    expect(english.data.precisDates).toEqual(ours.data.precisDates);
    expect(english.data.precisDates?.map((d) => d.value)).toEqual(['2025-06-15', '2025-07']);
  });
});
