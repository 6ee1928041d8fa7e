// The date grammar: the rule families and refiners, in the one order that
// matters, and the linear scan that applies them.
//
//   1. At each token that can open a match (a mask per token, from its shape
//      and one look-up of its word: most tokens open nothing), every rule of
//      every family whose gate is open is tried; the longest match wins, and
//      on a tie the family listed first (numeric forms before written ones,
//      dates before durations). The scan then jumps past it,
//      so mentions never overlap. Each rule looks a bounded number of tokens
//      ahead: the scan is linear in the number of tokens.
//   2. The refiners then map the list of matches to a new list, in order:
//        weekdayDate   "Tuesday 11/3/2015" → the date
//        joinDateTime  "June 16 at 3 p.m.", "9 a.m. Tuesday"  → one time
//        hourBeforeDay "at 8 this evening", "at 10 Tuesday morning" → one time (joins.ts)
//        daySigned     "next tuesday +10 days" → a day moved by a signed amount (joins.ts)
//        offsets       "two weeks after yesterday" → a day moved by a duration
//        ranges        "from 2019 to 2021", "June 16 - July 2", "13:00-16:00"
//                      → one mention with two parts (keep after joinDateTime,
//                      so a range's ends can be dates with times)
//        rangeClock    "Oct 26 - 28, 11:00:09" → a time on each day (joins.ts)
//        yearAfterTime "Thu Oct 26 11:00:09 EDT 2023" → the year joins the time
//                      (joins.ts; after ranges: "Oct 26, 10:00 - 11:00:09 2023")
//        modifiers     "early July", "mid-2024", "the end of the year" (the rule
//                      for "the year" made the inner match) → mod START / MID /
//                      END, a narrower interval
//        approximations "about three years", "more than four decades ago"
//                      → mod APPROX / MORE_THAN / LESS_THAN …
//                      (keep modifiers and approximations last: they wrap
//                      whatever the steps before built)
import { words } from '../text/data/words.js';
import { KIND_NUMBER, KIND_PUNCT, KIND_WORD } from '../text/tokenize.js';
import {
  APPROX_MODS,
  DAY_PARTS,
  EASTER_DAYS,
  HOLIDAYS,
  MOVING_HOLIDAYS,
  OFFSET_WORDS,
  ORDINALS,
  PART_MODS,
  PREFIX_MODS,
  SAME_PERIOD,
  UNITS,
  VAGUE_REFS,
  WEEKDAYS,
  WEEKS_ON_BLOCKERS,
} from './lexicon.js';
import { daySigned, hourBeforeDay, offsetDay, partOfDay, rangeClock, yearAfterTime } from './joins.js';
import { dateMeaning, onDayOf, shiftDay } from './resolve.js';
import { closesAt, monthAt } from './rules/common.js';
import { DURATIONS } from './rules/durations.js';
import { NAMED, weekdayAt } from './rules/named.js';
import { NUMERIC, slashedMonthDay } from './rules/numeric.js';
import { RELATIVE } from './rules/relative.js';
import { SETS } from './rules/sets.js';
import { type Clock, offsetAt, TIMES, timeMeaning } from './rules/times.js';
import { VAGUE } from './rules/vague.js';
import { overnightEnd, rangeMeaning, WRITTEN } from './rules/written.js';
import { type Context, digitWordLettersOf, type Match, type Meaning, type Rule, type Scan, Shape } from './scan.js';
import { addDays, addMonths, daysIn, isDayValue, isDigits, narrow, pad2, pad4, validDate, weekday, weekValue, ymdValue } from './timex.js';

/** The rule families, in priority order (a tie in length goes to the earlier family). */
export const FAMILIES: readonly (readonly Rule[])[] = [NUMERIC, WRITTEN, RELATIVE, TIMES, NAMED, SETS, DURATIONS, VAGUE];

/** The token shapes each family's rules may start with (same order as FAMILIES). */
const GATE_SHAPES: readonly number[] = [
  Shape.Number, // numeric dates
  Shape.Number | Shape.DigitWord, // written dates
  Shape.Number | Shape.DigitWord, // relative: "1h ago", "3mo later"
  Shape.Number | Shape.DigitWord, // times
  Shape.Number | Shape.DigitWord | Shape.Apostrophe, // named periods: "'90s"
  Shape.Number, // sets
  Shape.Number, // durations
  0, // vague references
];

/**
 * Each family's gate (same order as FAMILIES): its shapes, and the words its
 * rules declare they start with (`startsWith` / `opensAt`), so that a new word
 * is declared in one place, on its rule. A family whose gate is closed is not tried.
 */
const GATES: [number, ReadonlySet<string>][] = FAMILIES.map((rules, f) => [GATE_SHAPES[f]!, new Set(rules.flatMap((r) => [...(r.first ?? [])]))]);

/**
 * Words that can open a match (a fast gate: most tokens of a text open
 * nothing, and are skipped without trying the rules): every word of a gate.
 * Number tokens and words starting with a digit ("16th", "1990s", "3pm")
 * always pass. A weak opener before it (below) lets a word open too.
 */
const OPENERS = new Set<string>([
  ...GATES.flatMap(([, first]) => [...first]),
  // words that start no rule, but let a weak word before them open: "the morning", "the future",
  // "the other day", "the latest period", "the full year", "the calendar year", "the year-end" (every word of the phrases)
  ...DAY_PARTS.keys(),
  ...[...VAGUE_REFS.keys(), ...HOLIDAYS.keys(), ...MOVING_HOLIDAYS.keys(), ...EASTER_DAYS.keys()].flatMap((k) => k.split(' ')),
  ...words('other year-end latest full calendar'),
  // "the corresponding period last year"
  ...SAME_PERIOD,
]);

/** Function words that open a match only before an opener ("the third quarter", "in the past", "a year"). */
const WEAK_OPENERS = new Set(words(`the a an in at that this these right`));

/**
 * The weak openers as written in lower case, one slot per first letter and length (below 8): the
 * scan leaves such a word uncoded until it opens (see `masks`), and this is how it knows one
 * without lower-casing or hashing it. Leaving a word out changes nothing but speed (it is then
 * coded up front, as any word), so a weak opener whose slot is taken or that is longer simply
 * waits for no one.
 */
const WEAK_SLOTS: string[] = Array.from({ length: 32 * 8 }, () => '');
const weakSlot = (first: number, n: number) => ((first & 31) << 3) | n;
for (const w of WEAK_OPENERS) {
  const k = weakSlot(w.charCodeAt(0), w.length);
  if (w.length < 8 && WEAK_SLOTS[k] === '') WEAK_SLOTS[k] = w;
}

const OPENER = 1 << 8;
const WEAK = 1 << 9;

/** Per lower-cased word: which families may start with it (bits 0-7), and whether it opens a match at all (exported for tests). */
export const WORD_MASK = new Map<string, number>();
for (let f = 0; f < GATES.length; f++) {
  for (const w of GATES[f]![1]) WORD_MASK.set(w, (WORD_MASK.get(w) ?? 0) | (1 << f));
}
for (const w of OPENERS) WORD_MASK.set(w, (WORD_MASK.get(w) ?? 0) | OPENER);
for (const w of WEAK_OPENERS) WORD_MASK.set(w, ((WORD_MASK.get(w) ?? 0) | WEAK) & ~OPENER);

/**
 * A filter in front of WORD_MASK: per first and last character (their low 6
 * bits), the lengths of the words it holds (one bit each, bit 15 for 15 and
 * more). Most words of a text are not openers, and three character reads
 * rule out most of them (about 7 in 10 on news) without hashing the word.
 */
const WORD_SHAPES = new Uint16Array(4096);
const shapeIndex = (first: number, last: number) => ((first & 63) << 6) | (last & 63);
const lengthBit = (n: number) => 1 << Math.min(n, 15);
for (const w of WORD_MASK.keys()) WORD_SHAPES[shapeIndex(w.charCodeAt(0), w.charCodeAt(w.length - 1))]! |= lengthBit(w.length);

/** An ASCII letter in lower case (other characters as they are). */
const lowerAscii = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/**
 * May this word (as written, before lower-casing) be a key of WORD_MASK? The WORD_SHAPES filter
 * read on the raw text, so that most words are never lower-cased: an ASCII first and last
 * character are lower-cased by hand, a possessive's "'s" is left out as `Scan.word` leaves it
 * out. A non-ASCII first or last character may lower-case to anything ("K", the Kelvin sign, is
 * a "k"): such a word goes to the look-up. The length is the lower-cased word's, since lower
 * case changes the length only of a word with "İ", which lower-cases to "i" and a combining dot
 * that no key holds.
 */
export function mayOpen(text: string): boolean {
  return openShape(text) !== 0;
}

/**
 * {@link mayOpen}'s test, telling apart, with the characters it has read already, the weak openers
 * written in lower case, whose code the scan leaves for later (see WEAK_SLOTS): 0 when the word is
 * no key of WORD_MASK, 2 when it is such a weak opener, else 1 (it may be a key: look it up).
 * (Plain numbers: named module constants cost the scan 0.06 % more instructions, a constant
 * object's fields 0.3 %.)
 */
function openShape(text: string): number {
  let n = text.length;
  let last = text.charCodeAt(n - 1);
  // "'s" or "’s" (Scan.word's test, on the raw text)
  if (n > 3 && (last === 115 || last === 83)) {
    const a = text.charCodeAt(n - 2);
    if (a === 39 || a === 0x2019) {
      n -= 2;
      last = text.charCodeAt(n - 1);
    }
  }
  const first = text.charCodeAt(0);
  if (first >= 128 || last >= 128) return 1;
  if ((WORD_SHAPES[shapeIndex(lowerAscii(first), lowerAscii(last))]! & lengthBit(n)) === 0) return 0;
  if (n >= 8) return 1;
  // (the length first: an empty slot is told without comparing strings)
  const weak = WEAK_SLOTS[weakSlot(first, n)]!;
  return weak.length === n && weak === text ? 2 : 1;
}

