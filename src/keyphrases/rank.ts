// Step 3 of extractKeyphrases: score words, then phrases, then pick the best.
//
// Word scores combine two signals from the literature:
//   - PositionRank (Florescu & Caragea, ACL 2017): PageRank over the graph of
//     candidate words that co-occur within a window (SingleRank, Wan & Xiao
//     2008), with the random jump biased towards words that occur early and
//     often (each occurrence at word position p adds 1/p);
//   - a background specificity weight, the IDF of TF-IDF (Sparck Jones 1972)
//     with document frequencies replaced by general-English word frequencies
//     (SUBTLEX-US, data/background.ts): common words ("way", "issue") say
//     less than rare ones ("connectivity").
// A phrase scores the sum of its words' scores (SingleRank), times a
// frequency factor for the phrase itself. Variants (same stems) are one
// phrase. The selection then keeps a sub-phrase of a better phrase only when
// it also stands alone often enough (the "both matter" rule).
import { BACKGROUND_TOTAL, backgroundBand } from './data/background.js';
import type { Occurrence } from './candidates.js';
import type { Word } from './tag.js';

/** Tunable constants of the ranking (chosen on the KPCrowd train split only). */
export interface RankParams {
  /** Co-occurrence window, in words. */
  window: number;
  /** PageRank damping factor. */
  damping: number;
  /** PageRank iterations. */
  iterations: number;
  /** Exponent of the background weight. */
  idfPower: number;
  /** Exponent of the phrase's own frequency (in a long document; scaled down in short ones). */
  tfPower: number;
  /** Weight of a phrase's length: score / length^lengthNorm (in a long document; scaled down in short ones). */
  lengthNorm: number;
  /** Documents of at most this many words rank by word scores alone (abstracts). */
  shortWords: number;
  /** From this many words on, tfPower and lengthNorm apply in full (articles). */
  longWords: number;
  /** A sub-phrase of a selected phrase stays only when it stands alone at least this many times. */
  subphraseMin: number;
  /** Longest phrase, in words. */
  maxWords: number;
  /** Boost of words in the first sentence (the title or lead). */
  leadBoost: number;
  /** A phrase in the first sentence (the title or lead) scores (1 + titleBoost) times more. */
  titleBoost: number;
  /** Also rank the sub-phrases of candidates that end with a noun ("Kutcher" in "Ashton Kutcher"). */
  subphrases: boolean;
}

export const DEFAULT_PARAMS: RankParams = {
  window: 20,
  damping: 0.95,
  iterations: 30,
  idfPower: 1,
  tfPower: 1,
  lengthNorm: 1,
  shortWords: 150,
  longWords: 400,
  subphraseMin: 2,
  maxWords: 6,
  leadBoost: 1,
  subphrases: true,
  titleBoost: 0,
};

/** A ranked phrase: its occurrences as candidates and its score. */
export interface RankedPhrase {
  key: string;
  keys: string[];
  score: number;
  occurrences: Occurrence[];
  /** How many of the occurrences are whole candidates (not inside a longer one). */
  alone: number;
}

const LOG_TOTAL = Math.log2(BACKGROUND_TOTAL);
const RARE_BAND = 3;

/** How specific a word is, in bits: log2(total / count) from the background table. */
function specificity(lower: string): number {
  let sum = 0;
  let n = 0;
  for (const part of lower.split(/[-‐‑]/)) {
    if (!part) continue;
    const band = backgroundBand(part);
    sum += LOG_TOTAL - (band < 0 ? RARE_BAND : band + 0.5);
    n++;
  }
  return n ? sum / n / LOG_TOTAL : 1;
}

