// What every rule reads: the document's tokens with their lower-cased text,
// and small token tests. Rules look a bounded number of tokens ahead, so a
// scan over the whole document stays linear.
import { KIND_NUMBER, KIND_WORD, type Token, type Tokens } from '../text/tokenize.js';
import type { Granularity } from './timex.js';

/** A day as the resolver knows it. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** What a rule's meaning is resolved against. */
export interface Context {
  /** The reference date, when there is one. */
  ref?: Ymd;
  /** The reference's clock time in minutes after midnight, when it states one. */
  clock?: number;
  /** Tense around the mention: -1 past, 0 unknown / present, 1 future. */
  tense: number;
  /** When `tense` is 0: the tense of the nearest cue before the mention in its sentence, farther than tense's window (0 when none). */
  readonly clause?: number;
  /** How a partial date without a direction is placed: see resolve.ts. */
  policy: 'auto' | 'past' | 'future' | 'nearest';
  /** The last fully resolved day before this mention ("two days later" counts from it). */
  anchor?: Ymd;
  /** The day a bare clock time is on: the anchor when it was mentioned in the clock's own sentence, else none (the reference). */
  readonly clockAnchor?: Ymd;
  /** The month in focus ('1998-10'), when one was mentioned after the last full day: "that same day" is a day in it ('1998-10-XX'). */
  month?: string;
  /** The last year stated ("in 1945 … two years later"). */
  year?: number;
  /** The last quarter mentioned ('1989-Q3'): "a year earlier" in an earnings report is that quarter a year before. */
  quarter?: string;
  /** Whether that quarter was mentioned after the last full day: "the previous quarter" counts from the later of the two. */
  quarterFresh?: boolean;
}

/** A resolved meaning, before offsets are attached. */
export interface Meaning {
  type: 'date' | 'time' | 'duration' | 'set';
  value: string;
  granularity?: Granularity;
  interval?: { start: string; end: string };
  mod?: string;
  inferred: string[];
}

/** A rule's match: tokens [from, to) and how to resolve it. */
export interface Match {
  from: number;
  to: number;
  /** The rule that made it (for debugging and tests). */
  rule: string;
  /**
   * Resolve against a context. Written as a method (`mean(ctx) { … }`), not an arrow property or a
   * named arrow: under tsx (esbuild's keepNames) every named function made per match paid a
   * name-setting call, a measurable share of the bench.
   */
  mean: (ctx: Context) => Meaning;
  /** A range's two ends. */
  parts?: Match[];
  /** For a duration: how many units and which (TIMEX3 letters: 'Y', 'M', 'W', 'D', 'H', 'MIN', 'S', '10Y' ...); n undefined = vague. */
  dur?: { n: number | undefined; unit: string };
  /** For a part of a day ("tonight", "this afternoon"): its TIMEX3 code ('NI', 'AF' …). */
  part?: string;
  /** For a point that ranges may join: its kind ("year", "month", "day", "time", "weekday"...). */
  point?: string;
}

/**
 * What a token is, for the gates: a number ("2013", "1.5"), a word that
 * starts with a digit ("16th", "1990s", "3pm"), a word, an apostrophe, a sign
 * touching a number ("+15"). Other tokens open nothing. Two shapes say only
 * what may follow a rule's first token (see {@link followedBy}): any mark
 * (a token that is no number and no word), and the end (no token, or one after a line break).
 */
export const Shape = { Number: 1, DigitWord: 2, Word: 4, Apostrophe: 8, Sign: 16, Mark: 32, End: 64 } as const;

/** A rule: tries to match at token i; returns the match or undefined. */
export type Rule = ((s: Scan, i: number) => Match | undefined) & {
  /** The lower-cased words the rule can start with: a fast gate (a rule without one is tried at any word its family's gate lets through). */
  first?: ReadonlySet<string>;
  /** The other token shapes it can start with (bits of {@link Shape}; none when unset and `first` is set). */
  shapes?: number;
  /** The shapes of first token (bits of {@link Shape}) after which {@link Rule.next} holds (see {@link followedBy}). */
  nextAt?: number;
  /** The first words after which {@link Rule.next} holds too (see {@link followedBy}). */
  nextAtWords?: ReadonlySet<string>;
  /** At a word starting with a digit, the letters right after its number it can start with (see {@link digitWordLetters}). */
  letters?: ReadonlySet<string>;
  /**
   * What the token right after its first one can be, when declared (see {@link followedBy}): its text
   * as the rules read it (a word lower-cased, a mark as it is). A rule with none is tried whatever follows.
   */
  next?: ReadonlySet<string>;
  /** The shapes the token after its first one can have instead (Number, DigitWord, any Word, any Mark, or End, of {@link Shape}). */
  nextShapes?: number;
};

/** Declare the words a rule can start with (see {@link Rule.first}): it is tried at no other token. */
export function startsWith(rule: Rule, ...lists: Iterable<string>[]): Rule {
  return opensAt(rule, 0, ...lists);
}

