// Long texts, a window at a time.
//
// A document holds all its tokens and sentences at once: a parsed 10 MB text
// of news retains about 53 MB besides the text (the token columns, their
// strings, the sentence ranges), and parsing peaks higher. The
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
import { LazySentences, paragraphsOf, type Segmentation, segmentTokens, type TokenRange } from './text/sentences.js';
import { type Tokens, tokenize } from './text/tokenize.js';

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

/** What every window of a long text holds, read eagerly or lazily. */
interface WindowBase {
  /** The window's tokens, with offsets into the whole text. */
  readonly tokens: Tokens;
  /** The first body token (after the dateline, which only the first window with a token can hold). */
  readonly bodyFrom: number;
  /** How many paragraphs the earlier windows held. */
  readonly paragraphBase: number;
  /** The dateline, in the first window with a token. */
  readonly dateline: DatelineMatch | undefined;
}

/** One window of a long text, tokenized and segmented on its own (see {@link forEachWindow}). */
export interface TextWindow extends WindowBase {
  /** Paragraphs and sentences; paragraph numbers count from 0 in each window. */
  readonly seg: Segmentation;
}

/**
 * One window of a long text, tokenized and cut into paragraphs, its sentences cut a paragraph at a
 * time when asked for (see {@link forEachLazyWindow}). It has no `seg`: a Segmentation's
 * `sentences` would be empty here, and a reader of them (a sentence count, a search for the
 * sentence holding a token) would get a wrong answer without a sign; the type offers only what
 * is there.
 */
export interface LazyTextWindow extends WindowBase {
  /** The paragraphs; their numbers count from 0 in each window. */
  readonly paragraphs: TokenRange[];
  /** The sentences, paragraph `p`'s cut when `sentences.of(p)` is first called. */
  readonly sentences: LazySentences;
}

/**
 * Visit the windows of a text in order: one window when the text is no longer
 * than LONG_TEXT, else windows of about WINDOW_CHARS (`size`, for tests,
 * forces another window size). Each window is segmented whole.
 */
export function forEachWindow(input: RawInput, visit: (window: TextWindow) => void, size?: number): void {
  walk(input, size, (tokens, bodyFrom, paragraphBase, dateline) => {
    const seg = segmentTokens(input.text, tokens, bodyFrom, tokens.length, input.abbr);
    visit({ tokens, bodyFrom, seg, paragraphBase, dateline });
    return seg.paragraphs.length;
  });
}

/**
 * {@link forEachWindow}, the sentences left uncut until asked for: a window's
 * `sentences.of(p)` cuts paragraph p's sentences when first called.
 */
export function forEachLazyWindow(input: RawInput, visit: (window: LazyTextWindow) => void, size?: number): void {
  walk(input, size, (tokens, bodyFrom, paragraphBase, dateline) => {
    const loose: boolean[] = [];
    const paragraphs = paragraphsOf(tokens, bodyFrom, tokens.length, loose);
    visit({ tokens, bodyFrom, paragraphs, sentences: new LazySentences(input.text, tokens, paragraphs, loose, input.abbr), paragraphBase, dateline });
    return paragraphs.length;
  });
}

/** Cut the text into windows and tokenize each, in order; `read` segments one and returns how many paragraphs it holds. */
function walk(
  input: RawInput,
  size: number | undefined,
  read: (tokens: Tokens, bodyFrom: number, paragraphBase: number, dateline: DatelineMatch | undefined) => number,
): void {
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
    paragraphBase += read(tokens, dateline ? dateline.next : 0, paragraphBase, dateline);
    from = to;
  } while (from < n);
}

function shifted(tokens: Tokens, by: number): Tokens {
  tokens.shift(by);
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