/** Per token shape: which families may start with it. */
function shapeMask(shape: number): number {
  let mask = 0;
  for (let f = 0; f < GATES.length; f++) if (GATES[f]![0] & shape) mask |= 1 << f;
  return mask | OPENER;
}
const NUMBER_MASK = shapeMask(Shape.Number);
const DIGIT_WORD_MASK = shapeMask(Shape.DigitWord);
const APOSTROPHE_MASK = shapeMask(Shape.Apostrophe);
/** A sign before an amount opens the relative rules only ("+15 minutes"). */
const SIGN_MASK = (1 << 2) | OPENER;

/**
 * A token's code: its mask in the low bits, and from bit LIST_SHIFT up the
 * number of the rule list to try there (in RULE_LISTS), so that the scan
 * finds the rules without looking the word up again.
 */
const LIST_SHIFT = 11;
/** In a token's code: some rule of its list declares what must follow it (see `followedBy` in scan.ts). */
const FOLLOWED = 1 << 10;
/**
 * A rule list: the rules to try at a token, the shape of that token (a bit of Shape) and its word
 * for a word's list, and, when its follower gates matter (FOLLOWED), the rules they leave per
 * follower key (made when first needed: see followedList).
 */
interface RuleList {
  rules: Rule[];
  shape: number;
  word: string | undefined;
  followed: (Rule[] | undefined)[] | undefined;
}
/** The rule lists, worked out once (list 0 is empty). */
const RULE_LISTS: RuleList[] = [{ rules: [], shape: 0, word: undefined, followed: undefined }];
const withList = (mask: number, rules: Rule[], shape: number, word?: string) => {
  const followed = rules.some((r) => gated(r, shape, word));
  return mask | (followed ? FOLLOWED : 0) | ((RULE_LISTS.push({ rules, shape, word, followed: undefined }) - 1) << LIST_SHIFT);
};

/**
 * The masks' buffer, reused from scan to scan: a text is scanned a paragraph
 * at a time, and a typed array made per paragraph cost more than filling
 * it. Scans of more tokens than this get their own (nothing holds on to a
 * large buffer after its scan).
 */
const SHARED_MASKS = 1 << 14;
const sharedMasks = new Int32Array(SHARED_MASKS);

/**
 * Each token's code (see LIST_SHIFT): the families that may start there, OPENER when it can open a
 * match, and the rules to try. One map look-up a word. Token i's code is at `i - s.from` (a
 * paragraph's scan runs over the text's tokens).
 */
function masks(s: Scan): Int32Array {
  const base = s.from;
  // two past the end: the weak openers look two tokens ahead, and find 0 there
  const size = s.to - base + 2;
  let out: Int32Array;
  if (size <= SHARED_MASKS) {
    out = sharedMasks;
    out.fill(0, 0, size);
  } else out = new Int32Array(size);
  // (the columns and bounds in locals: the calls below keep V8 from knowing they stay)
  const kinds = s.tokens.kind;
  const texts = s.tokens.text;
  const to = s.to;
  for (let i = base; i < to; i++) {
    const kind = kinds[i];
    const text = texts[i]!;
    if (kind === KIND_NUMBER) {
      // a year opens whatever follows ("2013", "16.06.2025"); other numbers only after an apostrophe ("'98", read as written:
      // at() would lower-case the word before) or before a token some rule declares it may follow
      const year = text.length === 4 || text.length >= 8;
      out[i - base] = year || (i > base && texts[i - 1]! === "'") ? NUMBER_CODE : shortNumberCode(followerKey(s, i + 1));
    }
    else if (kind === KIND_WORD) {
      const c = text.charCodeAt(0);
      // a word starting with a digit: its rules by the letters after its number ("3pm", "1.4bn")
      if (c >= 48 && c <= 57) out[i - base] = DIGIT_WORD_CODES.get(digitWordLettersOf(text)) ?? DIGIT_WORD_CODE;
      // the word is lower-cased (and looked up) only if its shape may be an opener's
      else {
        const opens = openShape(text);
        // a weak opener written in lower case waits for the scan to need its code: most stand
        // before no opener, and are then neither lower-cased nor looked up
        if (opens === 2) out[i - base] = WEAK;
        else if (opens === 1) out[i - base] = WORD_CODE.get(s.word(i)!) ?? 0;
      }
    } else if (text === "'" || text === '’') out[i - base] = APOSTROPHE_CODE;
    // "+15 minutes", "-3y": a sign touching a number, after a space
    else if ((text === '+' || text === '-') && i + 1 < to && s.tight(i + 1) && !s.tight(i) && /^\d/.test(texts[i + 1]!)) out[i - base] = SIGN_CODE;
  }
  // "the", "a", "in"…: open only before an opener within two tokens
  for (let k = 0; k < size - 2; k++) {
    if ((out[k]! & WEAK) === 0) continue;
    const next = out[k + 1]! & OPENER || out[k + 2]! & OPENER;
    if (next) out[k] = out[k]! | OPENER;
  }
  return out;
}

/**
 * The rules to try under a family mask at a token (in family order): those
 * whose gate is open, and that may start with the token (the word, else its
 * shape: see `opensAt` in scan.ts).
 */
function rulesFor(mask: number, word: string | undefined, shape: number): Rule[] {
  const out: Rule[] = [];
  for (let f = 0; f < FAMILIES.length; f++) {
    if ((mask & (1 << f)) === 0) continue;
    for (const rule of FAMILIES[f]!) {
      // a rule that declares what it starts with is not tried elsewhere
      if (!rule.first || (word !== undefined ? rule.first.has(word) : ((rule.shapes ?? 0) & shape) !== 0)) out.push(rule);
    }
  }
  return out;
}

/** Each word's code (see LIST_SHIFT): its mask and the rules to try where it opens a match. */
const WORD_CODE = new Map<string, number>([...WORD_MASK].map(([w, mask]) => [w, withList(mask, rulesFor(mask, w, Shape.Word), Shape.Word, w)]));
const NUMBER_CODE = withList(NUMBER_MASK, rulesFor(NUMBER_MASK, undefined, Shape.Number), Shape.Number);
/** At a word starting with a digit, the rules that declare no letters (see `digitWordLetters` in scan.ts). */
const DIGIT_WORD_CODE = withList(
  DIGIT_WORD_MASK,
  rulesFor(DIGIT_WORD_MASK, undefined, Shape.DigitWord).filter((r) => r.letters === undefined),
  Shape.DigitWord,
);
/** Per letters some rule declares: the code of a word starting with a digit with those letters after its number. */
const DIGIT_WORD_CODES = new Map<string, number>();
for (const letters of new Set(FAMILIES.flat().flatMap((r) => [...(r.letters ?? [])]))) {
  const rules = rulesFor(DIGIT_WORD_MASK, undefined, Shape.DigitWord).filter((r) => r.letters === undefined || r.letters.has(letters));
  DIGIT_WORD_CODES.set(letters, withList(DIGIT_WORD_MASK, rules, Shape.DigitWord));
}
const APOSTROPHE_CODE = withList(APOSTROPHE_MASK, rulesFor(APOSTROPHE_MASK, undefined, Shape.Apostrophe), Shape.Apostrophe);
const SIGN_CODE = withList(SIGN_MASK, rulesFor(SIGN_MASK, undefined, Shape.Sign), Shape.Sign);

/** Each text a rule's `next` lists, numbered from 1 (see followerKey), and the texts by number. */
const FOLLOWER_IDS = new Map<string, number>();
const FOLLOWER_TEXTS: string[] = [''];
for (const rule of FAMILIES.flat()) {
  for (const w of rule.next ?? []) {
    if (FOLLOWER_IDS.has(w)) continue;
    FOLLOWER_IDS.set(w, FOLLOWER_TEXTS.length);
    FOLLOWER_TEXTS.push(w);
  }
}

/**
 * What a follower key says of the token after an opener: its kind in the low 3 bits, BREAK when a
 * line break comes before it, and the number of its text above them (FOLLOWER_SHIFT).
 */
const Follower = { None: 0, Number: 1, DigitWord: 2, Word: 3, Mark: 4 } as const;
const BREAK = 8;
const FOLLOWER_SHIFT = 4;
/** How many follower keys there can be (see followerKey). */
const FOLLOWER_KEYS = FOLLOWER_TEXTS.length << FOLLOWER_SHIFT;

/**
 * The token after an opener, as the follower gates see it: its kind (Follower), whether a line
 * break comes before it, and, for a word or a mark, the number of its text in FOLLOWER_IDS (0 when
 * no rule lists it).
 */
function followerKey(s: Scan, j: number): number {
  if (j >= s.to) return Follower.None;
  const kind = s.tokens.kind[j];
  const br = s.tokens.br[j]! > 0 ? BREAK : 0;
  if (kind === KIND_NUMBER) return Follower.Number | br;
  if (kind === KIND_WORD) {
    const c = s.tokens.text[j]!.charCodeAt(0);
    if (c >= 48 && c <= 57) return Follower.DigitWord | br;
    return Follower.Word | br | ((FOLLOWER_IDS.get(s.word(j)!) ?? 0) << FOLLOWER_SHIFT);
  }
  return Follower.Mark | br | ((FOLLOWER_IDS.get(s.tokens.text[j]!) ?? 0) << FOLLOWER_SHIFT);
}