/**
 * Declare every token a rule can start with: the shapes of {@link Shape}
 * other than plain words, and the words. The rule is tried nowhere else, so
 * the declaration must cover every token at which it can return a match.
 */
export function opensAt(rule: Rule, shapes: number, ...lists: Iterable<string>[]): Rule {
  const set = new Set<string>();
  for (const list of lists) for (const w of list) set.add(w);
  rule.first = set;
  rule.shapes = shapes;
  return rule;
}

/**
 * Declare what may follow the token a rule starts at, when that token has one of the shapes `at`
 * (bits of {@link Shape}; Word for any word) or, given `{ shapes, words }`, one of those shapes or
 * one of those words (lower-cased, as `Scan.word` reads them): a token of one of `shapes` (Number, DigitWord, Word:
 * any word, Mark: any mark; End: no token, or any after a line break), or one whose text as the rules read it
 * (`Scan.at`) is in `lists`. The scan does not
 * try the rule there when another token follows, or none, so the declaration must cover every
 * match the rule can make from such a token (tests/dates/followers.test.ts checks it). Texts
 * starting with a digit cannot be listed (a number is known by its shape).
 */
export function followedBy(rule: Rule, at: number | { shapes?: number; words: Iterable<string> }, shapes: number, ...lists: Iterable<string>[]): Rule {
  const set = new Set<string>();
  for (const list of lists) {
    for (const w of list) {
      const c = w.charCodeAt(0);
      if (c >= 48 && c <= 57) throw new Error(`followedBy: '${w}' starts with a digit (declare its shape)`);
      set.add(w);
    }
  }
  if (typeof at === 'number') rule.nextAt = at;
  else {
    rule.nextAt = at.shapes ?? 0;
    rule.nextAtWords = new Set(at.words);
  }
  rule.next = set;
  rule.nextShapes = shapes;
  return rule;
}

/**
 * Declare which words starting with a digit a rule can start at: those whose letters right after
 * the number ("pm" in "3pm" and "10.30pm", "th" in "16th", "s" in "1990s", "bn" in "1.4bn"; see
 * {@link digitWordLettersOf}) are in `lists`, lower-cased. The scan does not try the rule at any
 * other such word (tests/dates/gates.test.ts checks it).
 */
export function digitWordLetters(rule: Rule, ...lists: Iterable<string>[]): Rule {
  const set = new Set<string>();
  for (const list of lists) for (const w of list) set.add(w);
  rule.letters = set;
  return rule;
}

/**
 * The letters right after the number a word starts with, lower-cased: skip the digits, dots and
 * commas it opens with, then take the ASCII letters that follow ('' when none do).
 */
export function digitWordLettersOf(text: string): string {
  const n = text.length;
  let k = 0;
  while (k < n) {
    const c = text.charCodeAt(k);
    if ((c >= 48 && c <= 57) || c === 46 || c === 44) k++;
    else break;
  }
  const a = k;
  while (k < n) {
    // a letter either way round: 'A'-'Z' with bit 5 set is 'a'-'z'
    const c = text.charCodeAt(k) | 32;
    if (c >= 97 && c <= 122) k++;
    else break;
  }
  return a === k ? '' : text.slice(a, k).toLowerCase();
}

/** A word lower-cased, a possessive read as its word ("last month's" → "last month"). */
function lowerWord(text: string): string {
  const low = text.toLowerCase();
  const n = low.length;
  // "'s" or "’s", tested by character codes: this runs on every word of every document
  if (n > 3 && low.charCodeAt(n - 1) === 115) {
    const a = low.charCodeAt(n - 2);
    if (a === 39 || a === 0x2019) return low.slice(0, -2);
  }
  return low;
}

/**
 * A text's lower-cased words, not worked out yet: one slot per token, `null` until a rule or the
 * gate first reads it (see {@link Scan.word}). Most words of a text open nothing and are never read
 * by a rule, so they are never lower-cased.
 */
export function unlowered(count: number): (string | undefined | null)[] {
  return new Array<string | undefined | null>(count).fill(null);
}

/** The dashes that join a range ("-", "–", "—", and the hyphens U+2010, U+2011): {@link Scan.dash} and the follower declarations. */
export const DASHES: readonly string[] = ['-', '–', '—', '‐', '‑'];
const DASH_SET: ReadonlySet<string | undefined> = new Set(DASHES);

