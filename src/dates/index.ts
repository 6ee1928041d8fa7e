// extractDates: every date, time, range, duration and period in a document,
// normalized to TIMEX3 values with calendar intervals.
//
// Pipeline (each step in its own module, the order written once in grammar.ts):
//   tokens (the document's) → rule families → refiners → resolve each match
//   against the reference date and the sentence's tense → mentions.
import type { VFile } from 'vfile';
import { internals, isDocument, knownOptions, memo, type ParseOptions, type PrecisDocument, type RawInput, readInput } from '../document.js';
import { checkKnownOptions, checkOptions, rangeError, typeError } from '../errors.js';
import type { Span } from '../types.js';
import { SegmentedSentences } from '../text/sentences.js';
import { KIND_PUNCT, KIND_WORD } from '../text/tokenize.js';
import { forEachLazyWindow } from '../windows.js';
import { findPieces, type Piece, sentencesOf } from './matches.js';
import { parseReference } from './resolve.js';
import { AHEAD_COMPARED, AHEAD_MEASURES, CONTRACT_BLOCKERS, CONTRACT_NOUNS, DATA_NOUNS, DETERMINERS, PAST_DURATIVES, RESULT_NOUNS, WEEKDAYS, ZONES } from './lexicon.js';
import { anchoredInterval } from './rules/durations.js';
import type { Context, Match, Meaning, Scan, Ymd } from './scan.js';
import { clauseTense, tenseAt } from './tense.js';
import { dayNumber, type Granularity, isDayValue, isDigits, parseDay } from './timex.js';

export type { Granularity } from './timex.js';

/** How a partial date without a stated direction ("Friday", "in March") is placed. */
export type DatePolicy = 'auto' | 'past' | 'future' | 'nearest';

/** Options for {@link extractDates} (and the parse options, when the input is not a document yet). */
export interface DateOptions extends ParseOptions {
  /**
   * The date relative expressions count from (a `Date`, read in local time,
   * or an ISO string `'2025-06-16'`). Default: the document's dateline, else
   * none (relative expressions then keep X placeholders and no interval).
   */
  referenceDate?: Date | string;
  /**
   * Where a weekday, month or day without a year goes: `'auto'` (default)
   * follows the tense of its sentence (past → on or before the reference,
   * future → on or after, no cue → nearest); `'past'`, `'future'` and
   * `'nearest'` force one way.
   */
  policy?: DatePolicy;
}

/** A date, time, duration or set found in the text. */
export interface DateMention extends Span {
  /** TIMEX3 type. */
  type: 'date' | 'time' | 'duration' | 'set';
  /**
   * TIMEX3 value (TimeBank conventions): '2025-06-16', '2025-06', '2013',
   * '198' (the 1980s), 'XXXX-06-16' (year unknown), '2025-W25', '2025-Q3',
   * '2025-SU', 'P30Y', 'PXY', 'PRESENT_REF', '2025-06-16T15:00',
   * 'XXXX-WXX-1' (a set), 'BC0345-08-10' (345 BC; its interval in ISO 8601's expanded years,
   * '-0344-08-10'). A range's value is its two ends' values joined by
   * '/' ('2025-06-16/2025-06-18').
   */
  value: string;
  /** How fine the value is. */
  granularity?: Granularity;
  /**
   * Resolved calendar bounds, inclusive, ISO 8601 at the granularity; absent when unresolved.
   * A duration anchored to the reference keeps its type and value and gets the bounds it spans:
   * "in 10 minutes", "after a year" → the moment that far ahead (start = end); "within 2 hours",
   * "the next two weeks" → the reference to that moment; "the past week" → a week back to the
   * reference. A free-floating duration ("for three decades", "within a week of his capture") has none.
   */
  interval?: {
    /** The first day (or minute) of the interval, e.g. `'2025-06-16'` or `'2025-06-16T15:00'`. */
    start: string;
    /** The last day (or minute), inclusive. */
    end: string;
  };
  /** A range's two ends, each with its own span and value. */
  parts?: DateMention[];
  /** TIMEX3 mod: 'START' | 'MID' | 'END' | 'APPROX' | 'BEFORE' | 'AFTER' | 'LESS_THAN' | 'MORE_THAN' | 'EQUAL_OR_LESS' | 'EQUAL_OR_MORE'. */
  mod?: string;
  /** Fields inferred rather than stated (['year'] for "June 16" in a 2025 article). */
  inferred: string[];
}

