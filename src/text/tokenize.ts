// The tokenizer: one left-to-right pass over the text, no backtracking.
//
// It emits the tokens every other layer reads (segmentation, dates,
// keyphrases, summary): words, numbers, punctuation and symbols, each with
// its offsets and the number of line breaks in the white space before it.
// White space itself is not a token; it is whatever lies between two tokens.

/**
 * A set of single characters, for the punctuation tests that run at every
 * token: ASCII answers from a table, without hashing the string; anything
 * longer than one code unit is never a member.
 */
export class CharSet {
  private readonly ascii = new Uint8Array(128);
  private readonly other = new Set<string>();
  /** @param chars - The members, each one UTF-16 code unit. */
  constructor(chars: string) {
    for (const ch of chars) {
      if (ch.length !== 1) throw new Error(`CharSet: ${ch} is not one code unit`);
      const c = ch.charCodeAt(0);
      if (c < 128) this.ascii[c] = 1;
      else this.other.add(ch);
    }
  }
  /** Is `s` one of the characters? */
  has(s: string): boolean {
    if (s.length !== 1) return false;
    const c = s.charCodeAt(0);
    return c < 128 ? this.ascii[c] === 1 : this.other.has(s);
  }
  /** Is the ASCII character of code `c` (below 128) one of the characters? */
  hasAscii(c: number): boolean {
    return this.ascii[c] === 1;
  }
}

/** The set of the characters of `chars`. */
export const charSet = (chars: string): CharSet => new CharSet(chars);

/**
 * A set of words that turns most strings away without hashing them: a string
 * whose length, or whose first code unit, no member has is no member. For the
 * word lists the segmenter tests at the start of every sentence, where most
 * words are in none (a Set hashes every string it is asked about).
 */
export class WordSet {
  private readonly words: Set<string>;
  /** ASCII code units that start a member. */
  private readonly first = new Uint8Array(128);
  /** Does a member start with a code unit outside ASCII? */
  private readonly otherFirst: boolean = false;
  private readonly min: number = Number.POSITIVE_INFINITY;
  private readonly max: number = -1;
  /** @param words - The members. */
  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const w of this.words) {
      this.min = Math.min(this.min, w.length);
      this.max = Math.max(this.max, w.length);
      const c = w.charCodeAt(0);
      if (c < 128) this.first[c] = 1;
      else if (w.length > 0) this.otherFirst = true;
    }
  }
  /** Is `s` one of the words? */
  has(s: string): boolean {
    const n = s.length;
    if (n < this.min || n > this.max) return false;
    if (n === 0) return this.words.has(s);
    const c = s.charCodeAt(0);
    if (c < 128 ? this.first[c] === 0 : !this.otherFirst) return false;
    return this.words.has(s);
  }
}

/** What a token is. */
export type TokenKind = 'word' | 'number' | 'punct' | 'symbol' | 'url' | 'email';

/** One token of the text. */
export interface Token {
  /** The token's text, `text.slice(start, end)`. */
  text: string;
  /** Offset of its first UTF-16 code unit. */
  start: number;
  /** Offset after its last UTF-16 code unit. */
  end: number;
  /**
   * `word`: letters (and maybe digits, inner apostrophes: "don't", "5th");
   * `number`: digits with inner `.` or `,` between digits ("1,000", "3.5");
   * `punct`: one punctuation character; `symbol`: one other character
   * ("$", "%", "°", an emoji, a lone surrogate); `url`, `email`: whole.
   */
  kind: TokenKind;
  /** Line breaks in the white space before the token (0, 1, or 2 for a blank line or more). */
  br: number;
}

/** The kinds in the order of their codes in {@link Tokens.kind}. */
export const KINDS: readonly TokenKind[] = ['word', 'number', 'punct', 'symbol', 'url', 'email'];
/** {@link Tokens.kind} codes, one per {@link TokenKind}. */
export const KIND_WORD = 0;
/** @see KIND_WORD */
export const KIND_NUMBER = 1;
/** @see KIND_WORD */
export const KIND_PUNCT = 2;
/** @see KIND_WORD */
export const KIND_SYMBOL = 3;
/** @see KIND_WORD */
export const KIND_URL = 4;
/** @see KIND_WORD */
export const KIND_EMAIL = 5;