/** Does the rule's follower declaration hold where it starts at a token of this shape (and word, for a word)? */
function gated(rule: Rule, shape: number, word: string | undefined): boolean {
  if (rule.next === undefined) return false;
  return ((rule.nextAt ?? 0) & shape) !== 0 || (word !== undefined && rule.nextAtWords?.has(word) === true);
}

/** May the rule match from a token of this shape (and word) before a token of this follower key? */
function admits(rule: Rule, shape: number, word: string | undefined, key: number): boolean {
  if (!gated(rule, shape, word)) return true;
  const kind = key & 7;
  const shapes = rule.nextShapes ?? 0;
  if ((kind === Follower.None || (key & BREAK) !== 0) && (shapes & Shape.End) !== 0) return true;
  if (kind === Follower.None) return false;
  if (kind === Follower.Number) return (shapes & Shape.Number) !== 0;
  if (kind === Follower.DigitWord) return (shapes & Shape.DigitWord) !== 0;
  if (kind === Follower.Word && (shapes & Shape.Word) !== 0) return true;
  if (kind === Follower.Mark && (shapes & Shape.Mark) !== 0) return true;
  const id = key >>> FOLLOWER_SHIFT;
  return id !== 0 && rule.next!.has(FOLLOWER_TEXTS[id]!);
}

/**
 * Per follower key: the code of a number shorter than a year before a token of that key (-1 until
 * first asked). 0 when no rule tried at a number declares that token may follow it: the number
 * opens nothing there. The rules tried at a number without a declaration (dotted, yearRule) match
 * only a number of a year's length or more, which opens whatever follows (tests/dates/gates.test.ts
 * checks the scan against every rule tried at every token). Else a list of its own, of the rules
 * the follower gates leave there, without FOLLOWED: the key `masks` worked out is not worked out
 * again by the scan.
 */
const SHORT_NUMBER_CODES = new Int32Array(FOLLOWER_KEYS).fill(-1);
function shortNumberCode(key: number): number {
  let code = SHORT_NUMBER_CODES[key]!;
  if (code < 0) {
    const list = NUMBER_CODE >>> LIST_SHIFT;
    const opens = RULE_LISTS[list]!.rules.some((r) => gated(r, Shape.Number, undefined) && admits(r, Shape.Number, undefined, key));
    code = opens ? withList(NUMBER_MASK, followedList(list, key), Shape.Number) & ~FOLLOWED : 0;
    SHORT_NUMBER_CODES[key] = code;
  }
  return code;
}

/** A rule list without the rules its follower gates close before a token of this follower key, made when first needed. */
function followedList(list: number, key: number): Rule[] {
  const l = RULE_LISTS[list]!;
  l.followed ??= new Array<Rule[] | undefined>(FOLLOWER_KEYS);
  let rules = l.followed[key];
  if (rules === undefined) {
    rules = l.rules.filter((r) => admits(r, l.shape, l.word, key));
    l.followed[key] = rules;
  }
  return rules;
}

/** Step 1: the longest match at each position, left to right. */
export function scanMatches(s: Scan): Match[] {
  const out: Match[] = [];
  const mask = masks(s);
  const base = s.from;
  let i = s.from;
  while (i < s.to) {
    let m0 = mask[i - base]!;
    if ((m0 & OPENER) === 0) {
      i++;
      continue;
    }
    // a weak opener whose code was left for now (no rule list: every word's code has one)
    if (m0 >>> LIST_SHIFT === 0 && (m0 & WEAK) !== 0) m0 = (WORD_CODE.get(s.word(i)!) ?? 0) | OPENER;
    const rules = (m0 & FOLLOWED) === 0 ? RULE_LISTS[m0 >>> LIST_SHIFT]!.rules : followedList(m0 >>> LIST_SHIFT, followerKey(s, i + 1));
    const best = longestMatch(rules, s, i);
    if (best) {
      out.push(best);
      i = best.to;
    } else i++;
  }
  return out;
}

/** The longest non-empty match of `rules` at token i (ties to the earlier rule): the scan's choice at a token. */
export function longestMatch(rules: readonly Rule[], s: Scan, i: number): Match | undefined {
  let best: Match | undefined;
  for (let r = 0; r < rules.length; r++) {
    const m = rules[r]!(s, i);
    if (m && m.to > m.from && (!best || m.to > best.to)) best = m;
  }
  return best;
}

/** Step 2: the refiners, in order (titles first: a name is dropped before anything joins it). */
export function refine(s: Scan, matches: Match[]): Match[] {
  let ms = titles(s, matches);
  ms = adverbs(ms);
  ms = rates(s, ms);
  ms = weekdayDate(s, ms);
  ms = nthWeekday(s, ms);
  ms = dayOfYear(s, ms);
  ms = joinDateTime(s, ms);
  ms = parenClock(s, ms);
  ms = hourBeforeDay(s, ms);
  ms = daySigned(s, ms);
  ms = offsets(s, ms);
  ms = weekOf(s, ms);
  ms = ranges(s, ms);
  ms = monthsQuarter(s, ms);
  ms = rangeClock(s, ms);
  ms = yearAfterTime(s, ms);
  return approximations(s, modifiers(s, ms));
}

/**
 * "most recently last October": a vague adverb right before a date orders the events; the date
 * names the time (TIMEX3 marks "last October" alone), so the adverb is no mention of its own.
 */
function adverbs(ms: Match[]): Match[] {
  let out: Match[] | undefined;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k]!;
    const next = ms[k + 1];
    if (m.rule === 'vague' && m.to - m.from === 1 && next !== undefined && next.from === m.to && next.rule !== 'vague') {
      out ??= ms.slice(0, k);
      continue;
    }
    out?.push(m);
  }
  return out ?? ms;
}

/** Words between "the week" and a day that make the week the one holding the day ("the week beginning 7 July"). */
const WEEK_OF = new Set(words(`of beginning commencing starting ending ended to`));

/**
 * "the week of March 6", "the week beginning 7 July", "the week commencing 7 July", "the week to Saturday", "the week
 * ending Friday", "the week ended Tuesday" (US wire): the week that holds the day (TimeML: `2000-W10`), the span from "the" ("the week" read alone before
 * it is dropped).
 */
function weekOf(s: Scan, ms: Match[]): Match[] {
  // (most pieces hold none: the list is copied only from the first, and this loop is all the rest run)
  for (let k = 0; k < ms.length; k++) if (weekHeld(s, ms[k]!)) return weeksFrom(s, ms, k);
  return ms;
}

/** Is match m a day after "the week of", "the week beginning" …? */
function weekHeld(s: Scan, m: Match): boolean {
  const f = m.from;
  return isDay(m) && WEEK_OF.has(s.word(f - 1) ?? '') && s.word(f - 2) === 'week' && s.word(f - 3) === 'the';
}

/** weekOf from match k, the first it changes, on. */
function weeksFrom(s: Scan, ms: Match[], k0: number): Match[] {
  const out = ms.slice(0, k0);
  for (let k = k0; k < ms.length; k++) {
    const m = ms[k]!;
    if (!weekHeld(s, m)) {
      out.push(m);
      continue;
    }
    const f = m.from;
    const prev = out[out.length - 1];
    if (prev !== undefined && prev.from === f - 3 && prev.to === f - 1) out.pop();
    const w = s.word(f - 1);
    out.push(weekHolding(m, f - 3, w === 'beginning' || w === 'commencing' || w === 'starting'));
  }
  return out;
}

/**
 * The week that holds day match m, spanning from token `from` ("the week of March 6" → `2000-W10`); a week that
 * `begins` on a Sunday ("the week beginning Sunday 8 December", a US week) is the ISO week of the days after it.
 */
function weekHolding(m: Match, from: number, begins: boolean): Match {
  return {
    from,
    to: m.to,
    rule: 'week-of',
    point: 'W',
    mean(ctx) {
      const d = m.mean(ctx);
      const day = /^(\d{4})-(\d\d)-(\d\d)$/.exec(d.value);
      // (a day with no year known: a week, which one unknown)
      if (!day) return d.value.startsWith('XXXX-') ? dateMeaning('XXXX-WXX', d.inferred) : d;
      const ymd = { y: Number(day[1]), m: Number(day[2]), d: Number(day[3]) };
      return dateMeaning(weekValue(begins && weekday(ymd) === 7 ? addDays(ymd, 1) : ymd), d.inferred);
    },
  };
}

/** Units from the smallest up, to tell a rate ("24 hours a day") from a sum or a list. */
const UNIT_RANK: Record<string, number> = { '1S': 1, '1MIN': 2, '1H': 3, '1D': 4, '1W': 5, '2W': 6, '1M': 7, '3M': 8, '1Y': 9 };

/**
 * "24 hours a day", "40 hours per week", "seven days a week": a count of a unit per a larger unit is a
 * rate (how often, how much), neither a duration nor a period; both matches are dropped.
 */
function rates(s: Scan, ms: Match[]): Match[] {
  // (the list is copied only from the first match it drops or changes: most pieces have none)
  let out: Match[] | undefined;
  for (let k = 0; k < ms.length; k++) {
    const a = ms[k]!;
    const small = a.dur && a.dur.n !== undefined && !Number.isNaN(a.dur.n) ? UNIT_RANK[a.dur.unit] : undefined;
    // (the words after it only after a count of a unit)
    const per = small !== undefined ? s.word(a.to) : undefined;
    const big = small !== undefined ? UNIT_RANK[UNITS.get(s.word(a.to + 1) ?? '') ?? ''] : undefined;
    if (small !== undefined && big !== undefined && big > small && (per === 'a' || per === 'an' || per === 'per') && !a.parts) {
      out ??= ms.slice(0, k);
      if (ms[k + 1]?.from === a.to) k++;
      continue;
    }
    if (perAmount(s, a)) {
      out ??= ms.slice(0, k);
      out.push(asSet(a));
    } else out?.push(a);
  }
  return out ?? ms;
}