/** The options `extractDates` takes: its own and the parse options (made once, not on every call). */
const KNOWN_OPTIONS = knownOptions('referenceDate', 'policy');
const POLICIES: readonly string[] = ['auto', 'past', 'future', 'nearest'];

/**
 * Find every date, time, range, duration and period in a document, in text
 * order and never overlapping, with TIMEX3 values and calendar intervals.
 *
 * Relative and partial expressions resolve against `options.referenceDate`,
 * else the document's dateline (which is reported as a mention too), else
 * they keep X placeholders. See the dates guide for the conventions. A date
 * never runs across a blank line; a string or VFile of more than 2 Mi
 * characters is read a paragraph-aligned window at a time (same result).
 *
 * @param input - A string, a VFile or a document from `parse`.
 * @param options - See {@link DateOptions}.
 * @returns The mentions, with offsets into the input.
 * @throws TypeError when `input` or an option has the wrong type.
 * @throws RangeError when an option is unknown or has a bad value.
 *
 * @example
 * ```ts
 * import { extractDates } from 'precis';
 *
 * const found = extractDates('The summit convenes on June 16-18, three decades after 1992.', { referenceDate: '2025-06-01' });
 * console.log(found.map((d) => [d.text, d.value]));
 * // [['June 16-18', '2025-06-16/2025-06-18'], ['three decades', 'P30Y'], ['1992', '1992']]
 * console.log(found[0].interval); // { start: '2025-06-16', end: '2025-06-18' }
 * ```
 */
export function extractDates(input: string | VFile | PrecisDocument, options?: DateOptions): DateMention[] {
  const raw = checkOptions('extractDates', options);
  checkKnownOptions('extractDates', raw, KNOWN_OPTIONS);
  const ref = readReference(raw.referenceDate);
  const policy = raw.policy ?? 'auto';
  if (typeof policy !== 'string') throw typeError('extractDates', 'options.policy', 'a string', policy);
  if (!POLICIES.includes(policy)) throw rangeError('extractDates', 'options.policy', `one of ${POLICIES.map((p) => `"${p}"`).join(', ')}`, policy);
  // readInput reads the parse options only: no copy of the options without ours (a copy made
  // with `delete` turned into a slow dictionary object, a measurable share of a short text's call)
  const read = readInput('extractDates', input, raw);
  if (!isDocument(read)) return datesOfText(read, ref, policy as DatePolicy);
  const doc = read;
  const { tokens, seg, bodyFrom } = internals(doc);
  const pieces = memo(doc, 'dates:pieces', () => findPieces(doc.text, tokens, bodyFrom, seg.paragraphs, new SegmentedSentences(seg)));
  const key = `dates:${ref === undefined ? '' : `${ref.y}-${ref.m}-${ref.d}T${ref.min ?? ''}`}:${policy}`;
  const found = memo(doc, key, () => {
    const out: DateMention[] = [];
    const ctx = startContext(ref, doc.dateline?.date, policy as DatePolicy);
    for (const piece of pieces) resolveAll(doc.text, piece, ctx, out);
    return out;
  });
  return found.map(copy);
}

/**
 * Dates of a string or VFile's text without keeping a document: a long text
 * goes a window at a time (see windows.ts), with one resolution context
 * carried across windows, so only one window's tokens are alive at once.
 * `size` is for tests.
 */
export function datesOfText(
  read: RawInput,
  ref: (Ymd & { min?: number }) | undefined,
  policy: DatePolicy,
  size?: number,
): DateMention[] {
  const out: DateMention[] = [];
  let ctx: ResolveContext | undefined;
  forEachLazyWindow(
    read,
    (w) => {
      // the context starts at the first window with a token, which holds the dateline if there is one
      if (w.tokens.length === 0) return;
      ctx ??= startContext(ref, w.dateline?.date, policy);
      ctx.paragraphBase = w.paragraphBase;
      for (const piece of findPieces(read.text, w.tokens, w.bodyFrom, w.paragraphs, w.sentences)) resolveAll(read.text, piece, ctx!, out);
    },
    size,
  );
  return out;
}