/**
 * A document's tokens, as columns: token i is `start[i]`, `end[i]`,
 * `kind[i]` (a code: {@link KIND_WORD}...), `br[i]` and `text[i]`, for i below
 * `length`. No object per token: a 10 MB text holds about two million
 * tokens, and as objects they cost V8 more to promote and mark than to make
 * (parse grew 14-28x from 1 to 10 MB). The four typed columns lie in one
 * region of a buffer, made from an estimate and grown by doubling; `trim`
 * cuts them to `length` when the tokenizer is done (as views: the region's
 * slack, about a quarter on news, stays allocated). A small store's region is
 * carved from a 128 KiB slab that successive stores share (a buffer per
 * article cost its parse 2 % in allocation and collection), so one live
 * store keeps its slab alive; a store over 16 KiB has a buffer of its own.
 * `text` holds each token's string; in
 * long texts a short word's occurrences share one (see `internedSlice`), so
 * the column points at few distinct strings.
 *
 * Hot paths read the columns; {@link Tokens.get} makes a {@link Token}
 * object for the rest (young garbage, never kept).
 */
export class Tokens {
  /** How many tokens there are. */
  length = 0;
  /** Offset of each token's first UTF-16 code unit. */
  start!: Int32Array;
  /** Offset after each token's last UTF-16 code unit. */
  end!: Int32Array;
  /** Each token's kind, a code: `KINDS[kind[i]]` is its {@link TokenKind}. */
  kind!: Uint8Array;
  /** Line breaks in the white space before each token (0, 1, or 2 for a blank line or more). */
  br!: Uint8Array;
  /** Each token's text, `source.slice(start[i], end[i])`. */
  readonly text: string[];

  /** @param capacity - The room to make first (it grows by doubling). */
  constructor(capacity: number = 16) {
    const n = Math.max(capacity, 16);
    // made at its size: a long text's array of millions of strings, grown by
    // copying, was the tokenizer's largest garbage (`trim` cuts it to length).
    // But not just past SMALL_ARRAY, where V8 would put it in its
    // large-object space: a window of a long text (64 Ki characters, an
    // estimate of 16.4 K tokens, about 14 K on news) paid that at every window
    this.text = new Array<string>(n > SMALL_ARRAY && n <= SMALL_ARRAY * 1.25 ? SMALL_ARRAY : n);
    this.columns(n);
  }

  /** Add a token. */
  push(text: string, start: number, end: number, kind: number, br: number): void {
    const i = this.length;
    if (i === this.start.length) this.grow();
    this.start[i] = start;
    this.end[i] = end;
    this.kind[i] = kind;
    this.br[i] = br;
    this.text[i] = text;
    this.length = i + 1;
  }

  /**
   * Cut the columns to `length` (views, no copy), so that a read past the
   * last token gives `undefined`, as an array's would: `kind[i] ===
   * KIND_WORD` is then false for any i outside the tokens. Called when the
   * tokenizer is done; a later `push` grows the columns again.
   */
  trim(): this {
    const n = this.length;
    this.text.length = n;
    this.start = this.start.subarray(0, n);
    this.end = this.end.subarray(0, n);
    this.kind = this.kind.subarray(0, n);
    this.br = this.br.subarray(0, n);
    return this;
  }

  /** Drop the tokens from index `length` on. */
  truncate(length: number): void {
    this.length = length;
    this.text.length = length;
  }

  /** Token i as an object, or `undefined` past the ends (a fresh object each call). */
  get(i: number): Token | undefined {
    if (!(i >= 0 && i < this.length)) return undefined;
    return { text: this.text[i]!, start: this.start[i]!, end: this.end[i]!, kind: KINDS[this.kind[i]!]!, br: this.br[i]! };
  }

  /** Move every offset by `by` (a window's tokens, into the whole text's offsets). */
  shift(by: number): void {
    for (let i = 0; i < this.length; i++) {
      this.start[i] = this.start[i]! + by;
      this.end[i] = this.end[i]! + by;
    }
  }

  /** A store holding the given tokens (for tests and tools). */
  static of(list: readonly Token[]): Tokens {
    const tokens = new Tokens(list.length);
    for (const t of list) tokens.push(t.text, t.start, t.end, KINDS.indexOf(t.kind), t.br);
    return tokens.trim();
  }

  /** Every token as an object (for tests and tools). */
  toArray(): Token[] {
    const out: Token[] = [];
    for (let i = 0; i < this.length; i++) out.push(this.get(i)!);
    return out;
  }

  /** Make room for at least one more token (doubling the columns when they are full). */
  reserve(): void {
    if (this.length === this.start.length) this.grow();
  }

  private grow(): void {
    const { start, end, kind, br } = this;
    this.columns(Math.max(start.length * 2, 16));
    this.start.set(start);
    this.end.set(end);
    this.kind.set(kind);
    this.br.set(br);
  }