/** Words before "a year" that make it a rate: an amount ("$33 million a year", "20% a year"). */
const AMOUNT_WORDS = new Set(words(`million billion trillion thousand hundred percent cents dollars`));

/**
 * "$33 million a year", "fifty thousand CDs a year", "hundreds of interviews a day": "a" and a unit
 * after an amount or a counted plural is how often, a set (TIMEX3 SET P1Y), unless "ago" or
 * "earlier" follows ("$10 million a year ago" is a date).
 */
function perAmount(s: Scan, m: Match): boolean {
  if (m.dur?.n !== 1 || m.to !== m.from + 2) return false;
  const a = s.word(m.from);
  if (a !== 'a' && a !== 'per') return false;
  const after = s.word(m.to);
  if (after !== undefined && OFFSET_WORDS.has(after)) return false;
  const before = s.at(m.from - 1);
  if (before === undefined) return false;
  if (s.digits(m.from - 1) !== undefined || before === '%' || AMOUNT_WORDS.has(before)) return true;
  // a counted plural: "700 seats a week", "interviews a day" (not "for years a day", a unit)
  const t = s.tokens.get(m.from - 1)!;
  return t.kind === 'word' && before.length > 3 && before.endsWith('s') && !before.endsWith('ss') && !UNITS.has(before) && (s.digits(m.from - 2) !== undefined || AMOUNT_WORDS.has(s.word(m.from - 2) ?? '') || s.word(m.from - 2) === 'of');
}

const asSet = (m: Match): Match => ({
  ...m,
  rule: 'rate',
  mean(ctx) {
    const meaning = m.mean(ctx);
    return { ...meaning, type: 'set' };
  },
});

const QUOTES = new Set(['"', '“', '”', "'", '`', '‘', '’']);
/** How many capitalized words a quoted title may hold on either side of the match. */
const TITLE_WORDS = 4;

/**
 * A match inside a quoted title in capitals is a name, not a time ("This Week" in ABC's "This Week,",
 * ''60 Minutes,'' ``High Noon.''): a quote mark, capitalized words, the match with a capitalized
 * word, capitalized words, maybe a comma or a period, a quote mark. Not a quoted sentence
 * (``Today, I'm here…'', "Today is a sad day": a lower-case word or more than a title's words), nor a
 * one-word answer ("Monday.").
 */
function titles(s: Scan, ms: Match[]): Match[] {
  // (most pieces hold no title: the list is copied only from the first one)
  let out: Match[] | undefined;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k]!;
    if (quotedTitle(s, m)) out ??= ms.slice(0, k);
    else out?.push(m);
  }
  return out ?? ms;
}

function quotedTitle(s: Scan, m: Match): boolean {
  let capital = false;
  for (let k = m.from; k < m.to; k++) {
    // (the kind column, no token object)
    const kind = s.tokens.kind[k];
    if (kind === KIND_WORD) {
      if (!s.cap(k)) return false;
      capital = true;
    } else if (kind !== KIND_NUMBER) return false;
  }
  if (!capital) return false;
  let j = m.from - 1;
  while (j >= m.from - TITLE_WORDS && s.cap(j)) j--;
  if (!QUOTES.has(s.at(j) ?? '')) return false;
  let k = m.to;
  while (k < m.to + TITLE_WORDS && s.cap(k)) k++;
  // a title has two words at least: "Monday." alone in quotes is a quoted answer
  if (k - j - 1 < 2) return false;
  if (s.at(k) === ',' || s.at(k) === '.') k++;
  return QUOTES.has(s.at(k) ?? '');
}

/** "two weeks after yesterday", "2 days after next Friday", "a month before June 16": a day moved by a duration. */
function offsets(s: Scan, ms: Match[]): Match[] {
  // (the list is copied only from the first match it moves: most pieces have none)
  let out: Match[] | undefined;
  for (let k = 0; k < ms.length; k++) {
    const a = ms[k]!;
    const w = s.word(a.to);
    const next = ms[k + 1];
    // "2 months before 02/02": after a duration and "before"/"after", a month/day pair that is no date alone
    const slashed = a.dur && (w === 'after' || w === 'before') && (!next || next.from > a.to + 1) ? slashedDay(s, a.to + 1) : undefined;
    const b = slashed ?? next;
    // ("three weeks after the 14 December meeting", "two days after the Oct. 23 slaying": the article is the noun's)
    const gap = b ? b.from - a.to : 0;
    if (b && a.dur && a.dur.n !== undefined && Number.isInteger(a.dur.n) && (w === 'after' || w === 'before') && (gap === 1 || (gap === 2 && s.word(a.to + 1) === 'the')) && isDay(b)) {
      const { n, unit } = a.dur;
      const sign = w === 'after' ? 1 : -1;
      const days = unit === '1D' ? 1 : unit === '1W' ? 7 : unit === '2W' ? 14 : 0;
      const months = unit === '1M' ? 1 : unit === '3M' ? 3 : unit === '1Y' ? 12 : 0;
      if (days || months) {
        out ??= ms.slice(0, k);
        out.push(offsetDay(a.from, b.to, b, sign * n * days, sign * n * months));
        if (!slashed) k++;
        continue;
      }
    }
    // "a week on Friday", "a fortnight on Saturday", "a week today", "a week tomorrow" (British): that day
    // (ahead) and the weeks after it; not a span spent on something ("for a week on Friday's plan")
    if (b && a.dur && weeksOn(s, a, b)) {
      const weeks = a.dur.unit === '2W' ? 2 : a.dur.n!;
      out ??= ms.slice(0, k);
      out.push(offsetDay(a.from, b.to, aheadDay(b), 7 * weeks, 0));
      k++;
      continue;
    }
    // "the day before last Tuesday", "the day after Christmas": a day next to a day
    const rel = s.word(a.from - 1);
    // (no read at index -1: an array read out of bounds leaves V8's fast path)
    const prev = lastKept(out, ms, k);
    if (isDay(a) && (rel === 'before' || rel === 'after') && s.word(a.from - 2) === 'day' && s.word(a.from - 3) === 'the' && (!prev || prev.to <= a.from - 3)) {
      const sign = rel === 'after' ? 1 : -1;
      out ??= ms.slice(0, k);
      out.push(offsetDay(a.from - 3, a.to, a, sign, 0));
      continue;
    }
    out?.push(a);
  }
  return out ?? ms;
}

/**
 * "a week on Friday", "two weeks on Monday", "a fortnight on Saturday", "a week today", "a week tomorrow": a count
 * of weeks (one to three) before "on" and a weekday, or right before "today"/"tomorrow", with nothing before the
 * count that makes it a span spent.
 */
function weeksOn(s: Scan, a: Match, b: Match): boolean {
  const { n, unit } = a.dur!;
  if (!((unit === '1W' && n !== undefined && Number.isInteger(n) && n >= 1 && n <= 3) || (unit === '2W' && n === 1))) return false;
  if (WEEKS_ON_BLOCKERS.has(s.word(a.from - 1) ?? '')) return false;
  if (b.parts || s.possessive(b.to - 1)) return false;
  if (b.from === a.to + 1 && s.word(a.to) === 'on') return b.rule === 'weekday' && b.point === 'day';
  const w = s.word(b.from);
  return b.from === a.to && b.rule === 'deictic' && b.to === b.from + 1 && (w === 'today' || w === 'tomorrow');
}

/**
 * A day match placed after the reference, whatever the tense: "a week on Friday" counts from the coming Friday, and
 * "a week on Monday" said on a Monday from the next one.
 */
function aheadDay(day: Match): Match {
  return {
    ...day,
    mean(ctx) {
      ctx.tense = 1;
      const m = day.mean(ctx);
      return ctx.ref && day.rule === 'weekday' && m.value === ymdValue(ctx.ref) ? shiftDay(m, 7, 0) : m;
    },
  };
}

/** The last match a refiner has kept before match k: its own list's last once it copies (see `out` in the refiners), else match k - 1. */
function lastKept(out: Match[] | undefined, ms: Match[], k: number): Match | undefined {
  return out ? out[out.length - 1] : k > 0 ? ms[k - 1] : undefined;
}

/**
 * "02/02", "3/4" at i: a month and a day (month first) that the slash rule leaves alone (both 12 or
 * less: a fraction as often), read as a day only where a duration and "before"/"after" come first
 * and nothing but punctuation follows.
 */
function slashedDay(s: Scan, i: number): Match | undefined {
  const m = s.digits(i);
  const d = s.digits(i + 2);
  if (m === undefined || d === undefined || s.len(i) > 2 || s.len(i + 2) > 2 || s.at(i + 1) !== '/' || !s.tight(i + 1) || !s.tight(i + 2)) return undefined;
  // it must end its clause: "3/4 cup", "3/4 of members" are fractions
  if (!closesAt(s, i + 3)) return undefined;
  if (!validDate(undefined, m, d)) return undefined;
  return slashedMonthDay(i, m, d);
}

/**
 * "Tuesday 11/3/2015", "Sunday, March 6th", "this coming Sunday, March eighth": a weekday (alone or
 * directed) before a date is part of it (the date decides).
 */