/** Tokens with helpers. */
export class Scan {
  /**
   * Each token's word as the rules read it (lower-cased, a possessive without its "'s"), `undefined`
   * at a token that is no word, `null` where not read yet: filled as the helpers read it.
   */
  readonly words: (string | undefined | null)[];
  /**
   * `words`, when given, must be `unlowered(tokens.length)` or a slot array filled by other scans
   * of the same tokens: a text scanned a paragraph at a time shares one among its paragraphs.
   */
  constructor(
    /** The tokens: rules read them through the helpers below, which see only [from, to). */
    readonly tokens: Tokens,
    readonly text: string,
    readonly from: number,
    readonly to: number,
    words?: (string | undefined | null)[],
  ) {
    this.words = words ?? unlowered(tokens.length);
  }
  /** Token i's word (see {@link Scan.words}), worked out and kept on its first read; `i` must be a token. */
  private lower(i: number): string | undefined {
    const w = this.tokens.kind[i] === KIND_WORD ? lowerWord(this.tokens.text[i]!) : undefined;
    this.words[i] = w;
    return w;
  }
  // every helper tests `i` against [from, to) before reading: a scan may be one paragraph of a
  // text's tokens, and a rule must see nothing outside it (reads out of an array's bounds would
  // return the same nothing, but leave V8's fast path)
  /** Token i as an object, if it is inside the scan (a new object each call: the helpers below read the columns). */
  token(i: number): Token | undefined {
    return i >= this.from && i < this.to ? this.tokens.get(i) : undefined;
  }
  /** Token i's kind code (KIND_WORD, KIND_NUMBER … of tokenize.ts), or -1 outside the scan: a test without a token object. */
  kind(i: number): number {
    return i >= this.from && i < this.to ? this.tokens.kind[i]! : -1;
  }
  /** The lower-cased word at i, if token i is a word. */
  word(i: number): string | undefined {
    if (i < this.from || i >= this.to) return undefined;
    const w = this.words[i];
    return w !== null ? w : this.lower(i);
  }
  /**
   * Is token i the word `w` (lower case, as {@link Scan.word} reads it)? Without lower-casing a
   * word whose length rules it out: lower case keeps a word's length (but for "İ", which no
   * plain word holds), and a possessive is two characters longer. (Tried in place of every
   * `word(i) === w` of the rules, it cost more than it saved: most words it reads there are
   * lower-cased already.)
   */
  is(i: number, w: string): boolean {
    if (i < this.from || i >= this.to) return false;
    const known = this.words[i];
    if (known !== null) return known === w;
    if (this.tokens.kind[i] !== KIND_WORD) return false;
    const n = this.tokens.text[i]!.length;
    return (n === w.length || n === w.length + 2) && this.lower(i) === w;
  }
  /** The lower-cased text of any token at i. */
  at(i: number): string | undefined {
    if (i < this.from || i >= this.to) return undefined;
    let w = this.words[i];
    if (w === null) w = this.lower(i);
    return w !== undefined ? w : this.tokens.text[i]!;
  }
  /** The value of a plain digit token at i ("2013", "06"), with its digit count. */
  digits(i: number): number | undefined {
    if (i < this.from || i >= this.to) return undefined;
    if (this.tokens.kind[i] !== KIND_NUMBER) return undefined;
    const s = this.tokens.text[i]!;
    for (let k = 0; k < s.length; k++) {
      const c = s.charCodeAt(k);
      if (c < 48 || c > 57) return undefined;
    }
    return s.length > 9 ? undefined : Number(s);
  }
  /** Is token i a possessive read without its "'s"? */
  possessive(i: number): boolean {
    if (i < this.from || i >= this.to) return false;
    return this.at(i)!.length !== this.tokens.text[i]!.length;
  }
  /** Number of characters of token i. */
  len(i: number): number {
    if (i < this.from || i >= this.to) return 0;
    return this.tokens.end[i]! - this.tokens.start[i]!;
  }
  /** Does token i touch token i-1 (no space between)? */
  tight(i: number): boolean {
    return i > this.from && i < this.to && this.tokens.start[i]! === this.tokens.end[i - 1]!;
  }
  /** Is token i capitalized? */
  cap(i: number): boolean {
    if (i < this.from || i >= this.to) return false;
    if (this.tokens.kind[i] !== KIND_WORD) return false;
    const c = this.tokens.text[i]!.charCodeAt(0);
    return c >= 65 && c <= 90;
  }
  /**
   * Is token i capitalized but not in capitals throughout ("Daily", not "DAILY" nor "EU")? A title's or a
   * name's capital: in an upper-case text or an acronym a capital tells nothing.
   */
  titleWord(i: number): boolean {
    if (!this.cap(i)) return false;
    const t = this.tokens.text[i]!;
    return t !== t.toUpperCase();
  }
  /** Is there a line break before token i? */
  br(i: number): boolean {
    return i >= this.from && i < this.to && this.tokens.br[i]! > 0;
  }
  /** Is token i one of the dashes that join a range ({@link DASHES})? */
  dash(i: number): boolean {
    // (a dash is never a word: its text is read as written, no lower-casing)
    return i >= this.from && i < this.to && DASH_SET.has(this.tokens.text[i]!);
  }
}

/** A fixed meaning (no context needed). */
export const fixed =
  (m: Meaning) =>
  (): Meaning => ({ ...m, inferred: [...m.inferred] });