  /** Make the four columns, with room for n tokens, in one region of a buffer. */
  private columns(n: number): void {
    const bytes = n * 10;
    const buffer = bytes > SLAB_BYTES >> 3 ? new ArrayBuffer(bytes) : carve(bytes);
    const at = buffer === slab ? carved : 0;
    this.start = new Int32Array(buffer, at, n);
    this.end = new Int32Array(buffer, at + n * 4, n);
    this.kind = new Uint8Array(buffer, at + n * 8, n);
    this.br = new Uint8Array(buffer, at + n * 9, n);
  }
}

/**
 * The most slots an array can have outside V8's large-object space (objects
 * over 128 KiB): `new Array(16_383)` cost 135 µs against 9 µs for 16,382
 * (Node 20), as a page is mapped, zeroed and later unmapped for each. A
 * store's `text` column starts at this size when its estimate is a little
 * larger, and grows as an array does if the text has more tokens.
 */
const SMALL_ARRAY = (131_072 - 16) / 8;

// Small stores share slabs: an ArrayBuffer per store (allocated outside the
// heap, then collected) cost a news article's parse 2 % of its instructions.
const SLAB_BYTES = 1 << 17;
let slab: ArrayBuffer | undefined;
let slabUsed = 0;
let carved = 0;

/** A slab with `bytes` free from offset `carved` (8-aligned). */
function carve(bytes: number): ArrayBuffer {
  if (slab === undefined || slabUsed + bytes > SLAB_BYTES) {
    slab = new ArrayBuffer(SLAB_BYTES);
    slabUsed = 0;
  }
  carved = slabUsed;
  slabUsed += (bytes + 7) & ~7;
  return slab;
}

enum C {
  Other = 0,
  Letter = 1,
  Digit = 2,
  Space = 3,
  Newline = 4,
  Punct = 5,
  Mark = 6,
}

// ASCII classes, filled once.
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ASCII[c] = C.Letter;
  else if (c >= 48 && c <= 57) ASCII[c] = C.Digit;
  else if (c === 10 || c === 13) ASCII[c] = C.Newline;
  else if (c === 9 || c === 11 || c === 12 || c === 32) ASCII[c] = C.Space;
  else if (/\p{P}/u.test(ch)) ASCII[c] = C.Punct;
  else ASCII[c] = C.Other;
}

// The one-character strings of ASCII, for punctuation tokens (a look-up, not a slice).
const ASCII_STRINGS: string[] = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const NUMBER = /\p{N}/u;
const SPACE = /\s/u;
const PUNCT = /\p{P}/u;

// Non-ASCII classes are looked up per code point and cached (single-code-point
// tests: no backtracking is possible).
const cache = new Map<number, C>();
function classify(cp: number): C {
  if (cp < 128) return ASCII[cp] as C;
  let c = cache.get(cp);
  if (c !== undefined) return c;
  if (cp >= 0xd800 && cp <= 0xdfff) c = C.Other; // lone surrogate
  else {
    const ch = String.fromCodePoint(cp);
    if (cp === 0x2028 || cp === 0x2029 || cp === 0x85) c = C.Newline;
    else if (LETTER.test(ch)) c = C.Letter;
    else if (MARK.test(ch)) c = C.Mark;
    else if (NUMBER.test(ch)) c = C.Digit;
    else if (SPACE.test(ch)) c = C.Space;
    else if (PUNCT.test(ch)) c = C.Punct;
    else c = C.Other;
  }
  if (cache.size < 4096) cache.set(cp, c);
  return c;
}

function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

const isApostrophe = (c: number) => c === 39 || c === 0x2019;

/** Is this code unit inside a word (letter, digit or combining mark)? ASCII fast path. */
function isWordUnit(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) {
    const k = ASCII[c];
    return k === C.Letter || k === C.Digit;
  }
  const k = classify(codePointAt(text, i));
  return k === C.Letter || k === C.Digit || k === C.Mark;
}

function isDigitUnit(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

// URL and e-mail shapes, tested on one white-space-delimited chunk at a time
// (each chunk is tested at most once, so the pass stays linear).
const URL_START = /^(?:[a-z][a-z0-9+.-]{0,15}:\/\/|www\.)/i;
const EMAIL = /^[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63})*\.\p{L}{2,24}$/u;
const TRAILING = charSet('.,;:!?)]}\'"”’»>');
const LEADING = charSet('([{\'"“‘«<');

