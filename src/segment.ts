import { internals, type ParseOptions, type PrecisDocument, parseStrict } from './document.js';
import { forEachWord } from './text/words.js';
import type { Sentence, Span } from './types.js';
import type { VFile } from 'vfile';

/** Options for {@link segment}: the parse options, used when the input is not a document yet. */
export interface SegmentOptions extends ParseOptions {}

/** What {@link segment} returns. */
export interface Segments {
  /** Paragraphs (blocks separated by blank lines), without the dateline. */
  paragraphs: Span[];
  /** Sentences in text order, each with its index and paragraph. */
  sentences: Sentence[];
  /** Words: letters and digits, joined through inner apostrophes and hyphens ("don't", "win-win", "16-18"). */
  words: Span[];
}

/**
 * Split a document into paragraphs, sentences and words.
 *
 * Sentence boundaries follow rules over tokens (abbreviations as word lists,
 * numbers, ellipses, inline lists, quotes and brackets, URLs and e-mail
 * addresses, line breaks): see the segmentation guide. A leading dateline is
 * metadata and belongs to no paragraph or sentence.
 *
 * @param input - A string, a VFile or a document from {@link parse}.
 * @param options - Parse options (only when `input` is not a document).
 * @returns Paragraphs, sentences and words, with offsets into the input.
 * @throws TypeError when `input` is not a string, VFile or document.
 * @throws RangeError when an option is unknown, or parse options are given with a document.
 *
 * @example
 * ```ts
 * import { segment } from 'precis';
 *
 * const { sentences } = segment('I live in the U.S. How about you? At 5 p.m. Mr. Smith left.');
 * console.log(sentences.map((s) => s.text));
 * // ['I live in the U.S.', 'How about you?', 'At 5 p.m. Mr. Smith left.']
 * ```
 */
export function segment(input: string | VFile | PrecisDocument, options?: SegmentOptions): Segments {
  const doc = parseStrict('segment', input, options);
  // Fresh arrays and objects for each caller (results are theirs to change),
  // made from the document's cached tokens and sentence ranges: no cached
  // copy of the spans, which would double their memory on a long document
  // (rebuilding them costs what copying them did).
  return computeSegments(doc);
}

function computeSegments(doc: PrecisDocument): Segments {
  const { text } = doc;
  const { tokens, seg } = internals(doc);
  const span = (from: number, to: number): Span => {
    const first = tokens[from]!;
    // a one-token span reuses the token's string: most words are one token
    if (to === from + 1) return { text: first.text, start: first.start, end: first.end };
    const start = first.start;
    const end = tokens[to - 1]!.end;
    return { text: text.slice(start, end), start, end };
  };
  const paragraphs = seg.paragraphs.map((p) => span(p.from, p.to));
  const sentences: Sentence[] = seg.sentences.map((s, index) => {
    const start = tokens[s.from]!.start;
    const end = tokens[s.to - 1]!.end;
    return { text: text.slice(start, end), start, end, index, paragraph: s.paragraph };
  });
  const words: Span[] = [];
  const push = (a: number, b: number) => {
    words.push(span(a, b));
  };
  for (const s of seg.sentences) forEachWord(tokens, s.from, s.to, push);
  return { paragraphs, sentences, words };
}
