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
import { KIND_NUMBER, KIND_WORD } from '../text/tokenize.js';
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

/** The term of a word, or '' when it carries no content. */
function termOfWord(text: string, isNumber: boolean): string {
  let lower = text.toLowerCase();
  if (STOPWORDS.has(lower)) return '';
  const tail = lower.slice(-2);
  if (POSSESSIVE.has(tail)) lower = tail[0] === 's' ? lower.slice(0, -1) : lower.slice(0, -2);
  if (lower.length < 2 || STOPWORDS.has(lower)) return '';
  return isNumber ? lower : stem(lower);
}

// token text → term ('' for none), shared by all documents and bounded
const termCache = new Map<string, string>();

/** The term of a word or number token's text. */
function termOf(text: string, isNumber: boolean): string {
  let term = termCache.get(text);
  if (term === undefined) {
    term = termOfWord(text, isNumber);
    if (termCache.size > 100_000) termCache.clear();
    termCache.set(text, term);
  }
  return term;
}

/** Build (once per document) the term vectors of all sentences. */
export function termSpace(doc: PrecisDocument): TermSpace {
  return memo(doc, 'summary:terms', () => buildTermSpace(doc));
}

function buildTermSpace(doc: PrecisDocument): TermSpace {
  const { tokens, seg } = internals(doc);
  const ids = new Map<string, number>();
  const idOfText = new Map<string, number>();
  const sf: number[] = [];
  const tf: number[] = [];
  const lastSentence: number[] = [];
  // each sentence's term ids, sorted, with repeats: counted below
  const bags: Int32Array[] = [];
  const wordCounts: number[] = [];
  const scratch: number[] = [];
  let wordsIn = 0;
  const countWord = () => {
    wordsIn++;
  };
  for (let k = 0; k < seg.sentences.length; k++) {
    const s = seg.sentences[k]!;
    wordsIn = 0;
    forEachWord(tokens, s.from, s.to, countWord);
    scratch.length = 0;
    for (let i = s.from; i < s.to; i++) {
      const kind = tokens.kind[i];
      if (kind !== KIND_WORD && kind !== KIND_NUMBER) continue;
      const text = tokens.text[i]!;
      // one look-up per token seen before in this document
      let id = idOfText.get(text);
      if (id === undefined) {
        const term = termOf(text, kind === KIND_NUMBER);
        id = term === '' ? -1 : ids.get(term);
        if (id === undefined) {
          id = ids.size;
          ids.set(term, id);
          sf.push(0);
          tf.push(0);
          lastSentence.push(-1);
        }
        idOfText.set(text, id);
      }
      if (id < 0) continue;
      if (lastSentence[id] !== k) {
        lastSentence[id] = k;
        sf[id]!++;
      }
      tf[id]!++;
      scratch.push(id);
    }
    bags.push(Int32Array.from(scratch).sort());
    wordCounts.push(wordsIn);
  }
  const n = Math.max(seg.sentences.length, 1);
  const vectors: SentenceVector[] = [];
  for (let k = 0; k < bags.length; k++) {
    const bag = bags[k]!;
    let distinct = 0;
    for (let i = 0; i < bag.length; i++) if (i === 0 || bag[i] !== bag[i - 1]) distinct++;
    const idArr = new Int32Array(distinct);
    const counts = new Int32Array(distinct);
    let j = -1;
    for (let i = 0; i < bag.length; i++) {
      if (i === 0 || bag[i] !== bag[i - 1]) idArr[++j] = bag[i]!;
      counts[j]!++;
    }
    const weights = new Float64Array(distinct);
    let norm = 0;
    for (let i = 0; i < distinct; i++) {
      const w = counts[i]! * Math.log(1 + n / sf[idArr[i]!]!);
      weights[i] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < distinct; i++) weights[i]! /= norm;
    vectors.push({ ids: idArr, weights, counts, words: wordCounts[k]! });
  }
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