/** If the chunk text[from, to) holds a URL or e-mail address, its bounds and kind. */
function urlOrEmail(text: string, from: number, to: number): [number, number, TokenKind] | undefined {
  let s = from;
  while (s < to && LEADING.has(text[s]!)) s++;
  let e = to;
  // Trailing punctuation is not part of the address, except a closing
  // bracket that closes one opened inside it ("https://x.org/(a)"). The
  // brackets are counted once, inside the chunk (a search to the end or the
  // start of the text, once per chunk, made long documents quadratic).
  let opens = -1;
  let closes = 0;
  while (e > s && TRAILING.has(text[e - 1]!)) {
    if (text.charCodeAt(e - 1) === 41) {
      if (opens < 0) {
        opens = 0;
        for (let k = s; k < e; k++) {
          const c = text.charCodeAt(k);
          if (c === 40) opens++;
          else if (c === 41) closes++;
        }
      }
      if (closes <= opens) break;
      closes--;
    }
    e--;
  }
  if (e - s < 5) return undefined;
  const head = text.slice(s, Math.min(e, s + 24));
  if (URL_START.test(head)) return [s, e, 'url'];
  if (e - s <= 320) {
    const chunk = text.slice(s, e);
    if (chunk.includes('@') && EMAIL.test(chunk)) return [s, e, 'email'];
  }
  return undefined;
}

// Interned word strings, for long texts only. A long text holds hundreds of
// thousands of tokens at once, and most are the same few thousand words: one
// string each instead of one per occurrence saves a fifth of the tokens'
// memory and garbage-collection work. A small direct-mapped table, keyed by a
// hash of the characters, returns the string it holds when they match. Only
// words of at most 12 code units: V8 copies such slices, so no entry keeps a
// document alive. (On short texts the hashing costs more than it saves.)
// Every word the table misses is a new young string that the document (and
// `segment`'s word spans) keep, which the garbage collector copies twice: at
// 8,192 slots it missed 14.2 % of the words of the BBC texts joined, at
// 32,768 7.4 %, which halved the young-generation collections' time in a
// 10 MB parse (471 -> 242 ms over 12-14 calls) and made it 10 % faster. The
// price is memory the process keeps once it has read a long text: the
// table and its strings, about 1.3 MB (65,536 slots: 5.9 % missed, 2.6 MB).
const INTERN_FROM = 200_000;
const INTERN_SIZE = 32_768;
/** The longest slice V8 copies (a longer one points into its source string). */
export const INTERN_MAX = 12;
const INTERN: string[] = new Array<string>(INTERN_SIZE).fill('');