function weekdayDate(s: Scan, ms: Match[]): Match[] {
  // (the list is copied only from the first pair it joins: most pieces have none)
  let out: Match[] | undefined;
  for (let k = 0; k < ms.length; k++) {
    const a = ms[k]!;
    const b = ms[k + 1];
    // (a directed weekday only before a written or numeric date: "next tuesday +10 days" is moved by its amount)
    const weekdayFirst = (a.rule === 'weekday' && a.to === a.from + 1) || (a.rule === 'directed-weekday' && b !== undefined && (monthAt(s, b.from) !== undefined || s.digits(b.from) !== undefined));
    if (b && weekdayFirst && b.point === 'day' && !b.parts && b.rule !== 'weekday' && b.rule !== 'directed-weekday') {
      const gap = b.from - a.to;
      if (gap === 0 || (gap === 1 && s.at(a.to) === ',')) {
        out ??= ms.slice(0, k);
        const wd = a.rule === 'weekday' ? weekdayAt(s, a.from)?.[0] : undefined;
        out.push(wd === undefined ? { ...b, from: a.from } : { ...b, from: a.from, mean(ctx) { return weekdayYear(b.mean(ctx), wd, ctx); } });
        k++;
        continue;
      }
    }
    // "Thursday 19 June" read as one by the written rules: the weekday checks the year too
    if (a.point === 'day' && !a.parts && a.to > a.from + 1 && a.rule !== 'weekday' && a.rule !== 'directed-weekday' && s.kind(a.from) === KIND_WORD && WEEKDAYS.has(s.word(a.from) ?? '')) {
      const wd = WEEKDAYS.get(s.word(a.from)!)!;
      out ??= ms.slice(0, k);
      out.push({ ...a, mean(ctx) { return weekdayYear(a.mean(ctx), wd, ctx); } });
      continue;
    }
    out?.push(a);
  }
  return out ?? ms;
}

/**
 * A day whose year was inferred, stated with its weekday ("Thursday 19 June"): when the weekday is not that day's in
 * the year placed, the year next to it where it is, if one is ("will announce on Thursday 19 June" said on Friday 20
 * June 2025: 2025, the day before, not 2026 where 19 June is a Friday). The weekday is the writer's check on the day.
 */
function weekdayYear(m: Meaning, wd: number, ctx: Context): Meaning {
  const ref = ctx.ref;
  if (!ref || !m.inferred.includes('year') || !isDayValue(m.value.slice(0, 10)) || m.value.length !== 10) return m;
  const y = Number(m.value.slice(0, 4));
  const md = { m: Number(m.value.slice(5, 7)), d: Number(m.value.slice(8, 10)) };
  if (weekday({ y, ...md }) === wd) return m;
  // only a day the tense placed a year off when the weekday puts it within a week of the reference: a date farther
  // away decides over its weekday, as chrono reads "Tuesday, 10 January" (the year is the date's, the weekday a slip)
  const r = Date.UTC(ref.y, ref.m - 1, ref.d);
  for (const other of [y - 1, y + 1]) {
    if (md.d > daysIn(other, md.m) || weekday({ y: other, ...md }) !== wd) continue;
    const t = Date.UTC(other, md.m - 1, md.d);
    // (a policy's direction holds: 'past' never moves a day ahead of the reference, 'future' never behind it)
    if ((ctx.policy === 'past' && t > r) || (ctx.policy === 'future' && t < r)) continue;
    if (Math.abs(t - r) <= 7 * 86_400_000) return dateMeaning(pad4(other) + m.value.slice(4), m.inferred);
  }
  return m;
}

const isDay = (m: Match) => m.point === 'day' && !m.parts;
const isClock = (m: Match): m is Match & Clock => m.point === 'time' && typeof (m as Partial<Clock>).clock === 'string';

/** What may stand between a day and its time: "June 16 at 3 p.m.", "Friday, 9 a.m.", "8:23 AM · Jul 9" (a post's timestamp). */
const DATE_TIME_GLUE = new Set([',', 'at', 'on', '@', '∙', '·', '•']);

/**
 * "4 June last year", "June 4 next year", "4 January this year": a day and month in a relative year, one mention (as
 * "June last year" is); the day's own year, if it states one, stays.
 */
function dayOfYear(s: Scan, ms: Match[]): Match[] {
  let out: Match[] | undefined;
  for (let k = 0; k < ms.length; k++) {
    const a = ms[k]!;
    const b = ms[k + 1];
    const d = b && b.from === a.to && b.to === b.from + 2 && s.is(b.from + 1, 'year') ? s.word(b.from) : undefined;
    const dir = d === 'last' ? -1 : d === 'next' ? 1 : d === 'this' ? 0 : undefined;
    if (dir === undefined || a.point !== 'day' || a.parts || a.rule === 'weekday' || a.rule === 'deictic' || a.rule === 'ago') {
      out?.push(a);
      continue;
    }
    out ??= ms.slice(0, k);
    const day = a;
    out.push({
      ...a,
      to: b!.to,
      rule: 'day-of-year',
      mean(ctx) {
        const m = day.mean(ctx);
        if (!ctx.ref || !m.inferred.includes('year') || !isDayValue(m.value)) return m;
        const y = ctx.ref.y + dir;
        // ("29 February next year" in a common year: no such day, the day as placed alone)
        if (Number(m.value.slice(8, 10)) > daysIn(y, Number(m.value.slice(5, 7)))) return m;
        return dateMeaning(pad4(y) + m.value.slice(4), m.inferred.filter((f) => f !== 'year'));
      },
    });
    k++;
  }
  return out ?? ms;
}

/**
 * "the first Saturday of December", "the last Monday in May 2026": that day of the month (the span from "the"; the
 * month placed as alone). An ordinal from one to five, or "last".
 */
function nthWeekday(s: Scan, ms: Match[]): Match[] {
  let out: Match[] | undefined;
  for (let k = 0; k < ms.length; k++) {
    const a = ms[k]!;
    const b = ms[k + 1];
    // (most matches: no month right after them)
    if (b === undefined || b.point !== 'month' || b.from !== a.to + 1) {
      out?.push(a);
      continue;
    }
    // ("the last Monday in May": the directed rule read "last Monday")
    const directed = s.word(a.from) === 'last' && a.to === a.from + 2 && s.word(a.from - 1) === 'the';
    const at = directed ? a.from + 1 : a.from;
    const nth = directed ? -1 : ORDINALS.get(s.word(a.from - 1) ?? '');
    const wd = (a.rule === 'weekday' || directed) && a.to === at + 1 ? weekdayAt(s, at) : undefined;
    const sep = s.word(a.to);
    const prev = lastKept(out, ms, k);
    // (b is a month right after the separator: tested above)
    if (wd && nth !== undefined && (nth === -1 || (nth >= 1 && nth <= 5)) && s.word(at - 2) === 'the' && (!prev || prev.to <= at - 2) && (sep === 'of' || sep === 'in') && !b.parts) {
      out ??= ms.slice(0, k);
      const day = wd[0];
      const month = b;
      out.push({
        from: at - 2,
        to: b.to,
        rule: 'nth-weekday',
        point: 'day',
        mean(ctx) {
          const m = month.mean(ctx);
          const v = m.value;
          if (!(v.length === 7 && isDigits(v, 0, 4) && isDigits(v, 5, 7))) return m;
          const y = Number(v.slice(0, 4));
          const mo = Number(v.slice(5, 7));
          let d: number;
          if (nth === -1) {
            const last = daysIn(y, mo);
            d = last - ((weekday({ y, m: mo, d: last }) - day + 7) % 7);
          } else {
            d = 1 + ((day - weekday({ y, m: mo, d: 1 }) + 7) % 7) + 7 * (nth - 1);
            if (d > daysIn(y, mo)) return m;
          }
          return dateMeaning(ymdValue({ y, m: mo, d }), m.inferred);
        },
      });
      k++;
      continue;
    }
    out?.push(a);
  }
  return out ?? ms;
}

/**
 * "the January-to-March quarter", "the July to September period": a calendar quarter named by its first and last
 * months (TimeBank writes "the quarter" `1989-Q3`), in the year the first month is placed in; the span from "the" to
 * the noun. Months that make no quarter ("the April to September period") stay a range.
 */
function monthsQuarter(s: Scan, ms: Match[]): Match[] {
  let out: Match[] | undefined;
  for (let k = 0; k < ms.length; k++) {
    const a = ms[k]!;
    // (most matches: no "the" before them, or no month)
    if ((a.point !== 'month' && !a.parts) || !s.is(a.from - 1, 'the')) {
      out?.push(a);
      continue;
    }
    let first: Match | undefined;
    let lastAt = -1;
    let end = a.to;
    if (a.parts && a.parts.length === 2 && a.parts[0]!.point === 'month' && a.parts[1]!.point === 'month' && a.parts[1]!.to === a.parts[1]!.from + 1) {
      first = a.parts[0];
      lastAt = a.parts[1]!.from;
    } else if (a.point === 'month' && !a.parts && s.dash(a.to) && s.word(a.to + 1) === 'to' && s.dash(a.to + 2)) {
      // "January-to-March": the hyphens keep the range rule out (and "March" there may be no match of its own)
      first = a;
      lastAt = a.to + 3;
      end = a.to + 4;
    }
    const noun = s.word(end);
    if (!first || (noun !== 'quarter' && noun !== 'period')) {
      out?.push(a);
      continue;
    }
    const m1 = monthAt(s, first.from, true)?.[0];
    const m2 = monthAt(s, lastAt, true)?.[0];
    if (m1 === undefined || m2 === undefined || m1 % 3 !== 1 || m2 !== m1 + 2 || first.to !== first.from + 1) {
      out?.push(a);
      continue;
    }
    out ??= ms.slice(0, k);
    const start = first;
    out.push({
      from: a.from - 1,
      to: end + 1,
      rule: 'quarter',
      point: 'quarter',
      mean(ctx) {
        const v = start.mean(ctx).value;
        return isDigits(v, 0, 4) ? dateMeaning(`${v.slice(0, 4)}-Q${(m1 + 2) / 3}`, ['year']) : dateMeaning(`XXXX-Q${(m1 + 2) / 3}`);
      },
    });
    // (the second month's own match, if it made one)
    const b = ms[k + 1];
    if (end !== a.to && b !== undefined && b.from === lastAt && b.to <= end) k++;
  }
  return out ?? ms;
}

