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
import type { SentenceRange, SentenceSource, TokenRange } from '../text/sentences.js';
import type { Tokens } from '../text/tokenize.js';
import { refine, scanMatches } from './grammar.js';
import { VOID } from './rules/written.js';
import { type Match, Scan, unlowered } from './scan.js';

/** The dateline or a paragraph, scanned: token numbers are the text's. */
export interface Piece {
  /** A scan over the piece's tokens only (`scan.from` to `scan.to`). */
  scan: Scan;
  /** Its matches, in order. */
  matches: Match[];
  /** Where its sentences come from (none for the dateline): `source.of(paragraph)`, read when first needed. */
  source: SentenceSource | undefined;
  /** The paragraph's number in the segmentation (-1 for the dateline). */
  paragraph: number;
  /** Its sentences, once read (see {@link sentencesOf}). */
  sentences?: readonly SentenceRange[];
  /** Tokens before this one are dateline (the whole piece for the dateline, else 0). */
  bodyFrom: number;
}

/**
 * The dateline (`tokens[0, bodyFrom)`) and each of the `paragraphs` that holds
 * a match, scanned for dates. A paragraph without one (most of them) is left
 * out: resolving it did nothing. A piece's sentences come from `sentences`
 * (`new SegmentedSentences(seg)` for a segmented text, a window's
 * LazySentences for a text whose sentences are cut lazily: most dates need
 * none), read only when a date first asks for them.
 */
export function findPieces(text: string, tokens: Tokens, bodyFrom: number, paragraphs: readonly TokenRange[], sentences: SentenceSource): Piece[] {
  const pieces: Piece[] = [];
  // every scan shares one slot array for the text's lower-cased words (each lowered when first read)
  const words = unlowered(tokens.length);
  // the dateline: tokens [0, bodyFrom), no sentences
  if (bodyFrom > 0) addPiece(pieces, new Scan(tokens, text, 0, bodyFrom, words), undefined, -1, bodyFrom);
  for (let p = 0; p < paragraphs.length; p++) {
    const { from, to } = paragraphs[p]!;
    addPiece(pieces, new Scan(tokens, text, from, to, words), sentences, p, 0);
  }
  return pieces;
}

/** A piece's sentences (none for the dateline), read from its source when first asked for. */
export function sentencesOf(piece: Piece): readonly SentenceRange[] {
  if (piece.sentences === undefined) piece.sentences = piece.source === undefined ? [] : piece.source.of(piece.paragraph);
  return piece.sentences;
}

/** Add the piece of `scan` to `pieces`, with its refined matches, if it holds any. */
function addPiece(pieces: Piece[], scan: Scan, source: SentenceSource | undefined, paragraph: number, bodyFrom: number): void {
  const found = scanMatches(scan);
  // most paragraphs hold no date: the refiners have nothing to do there
  if (found.length === 0) return;
  // impossible dates ("June 31, 2022") held their span during the scan so that no part of them is read alone
  let matches = refine(scan, found);
  // (copied only when it holds one: most pieces hold none)
  for (let k = 0; k < matches.length; k++) {
    if (matches[k]!.rule === VOID) {
      matches = matches.filter((m) => m.rule !== VOID);
      break;
    }
  }
  if (matches.length > 0) pieces.push({ scan, matches, source, paragraph, bodyFrom });
}