/** Score and rank the candidate phrases, best first (all of them). */
export function rankPhrases(words: Word[], candidates: Occurrence[], params: RankParams = DEFAULT_PARAMS): RankedPhrase[] {
  // nodes: the distinct word keys that occur in candidates
  const node = new Map<string, number>();
  const nodeOf = new Int32Array(words.length).fill(-1);
  const spec: number[] = [];
  const bias: number[] = [];
  const firstSentence = words[0]?.sentence ?? 0;
  for (const c of candidates) {
    for (let i = c.from; i < c.to; i++) {
      const w = words[i]!;
      let id = node.get(w.key);
      if (id === undefined) {
        id = node.size;
        node.set(w.key, id);
        spec.push(specificity(w.lower));
        bias.push(0);
      }
      nodeOf[i] = id;
      bias[id]! += (w.sentence === firstSentence ? params.leadBoost : 1) / (i + 1);
    }
  }
  const n = node.size;
  if (n === 0) return [];
  // weighted co-occurrence edges within the window (adjacency lists, merged per pair)
  const edges: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  const recent: number[] = []; // word positions of recent candidate words
  for (let i = 0; i < words.length; i++) {
    const a = nodeOf[i]!;
    if (a < 0) continue;
    while (recent.length > 0 && i - recent[0]! >= params.window) recent.shift();
    for (const j of recent) {
      const b = nodeOf[j]!;
      if (a === b) continue;
      edges[a]!.set(b, (edges[a]!.get(b) ?? 0) + 1);
      edges[b]!.set(a, (edges[b]!.get(a) ?? 0) + 1);
    }
    recent.push(i);
  }
  const scores = pageRank(edges, bias, params);
  const wordScore = scores.map((s, i) => s * spec[i]! ** params.idfPower);
  // phrases: each candidate, and (with params.subphrases) each of its sub-runs that ends with a noun
  const groups = new Map<string, RankedPhrase>();
  const add = (from: number, to: number, alone: boolean) => {
    const keys: string[] = [];
    for (let i = from; i < to; i++) keys.push(words[i]!.key);
    const key = keys.join(' ');
    let g = groups.get(key);
    if (!g) {
      g = { key, keys, score: 0, occurrences: [], alone: 0 };
      groups.set(key, g);
    }
    g.occurrences.push({ from, to });
    if (alone) g.alone++;
  };
  for (const c of candidates) {
    const to = c.to;
    const from = Math.max(c.from, to - params.maxWords);
    add(from, to, true);
    if (!params.subphrases) continue;
    for (let b = to; b > from; b--) {
      const w = words[b - 1]!;
      if (w.tag !== 'N' && w.tag !== 'P') continue;
      // a name is not cut inside: "Perry" from "Katy Perry", never "Katy"
      if (b < to && w.cap && words[b]!.cap) continue;
      for (let a = b === to ? from + 1 : from; a < b; a++) add(a, b, false);
    }
  }
  // How much phrase frequency and brevity count grows with the document's
  // length: nothing in an abstract (words rarely repeat), fully in an article.
  const alpha = Math.min(1, Math.max(0, (words.length - params.shortWords) / (params.longWords - params.shortWords)));
  const tfPower = alpha * params.tfPower;
  const lengthNorm = alpha * params.lengthNorm;
  for (const g of groups.values()) {
    let sum = 0;
    for (const k of g.keys) sum += wordScore[node.get(k)!]!;
    const inLead = words[g.occurrences[0]!.from]!.sentence === firstSentence ? params.titleBoost : 0;
    g.score = (1 + inLead) * (sum / g.keys.length ** lengthNorm) * g.occurrences.length ** tfPower;
  }
  return [...groups.values()].sort((a, b) => b.score - a.score || a.occurrences[0]!.from - b.occurrences[0]!.from);
}

function pageRank(edges: Map<number, number>[], bias: number[], params: RankParams): number[] {
  const n = edges.length;
  let total = 0;
  for (const b of bias) total += b;
  const p = bias.map((b) => b / total);
  const out = edges.map((m) => {
    let s = 0;
    for (const w of m.values()) s += w;
    return s;
  });
  let s = p.slice();
  for (let it = 0; it < params.iterations; it++) {
    const next = new Array<number>(n);
    let dangling = 0;
    for (let i = 0; i < n; i++) if (out[i] === 0) dangling += s[i]!;
    for (let i = 0; i < n; i++) {
      let acc = 0;
      for (const [j, w] of edges[i]!) acc += (s[j]! * w) / out[j]!;
      next[i] = (1 - params.damping) * p[i]! + params.damping * (acc + dangling * p[i]!);
    }
    s = next;
  }
  return s;
}

/** Is `inner` a contiguous run of `outer`? */
function contains(outer: string[], inner: string[]): boolean {
  if (inner.length >= outer.length) return false;
  for (let i = 0; i + inner.length <= outer.length; i++) {
    let ok = true;
    for (let k = 0; k < inner.length && ok; k++) ok = outer[i + k] === inner[k];
    if (ok) return true;
  }
  return false;
}

/** Pick the best `limit` phrases, keeping a sub-phrase of a better one only when it stands alone often. */
export function selectPhrases(ranked: RankedPhrase[], limit: number, params: RankParams = DEFAULT_PARAMS): RankedPhrase[] {
  const out: RankedPhrase[] = [];
  for (const r of ranked) {
    if (out.length >= limit) break;
    const redundant = out.some(
      (s) =>
        (contains(s.keys, r.keys) && r.alone < params.subphraseMin) ||
        (contains(r.keys, s.keys) && s.occurrences.length >= r.occurrences.length * 2 && false),
    );
    if (!redundant) out.push(r);
  }
  return out;
}
