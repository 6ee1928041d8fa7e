// Words as a reader sees them: word and number tokens joined through inner
// hyphens ("China-Central", "win-win", "2025-06-16", "16-18").
import { charSet, KIND_EMAIL, KIND_NUMBER, KIND_URL, KIND_WORD, type Tokens } from './tokenize.js';

const HYPHENS = charSet('-‐‑');

/** Is token i a word, a number, a URL or an e-mail address (false past the ends)? */
export const isWordLike = (tokens: Tokens, i: number) => {
  const k = tokens.kind[i];
  return k === KIND_WORD || k === KIND_NUMBER || k === KIND_URL || k === KIND_EMAIL;
};

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
    tokens.start[j]! === tokens.end[j - 1]! &&
    HYPHENS.has(tokens.text[j]!) &&
    tokens.start[j + 1]! === tokens.end[j]! &&
    isWordLike(tokens, j + 1)
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
    // (isWordLike by call: reading the kind column here instead cost the keyphrase layer 4 % more instructions)
    if (!isWordLike(tokens, i)) {
      i++;
      continue;
    }
    const j = wordEnd(tokens, i, to);
    emit(i, j);
    i = j;
  }
}
