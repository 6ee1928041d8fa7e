// `summarize` and `rankSentences`: an extractive summary of a document.
//
// The pipeline, in order (one file per step):
//   1. similarity.ts  sentence vectors (stemmed content words, tf × isf) and cosine;
//   2. rank.ts        eligible sentences; position + PacSum centrality + coverage → score;
//   3. select.ts      MMR within the length budget, then document order.
// Steps 1 and 2 are cached on the document, so `rankSentences` and
// `summarize` (and `analyze`) on one document share the work.
import type { VFile } from 'vfile';
import { internals, knownOptions, type ParseOptions, type PrecisDocument, parseStrict, toDocument } from '../document.js';
import { checkKnownOptions, checkOptions, rangeError, typeError } from '../errors.js';
import type { Sentence } from '../types.js';
import { DEFAULT_PARAMS, type RankParams, type Ranking, rank } from './rank.js';
import { type Budget, DEFAULT_SELECT, type SelectParams, select } from './select.js';

/**
 * A sentence with its summary score and rank. Its span is the sentence's
 * span from `segment`, except that a source tag opening the story's lead
 * ("(CNN) -- ", "WASHINGTON (AP) — ") is left out, like a dateline.
 */
export interface RankedSentence extends Sentence {
  /**
   * How well the sentence summarizes the document, 0..1 (position, centrality
   * and vocabulary coverage combined). 0 for sentences that are never chosen:
   * headlines, captions, bylines, time stamps, page furniture and fragments
   * of fewer than 4 words.
   */
  score: number;
  /** 1 for the best sentence of the document, 2 for the next... (ties keep document order). */
  rank: number;
}

/** What {@link summarize} returns. */
export interface Summary {
  /** The chosen sentences in document order, joined by a space. */
  text: string;
  /** The chosen sentences in document order, with their score and their rank in the whole document. */
  sentences: RankedSentence[];
}

/**
 * Options for {@link summarize}: at most one of `sentences`, `ratio` and
 * `words` (default `{ sentences: 3 }`), and the parse options, used when the
 * input is not a document yet.
 */
export interface SummaryOptions extends ParseOptions {
  /** How many sentences (an integer >= 0; default 3). */
  sentences?: number;
  /** The share of the document's candidate sentences, 0..1 (at least one sentence when above 0). */
  ratio?: number;
  /** At most this many words (as `segment` counts them), unless the best sentence alone is longer: then that sentence. 0 gives an empty summary. */
  words?: number;
}

/** Options for {@link rankSentences}: the parse options. */
export interface RankOptions extends ParseOptions {}

const SUMMARY_OPTIONS = ['sentences', 'ratio', 'words'] as const;

/** The options `summarize` takes: its own and the parse options (made once, not on every call). */
const KNOWN_OPTIONS = knownOptions(...SUMMARY_OPTIONS);

export type { Budget } from './select.js';

/**
 * Read and check the length options (`sentences`, `ratio`, `words`) on behalf
 * of the function `fn`; the default is `{ sentences: 3 }`.
 */
export function readBudget(fn: string, raw: Record<string, unknown>): Budget {
  const given = SUMMARY_OPTIONS.filter((name) => raw[name] !== undefined);
  if (given.length > 1) {
    throw new RangeError(`${fn}: give one of options.sentences, options.ratio and options.words, got ${given.join(' and ')}`);
  }
  const name = given[0];
  if (name === undefined) return { sentences: 3 };
  const value = raw[name];
  if (typeof value !== 'number') throw typeError(fn, `options.${name}`, 'a number', value);
  if (name === 'ratio') {
    if (!(value >= 0 && value <= 1)) throw rangeError(fn, 'options.ratio', 'a number from 0 to 1', value);
    return { ratio: value };
  }
  if (!Number.isInteger(value) || value < 0) throw rangeError(fn, `options.${name}`, 'an integer >= 0', value);
  return name === 'sentences' ? { sentences: value } : { words: value };
}

function toRanked(doc: PrecisDocument, ranking: Ranking, ranks: Int32Array, k: number): RankedSentence {
  const { tokens, seg } = internals(doc);
  const s = seg.sentences[k]!;
  const start = tokens.start[ranking.firstToken[k]!]!;
  const end = tokens.end[s.to - 1]!;
  return {
    text: doc.text.slice(start, end),
    start,
    end,
    index: k,
    paragraph: s.paragraph,
    score: Math.round(ranking.scores[k]! * 1e4) / 1e4,
    rank: ranks[k]!,
  };
}

function ranksOf(ranking: Ranking): Int32Array {
  const ranks = new Int32Array(ranking.order.length);
  ranking.order.forEach((k, i) => {
    ranks[k] = i + 1;
  });
  return ranks;
}