function internedSlice(text: string, start: number, end: number): string {
  const length = end - start;
  if (length > INTERN_MAX) return text.slice(start, end);
  let h = length;
  for (let k = start; k < end; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
  const slot = (h ^ (h >>> 13)) & (INTERN_SIZE - 1);
  const held = INTERN[slot]!;
  if (held.length === length) {
    let k = 0;
    while (k < length && held.charCodeAt(k) === text.charCodeAt(start + k)) k++;
    if (k === length) return held;
  }
  const fresh = text.slice(start, end);
  INTERN[slot] = fresh;
  return fresh;
}

/** The end of the white-space-delimited chunk that holds offset i. */
function chunkEnd(text: string, i: number): number {
  const n = text.length;
  let j = i;
  while (j < n && !isBoundary(text.charCodeAt(j))) j++;
  return j;
}

/** Is this code unit white space or a line break (a chunk boundary)? Surrogates never are. */
function isBoundary(c: number): boolean {
  const k = c < 128 ? ASCII[c] : c >= 0xd800 && c <= 0xdfff ? C.Other : classify(c);
  return k === C.Space || k === C.Newline;
}

/** The start of the white-space-delimited chunk that holds offset i. */
function chunkStartOf(text: string, i: number): number {
  let j = i;
  while (j > 0 && !isBoundary(text.charCodeAt(j - 1))) j--;
  return j;
}

/**
 * Do only opening punctuation characters stand between the start of the
 * chunk and offset i (so that a word at i opens the chunk, for "www.")?
 */
function opensChunk(text: string, i: number): boolean {
  let j = i;
  while (j > 0 && LEADING.has(text[j - 1]!)) j--;
  return j === 0 || isBoundary(text.charCodeAt(j - 1));
}

/** Is text[i, i + 3) "www" in any case? */
const isWww = (text: string, i: number) =>
  (text.charCodeAt(i) | 32) === 119 && (text.charCodeAt(i + 1) | 32) === 119 && (text.charCodeAt(i + 2) | 32) === 119;

/**
 * If the chunk that holds offset `at` and ends at `end` is a URL or an e-mail
 * address, replace the tokens made so far of it by its leading punctuation,
 * one token each, and the address; returns the offset after the address, or
 * -1 when it is none. `br` is the line breaks before offset `at`'s token.
 */
function pushAddress(tokens: Tokens, text: string, at: number, end: number, br: number): number {
  const chunkStart = chunkStartOf(text, at);
  const found = urlOrEmail(text, chunkStart, end);
  if (!found) return -1;
  const [s, e, kind] = found;
  // the chunk's tokens so far: those that start inside it (the first holds the line breaks before it)
  let first = tokens.length;
  while (first > 0 && tokens.start[first - 1]! >= chunkStart) first--;
  let chunkBr = first < tokens.length ? tokens.br[first]! : br;
  tokens.truncate(first);
  for (let k = chunkStart; k < s; k++) {
    tokens.push(text[k]!, k, k + 1, KIND_PUNCT, chunkBr);
    chunkBr = 0;
  }
  tokens.push(text.slice(s, e), s, e, kind === 'url' ? KIND_URL : KIND_EMAIL, chunkBr);
  return e;
}

// READS: nothing here calls `charCodeAt` past the end of the text (NaN
// there would do as "no character"). V8's optimizing compiler inlines a
// `charCodeAt` behind a bounds check; once a call site has read out of
// bounds, its feedback forbids that speculation, and every later compilation
// calls the generic builtin there, for every character of every later text
// in the process. Texts that ended inside a word did that to the tokenizer's
// letter loop: segment on 10 MB spent 600M instructions in the builtin.

/**
 * Split a text into tokens, in one pass.
 *
 * Word tokens join letters, digits and combining marks, through an inner
 * apostrophe between letters ("don't", "people's"); number tokens join
 * digits through an inner `.` or `,` between digits ("1,000.50"). Hyphens,
 * slashes and other punctuation are tokens of their own (the layers above
 * decide whether "16-18" is a range or "win-win" a compound).
 *
 * `intern` shares one string among the tokens of the same short word (the
 * default for long texts; a window of a long text asks for it too).
 *
 * `lines`, when given, gets the index of every token that starts a line (a
 * token with `br > 0`), in order, and may end with `tokens.length` when the
 * text ends with a line break: the paragraph pass reads these instead of
 * every token.
 */
export function tokenize(text: string, intern: boolean = text.length >= INTERN_FROM, lines?: number[]): Tokens {
  // about one token per five characters of prose
  const tokens = new Tokens((text.length >> 2) + 16);
  // the columns and the count in locals, written here rather than through
  // `tokens.push` (a call a token, which V8 did not inline here: a tenth of
  // the tokenizer's time); `tokens.length` is set before pushAddress, which
  // pushes through the store, and at the end. The word and punctuation
  // paths each write them: one write site shared by both cost parse 0.4 %
  // more (326.2K -> 327.4K instructions per BBC article, cachegrind)
  let starts = tokens.start;
  let ends = tokens.end;
  let kinds = tokens.kind;
  let brs = tokens.br;
  const texts = tokens.text;
  let count = 0;
  const n = text.length;
  let i = 0;
  let br = 0;
  // A chunk (a white-space-delimited run) is tested for a URL or an e-mail
  // address once, and only when it may hold one: at its first ':' or '@', or
  // at the '.' after a "www" that opens it (scanning every chunk ahead of
  // time cost a third of the tokenizer's time). Nothing is kept per chunk:
  // its start is found by looking back when it is tested (most chunks never
  // are), and `testedTo` is the end of the last chunk tested.
  let testedTo = 0;
  // the '.' after a "www" word that opens its chunk
  let wwwEnd = -1;
  while (i < n) {
    const code = text.charCodeAt(i);
    // a space, the commonest character between tokens, before any table
    if (code === 32) {
      i++;
      continue;
    }
    // the class, and the width of the character (2 for an astral one)
    let cls: C;
    let width = 1;
    if (code < 128) cls = ASCII[code] as C;
    else {
      const cp = codePointAt(text, i);
      cls = classify(cp);
      if (cp > 0xffff) width = 2;
    }
    if (cls === C.Space) {
      i++;
      continue;
    }
    if (cls === C.Newline) {
      // \r\n is one line break
      if (code === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
      i++;
      // the next token starts a line (an address replaces the tokens of its
      // chunk from the chunk's first, which keeps its index)
      if (br === 0) lines?.push(count);
      if (br < 2) br++;
      continue;
    }
    const start = i;
    if (cls === C.Letter || cls === C.Digit || cls === C.Mark) {
      let hasLetter = cls === C.Letter;
      i += width;
      // the code unit after the word, when the loop ends
      let c = 0;
      for (;;) {
        // a run of lower-case ASCII letters first: most of a word (-1 past
        // the end: no read there, see READS below)
        const run = i;
        c = i < n ? text.charCodeAt(i) : -1;
        // (two letters a turn: half the loop's own steps)
        while (c >= 97 && c <= 122) {
          const d = i + 1 < n ? text.charCodeAt(i + 1) : -1;
          if (!(d >= 97 && d <= 122)) {
            i++;
            c = d;
            break;
          }
          i += 2;
          c = i < n ? text.charCodeAt(i) : -1;
        }
        if (i > run) hasLetter = true;
        if (i >= n) break;
        if (c < 128) {
          // (the ranges of the table's ASCII letters and digits, without reading it)
          if (c >= 65 && c <= 90) {
            hasLetter = true;
            i++;
            continue;
          }
          if (c >= 48 && c <= 57) {
            i++;
            continue;
          }
          // inner apostrophe between letters: don't, O'Brien
          if (isApostrophe(c) && hasLetter && isWordUnit(text, i + 1) && !isDigitUnit(text, i + 1)) {
            i++;
            continue;
          }
          // inner . or , between digits: 1,000.50
          if ((c === 46 || c === 44) && isDigitUnit(text, i - 1) && isDigitUnit(text, i + 1) && !hasLetter) {
            i++;
            continue;
          }
          break;
        }
        if (isApostrophe(c) && hasLetter && isWordUnit(text, i + 1)) {
          i++;
          continue;
        }
        const p = codePointAt(text, i);
        const k = classify(p);
        if (k === C.Letter || k === C.Digit || k === C.Mark) {
          if (k === C.Letter) hasLetter = true;
          i += p > 0xffff ? 2 : 1;
          continue;
        }
        break;
      }
      const word = intern ? internedSlice(text, start, i) : text.slice(start, i);
      if (count === starts.length) {
        tokens.length = count;
        tokens.reserve();
        ({ start: starts, end: ends, kind: kinds, br: brs } = tokens);
      }
      starts[count] = start;
      ends[count] = i;
      kinds[count] = hasLetter ? KIND_WORD : KIND_NUMBER;
      brs[count] = br;
      texts[count++] = word;
      // "www." opening the chunk: the next step tests it for an address
      if (i - start === 3 && c === 46 && isWww(text, start) && opensChunk(text, start)) wwwEnd = i;
      // the space after the word, the common case, is skipped here
      else if (c === 32) i++;
    } else {
      if (i >= testedTo && (code === 58 || code === 64 || i === wwwEnd)) {
        // ':' or '@', or the '.' after a leading "www": test the whole chunk,
        // dropping the tokens already made of it
        testedTo = chunkEnd(text, i);
        tokens.length = count;
        const after = pushAddress(tokens, text, i, testedTo, br);
        count = tokens.length;
        ({ start: starts, end: ends, kind: kinds, br: brs } = tokens);
        if (after !== -1) {
          i = after;
          br = 0;
          continue;
        }
      }
      i += width;
      const single = code < 128 ? ASCII_STRINGS[code]! : text.slice(start, i);
      if (count === starts.length) {
        tokens.length = count;
        tokens.reserve();
        ({ start: starts, end: ends, kind: kinds, br: brs } = tokens);
      }
      starts[count] = start;
      ends[count] = i;
      kinds[count] = cls === C.Punct ? KIND_PUNCT : KIND_SYMBOL;
      brs[count] = br;
      texts[count++] = single;
    }
    br = 0;
  }
  tokens.length = count;
  return tokens.trim();
}

/** Is token i a word that starts with an upper-case letter (false past the ends)? */
export function isCapitalized(tokens: Tokens, i: number): boolean {
  if (tokens.kind[i] !== KIND_WORD) return false;
  const text = tokens.text[i]!;
  // ASCII without making strings: the sentence rules ask this at every period
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = text[0]!;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Is token i a word that starts with a lower-case letter (false past the ends)? */
export function isLowercase(tokens: Tokens, i: number): boolean {
  if (tokens.kind[i] !== KIND_WORD) return false;
  const text = tokens.text[i]!;
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  const ch = text[0]!;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