function readReference(value: unknown): (Ymd & { min?: number }) | undefined {
  if (value === undefined) return undefined;
  if (!(value instanceof Date) && typeof value !== 'string') {
    throw typeError('extractDates', 'options.referenceDate', 'a Date or an ISO date string', value);
  }
  const ref = parseReference(value);
  if (!ref) throw rangeError('extractDates', 'options.referenceDate', "a valid date ('YYYY-MM-DD…' or a valid Date)", value);
  return ref;
}

function copy(m: DateMention): DateMention {
  const iv = m.interval;
  return mentionOf(m.text, m.start, m.end, m.type, m.value, m.inferred.slice(), m.granularity, iv && { start: iv.start, end: iv.end }, m.mod, m.parts?.map(copy));
}

/**
 * The resolution context carried through a text. The tense around a mention
 * is worked out only when its meaning asks for it: most do not (years, full
 * dates, durations), and reading the words around every mention cost more
 * than all the rest of resolving it.
 */
class ResolveContext implements Context {
  ref?: Ymd;
  clock?: number;
  policy: DatePolicy;
  anchor?: Ymd;
  month?: string;
  year?: number;
  quarter?: string;
  quarterFresh?: boolean;
  /** Where the anchor was mentioned (its piece and first token), and the match being resolved (see clockAnchor). */
  anchorPiece: Piece | undefined = undefined;
  /** The number in the whole text of the anchor's paragraph (a window numbers its own from `paragraphBase`, the current one's). */
  anchorParagraph = -1;
  paragraphBase = 0;
  anchorAt = 0;
  curPiece: Piece | undefined = undefined;
  curAt = 0;
  /** The last full day becomes `day`, mentioned at token `at` of `piece`. */
  focusDay(day: Ymd, piece: Piece, at: number): void {
    this.anchor = day;
    this.anchorPiece = piece;
    this.anchorParagraph = this.paragraphBase + piece.paragraph;
    this.anchorAt = at;
  }
  /**
   * The day a clock without one is on (see Context.clockAnchor): the last full date when it was mentioned in the
   * clock's sentence or the one before it, or lies within a week of the reference (the story's day, as a lede's
   * "on Friday" is for "at 0900 GMT" paragraphs later); a date farther back in the text and far from the reference
   * is about something else ("He was born on 3 March 1990. … The ceremony begins at 10 a.m.", "the 11 September
   * attacks … at 2200 GMT"), and the clock is on the reference day.
   */
  get clockAnchor(): Ymd | undefined {
    const a = this.anchor;
    const ap = this.anchorPiece;
    const cp = this.curPiece;
    const ref = this.ref;
    if (a === undefined || ref === undefined || ap === undefined || ap.paragraph < 0 || cp === undefined) return a;
    const days = dayNumber(a) - dayNumber(ref);
    if (Math.abs(days) <= 7) return a;
    // the sentence of the clock (k) and, in the same paragraph, of the anchor (j)
    const ss = sentencesOf(cp);
    const k = sentenceIndex(ss, this.curAt);
    let previous: boolean;
    if (ap === cp) {
      const j = sentenceIndex(ss, this.anchorAt);
      if (j >= k) return a;
      previous = j === k - 1;
    } else {
      // the last sentence of the paragraph just before, for a clock in the first sentence of its own
      const before = sentencesOf(ap);
      const last = before[before.length - 1];
      previous = k === 0 && this.anchorParagraph === this.paragraphBase + cp.paragraph - 1 && last !== undefined && this.anchorAt >= last.from;
    }
    if (!previous) return undefined;
    // the sentence before: not when the clock's clause looks the other way ("The vote was held on 4 May. The
    // minister will speak at 10 a.m.": no day long past for a clock ahead, nor one far ahead for a clock behind)
    const tense = this.tense;
    return (days < 0 && tense > 0) || (days > 0 && tense < 0) ? undefined : a;
  }
  private known = 0;
  /** The pending question, when there is one: the tense at token `at` of this piece, at least 0 if `ahead`. */
  private piece: Piece | undefined = undefined;
  private at = 0;
  private ahead = false;
  /** Where the last question's sentence was found: the piece, and the sentence's number in it. */
  private lastPiece: Piece | undefined = undefined;
  private lastSentence = 0;
  constructor(policy: DatePolicy) {
    this.policy = policy;
  }
  get tense(): number {
    const piece = this.piece;
    if (piece !== undefined) {
      this.piece = undefined;
      // the sentence that holds the match (the first to end after it): its words carry the tense
      // (from where the last question in this piece left off: its matches are asked in text order, so
      // a paragraph with many dates is walked once, not once per date)
      const sentences = sentencesOf(piece);
      let k = piece === this.lastPiece ? this.lastSentence : 0;
      while (k > 0 && sentences[k - 1]!.to > this.at) k--;
      while (k < sentences.length && sentences[k]!.to <= this.at) k++;
      this.lastPiece = piece;
      this.lastSentence = k;
      const sentence = sentences[k];
      this.clausePiece = undefined;
      if (sentence === undefined || sentence.from > this.at) this.known = 0;
      else {
        const to = Math.min(sentence.to, sentence.from + 80);
        const t = tenseAt(piece.scan, sentence.from, to, this.at);
        // (a lean set off by a comma gives way to a past cue further back in the clause: "Prices have been rising
        // steadily, starting in January"; "announced a tour starting in March" keeps it: read only for those few)
        // (a lean counts only where no cue answers, t 0: the clause is read only then)
        const lean = this.lean === 1 || (this.lean === 2 && t === 0 && clauseTense(piece.scan, sentence.from, this.at, to, this.end) >= 0);
        // (a leaning deadline with no cue at all looks ahead: "The festival runs until Sunday"; a past cue gives way to it, 0)
        // (a deadline leaning 1 looks ahead over a past cue: "gave prosecutors until Friday to respond")
        this.known = this.ahead ? (this.lean === 1 || (lean && t === 0) ? 1 : Math.max(t, 0)) : lean && t === 0 ? 1 : t;
        if (this.known === 0) {
          this.clausePiece = piece;
          this.clauseFrom = sentence.from;
          this.clauseTo = to;
        }
      }
    }
    return this.known;
  }
  /** With no cue near the mention: the tense of the nearest cue before it in its sentence (see clauseTense). */
  get clause(): number {
    void this.tense;
    const piece = this.clausePiece;
    if (piece === undefined) return 0;
    const t = clauseTense(piece.scan, this.clauseFrom, this.at, this.clauseTo, this.end);
    return this.ahead ? Math.max(t, 0) : t;
  }
  private clausePiece: Piece | undefined = undefined;
  private clauseFrom = 0;
  private clauseTo = 0;
  set tense(value: number) {
    this.piece = undefined;
    this.clausePiece = undefined;
    this.known = value;
  }
  /**
   * The tense is that of the sentence of the piece that holds token `at` (at least 0 when `ahead`;
   * 0 outside a sentence), worked out when first read: the sentences are cut only then.
   */
  ask(piece: Piece, at: number, ahead: boolean, lean = 0, end = at + 1): void {
    this.piece = piece;
    this.at = at;
    this.end = end;
    this.ahead = ahead;
    this.lean = lean;
  }
  /** The token after the mention the pending question is about. */
  private end = 0;
  /** Whether the pending question leans ahead when no cue answers it ("starting in March"): 0 no, 1 yes, 2 unless a past cue is in its clause. */
  private lean = 0;
}

