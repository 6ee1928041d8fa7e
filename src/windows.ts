// Long texts, a window at a time.
//
// A document's tokens are objects: on news they take about twenty times the
// text's size, so a 50 MB text parsed whole peaks far above a gigabyte. The
// functions that can work without the whole document at once (`segment`,
// `extractDates`) take a long string or VFile through here instead: the text
// is cut at blank lines into windows of about WINDOW_CHARS characters, each
// window is tokenized and segmented alone, read, and dropped before the next.
//
// The result is the same as for the whole text, because nothing crosses a
// blank line: it ends a paragraph, the segmenter starts every paragraph
// afresh, and a token never spans white space. The cut keeps the whole
// white-space run in the next window, so its first token counts the same
// line breaks before it (`br`). A text without a blank line after the window
// size is one window (as large as the text). tests/windows.test.ts checks
// the equality on real documents cut into many small windows. (One reading
// differs at a window's first token: the dates layer's look at the word
// before a date ("by", "since") finds nothing there, where a whole document
// would show it the last word of the paragraph before.)
import type { RawInput } from './document.js';
import { type DatelineMatch, findDateline } from './text/dateline.js';
import { LazySentences, paragraphsOf, type Segmentation, segmentTokens } from './text/sentences.js';
import { type Token, tokenize } from './text/tokenize.js';

/**
 * The size a window grows to before it is cut at the next blank line. Small
 * enough that a window's tokens die young (V8 frees them in its cheap
 * young-generation collections instead of promoting them), large enough that
 * the per-window cost does not show: on 50 MB of news, 64 Ki characters
 * peaked at 1,090 MB and 1 Mi at 1,242 MB.
 */
export const WINDOW_CHARS = 1 << 16;

/** Strings and VFiles longer than this are read in windows by `segment` and `extractDates`. */
export const LONG_TEXT = 1 << 21;

/** One window of a long text, tokenized and segmented on its own. */
export interface TextWindow {
  /** The window's tokens, with offsets into the whole text. */
  readonly tokens: Token[];
  /** The first body token (after the dateline, which only the first window with a token can hold). */
  readonly bodyFrom: number;
  /** Paragraphs and sentences; paragraph numbers count from 0 in each window. No sentences when they are cut lazily (see `lazy`). */
  readonly seg: Segmentation;
  /** The sentences, a paragraph at a time when first asked for, in a window read with `lazy` set (else undefined). */
  readonly lazy: LazySentences | undefined;
  /** How many paragraphs the earlier windows held. */
  readonly paragraphBase: number;
  /** The dateline, in the first window with a token. */
  readonly dateline: DatelineMatch | undefined;
}

/**
 * Visit the windows of a text in order: one window when the text is no longer
 * than LONG_TEXT, else windows of about WINDOW_CHARS (`size`, for tests,
 * forces another window size). With `lazy`, a window's sentences are not cut
 * up front: its `lazy` cuts them a paragraph at a time, when asked.
 */
export function forEachWindow(input: RawInput, visit: (window: TextWindow) => void, size?: number, lazy = false): void {
  const { text } = input;
  const n = text.length;
  const step = size === undefined ? (n > LONG_TEXT ? WINDOW_CHARS : n) : Math.max(size, 1);
  let from = 0;
  let paragraphBase = 0;
  // the dateline opens the text: look for it in the first window with a token
  let opening = input.dateline;
  do {
    const to = cutAt(text, from + step);
    const tokens = from === 0 && to === n ? tokenize(text) : shifted(tokenize(text.slice(from, to), n >= LONG_TEXT), from);
    const dateline = opening && tokens.length > 0 ? findDateline(tokens, tokens.length) : undefined;
    if (tokens.length > 0) opening = false;
    const bodyFrom = dateline ? dateline.next : 0;
    let seg: Segmentation;
    let sentences: LazySentences | undefined;
    if (lazy) {
      const loose: boolean[] = [];
      const paragraphs = paragraphsOf(tokens, bodyFrom, tokens.length, loose);
      seg = { paragraphs, sentences: [] };
      sentences = new LazySentences(text, tokens, paragraphs, loose, input.abbr);
    } else seg = segmentTokens(text, tokens, bodyFrom, tokens.length, input.abbr);
    visit({ tokens, bodyFrom, seg, paragraphBase, dateline, lazy: sentences });
    paragraphBase += seg.paragraphs.length;
    from = to;
  } while (from < n);
}

function shifted(tokens: Token[], by: number): Token[] {
  for (const t of tokens) {
    t.start += by;
    t.end += by;
  }
  return tokens;
}

const LF = 10;

/** Spaces, tabs and carriage returns: white space on a line (a lone CR also breaks one, which only adds to the count). */
const isInlineSpace = (c: number) => c === 32 || c === 9 || c === 13;

/**
 * The first offset at or after `at` where a blank line starts ("\n" and more
 * white space up to another "\n"), moved back to the start of its white-space
 * run; the text's length when there is none.
 */
function cutAt(text: string, at: number): number {
  const n = text.length;
  let i = at;
  while (i < n) {
    const lf = text.indexOf('\n', i);
    if (lf < 0) return n;
    let j = lf + 1;
    while (j < n && isInlineSpace(text.charCodeAt(j))) j++;
    if (j < n && text.charCodeAt(j) === LF) {
      let cut = lf;
      // never back past `at`: a window keeps at least its size, and any
      // line break left behind still leaves two or more ahead
      while (cut > at && isInlineSpace(text.charCodeAt(cut - 1))) cut--;
      return cut;
    }
    i = j;
  }
  return n;
}
