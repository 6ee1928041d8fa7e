// The rule matches of a text (or of a window of a long one), found one
// paragraph at a time.
//
// Rules look a few tokens behind and ahead, and refiners join neighbours
// ("June 16" + "3 p.m."). Over all the tokens at once, a dateline and a time
// opening the first paragraph became one mention ("2025-06-16\n\n3 p.m."), an
// "in" ending one paragraph made a bare number opening the next a year, and a
// long text read in windows (cut at blank lines) could disagree with the same
// text read whole. So the dateline and each paragraph are scanned apart (a
// scan's helpers see only its own tokens), and resolved in text order with one
// context, as before. Every scan runs over the text's one token array, bounded
// by [from, to): a copy of each paragraph's tokens cost more than its scan.
import type { Segmentation, SentenceRange } from '../text/sentences.js';
import type { Token } from '../text/tokenize.js';
import { refine, scanMatches } from './grammar.js';
import { VOID } from './rules/written.js';
import { type Match, Scan, unlowered } from './scan.js';

/** The dateline or a paragraph, scanned: token numbers are the text's. */
export interface Piece {
  /** A scan over the piece's tokens only (`scan.from` to `scan.to`). */
  scan: Scan;
  /** Its matches, in order. */
  matches: Match[];
  /** The text's sentences: this piece's are `sentences[sentenceFrom, sentenceTo)` (none for the dateline). */
  sentences: SentenceRange[];
  /** The piece's first sentence in `sentences`. */
  sentenceFrom: number;
  /** One past its last sentence. */
  sentenceTo: number;
  /** Tokens before this one are dateline (the whole piece for the dateline, else 0). */
  bodyFrom: number;
}

/**
 * The dateline (`tokens[0, bodyFrom)`) and each paragraph of `seg` that holds
 * a match, scanned for dates. A paragraph without one (most of them) is left
 * out: resolving it did nothing, and its piece and its copy of the sentence
 * list were garbage.
 */
export function findPieces(text: string, tokens: Token[], bodyFrom: number, seg: Segmentation): Piece[] {
  const pieces: Piece[] = [];
  // every scan shares one slot array for the text's lower-cased words (each lowered when first read)
  const words = unlowered(tokens.length);
  const { sentences } = seg;
  // the dateline: tokens [0, bodyFrom), no sentences
  if (bodyFrom > 0) addPiece(pieces, new Scan(tokens, text, 0, bodyFrom, words), sentences, 0, 0, bodyFrom);
  let si = 0;
  for (let p = 0; p < seg.paragraphs.length; p++) {
    const { from, to } = seg.paragraphs[p]!;
    const first = si;
    while (si < sentences.length && sentences[si]!.paragraph === p) si++;
    addPiece(pieces, new Scan(tokens, text, from, to, words), sentences, first, si, 0);
  }
  return pieces;
}

/** Add the piece of `scan` to `pieces`, with its refined matches, if it holds any. */
function addPiece(pieces: Piece[], scan: Scan, sentences: SentenceRange[], sentenceFrom: number, sentenceTo: number, bodyFrom: number): void {
  const found = scanMatches(scan);
  // most paragraphs hold no date: the refiners have nothing to do there
  if (found.length === 0) return;
  // impossible dates ("June 31, 2022") held their span during the scan so that no part of them is read alone
  const matches = refine(scan, found).filter((m) => m.rule !== VOID);
  if (matches.length > 0) pieces.push({ scan, matches, sentences, sentenceFrom, sentenceTo, bodyFrom });
}