/**
 * How a deadline leans with no cue (see Context.ask): a weekday in it leans ahead unless a past cue is in its clause
 * ("The festival runs until Sunday", "remains in effect until 8 p.m. Sunday"), and ahead whatever the clause when an
 * infinitive of what is due follows ("The judge gave prosecutors until Friday to respond"); other dates do not lean.
 */
function deadlineLean(s: Scan, m: Match): number {
  let weekday = false;
  for (let i = m.from; i < m.to && !weekday; i++) weekday = s.kind(i) === KIND_WORD && WEEKDAYS.has(s.word(i) ?? '');
  if (!weekday) return 0;
  // (after "until" only: "rose strongly through Friday to close at $28.23" is a period's end)
  const until = s.word(m.from - 1) === 'until' || s.word(m.from - 1) === 'till';
  return until && s.word(m.to) === 'to' && s.kind(m.to + 1) === KIND_WORD && !DETERMINERS.has(s.word(m.to + 1) ?? '') ? 1 : 2;
}

/** Does a present "is" or "are" stand right before token `at`, or before "on" there ("is Sunday", "is on Thursday")? */
function copulaBefore(s: Scan, at: number): boolean {
  const k = s.word(at - 1) === 'on' ? at - 2 : at - 1;
  const w = s.word(k);
  // ("It is Tuesday", "Today is Monday": the day named is the one the writer is in, not one ahead)
  const subject = s.word(k - 1);
  return (w === 'is' || w === 'are') && subject !== 'it' && subject !== 'today' && subject !== 'tomorrow' && subject !== 'yesterday';
}