/**
 * Summarize a parsed document (shared by {@link summarize} and `analyze`).
 * `params` and `selectParams` exist for evaluation; the defaults are the method.
 */
export function summarizeDocument(
  doc: PrecisDocument,
  budget: Budget = { sentences: 3 },
  params: RankParams = DEFAULT_PARAMS,
  selectParams: SelectParams = DEFAULT_SELECT,
): Summary {
  const ranking = rank(doc, params);
  const ranks = ranksOf(ranking);
  const sentences = select(ranking, budget, selectParams).map((k) => toRanked(doc, ranking, ranks, k));
  return { text: sentences.map((s) => s.text).join(' '), sentences };
}

/** Rank every sentence of a parsed document (shared by {@link rankSentences} and `analyze`). */
export function rankDocument(doc: PrecisDocument): RankedSentence[] {
  const ranking = rank(doc);
  const ranks = ranksOf(ranking);
  return Array.from({ length: ranking.scores.length }, (_, k) => toRanked(doc, ranking, ranks, k));
}

/**
 * Summarize a document by extraction: the sentences that best stand for it,
 * in document order.
 *
 * Unsupervised and fast: sentences are scored by position (news is
 * front-loaded), by directed, position-aware centrality over a bounded window
 * of neighbouring sentences (PacSum) and by how much of the document's
 * recurring vocabulary they carry; then they are chosen with Maximal Marginal
 * Relevance, so no two chosen sentences say the same thing. The dateline,
 * headings, captions, bylines and time stamps and fragments of fewer than 4
 * words are never chosen, and a source tag before the lead ("(CNN) --") is
 * left out of it. A
 * document with no more candidate sentences than asked returns them all.
 * See docs/summary.md.
 *
 * @param input - A string, a VFile or a document from `parse`.
 * @param options - One of `sentences` (default 3), `ratio` or `words`, and parse options; see {@link SummaryOptions}.
 * @returns The summary text and its sentences, with offsets into the input, scores and ranks.
 * @throws TypeError when `input` is not a string, VFile or document, or an option has the wrong type.
 * @throws RangeError when an option is unknown or out of range, or more than one length option is given.
 *
 * @example
 * ```ts
 * import { summarize } from 'precis';
 *
 * const text =
 *   'Storms hit the coast\n\n' +
 *   'Heavy storms hit the northern coast on Monday, cutting power to 40,000 homes. ' +
 *   'The storms brought winds of 120 km/h and flooded coastal roads. ' +
 *   'Officials said power would return to most homes by Wednesday. ' +
 *   'Schools in the region stayed open.';
 * const summary = summarize(text, { sentences: 2 });
 * console.log(summary.text);
 * // 'Heavy storms hit the northern coast on Monday, cutting power to 40,000 homes. The storms brought winds of 120 km/h and flooded coastal roads.'
 * console.log(summary.sentences.map((s) => s.rank)); // [1, 2]
 * ```
 */
export function summarize(input: string | VFile | PrecisDocument, options?: SummaryOptions): Summary {
  const raw = checkOptions('summarize', options);
  checkKnownOptions('summarize', raw, KNOWN_OPTIONS);
  const budget = readBudget('summarize', raw);
  const doc = toDocument('summarize', input, options);
  return summarizeDocument(doc, budget);
}

/**
 * Score and rank every sentence of a document as a summary sentence.
 *
 * Returns all sentences in document order; `rank` 1 is the best. Sentences
 * that are never chosen (headings, captions, fragments) score 0 and rank
 * after all others. The ranking ignores redundancy: two near-identical
 * sentences rank side by side, where {@link summarize} would choose one.
 *
 * @param input - A string, a VFile or a document from `parse`.
 * @param options - Parse options (only when `input` is not a document).
 * @returns Every sentence with its score and rank, in document order.
 * @throws TypeError when `input` is not a string, VFile or document, or an option has the wrong type.
 * @throws RangeError when an option is unknown, or parse options are given with a document.
 *
 * @example
 * ```ts
 * import { rankSentences } from 'precis';
 *
 * const ranked = rankSentences('Rain fell all day in Leeds. Roads in Leeds were closed by the rain. Photo: Leeds council');
 * console.log(ranked.map((s) => [s.rank, s.score, s.text]));
 * // [[1, 0.9091, 'Rain fell all day in Leeds.'], [2, 0.581, 'Roads in Leeds were closed by the rain.'], [3, 0, 'Photo: Leeds council']]
 * ```
 */
export function rankSentences(input: string | VFile | PrecisDocument, options?: RankOptions): RankedSentence[] {
  const doc = parseStrict('rankSentences', input, options);
  return rankDocument(doc);
}