/**
 * A clock, then the same moment in another zone in parentheses, then its day: "at 8pm local time (1900 BST) on
 * Friday", "at about 10:35 a.m. (0735 GMT) Friday" (wire news); or with the day inside them, "at 4 in the morning
 * (4 a.m. EDT Thursday)". The day is each clock's; the mentions stay apart (a span never crosses a parenthesis).
 */
function parenClock(s: Scan, ms: Match[]): Match[] {
  let out: Match[] | undefined;
  for (let k = 0; k < ms.length; k++) {
    const a = ms[k]!;
    const b = ms[k + 1];
    if (!b || !isClock(a)) {
      out?.push(a);
      continue;
    }
    let open = a.to;
    // ("8pm local time (…)", "10 a.m. local (…)")
    if (s.word(open) === 'local') open += s.word(open + 1) === 'time' ? 2 : 1;
    if (a.parts || s.at(open) !== '(' || b.from !== open + 1 || s.at(b.to) !== ')') {
      out?.push(a);
      continue;
    }
    let day: Match | undefined;
    let inner: Match = b;
    if (b.rule === 'date-time' && !b.parts) day = b;
    else if (isClock(b) && !b.parts) {
      // after the parenthesis: "on Friday", ", Friday", "Friday"
      let j = b.to + 1;
      if (s.word(j) === 'on' || s.at(j) === ',') j++;
      const c = ms[k + 2];
      if (c && c.from === j && isDay(c)) {
        day = c;
        inner = onDay(b, c);
      }
    }
    if (!day) {
      out?.push(a);
      continue;
    }
    out ??= ms.slice(0, k);
    out.push(onDay(a, day));
    if (inner !== b) {
      out.push(inner);
      k++;
    }
  }
  return out ?? ms;
}

/** A clock on the day of another match (a day, or a time on one). */
function onDay(clock: Match & Clock, day: Match): Match & Clock {
  return {
    ...clock,
    mean(ctx) {
      return clockOnDay(ctx, clock, day);
    },
  };
}

/** The meaning of a clock on the day of another match (a day, a part of one, or a time on one); the clock alone when that is no calendar day. */
function clockOnDay(ctx: Context, clock: Match & Clock, day: Match): Meaning {
  const dm = day.mean(ctx);
  const d = dm.value.slice(0, 10);
  if (!isDayValue(d)) return clock.mean(ctx);
  const t = timeMeaning(ctx, partHour(clock, /T(MO|AF|EV|NI)$/.exec(dm.value)?.[1]), clock.zone, d);
  t.inferred = dm.inferred.slice();
  return t;
}

/**
 * A clock read with its hour as written ("two o'clock", "a quarter past seven") on a day's afternoon, evening or
 * night ("yesterday afternoon", "on Friday night"): the hour of that part, as "at 3 this afternoon" is 15:00.
 */
function partHour(clock: Clock, part: string | undefined): string {
  if (!clock.written || part === undefined || part === 'MO') return clock.clock;
  const h = Number(clock.clock.slice(0, 2));
  if (h < 1 || h > 11 || (part === 'NI' && h < 5)) return clock.clock;
  return `${h + 12}${clock.clock.slice(2)}`;
}

/**
 * Is match k a day that ends a range of days ("Monday to Friday, 9am to 5pm", "June 16 - June 18 at 9am")? Its
 * clock is then the range's, each day's (rangeClock), not the second end's alone.
 */
function secondEnd(s: Scan, ms: Match[], k: number): boolean {
  const prev = k > 0 ? ms[k - 1]! : undefined;
  const a = ms[k]!;
  return prev !== undefined && isDay(a) && isDay(prev) && a.from === prev.to + 1 && DAY_RANGE_JOINS.has(s.word(prev.to) ?? s.at(prev.to) ?? '');
}

/**
 * Is match k a day that opens a range of days ("9am to 5pm Monday to Saturday")? A clock before it is then the
 * range's hours, not the first day's alone: the two stay apart.
 */
function firstEnd(s: Scan, ms: Match[], k: number): boolean {
  const a = ms[k];
  const next = ms[k + 1];
  return a !== undefined && next !== undefined && isDay(a) && isDay(next) && next.from === a.to + 1 && DAY_RANGE_JOINS.has(s.word(a.to) ?? s.at(a.to) ?? '');
}

/**
 * The day and the clock of matches a and b (one of each, in either order) as one time on that day ("Friday at
 * 3pm", "3pm on Friday"): `sep` the token between them, `bound` a "before"/"after" between them (TIMEX3 mod).
 */
function dayAndTime(s: Scan, a: Match, b: Match, sep: string | undefined, bound: string | undefined): Match {
  const day = isDay(a) ? a : b;
  const time = (isDay(a) ? b : a) as Match & Clock;
  // (not after "after": "just after midnight on Tuesday 9 November" is the first minutes of that day)
  const weekdayDay = (day.rule === 'weekday' || (s.kind(day.from) === KIND_WORD && WEEKDAYS.has(s.word(day.from) ?? ''))) && s.word(a.from - 1) !== 'after';
  return {
    from: a.from,
    to: b.to,
    rule: 'date-time',
    point: 'time',
    mean(ctx) {
      const d = day.mean(ctx);
      // a day's part ("at 6:30 on Saturday evening", "at ten o'clock on Friday night"): the clock on that day, an
      // hour as written in that part
      const stated = /^[\dX]{4}-[\dX]{2}-[\dX]{2}T(MO|AF|EV|NI)$/.exec(d.value)?.[1];
      if (!stated && !/^[\dX]{4}-[\dX]{2}-[\dX]{2}$/.test(d.value)) return d;
      // ("Friday night" has the day's value: its part is its last word)
      const part = stated ?? day.part ?? DAY_PARTS.get(s.word(day.to - 1) ?? '');
      // "midnight on 1 January" is the moment that day begins; "midnight Friday" ends Friday (T24:00), and so
      // does "midnight on Saturday" (a weekday's night: "shortly before midnight on Saturday")
      const clock = sep === 'on' && time.clock.startsWith('24') && !weekdayDay ? `00${time.clock.slice(2)}` : partHour(time, part);
      const t = timeMeaning(ctx, clock, time.zone, d.value.slice(0, 10));
      t.inferred = d.inferred;
      if (bound) t.mod = bound;
      return t;
    },
  };
}

/** Words between two days that make them a range's ends. */
const DAY_RANGE_JOINS = new Set(['to', 'through', 'until', 'till', 'thru', '-', '\u2013', '\u2014']);

/**
 * Does a clause end at token j (none there, a line break before it, a mark but ':' or '.', or a '.' not touching the
 * token after it)? Read on the token columns: joinDateTime asks after every day.
 */
function clauseEnd(s: Scan, j: number): boolean {
  if (j >= s.to || s.tokens.br[j]! > 0) return true;
  const text = s.tokens.text[j]!;
  return s.tokens.kind[j] === KIND_PUNCT && text !== ':' && text !== '.' ? true : text === '.' && !s.tight(j + 1);
}