/** Does "ahead of" stand a few words before token `at`, in its clause ("ahead of the Fed's decision on Wednesday")? */
function aheadOf(s: Scan, at: number): boolean {
  // (read on the token columns: most mentions have no "ahead of" before them)
  const { kind, text } = s.tokens;
  for (let k = at - 1; k >= at - 6 && k > s.from; k--) {
    if (kind[k] !== KIND_WORD) {
      const c = text[k]!;
      if (c === ',' || c === ';' || c === '.' || c === ':') return false;
      continue;
    }
    // (not a lead or a margin: "minutes ahead of Carole on Thursday", "eight points ahead of")
    // (nor a comparison: "ahead of expectations on Friday", "ahead of schedule")
    if (text[k]!.length === 2 && s.is(k, 'of') && s.is(k - 1, 'ahead')) return !AHEAD_MEASURES.has(s.word(k - 2) ?? '') && !AHEAD_COMPARED.has(s.word(k + 1) ?? '');
  }
  return false;
}

/**
 * Does "starting" or "beginning" stand right before token `at`, or before "in", "on", "from" there? 0 no, 1 yes, 2
 * yes after a comma (an adverbial of the clause before, whose past cue it then follows: "…, starting in January").
 */
function startingBefore(s: Scan, at: number): number {
  let k = at - 1;
  if (s.is(k, 'in') || s.is(k, 'on') || s.is(k, 'from')) k--;
  if (!s.is(k, 'starting') && !s.is(k, 'beginning')) return 0;
  return s.at(k - 1) === ',' ? 2 : 1;
}

