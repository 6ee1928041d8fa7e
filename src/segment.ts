import { forEachWindow, internals, isDocument, type ParseOptions, type PrecisDocument, type RawInput, readInputStrict } from './document.js';
import type { Segmentation } from './text/sentences.js';
import { INTERN_MAX, type Tokens } from './text/tokenize.js';
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
 * metadata and belongs to no paragraph or sentence. A string or VFile of
 * more than 2 Mi characters is read a window at a time (cut at blank lines,
 * with the same result), so memory stays near the size of the result.
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
  const read = readInputStrict('segment', input, options);
  // Fresh arrays and objects for each caller (results are theirs to change),
  // made from the document's cached tokens and sentence ranges: no cached
  // copy of the spans, which would double their memory on a long document
  // (rebuilding them costs what copying them did).
  if (isDocument(read)) {
    const { tokens, seg } = internals(read);
    const out: Segments = { paragraphs: [], sentences: [], words: [] };
    addSegments(read.text, tokens, seg, 0, out);
    return out;
  }
  return segmentText(read);
}

/**
 * Segment a string or VFile's text without keeping a document: a long text
 * goes a window at a time (see windows.ts), so only one window's tokens are
 * alive at once. `size` is for tests.
 */
export function segmentText(read: RawInput, size?: number): Segments {
  const out: Segments = { paragraphs: [], sentences: [], words: [] };
  forEachWindow(read, (w) => addSegments(read.text, w.tokens, w.seg, w.paragraphBase, out), size);
  return out;
}


function addSegments(text: string, tokens: Tokens, seg: Segmentation, paragraphBase: number, out: Segments): void {
  // (the columns in locals: `span` runs at every word, and stays small enough to be inlined)
  const { start: starts, end: ends, text: texts } = tokens;
  const span = (from: number, to: number): Span => {
    const start = starts[from]!;
    const first = texts[from]!;
    // a short one-token span reuses the token's string (most words are one
    // token); a longer token's string points into its window's copy of the text
    if (to === from + 1 && first.length <= INTERN_MAX) return { text: first, start, end: ends[from]! };
    const end = ends[to - 1]!;
    return { text: text.slice(start, end), start, end };
  };
  for (const p of seg.paragraphs) out.paragraphs.push(span(p.from, p.to));
  const { sentences, words } = out;
  for (const s of seg.sentences) {
    const start = starts[s.from]!;
    const end = ends[s.to - 1]!;
    sentences.push({ text: text.slice(start, end), start, end, index: sentences.length, paragraph: paragraphBase + s.paragraph });
  }
  const push = (a: number, b: number) => {
    words.push(span(a, b));
  };
  for (const s of seg.sentences) forEachWord(tokens, s.from, s.to, push);
}
