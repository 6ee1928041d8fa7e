// Step 3 of the summary pipeline: choose sentences within a length budget,
// without saying the same thing twice.
//
// Maximal Marginal Relevance (Carbonell & Goldstein, 1998): the next sentence
// is the one whose score, minus `redundancy` × its largest similarity to a
// sentence already chosen, is highest; a sentence as similar as `duplicate`
// to a chosen one is never chosen. The greedy loop is lazy (Minoux, 1978):
// a sentence's penalty can only grow as the summary grows, so its last value
// is an upper bound and most candidates are never re-examined. When one is,
// it is compared only with the sentences chosen since it was last examined,
// through an inverted index of the chosen sentences' terms: the work is the
// number of shared terms, not the number of chosen sentences.
import type { Ranking } from './rank.js';
import type { SentenceVector } from './similarity.js';

/** How long the summary may be. */
export type Budget = { sentences: number } | { ratio: number } | { words: number };

/** Redundancy control. */
export interface SelectParams {
  /** MMR weight of the similarity to chosen sentences. */
  redundancy: number;
  /** Similarity at or above which a sentence repeats a chosen one and is never chosen. */
  duplicate: number;
}

/** The defaults: a mild MMR penalty, and a hard cut for repeats and close rewordings. */
export const DEFAULT_SELECT: SelectParams = { redundancy: 0.2, duplicate: 0.6 };

/** The indexes of the chosen sentences, in document order. */
export function select(ranking: Ranking, budget: Budget, p: SelectParams = DEFAULT_SELECT): number[] {
  const { scores, eligible, order, space } = ranking;
  const candidates: number[] = [];
  for (const k of order) if (eligible[k]) candidates.push(k);
  let maxSentences = candidates.length;
  let maxWords = Number.POSITIVE_INFINITY;
  if ('sentences' in budget) maxSentences = budget.sentences;
  else if ('ratio' in budget) maxSentences = budget.ratio > 0 ? Math.max(1, Math.round(budget.ratio * candidates.length)) : 0;
  else maxWords = budget.words;
  if (maxSentences <= 0 || maxWords <= 0) return [];

  // a short document: every candidate (within a word budget)
  if (candidates.length <= maxSentences && maxWords === Number.POSITIVE_INFINITY) {
    return candidates.sort((a, b) => a - b);
  }

  const chosen: number[] = [];
  let words = 0;
  // lazy greedy: a max-heap of [bound, sentence, chosen count when computed]
  const heap = new Heap();
  // each sentence's largest similarity to the chosen ones it was compared with
  const similarity = new Float64Array(scores.length);
  const index = new ChosenIndex(Math.min(maxSentences, candidates.length));
  for (const k of candidates) heap.push(scores[k]!, k, 0);
  while (chosen.length < maxSentences && heap.size > 0) {
    const [, k, seen] = heap.pop();
    if (seen < chosen.length) {
      const maxSim = Math.max(similarity[k]!, index.maxSimilarity(space.vectors[k]!, seen));
      similarity[k] = maxSim;
      if (maxSim >= p.duplicate) continue; // says again what a chosen sentence says
      const value = scores[k]! - p.redundancy * maxSim;
      if (heap.size > 0 && value < heap.peek()) {
        heap.push(value, k, chosen.length);
        continue;
      }
    }
    const length = space.vectors[k]!.words;
    if (words + length > maxWords) {
      // "never more than that many words, unless one sentence is longer"
      if (chosen.length === 0) {
        chosen.push(k);
        break;
      }
      continue;
    }
    chosen.push(k);
    index.add(space.vectors[k]!);
    words += length;
  }
  return chosen.sort((a, b) => a - b);
}

/** The chosen sentences' terms: for each term, the chosen sentences (in the order chosen) and weights. */
class ChosenIndex {
  private readonly postings = new Map<number, { who: number[]; weight: number[] }>();
  private count = 0;
  private readonly dot: Float64Array;
  private readonly touched: number[] = [];

  constructor(capacity: number) {
    this.dot = new Float64Array(capacity);
  }

  add(v: SentenceVector): void {
    const who = this.count++;
    for (let i = 0; i < v.ids.length; i++) {
      let list = this.postings.get(v.ids[i]!);
      if (!list) {
        list = { who: [], weight: [] };
        this.postings.set(v.ids[i]!, list);
      }
      list.who.push(who);
      list.weight.push(v.weights[i]!);
    }
  }

  /** The largest cosine between `v` and the sentences chosen from the `since`-th on. */
  maxSimilarity(v: SentenceVector, since: number): number {
    const { dot, touched } = this;
    for (let i = 0; i < v.ids.length; i++) {
      const list = this.postings.get(v.ids[i]!);
      if (!list) continue;
      const w = v.weights[i]!;
      for (let j = list.who.length - 1; j >= 0 && list.who[j]! >= since; j--) {
        const c = list.who[j]!;
        if (dot[c] === 0) touched.push(c);
        dot[c]! += w * list.weight[j]!;
      }
    }
    let max = 0;
    for (const c of touched) {
      if (dot[c]! > max) max = dot[c]!;
      dot[c] = 0;
    }
    touched.length = 0;
    return max;
  }
}

/** A binary max-heap of (value, sentence, stamp) triples in parallel arrays. */
class Heap {
  private values: number[] = [];
  private items: number[] = [];
  private stamps: number[] = [];

  get size(): number {
    return this.values.length;
  }

  peek(): number {
    return this.values[0]!;
  }

  push(value: number, item: number, stamp: number): void {
    const { values, items, stamps } = this;
    let i = values.length;
    values.push(value);
    items.push(item);
    stamps.push(stamp);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.above(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  pop(): [number, number, number] {
    const { values, items, stamps } = this;
    const top: [number, number, number] = [values[0]!, items[0]!, stamps[0]!];
    const lastV = values.pop()!;
    const lastI = items.pop()!;
    const lastS = stamps.pop()!;
    if (values.length > 0) {
      values[0] = lastV;
      items[0] = lastI;
      stamps[0] = lastS;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < values.length && this.above(l, best)) best = l;
        if (r < values.length && this.above(r, best)) best = r;
        if (best === i) break;
        this.swap(i, best);
        i = best;
      }
    }
    return top;
  }

  /** Higher value first; on ties, the earlier sentence. */
  private above(a: number, b: number): boolean {
    const va = this.values[a]!;
    const vb = this.values[b]!;
    return va > vb || (va === vb && this.items[a]! < this.items[b]!);
  }

  private swap(a: number, b: number): void {
    const { values, items, stamps } = this;
    [values[a], values[b]] = [values[b]!, values[a]!];
    [items[a], items[b]] = [items[b]!, items[a]!];
    [stamps[a], stamps[b]] = [stamps[b]!, stamps[a]!];
  }
}
