// unified / retext plugins (subpath `precis/retext`).
//
// `retextPrecis` is a parser: `unified().use(retextPrecis)` parses with
// precis's tokenizer and sentence rules into an nlcst tree. The other plugins
// are transformers that work after any English parser (retext-english or
// ours): they read the file's text, run one extractor and store its results
// on `file.data` under a namespaced field, declared below on vfile's DataMap.
import type { Root } from 'nlcst';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { type DateMention, type DateOptions, extractDates } from '../dates/index.js';
import { type ParseOptions, type PrecisDocument, parse } from '../document.js';
import { extractKeyphrases, type Keyphrase, type KeyphraseOptions } from '../keyphrases/index.js';
import { type Summary, type SummaryOptions, summarize } from '../summary/index.js';

declare module 'vfile' {
  interface DataMap {
    /** Dates found by the `precisDates` plugin. */
    precisDates: DateMention[];
    /** Keyphrases found by the `precisKeyphrases` plugin. */
    precisKeyphrases: Keyphrase[];
    /** The summary made by the `precisSummary` plugin. */
    precisSummary: Summary;
  }
}

// Trees made by our parser remember their document, so the transformers
// below reuse its tokens and sentences instead of parsing the text again.
const documents = new WeakMap<Root, PrecisDocument>();

/** The document for this tree and file: ours if our parser made the tree, else parsed from the file. */
function documentFor(tree: Root, file: VFile): PrecisDocument {
  return documents.get(tree) ?? parse(file);
}

/**
 * A unified parser plugin: parse with precis (its tokenizer, sentence rules
 * and dateline) into an nlcst tree with positions. Use it in place of
 * retext-english; every retext plugin runs on the tree.
 *
 * @param options - {@link ParseOptions}.
 *
 * @example
 * ```ts
 * import { unified } from 'unified';
 * import { retextPrecis } from 'precis/retext';
 *
 * const tree = unified().use(retextPrecis).parse('I live in the U.S. How about you?');
 * console.log(tree.children[0].children.filter((n) => n.type === 'SentenceNode').length); // 2
 * ```
 */
export const retextPrecis: Plugin<[ParseOptions?], string, Root> = function (options) {
  this.parser = (text: string, file: VFile): Root => {
    const doc = parse(file.value === undefined ? text : file, options);
    const tree = doc.tree;
    documents.set(tree, doc);
    return tree;
  };
};

/**
 * A unified transformer: find dates and store them on `file.data.precisDates`.
 *
 * @param options - {@link DateOptions} (e.g. `referenceDate`).
 *
 * @example
 * ```ts
 * import { retext } from 'retext';
 * import { precisDates } from 'precis/retext';
 *
 * const file = await retext().use(precisDates, { referenceDate: '2025-06-16' }).process('We met yesterday.');
 * console.log(file.data.precisDates.map((d) => [d.text, d.value])); // [['yesterday', '2025-06-15']]
 * ```
 */
export const precisDates: Plugin<[DateOptions?], Root> = (options) => (tree, file) => {
  file.data.precisDates = extractDates(documentFor(tree, file), options);
};

/**
 * A unified transformer: find keyphrases and store them on `file.data.precisKeyphrases`
 * (a field of its own: retext-keywords's `keywords` and `keyphrases` stay untouched).
 *
 * @param options - {@link KeyphraseOptions} (e.g. `limit`).
 *
 * @example
 * ```ts
 * import { retext } from 'retext';
 * import { precisKeyphrases } from 'precis/retext';
 *
 * const text = 'Solar power is cheap. Solar power plants are spreading across India. India builds solar power.';
 * const file = await retext().use(precisKeyphrases, { limit: 1 }).process(text);
 * console.log(file.data.precisKeyphrases.length); // 1
 * ```
 */
export const precisKeyphrases: Plugin<[KeyphraseOptions?], Root> = (options) => (tree, file) => {
  file.data.precisKeyphrases = extractKeyphrases(documentFor(tree, file), options);
};

/**
 * A unified transformer: summarize and store the summary on `file.data.precisSummary`.
 *
 * @param options - {@link SummaryOptions} (`sentences`, `ratio` or `words`).
 *
 * @example
 * ```ts
 * import { retext } from 'retext';
 * import { precisSummary } from 'precis/retext';
 *
 * const file = await retext().use(precisSummary, { sentences: 1 }).process('One thing happened. Then another.');
 * console.log(file.data.precisSummary.sentences.length); // 1
 * ```
 */
export const precisSummary: Plugin<[SummaryOptions?], Root> = (options) => (tree, file) => {
  file.data.precisSummary = summarize(documentFor(tree, file), options);
};

export type { DateMention, DateOptions, Keyphrase, KeyphraseOptions, ParseOptions, Summary, SummaryOptions };
