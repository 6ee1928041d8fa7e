// Step 1 of the summary pipeline: sentence vectors and their similarity.
//
// A sentence is a bag of terms: the Porter stems of its lower-cased words and
// numbers, without stop words, one-letter words and possessive endings
// ("China's" → "china"). Terms are weighted by tf × isf, where isf is the
// inverse sentence frequency inside the document (a term in every sentence
// says nothing about any one of them), and vectors are unit length, so the
// similarity of two sentences is the cosine of their vectors: a merge of two
// sorted arrays, linear in their lengths.
import { internals, memo, type PrecisDocument } from '../document.js';
import { STOPWORDS } from '../text/data/stopwords.js';
import { stem } from '../text/stem.js';
import type { Token } from '../text/tokenize.js';
import { forEachWord } from '../text/words.js';

/** A sentence as a sparse unit vector over the document's terms. */
export interface SentenceVector {
  /** Term ids, ascending. */
  readonly ids: Int32Array;
  /** Weights (tf × isf), unit length; parallel to `ids`. */
  readonly weights: Float64Array;
  /** Raw term counts; parallel to `ids`. */
  readonly counts: Int32Array;
  /** Words in the sentence, as `segment` counts them (stop words included). */
  readonly words: number;
}

/** The document's terms: vectors of every sentence and the sentence frequency of every term. */
export interface TermSpace {
  readonly vectors: SentenceVector[];
  /** For each term id: in how many sentences it occurs. */
  readonly sentenceFrequency: Int32Array;
  /** For each term id: how often it occurs in the document. */
  readonly frequency: Int32Array;
}

const POSSESSIVE = new Set(["'s", '’s', "s'", 's’']);

/** The term of a word token, or undefined when it carries no content. */
function termOf(token: Token): string | undefined {
  if (token.kind !== 'word' && token.kind !== 'number') return undefined;
  let lower = token.text.toLowerCase();
  if (STOPWORDS.has(lower)) return undefined;
  const tail = lower.slice(-2);
  if (POSSESSIVE.has(tail)) lower = tail[0] === 's' ? lower.slice(0, -1) : lower.slice(0, -2);
  if (lower.length < 2 || STOPWORDS.has(lower)) return undefined;
  return token.kind === 'number' ? lower : stem(lower);
}

/** Build (once per document) the term vectors of all sentences. */
export function termSpace(doc: PrecisDocument): TermSpace {
  return memo(doc, 'summary:terms', () => buildTermSpace(doc));
}

function buildTermSpace(doc: PrecisDocument): TermSpace {
  const { tokens, seg } = internals(doc);
  const ids = new Map<string, number>();
  const bags: Map<number, number>[] = [];
  const wordCounts: number[] = [];
  const sf: number[] = [];
  const tf: number[] = [];
  for (const s of seg.sentences) {
    const bag = new Map<number, number>();
    let wordsIn = 0;
    forEachWord(tokens, s.from, s.to, () => {
      wordsIn++;
    });
    for (let i = s.from; i < s.to; i++) {
      const t = tokens[i]!;
      const term = termOf(t);
      if (term === undefined) continue;
      let id = ids.get(term);
      if (id === undefined) {
        id = ids.size;
        ids.set(term, id);
        sf.push(0);
        tf.push(0);
      }
      const seen = bag.get(id);
      if (seen === undefined) sf[id]!++;
      tf[id]!++;
      bag.set(id, (seen ?? 0) + 1);
    }
    bags.push(bag);
    wordCounts.push(wordsIn);
  }
  const n = Math.max(seg.sentences.length, 1);
  const vectors = bags.map((bag, k): SentenceVector => {
    const sorted = [...bag.keys()].sort((a, b) => a - b);
    const idArr = Int32Array.from(sorted);
    const counts = Int32Array.from(sorted, (id) => bag.get(id)!);
    const weights = Float64Array.from(sorted, (id, i) => counts[i]! * Math.log(1 + n / sf[id]!));
    let norm = 0;
    for (const w of weights) norm += w * w;
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i]! /= norm;
    return { ids: idArr, weights, counts, words: wordCounts[k]! };
  });
  return { vectors, sentenceFrequency: Int32Array.from(sf), frequency: Int32Array.from(tf) };
}

/** Cosine similarity of two sentence vectors (0..1). */
export function cosine(a: SentenceVector, b: SentenceVector): number {
  const ai = a.ids;
  const bi = b.ids;
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) {
      sum += a.weights[i]! * b.weights[j]!;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return sum;
}