/** "June 16 at 3 p.m.", "Friday, 9 a.m.", "9 a.m. Tuesday", "4 a.m. EDT Thursday", "today 5PM". */
function joinDateTime(s: Scan, ms: Match[]): Match[] {
  // (the list is copied only from the first match it joins: most pieces have none)
  let out: Match[] | undefined;
  for (let k = 0; k < ms.length; k++) {
    const a = ms[k]!;
    const b = ms[k + 1];
    // "8pm tonight", "10am this morning", "11pm last night": the clock on that part's day
    if (b && b.from === a.to && isClock(a) && !a.parts && b.part !== undefined && !b.parts && !isClock(b)) {
      const time = a;
      const part = b;
      out ??= ms.slice(0, k);
      out.push({
        from: a.from,
        to: b.to,
        rule: 'date-time',
        point: 'time',
        mean(ctx) {
          return clockOnDay(ctx, time, part);
        },
      });
      k++;
      continue;
    }
    if (b) {
      const gap = b.from - a.to;
      const sep = s.at(a.to);
      // "tomorrow before 4pm", "Tuesday after 2pm": that day's time, before or after it (TIMEX3 mod)
      const bound = gap === 1 && (sep === 'before' || sep === 'after') && isDay(a) && isClock(b) ? (sep === 'before' ? 'BEFORE' : 'AFTER') : undefined;
      // "midnight of 31 December": the end of that day
      const midnightOf = gap === 1 && sep === 'of' && isClock(a) && a.clock.startsWith('24') && isDay(b);
      // "at 6:10 a.m. local time Monday" (wire news): the clock on that day, one mention (alone the weekday would be
      // placed from its own place, past the clause's cue)
      // (and "at 5 p.m. local time, Wednesday": the comma closes the zone, not the clause; "at 2:30 a.m. local time on
      // Monday")
      const local = (gap === 2 || (gap === 3 && (s.at(a.to + 2) === ',' || s.word(a.to + 2) === 'on'))) && sep === 'local' && s.word(a.to + 1) === 'time' && isClock(a) && isDay(b);
      const okGap = gap === 0 || (gap === 1 && sep !== undefined && DATE_TIME_GLUE.has(sep)) || bound !== undefined || midnightOf || local;
      if (okGap && (isDay(a) || isClock(a)) && (isDay(b) || isClock(b)) && isDay(a) !== isDay(b) && !secondEnd(s, ms, k) && !(isClock(a) && firstEnd(s, ms, k + 1))) {
        out ??= ms.slice(0, k);
        out.push(dayAndTime(s, a, b, sep, bound));
        k++;
        continue;
      }
    }
    // "tonight 8pm", "this afternoon at 3", "tomorrow at 5": a clock on that day, in that part of it
    if (isDay(a) || a.part) {
      let c = a.to;
      if (s.at(c) === 'at') c++;
      const next = ms[k + 1];
      const clock = next && next.from === c && isClock(next) ? next : undefined;
      // a bare hour only at the end of a clause ("at 8.", "at 8,"), never before a noun ("at 10 people")
      const bare = !clock && c > a.to && s.digits(c) !== undefined && s.len(c) <= 2 && clauseEnd(s, c + 1) && (!next || next.from > c) ? s.digits(c)! : undefined;
      // "Monday at 12.30", "September 16, 2020 at 23.00": a dotted clock after a day and "at"
      const dm = !clock && c > a.to && c < s.to && s.tokens.kind[c] === KIND_NUMBER && (!next || next.from > c) ? /^(\d{1,2})\.(\d\d)$/.exec(s.tokens.text[c]!) : null;
      const dotted = dm && Number(dm[1]) <= 23 && Number(dm[2]) <= 59 ? dm : null;
      if (dotted) {
        const part = a.part;
        // "at 23.00+14": a numeric offset glued to it
        const offset = offsetAt(s, c + 1);
        out ??= ms.slice(0, k);
        out.push({
          from: a.from,
          to: offset ? offset[1] : c + 1,
          rule: 'date-time',
          point: 'time',
          mean(ctx) {
            const d = a.mean(ctx);
            let hour = Number(dotted[1]);
            if (hour < 12 && part && part !== 'MO') hour += 12;
            const t = timeMeaning(ctx, `${pad2(hour)}:${dotted[2]}`, offset?.[0], d.value.slice(0, 10));
            t.inferred = d.inferred;
            return t;
          },
        });
        continue;
      }
      if ((clock && a.part) || (bare !== undefined && bare >= 1 && bare <= 12)) {
        const part = a.part;
        out ??= ms.slice(0, k);
        out.push({
          from: a.from,
          to: clock ? clock.to : c + 1,
          rule: 'date-time',
          point: 'time',
          mean(ctx) {
            const d = a.mean(ctx);
            const day = d.value.slice(0, 10);
            let hour = clock ? Number(clock.clock.slice(0, 2)) : bare!;
            if (hour < 12 && part && part !== 'MO') hour += 12;
            const rest = clock ? clock.clock.slice(2) : ':00';
            const t = timeMeaning(ctx, `${pad2(hour)}${rest}`, clock?.zone, day);
            t.inferred = d.inferred;
            return t;
          },
        });
        if (clock) k++;
        continue;
      }
    }
    out?.push(a);
  }
  return out ?? ms;
}

const RANGE_WORDS = new Set(['to', 'through', 'thru', 'until', 'till', 'and']);
const RANGE_POINTS = new Set(['day', 'month', 'year', 'time', 'quarter', 'season', 'decade']);

/** "from 2019 to 2021", "between March and May", "2019-2021", "June 16 – July 2", "13:00 - 16:00". */
function ranges(s: Scan, ms: Match[]): Match[] {
  // (the list is copied only from the first pair it joins: most pieces have none)
  let out: Match[] | undefined;
  for (let k = 0; k < ms.length; k++) {
    const a = ms[k]!;
    const b = ms[k + 1];
    if (b && b.from === a.to + 1 && a.point && b.point && RANGE_POINTS.has(a.point) && RANGE_POINTS.has(b.point) && !a.parts && !b.parts) {
      const sep = s.at(a.to)!;
      const before = s.word(a.from - 1);
      const dash = s.dash(a.to);
      // "Monday afternoon to last night": two parts of days join with "to" as two points of one kind do
      const word = RANGE_WORDS.has(sep) && (sep !== 'and' || before === 'between') && (sep !== 'to' || before === 'from' || a.point === b.point || (partOfDay(s, a) && partOfDay(s, b)));
      const sameKind = a.point === b.point || (a.point === 'day' && b.point === 'time') || (a.point === 'time' && b.point === 'day');
      if ((dash || word) && sameKind && !(dash && a.point === 'year' && !(s.tight(a.to) && s.tight(b.from)) && before !== 'from')) {
        // (methods, not a named arrow: see the note on `mean` in scan.ts)
        // a first clock whose half of the day is written ("6am", "00:01") keeps it: "from 6am until 9pm"
        const half = halfStated(s, a);
        const pa: Match = { ...a, mean(ctx) { return propagate(a.mean(ctx), b.mean(ctx), half)[0]; } };
        // a clock before the first is on the next day in the part as in the range ("11pm to 2am")
        const pb: Match = { ...b, mean(ctx) { const [x, y] = propagate(a.mean(ctx), b.mean(ctx), half); return overnightEnd(x, y); } };
        out ??= ms.slice(0, k);
        out.push({
          from: a.from,
          to: b.to,
          rule: 'range',
          point: a.point,
          parts: [pa, pb],
          mean(ctx) {
            const [x, y] = propagate(a.mean(ctx), b.mean(ctx), half);
            return rangeMeaning(x, y);
          },
        });
        k++;
        continue;
      }
    }
    out?.push(a);
  }
  return out ?? ms;
}

const YEAR = /^\d{4}/;

/** A clock whose day was taken from the focus or the reference ("2am" alone: only its day inferred). */
const bareClock = (m: Meaning) => m.type === 'time' && m.inferred.length === 1 && m.inferred[0] === 'day';
/** A time on a calendar day, 'YYYY-MM-DDTHH:MM…' (no zone letters after the day: any clock). */
const DAY_CLOCK = /^\d{4}-\d\d-\d\dT\d\d:\d\d/;

/** Re-make a meaning with a new value, keeping type, mod and what else was inferred. */
function revalue(m: Meaning, value: string, stated: string): Meaning {
  const out = dateMeaning(value, m.inferred.filter((f) => f !== stated), m.type);
  if (m.granularity && (m.type === 'time' || !out.granularity)) out.granularity = m.granularity;
  if (m.mod) out.mod = m.mod;
  // the same value ("Monday afternoon" whose year the other end confirms): keep its narrower interval
  if (value === m.value && m.interval) out.interval = m.interval;
  if (m.type === 'time' && !out.interval) {
    const t = /^(\d{4}-\d\d-\d\d)(T\d\d:\d\d(?::\d\d)?)/.exec(value);
    if (t) out.interval = { start: t[1]! + t[2]!, end: t[1]! + t[2]! };
  }
  return out;
}

/** Words that state a clock's half of the day ("6 am", "6 a.m."; glued, "6am", they end its token). */
const HALVES = new Set(['am', 'pm']);

/**
 * Does match m write its clock's half of the day: "am" or "pm" in it or glued to its digits ("6am", "6 a.m."), or a
 * 24-hour clock with a leading zero ("00:01", "06:00", "0600")? Then the afternoon of a range's second end is not
 * its own ("from 6am until 9pm", "from 00:01 on Friday until 23:59").
 */
function halfStated(s: Scan, m: Match): boolean {
  for (let i = m.from; i < m.to; i++) {
    const w = s.word(i) ?? s.at(i);
    if (w === undefined) continue;
    if (HALVES.has(w) || ((w.endsWith('am') || w.endsWith('pm')) && w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57)) return true;
    // "a.m." is four tokens: "a", ".", "m", "."
    if ((w === 'a' || w === 'p') && s.at(i + 1) === '.' && s.word(i + 2) === 'm') return true;
    // "00:01", "06:00", "0600": two digits or four, the first a zero
    if ((w.length === 2 || w.length === 4) && w.charCodeAt(0) === 48 && s.digits(i) !== undefined) return true;
  }
  return false;
}

