// ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 as Google's `rouge-score` package defines them
// (google-research/google-research, rouge/rouge_scorer.py and tokenize.py):
//   - tokens: lower-case, every character outside [a-z0-9] becomes a space, split on spaces;
//   - Porter stemming (the `stemmer` package, as src/text/stem.ts) of tokens longer than 3 characters;
//   - ROUGE-N: clipped n-gram overlap counts, F1 of precision and recall;
//   - ROUGE-Lsum: the summary-level LCS: for every reference line, the union of its LCS
//     with each candidate line; each token is counted at most as often as it occurs in
//     both texts (rouge_scorer._summary_level_lcs).
// Re-implemented from the published definitions; no code was copied.
import { stem } from '../src/text/stem.js';

/** Google rouge-score's tokenizer with stemming. */
export function rougeTokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').split(' ')) {
    if (!raw) continue;
    out.push(raw.length > 3 ? stem(raw) : raw);
  }
  return out;
}

/** Precision, recall and F1. */
export interface Score {
  p: number;
  r: number;
  f: number;
}

function score(hits: number, candidateTotal: number, referenceTotal: number): Score {
  const p = candidateTotal > 0 ? hits / candidateTotal : 0;
  const r = referenceTotal > 0 ? hits / referenceTotal : 0;
  return { p, r, f: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

function ngrams(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N between whole texts (lines joined). */
export function rougeN(candidate: string[], reference: string[], n: number): Score {
  const c = ngrams(candidate, n);
  const r = ngrams(reference, n);
  let hits = 0;
  for (const [key, count] of c) hits += Math.min(count, r.get(key) ?? 0);
  const total = (m: Map<string, number>) => {
    let s = 0;
    for (const v of m.values()) s += v;
    return s;
  };
  return score(hits, total(c), total(r));
}

/** Indexes into `ref` of one LCS of `ref` and `can` (rouge-score's backtracking order). */
function lcsIndexes(ref: string[], can: string[]): number[] {
  const rows = ref.length + 1;
  const cols = can.length + 1;
  const t = new Uint16Array(rows * cols);
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      t[i * cols + j] =
        ref[i - 1] === can[j - 1] ? t[(i - 1) * cols + j - 1]! + 1 : Math.max(t[(i - 1) * cols + j]!, t[i * cols + j - 1]!);
    }
  }
  const out: number[] = [];
  let i = ref.length;
  let j = can.length;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === can[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
    } else if (t[i * cols + j - 1]! > t[(i - 1) * cols + j]!) j--;
    else i--;
  }
  return out.reverse();
}

/** ROUGE-Lsum between candidate lines and reference lines (each already tokenized). */
export function rougeLsum(candidate: string[][], reference: string[][]): Score {
  const m = reference.reduce((n, s) => n + s.length, 0);
  const n = candidate.reduce((k, s) => k + s.length, 0);
  if (m === 0 || n === 0) return { p: 0, r: 0, f: 0 };
  const countR = new Map<string, number>();
  const countC = new Map<string, number>();
  for (const s of reference) for (const t of s) countR.set(t, (countR.get(t) ?? 0) + 1);
  for (const s of candidate) for (const t of s) countC.set(t, (countC.get(t) ?? 0) + 1);
  let hits = 0;
  for (const ref of reference) {
    const union = new Set<number>();
    for (const can of candidate) for (const i of lcsIndexes(ref, can)) union.add(i);
    for (const i of [...union].sort((a, b) => a - b)) {
      const tok = ref[i]!;
      const c = countC.get(tok) ?? 0;
      const r = countR.get(tok) ?? 0;
      if (c > 0 && r > 0) {
        hits++;
        countC.set(tok, c - 1);
        countR.set(tok, r - 1);
      }
    }
  }
  return score(hits, n, m);
}

/** ROUGE-1, -2 and -Lsum F1 (0..100) of candidate sentences against reference lines. */
export function rouge(candidateLines: string[], referenceLines: string[]): { r1: number; r2: number; rLsum: number } {
  const cand = candidateLines.map(rougeTokens);
  const ref = referenceLines.map(rougeTokens);
  const flatC = cand.flat();
  const flatR = ref.flat();
  return {
    r1: 100 * rougeN(flatC, flatR, 1).f,
    r2: 100 * rougeN(flatC, flatR, 2).f,
    rLsum: 100 * rougeLsum(cand, ref).f,
  };
}
