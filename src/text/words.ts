// Words as a reader sees them: word and number tokens joined through inner
// hyphens ("China-Central", "win-win", "2025-06-16", "16-18").
import { charSet, type Token, type Tokens } from './tokenize.js';

const HYPHENS = charSet('-‐‑');

export const isWordLike = (t: Token) => t.kind === 'word' || t.kind === 'number' || t.kind === 'url' || t.kind === 'email';

/**
 * The end of the word that starts at word-like token i (below `to`): the
 * index after the last token of a maximal run of word-like tokens joined by
 * single inner hyphens with no white space.
 */
export function wordEnd(tokens: Tokens, i: number, to: number): number {
  let j = i + 1;
  // (touching first: most words end at a space, and that test costs no string look-up)
  while (
    j + 1 < to &&
    tokens.get(j)!.start === tokens.get(j - 1)!.end &&
    HYPHENS.has(tokens.get(j)!.text) &&
    tokens.get(j + 1)!.start === tokens.get(j)!.end &&
    isWordLike(tokens.get(j + 1)!)
  ) {
    j += 2;
  }
  return j;
}

/**
 * Call `emit(from, to)` for every word in tokens[from, to): a maximal run of
 * word-like tokens joined by single inner hyphens with no white space.
 */
export function forEachWord(tokens: Tokens, from: number, to: number, emit: (from: number, to: number) => void): void {
  let i = from;
  while (i < to) {
    if (!isWordLike(tokens.get(i)!)) {
      i++;
      continue;
    }
    const j = wordEnd(tokens, i, to);
    emit(i, j);
    i = j;
  }
}