/** A range's ends share what one states and the other leaves out: the year, the day, the afternoon. */
function propagate(a: Meaning, b: Meaning, halfStated = false): [Meaning, Meaning] {
  let x = a;
  let y = b;
  const ay = a.inferred.includes('year');
  const by = b.inferred.includes('year');
  if (ay && !by && YEAR.test(a.value) && YEAR.test(b.value) && a.type === 'date') {
    // "Aug 10 - Nov 12, 2013": the first end takes the second's year (the one before, if it would come after)
    let v = b.value.slice(0, 4) + a.value.slice(4);
    if (v.slice(4) > b.value.slice(4)) v = String(Number(b.value.slice(0, 4)) - 1).padStart(4, '0') + a.value.slice(4);
    x = revalue(a, v, 'year');
  } else if (by && !ay && YEAR.test(a.value) && YEAR.test(b.value) && b.type === 'date') {
    let v = a.value.slice(0, 4) + b.value.slice(4);
    if (v.slice(4) < a.value.slice(4)) v = String(Number(a.value.slice(0, 4)) + 1).padStart(4, '0') + b.value.slice(4);
    y = revalue(b, v, 'year');
  }
  // "Monday to Friday" on a Sunday: two weekdays (neither month nor day stated) in order, within a week
  const dd = /^(\d{4})-(\d\d)-(\d\d)$/;
  const wx = dd.exec(x.value);
  let wy = dd.exec(y.value);
  // "July 1st to the 3rd": a day of no stated month takes the first end's (the next month's when it comes before it)
  if (wx && wy && y.inferred.includes('month') && !y.inferred.includes('day') && !x.inferred.includes('month')) {
    const [yy, mm] = wy[3]! < wx[3]! ? addMonths(Number(wx[1]), Number(wx[2]), 1) : [Number(wx[1]), Number(wx[2])];
    if (Number(wy[3]) <= daysIn(yy, mm)) {
      y = revalue(y, `${pad4(yy)}-${pad2(mm)}-${wy[3]}`, '');
      wy = dd.exec(y.value);
    }
  }
  if (wx && wy && x.inferred.includes('day') && y.inferred.includes('day') && x.inferred.includes('month') && y.inferred.includes('month') && y.value < x.value) {
    y = revalue(y, ymdValue(addDays({ y: Number(wy[1]), m: Number(wy[2]), d: Number(wy[3]) }, 7)), '');
  }
  // "from June 16 to June 2" with no year: the second end is in the year after
  else if (x.inferred.includes('year') && y.inferred.includes('year') && YEAR.test(x.value) && YEAR.test(y.value) && y.type === 'date' && y.value.slice(4) < x.value.slice(4)) {
    y = revalue(y, String(Number(y.value.slice(0, 4)) + (Number(x.value.slice(0, 4)) - Number(y.value.slice(0, 4))) + 1).padStart(4, '0') + y.value.slice(4), '');
  }
  // "from May to December" placed apart (May ahead, December behind): in order, the ends share the first one's year
  else if (x.inferred.includes('year') && y.inferred.includes('year') && YEAR.test(x.value) && YEAR.test(y.value) && y.type === 'date' && x.value.slice(0, 4) !== y.value.slice(0, 4)) {
    y = revalue(y, x.value.slice(0, 4) + y.value.slice(4), '');
  }
  // "2014-04-18 13:00 - 16:00": the second time is on the first one's day
  const day = /^[\dX]{4}-[\dX]{2}-[\dX]{2}/;
  if (y.type === 'time' && y.inferred.includes('day') && day.test(x.value) && !x.inferred.includes('day')) {
    y = revalue(y, x.value.slice(0, 10) + y.value.slice(10), 'day');
  } else if (bareClock(y) && x.type === 'time' && !bareClock(x) && DAY_CLOCK.test(x.value) && DAY_CLOCK.test(y.value)) {
    // "from 11pm Friday to 2am": the second clock is on the first one's day, or the next when it comes before it
    y = onDayOf(y, x.value.slice(0, 10), y.value.slice(10) < x.value.slice(10) ? 1 : 0);
  } else if (bareClock(x) && y.type === 'time' && !bareClock(y) && DAY_CLOCK.test(x.value) && DAY_CLOCK.test(y.value)) {
    // "10pm - 2am Friday": the day is the first clock's, and the second's the next when it comes before it
    const overnight = y.value.slice(10) < x.value.slice(10);
    x = onDayOf(x, y.value.slice(0, 10), 0);
    if (overnight) y = onDayOf(y, y.value.slice(0, 10), 1);
  }
  // "3:30-4:30pm": the first time is in the afternoon too
  const ta = /T(\d\d)/.exec(x.value);
  const tb = /T(\d\d)/.exec(y.value);
  if (!halfStated && x.type === 'time' && ta && tb && Number(ta[1]) < 12 && Number(tb[1]) >= 12 && Number(ta[1]) + 12 <= Number(tb[1])) {
    const h = String(Number(ta[1]) + 12);
    x = revalue(x, x.value.replace(/T\d\d/, `T${h}`), '');
  }
  return [x, y];
}

const withMod = (inner: Match, from: number, to: number, mod: string, rule: string, s?: Scan): Match => ({
  ...inner,
  // "the mid-1990s", "the late 1970s"
  from: s && s.word(from - 1) === 'the' && s.word(inner.from) !== 'the' ? from - 1 : from,
  to,
  rule,
  mean(ctx) {
    const m: Meaning = inner.mean(ctx);
    m.mod = mod;
    if (m.interval && m.type !== 'duration') m.interval = narrow(m.interval, mod);
    return m;
  },
});

/** Is the word before match k ("late", "early") after a duration that ends right before it ("a day late next week")? */
function howFar(ms: Match[], k: number, w1: string): boolean {
  const prev = k > 0 ? ms[k - 1] : undefined;
  return w1 !== 'mid' && prev !== undefined && prev.dur !== undefined && prev.to === ms[k]!.from - 1;
}

/** "early July", "late 1990s", "mid-2024", "mid-November", "post-1959", "the end of the year", "the beginning of 2025". */
function modifiers(s: Scan, ms: Match[]): Match[] {
  // (the list is copied only from the first match it changes: most pieces have none)
  let out: Match[] | undefined;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k]!;
    if (!m.point || m.dur) {
      out?.push(m);
      continue;
    }
    // "mid-2024", "mid-November", "late-november"
    const w1 = s.word(m.from - 1);
    // (a modifier the match before already holds stays its: "for year end-June 2013" is "year end" and "June 2013",
    // mentions never overlap)
    const dashed = s.dash(m.from - 1) && s.tight(m.from) && s.tight(m.from - 1);
    const partWord = w1 === 'early' || w1 === 'late' || w1 === 'mid';
    const of = w1 === 'of' && s.word(m.from - 3) === 'the';
    if (!dashed && !partWord && !of) {
      out?.push(m);
      continue;
    }
    // (the end of the match kept before it, -1 when none: read only before a modifier word or a dash, where a match
    // before may already hold it)
    const lastTo = lastKept(out, ms, k)?.to ?? -1;
    if (dashed && lastTo <= m.from - 2) {
      // "post-1959", "pre-2008": before or after the date, which stays the value (TimeML)
      const part = PART_MODS.get(s.word(m.from - 2) ?? '');
      const mod = part ?? PREFIX_MODS.get(s.word(m.from - 2) ?? '');
      if (mod) {
        // "the mid-1990s" takes its "the"; "the post-1959 politics" and "the end-May target" do not (the noun's:
        // "end-" makes no noun phrase of its own, "by end-May")
        out ??= ms.slice(0, k);
        out.push(withMod(m, m.from - 2, m.to, mod, 'modifier', part && s.word(m.from - 2) !== 'end' ? s : undefined));
        continue;
      }
    }
    // "early July", "late yesterday", "early next year"
    // (not "a day late next week", "two weeks early this year": after a duration the word says how far off, no part)
    if (partWord && s.word(m.from) !== 'the' && !howFar(ms, k, w1) && lastTo <= m.from - 1) {
      out ??= ms.slice(0, k);
      out.push(withMod(m, m.from - 1, m.to, PART_MODS.get(w1)!, 'modifier', s));
      continue;
    }
    // "the end of 2025", "the beginning of June", "the middle of the decade"
    if (of && lastTo <= m.from - 3) {
      const mod = PART_MODS.get(s.word(m.from - 2) ?? '');
      if (mod) {
        out ??= ms.slice(0, k);
        out.push(withMod(m, m.from - 3, m.to, mod, 'modifier'));
        continue;
      }
    }
    out?.push(m);
  }
  return out ?? ms;
}

const OUTSIDE_SPAN = new Set(['about', 'around', 'almost', 'over', 'approximately', 'roughly']);

/** "about three years", "nearly forty years", "more than four decades ago", "up to 180 days", "less than a decade". */
function approximations(s: Scan, ms: Match[]): Match[] {
  // (the list is copied only from the first match it changes: most pieces have none)
  let out: Match[] | undefined;
  for (let k = 0; k < ms.length; k++) {
    const m0 = ms[k]!;
    const m = approximation(s, m0);
    if (m !== m0) out ??= ms.slice(0, k);
    out?.push(m);
  }
  return out ?? ms;
}

/** A match with the approximation before or after it ("about three years", "the next year or so"), else the match. */
function approximation(s: Scan, m0: Match): Match {
  // "the next year or so", "over the next two years or so": TimeBank's span takes "or so", the mod says it
  const m = (m0.dur || m0.point) && s.word(m0.to) === 'or' && s.word(m0.to + 1) === 'so' ? withMod(m0, m0.from, m0.to + 2, 'APPROX', 'approximation') : m0;
  if (!m.dur && m.rule !== 'ago') return m;
  // "~5 hours": the tilde touching the number is "about" (outside the span, like "about")
  if (s.at(m.from - 1) === '~' && s.tight(m.from)) return withMod(m, m.from, m.to, 'APPROX', 'approximation');
  const w1 = s.word(m.from - 1);
  const w2 = s.word(m.from - 2);
  const two = w2 !== undefined && w1 !== undefined ? APPROX_MODS.get(`${w2} ${w1}`) : undefined;
  if (two) return withMod(m, m.from - 2, m.to, two, 'approximation');
  const one = w1 === undefined ? undefined : APPROX_MODS.get(w1);
  if (one && !(w1 === 'over' && s.word(m.from) === 'the') && !(w1 === 'some' && s.word(m.from) === 'a')) {
    // TimeBank leaves "about", "around", "almost" and "over" outside the span; the mod still says it
    return withMod(m, OUTSIDE_SPAN.has(w1!) ? m.from : m.from - 1, m.to, one, 'approximation');
  }
  return m;
}