/** The number of the first sentence that ends after token `at` (binary search: a paragraph may hold many). */
function sentenceIndex(ss: readonly { to: number }[], at: number): number {
  let lo = 0;
  let hi = ss.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ss[mid]!.to <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The resolution context at the start of a text: the given reference, else the dateline's date. */
function startContext(given: (Ymd & { min?: number }) | undefined, dateline: string | undefined, policy: DatePolicy): ResolveContext {
  let ref = given;
  if (!ref && dateline && /^\d{4}-\d\d-\d\d$/.test(dateline)) ref = parseReference(dateline);
  const ctx = new ResolveContext(policy);
  if (ref) ctx.ref = ref;
  if (given?.min !== undefined) ctx.clock = given.min;
  return ctx;
}

/** Resolve a piece's matches in order, appending to `out`; `ctx` carries what they anchor on from piece to piece. */
function resolveAll(text: string, piece: Piece, ctx: ResolveContext, out: DateMention[]): void {
  const { scan, matches, bodyFrom } = piece;
  for (const m of matches) {
    const before = scan.word(m.from - 1);
    // "since" looks back, also a few words before the date ("since shortly after the Oct. 23 slaying")
    let since = before === 'since';
    for (let k = m.from - 2; !since && k >= m.from - 5; k--) {
      // a mark is read as written, and a word lower-cased only if it may be "since": the words
      // before a date are seldom read otherwise (the token's columns, no token object)
      const kind = scan.kind(k);
      if (kind < 0) break;
      if (kind !== KIND_WORD) {
        const t = scan.tokens.text[k];
        if (t === ',' || t === ';' || t === '.') break;
      }
      since = scan.is(k, 'since');
    }
    if (since) ctx.tense = -1;
    // "as soon as Tuesday", "as early as next week": ahead
    else if (before === 'as' && (scan.word(m.from - 2) === 'soon' || scan.word(m.from - 2) === 'early')) ctx.tense = 1;
    // "ahead of Thursday's results", "ahead of the Fed's decision on Wednesday": what is awaited lies ahead
    else if (m.from >= bodyFrom && aheadOf(scan, m.from)) ctx.tense = 1;
    // "crude for February delivery", "the May futures contract": a contract month is one ahead
    // (not after a preposition of time: "In March delivery costs rose 5%" dates the costs)
    else if (m.point === 'month' && !m.parts && CONTRACT_NOUNS.has(scan.word(m.to) ?? '') && !CONTRACT_BLOCKERS.has(before ?? '')) ctx.tense = 1;
    // "the inflation figures for May will be published on Wednesday": the month the data cover is behind
    else if (m.point === 'month' && !m.parts && before === 'for' && DATA_NOUNS.has(scan.word(m.from - 2) ?? '')) ctx.tense = -1;
    // "Game 7 is Sunday night", "The vote is on Thursday": a weekday a present copula names is the coming one (a report
    // of one past says "was"; not months: "The exam is in December" reports a past December as often)
    // (not a result named with its day: "The worry is Saturday's defeat", "The problem is Sunday's result")
    else if (m.rule === 'weekday' && copulaBefore(scan, m.from) && !(scan.possessive(m.to - 1) && RESULT_NOUNS.has(scan.word(m.to) ?? ''))) ctx.tense = 1;
    else if (m.from >= bodyFrom) {
      // a deadline ("by Jan. 14", "until March", "through January") looks ahead
      // (not a staged part of the day: "shares fell 3% by mid-afternoon Tuesday" is a time reached, not a deadline)
      // (not the end of a past stretch: "The rain lasted until Tuesday", "worked through the weekend")
      const deadline = (before === 'by' || ((before === 'until' || before === 'till' || before === 'through') && !PAST_DURATIVES.has(scan.word(m.from - 2) ?? ''))) && m.rule !== 'mod-part';
      // "a tour starting in March", "fares rise starting Monday": a start announced lies ahead, unless a past cue
      // says otherwise ("Starting March 23rd, we began registering")
      // a weekday after "until", "by" leans ahead with no cue, unless a past cue is in its clause ("The festival runs
      // until Sunday"; "Until Saturday, such attacks had maimed"; "this year through Oct. 19", a month's day, is a
      // period's end as often)
      ctx.ask(piece, m.from, deadline, deadline ? deadlineLean(scan, m) : startingBefore(scan, m.from), m.to);
    } else ctx.tense = 0;
    ctx.curPiece = piece;
    ctx.curAt = m.from;
    const mention = toMention(text, scan, m, ctx);
    out.push(mention);
    // the value's shape by character codes (this runs for every mention): 'YYYY…', 'YYYY-MM-DD', 'YYYY-Qn'
    const v = mention.value;
    const year = isDigits(v, 0, 4);
    // a full day, or a time on a day the text states ("at 7am on Thursday … and close at 10pm"), is the day in focus
    if (year && !m.parts && (isDayValue(v) || (m.rule === 'date-time' && v.charCodeAt(10) === 84 && isDayValue(v.slice(0, 10))))) {
      ctx.focusDay(parseDay(v), piece, m.from);
      ctx.month = undefined;
      ctx.quarterFresh = false;
    } else if (year && !m.parts && v.length === 7 && v.charCodeAt(4) === 45 && isDigits(v, 5, 7) && m.rule !== 'unit-before-focus') {
      // "most recently last October when … that same day": a month mentioned after the last full day is the focus
      // ("up 2,400 on the previous month. In the same month…": a month compared with stays out of focus)
      ctx.month = v;
    }
    // the last stated year, for "two years later" (not one taken from the reference)
    if (year && !mention.inferred.includes('year') && mention.type !== 'duration') ctx.year = Number(v.slice(0, 4));
    // "three days later", "two years later": a duration whose interval is the day or the year it
    // reaches moves the focus there, as the date it used to be did ("… and the next day", "later that year")
    const iv = mention.interval;
    if (m.rule === 'ago' && mention.type === 'duration' && iv && !year) {
      const s0 = iv.start;
      if (s0 === iv.end && s0.length === 10 && isDigits(s0, 0, 4)) {
        ctx.focusDay(parseDay(s0), piece, m.from);
        ctx.month = undefined;
      }
      else if (mention.granularity === 'year' && s0.endsWith('-01-01') && iv.end === `${s0.slice(0, 4)}-12-31`) ctx.year = Number(s0.slice(0, 4));
    }
    if (m.rule === 'quarter' && year && v.length === 7 && v.charCodeAt(4) === 45 && v.charCodeAt(5) === 81 && isDigits(v, 6, 7)) {
      ctx.quarter = v;
      ctx.quarterFresh = true;
    }
  }
}

/** A calendar day or week ('2025-06-16', 'XXXX-WXX'): a zone in capitals after it joins its span, the value stays. */
const DAY_VALUE = /^(?:\d{4}|XXXX)-(?:(?:\d\d|XX)-(?:\d\d|XX)|W(?:\d\d|XX))$/;

/** The end offset of a zone abbreviation in capitals right after token `at` (after a comma too), if there is one. */
function zoneAfter(s: Scan, at: number): number | undefined {
  let j = at;
  const comma = s.at(j) === ',';
  if (comma) j++;
  // (the tokens' columns, no token objects: this runs after every day and week)
  if (s.kind(j) !== KIND_WORD) return undefined;
  const text = s.tokens.text[j]!;
  if (text !== text.toUpperCase() || !ZONES.has(s.word(j)!)) return undefined;
  // "Friday ET 5pm": the zone belongs to the time after it; after a comma it must end the phrase ("Monday, EST said")
  if (j + 1 < s.to) {
    const c = s.tokens.text[j + 1]!.charCodeAt(0);
    if ((c >= 48 && c <= 57) || (comma && s.tokens.kind[j + 1] !== KIND_PUNCT)) return undefined;
  }
  return s.tokens.end[j]!;
}

function toMention(text: string, s: Scan, m: Match, ctx: Context): DateMention {
  const start = s.tokens.start[m.from]!;
  const meaning: Meaning = m.mean(ctx);
  // "today EST", "September 16, 2020, EST", "next week EST": a zone after a calendar day or week is part of the span; the value stays
  // (DAY_VALUE's values are 10 or 8 characters long: most values are told by their length, without the regex)
  const n = meaning.value.length;
  const zone = !m.parts && meaning.type === 'date' && (n === 10 || n === 8) && DAY_VALUE.test(meaning.value) ? zoneAfter(s, m.to) : undefined;
  // "last month's" → "last month"
  const end = zone ?? s.tokens.end[m.to - 1]! - (s.possessive(m.to - 1) ? 2 : 0);
  const granularity = meaning.granularity;
  // "in 10 minutes", "the past week": a duration anchored to the reference gets its bounds
  const interval = meaning.interval ?? (meaning.type === 'duration' ? anchoredInterval(s, m, ctx) : undefined);
  const parts = m.parts ? m.parts.map((p) => toMention(text, s, p, ctx)) : undefined;
  return mentionOf(text.slice(start, end), start, end, meaning.type, meaning.value, meaning.inferred, granularity, interval, meaning.mod, parts);
}

/**
 * A mention object with its keys in the one public order (text, start, end, type, value, inferred,
 * granularity, interval, mod, parts), those without a value left out. The common shapes are made
 * whole by one literal each: keys added one by one moved each mention through several hidden
 * classes and a grown property store.
 */
function mentionOf(
  text: string,
  start: number,
  end: number,
  type: DateMention['type'],
  value: string,
  inferred: string[],
  granularity: Granularity | undefined,
  interval: DateMention['interval'],
  mod: string | undefined,
  parts: DateMention[] | undefined,
): DateMention {
  if (!mod && !parts) {
    if (granularity) {
      return interval ? { text, start, end, type, value, inferred, granularity, interval } : { text, start, end, type, value, inferred, granularity };
    }
    return interval ? { text, start, end, type, value, inferred, interval } : { text, start, end, type, value, inferred };
  }
  const mention: DateMention = { text, start, end, type, value, inferred };
  if (granularity) mention.granularity = granularity;
  if (interval) mention.interval = interval;
  if (mod) mention.mod = mod;
  if (parts) mention.parts = parts;
  return mention;
}
