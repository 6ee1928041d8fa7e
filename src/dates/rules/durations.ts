// Durations: "three decades" (P30Y), "five years", "48 hours" (PT48H),
// "a year", "two-year" and "10-year" (as adjectives), "the nine months",
// "the past two months", "the last 24 hours", "several years" (PXY),
// "millennia" and "years" after a preposition (vague: PXML, PXY),
// "the years" in "over the years" (PXY).
// Must reject: "three forces", "five countries" (not units), "a second
// summit" and "the second summit" ("second" as an ordinal), "one day" as
// "some day" is kept (a duration, as TimeBank has it).
import {
  CARDINALS,
  DURATION_AHEAD_AT,
  DURATION_BACK,
  DURATION_LOOKBACK_CUES,
  DURATION_NEXT,
  DURATION_TIED_AFTER,
  DURATION_WITHIN,
  COUNT_FILLERS,
  COUNT_UNITS,
  UNITS,
  VAGUE_QUANTITIES,
} from '../lexicon.js';
import { dateMeaning, unitValue } from '../resolve.js';
import { type Context, DASHES, type Match, type Meaning, type Rule, type Scan, fixed, followedBy, opensAt, Shape, startsWith } from '../scan.js';
import { addDays, addMonths, daysIn, durationGranularity, pad2, pad4, ymdValue } from '../timex.js';
import { words } from '../../text/data/words.js';
import { numberAt } from './common.js';
import { titleCaseLine } from './written.js';

/** The TIMEX3 duration value of n units ('1Y' × 3 → 'P3Y', '1H' × 48 → 'PT48H'); n undefined = vague. */
export function durationValue(n: number | undefined, unit: string): string {
  const parts = unitParts(unit);
  if (!parts) return 'PXY';
  const [per, letter] = parts;
  // vague: decades, centuries and millennia keep their own letters
  if (n === undefined) {
    if (letter === 'Y' && per === 10) return 'PXDE';
    if (letter === 'Y' && per === 100) return 'PXCE';
    if (letter === 'Y' && per === 1000) return 'PXML';
    if (letter === 'M' && per === 3) return 'PXQ';
    if (letter === 'MIN') return 'PTXM';
    if (letter === 'H' || letter === 'S') return `PTX${letter}`;
    if (letter === 'WE') return 'PXWE';
    return `PX${letter}`;
  }
  let total = n * per;
  let l = letter;
  if (l === 'M' && per === 3) {
    l = 'Q';
    total = n;
  }
  // halves in the next smaller unit: "5 1/2 hours" → PT5H30M, "a year and a half" → P1Y6M
  if (!Number.isInteger(total) && Number.isInteger(total * 2)) {
    const whole = Math.floor(total);
    const w = whole > 0 ? String(whole) : '';
    if (l === 'Y') return `P${w ? `${w}Y` : ''}6M`;
    if (l === 'W') return `P${total * 7}D`;
    if (l === 'D') return `P${w ? `${w}D` : ''}T12H`;
    if (l === 'H') return `PT${w ? `${w}H` : ''}30M`;
    if (l === 'MIN') return `PT${w ? `${w}M` : ''}30S`;
  }
  // "6.46 seconds" (a race time) → PT6.46S: the two decimals a count may state
  const num = Number.isInteger(total) ? String(total) : String(Math.round(total * 100) / 100);
  if (l === 'MIN') return `PT${num}M`;
  if (l === 'H' || l === 'S') return `PT${num}${l}`;
  if (l === 'WE') return `P${num}WE`;
  return `P${num}${l}`;
}

/** A unit code's count and letter ('10Y' → [10, 'Y'], 'MIN' → [1, 'MIN']), read once per code. */
const UNIT_PARTS = new Map<string, [number, string] | undefined>();
function unitParts(unit: string): [number, string] | undefined {
  if (UNIT_PARTS.has(unit)) return UNIT_PARTS.get(unit);
  const m = /^(\d+)?(Y|M|W|D|H|MIN|S|WE)$/.exec(unit);
  const parts: [number, string] | undefined = m ? [Number(m[1] ?? 1), m[2]!] : undefined;
  // the codes are the lexicon's few, but a cache must not grow without bound
  if (UNIT_PARTS.size < 256) UNIT_PARTS.set(unit, parts);
  return parts;
}

const UNIT_GRAIN: Record<string, Meaning['granularity']> = { '10Y': 'decade', '100Y': 'century', '1000Y': 'millennium', '3M': 'quarter' };
const BASE_GRAIN: Record<string, Meaning['granularity']> = { '1Y': 'year', '1M': 'month', '1W': 'week', '2W': 'week', '1D': 'day', '1H': 'hour', '1MIN': 'minute', '1S': 'second' };

/** A duration's meaning: its value and the granularity of its unit (one object literal per shape, as `dateMeaning` builds them). */
export function durMeaning(value: string, unit?: string): Meaning {
  const granularity = durGranularity(value, unit);
  return granularity ? { type: 'duration', value, inferred: [], granularity } : { type: 'duration', value, inferred: [] };
}

/** The granularity of a duration's unit: decades, centuries, millennia and quarters by their value, the others by the unit code, else by the value. */
function durGranularity(value: string, unit: string | undefined): Meaning['granularity'] {
  // decades, centuries, millennia and quarters end in 'E', 'L' or 'Q': the other values skip the four tests
  const last = value.charCodeAt(value.length - 1);
  if (last === 69 || last === 76 || last === 81) {
    if (/^P(X|\d+)DE$/.test(value)) return 'decade';
    if (/^P(X|\d+)CE$/.test(value)) return 'century';
    if (/^P(X|\d+)ML$/.test(value)) return 'millennium';
    if (/^P(X|\d+)Q$/.test(value)) return 'quarter';
  }
  return (unit && (UNIT_GRAIN[unit] ?? BASE_GRAIN[unit])) || durationGranularity(value);
}

/**
 * A count's abbreviation ("1 mon", "3 mons ago": COUNT_UNITS), given as the word w (lower-cased) and the token's
 * own text, read only right after a count (callers check) and only in lower case ("3 MON units", "shift 5 Mon"
 * are names): its unit code. (Strings in, not the scan: small enough for V8 to inline into unitAt, which runs on
 * every word after a number; with the scan and an index it cost 0.3 % of extractDates' instructions.)
 */
export function countedUnit(w: string, text: string): string | undefined {
  // (the list first: most words after a count are in none)
  const u = COUNT_UNITS.get(w);
  return u !== undefined && text === w ? u : undefined;
}

/** A unit word at i: [unit code, plural?, next]. "second" only when a number precedes (checked by callers). */
function unitAt(s: Scan, i: number, counted = false): [string, boolean, number] | undefined {
  const w = s.word(i);
  if (w === undefined) return undefined;
  // "1 mon": a count's abbreviations only after it, and in lower case (countedUnit)
  const u = UNITS.get(w) ?? (counted ? countedUnit(w, s.tokens.text[i]!) : undefined);
  if (!u) return undefined;
  // abbreviations ("sec", "min", "hrs") only in lower case after a number: "SEC" is an agency
  if (!FULL_UNITS.has(w) && (!counted || s.tokens.text[i]! !== w)) return undefined;
  return [u, w.endsWith('s') || w === 'millennia' || w === 'centuries', i + 1];
}

const FULL_UNITS = new Set(words(`
  millennium millennia century centuries decade decades year years quarter quarters month months
  week weeks fortnight fortnights day days weekend weekends hour hours minute minutes second seconds
`));

/** Vague counts in a hyphenated adjective: "a several-year delay", "a many-month wait". */
const VAGUE_ADJECTIVE_COUNTS = new Set(words(`several many few`));

/** Words before "last" that make it a verb ("expected to last two months", "it could last weeks"). */
const VERB_BEFORE_LAST = new Set(words(`to will would could may might should can must did does do not`));

const PREPOSITIONS = new Set(['for', 'in', 'over', 'within', 'after', 'during', 'of', 'take', 'took', 'takes', 'spent', 'lasted', 'last', 'across', 'through']);

/** The wholes a quarter of which is a length of time ("a quarter of a century", "a quarter of an hour"): [a quarter of it, in the unit], the unit. */
export const QUARTER_OF: ReadonlyMap<string, [number, string]> = new Map<string, [number, string]>([
  ['century', [25, '1Y']],
  ['hour', [15, '1MIN']],
]);

/**
 * Words right before "one day" that make it the adverb "some day" (a modal, "to", a subject pronoun: "will one
 * day be", "to one day play", "he one day follow"), not a day's length ("for one day", "a one day strike").
 */
const SOME_DAY_BEFORE = new Set(words(`will would could might may can shall should must to 'll ’ll he she they we i you it`));
/** Words after "one day" that make it a length of time counted from something ("one day later", "one day after the vote"). */
const OFFSET_AFTER = new Set(words(`later earlier after before ago of from`));
/**
 * Words after "one day" that leave it a length: the adverb "some day" stands before its verb ("will one day be"), so
 * a function word, an amount or a time word after it says length ("cut to one day a week", "up to one day this
 * year", "gave you one day to decide", "extended to one day more"); the end of a clause says so too ("up to one day.").
 */
const LENGTH_AFTER = new Set(
  words(`a an the this that next last each every per to in on at for by with and or but than more less only longer
  extra off each week month year`),
);

/** Does a verb (a lower-case word, no offset or length word) follow "one day" at k, as after the adverb "some day" ("will one day be")? */
function someDayVerb(s: Scan, k: number): boolean {
  const t = s.token(k);
  if (t === undefined || t.kind !== 'word' || s.cap(k) || s.tight(k)) return false;
  const w = s.word(k) ?? '';
  return !OFFSET_AFTER.has(w) && !LENGTH_AFTER.has(w);
}

/** Approximations that may stand between "by" and "a quarter" ("dropped by nearly a quarter"). */
const APPROX_WORDS = new Set(words(`nearly almost about around roughly approximately just some over`));

/** Words after "a quarter" that make it a fraction of an amount ("a quarter point rise", "a quarter percentage point", "a quarter stake"). */
const QUARTER_OF_AMOUNT = new Set(words(`point points percentage stake share`));

/** Words after "the minutes" that keep it a length of time ("in the minutes before the crash"); other words make it a meeting's record ("the minutes showed", "the minutes of the meeting"). */
const MINUTES_AFTER = new Set(words(`before after that following leading since until when while in to`));

/** Words after "a quarter of", "three quarters of" that make it a fraction of a group or an amount ("of those", "of the votes", "of all"). */
const FRACTION_OF = new Set(words(`the those these them all its their his her our my your us it this that what whom which each every`));

/** "three decades", "48 hours", "a year", "the nine months", "the first nine months", "the past two months", "several years". */
const counted: Rule = (s, i) => {
  let j = i;
  let lead = false;
  const w0 = s.word(j);
  if (w0 === 'the') {
    j++;
    lead = true;
    const w = s.word(j);
    if (w === 'past' || w === 'last' || w === 'next' || w === 'first' || w === 'coming' || w === 'previous' || w === 'latest' || w === 'entire' || w === 'whole') j++;
  } else if (w0 === 'past' || w0 === 'last' || w0 === 'next' || w0 === 'first') {
    // "last five years", "past decade", "next two weeks"; not the verb: "expected to last two months"
    if (w0 === 'last' && VERB_BEFORE_LAST.has(s.word(j - 1) ?? '')) return undefined;
    j++;
    lead = true;
  }
  // "a few days": the article belongs to the count, as TimeML spans it ("within a few days", "A few days later")
  if (s.word(j) === 'a' && s.word(j + 1) === 'few') j++;
  const wj = s.word(j);
  const vague = wj !== undefined && VAGUE_QUANTITIES.has(wj) && wj !== 'past';
  let n: [number, number] | undefined;
  let nVal: number | undefined;
  if (vague) {
    // "several years", "a few years" (the rule starts at "few")
    n = [Number.NaN, j + 1];
  } else if (wj === 'half' && (s.word(j + 1) === 'a' || s.word(j + 1) === 'an')) {
    // "half an hour", "half a day"
    n = [0.5, j + 2];
    nVal = 0.5;
  } else {
    n = numberAt(s, j);
    if (n) nVal = n[0];
    // "the 1988 quarter": a year, not a count
    if (n && s.len(j) === 4 && s.digits(j) !== undefined) return undefined;
  }
  let k = n ? n[1] : j;
  // "two more weeks", "an additional year", "three straight years"
  if (n && !vague && COUNT_FILLERS.has(s.word(k) ?? '')) k++;
  // "a minute and a half" → keep the unit; "two and a half years"
  let half = false;
  if (n && s.word(k) === 'and' && s.word(k + 1) === 'a' && s.word(k + 2) === 'half') {
    half = true;
    k += 3;
  }
  const unit = unitAt(s, k, !!n && !vague);
  if (!unit) return undefined;
  const [u, plural, next] = unit;
  // "the US TV show 60 Minutes", "the film 28 Days Later": a count before a capitalized unit, a title's (in body text
  // units are written in lower case; a title-case headline or a text in capitals says nothing)
  // (after a preposition, "In 5 Minutes", it is the length: chrono's suite writes so)
  if (n && !vague && s.titleWord(k) && s.digits(j) !== undefined && !PREPOSITIONS.has(s.word(j - 1) ?? '') && !titleCaseLine(s, k)) return undefined;
  if (u === 'WE') return undefined;
  // "a year-earlier quarter": an adjective compound, not "a year"
  if (s.dash(next) && s.tight(next) && !plural) return undefined;
  // "sales dropped by nearly a quarter", "cut by a quarter": a fraction of an amount, not three months
  if (u === '3M' && !plural && !lead && nVal === 1 && s.word(APPROX_WORDS.has(s.word(i - 1) ?? '') ? i - 2 : i - 1) === 'by') return undefined;
  // "a quarter point rise", "a quarter percentage point": a fraction of a point, not three months
  if (u === '3M' && !plural && QUARTER_OF_AMOUNT.has(s.word(next) ?? '')) return undefined;
  // "the clamour in some quarters", "in many quarters": among some people, not a length of time
  if (u === '3M' && plural && vague && !lead && s.word(j - 1) === 'in' && wj !== 'recent' && wj !== 'coming' && wj !== 'past') return undefined;
  // "the minutes showed", "the latest minutes added": a meeting's record; "in the minutes before the crash" is a time
  if (u === '1MIN' && !n && plural && (s.word(k - 1) === 'the' || s.word(k - 1) === 'latest') && !MINUTES_AFTER.has(s.word(next) ?? '')) return undefined;
  // "Islam will one day be the second largest religion", "he hopes to one day play": some day ahead (TimeBank's FUTURE_REF)
  if (u === '1D' && !plural && !lead && wj === 'one' && SOME_DAY_BEFORE.has(s.word(i - 1) ?? '') && someDayVerb(s, next)) {
    return { from: i, to: next, rule: 'duration', mean: fixed({ type: 'date', value: 'FUTURE_REF', inferred: [] }) };
  }
  // "recent years": the past (TimeBank's PAST_REF)
  if (vague && s.word(j) === 'recent' && plural && u === '1Y') {
    return { from: i, to: next, rule: 'duration', mean: fixed({ type: 'date', value: 'PAST_REF', inferred: [] }) };
  }
  if (!n) {
    // "the year", "past decade", "the last year": a duration only with "the past/last" before the unit
    if (!lead) return undefined;
    const w1 = s.word(i === j - 1 ? i : j - 1);
    if (plural) {
      // "the years", "the past years"; "the weeks", "the days" are spanned without "the" (TimeML news does)
      if (s.word(i) !== 'the') return undefined;
      const from = u === '1Y' || u === '10Y' || u === '100Y' || u === '1000Y' || j > i + 1 ? i : k;
      return { from, to: next, rule: 'duration', dur: { n: undefined, unit: u }, mean: fixed(durMeaning(durationValue(undefined, u), u)) };
    }
    if (w1 === 'past' || w1 === 'last' || w1 === 'full' || w1 === 'entire' || w1 === 'whole' || w1 === 'coming' || w1 === 'next') {
      if (u === '3M' || u === '1D') return undefined;
      // "last minute shopping", "at the last minute": the idiom (as late as can be), not a minute's length
      if (u === '1MIN' && w1 === 'last' && (s.word(i) !== 'the' || s.word(i - 1) === 'at')) return undefined;
      // "the past year", "the next year": the calendar year before or after, as TimeBank writes it (DATE 1997);
      // "the past decade", "the past week" stay durations (the sets disagree on decades)
      const step = w1 === 'past' || w1 === 'last' ? -1 : w1 === 'next' || w1 === 'coming' ? 1 : 0;
      if (step !== 0 && s.word(i) === 'the' && u === '1Y' && s.word(next) !== 'of') {
        return { from: i, to: next, rule: 'duration', point: 'year', mean(ctx: Context) { return dateMeaning(unitValue(ctx.ref, 'Y', step)); } };
      }
      return { from: i, to: next, rule: 'duration', dur: { n: 1, unit: u }, mean: fixed(durMeaning(durationValue(1, u), u)) };
    }
    return undefined;
  }
  if (u === '1S' && nVal === 1 && s.word(j) !== 'one') return undefined; // "a second"
  // "the first nine months" and "the nine months" need a count above one: "the first year" is not a duration
  if (lead && s.word(i) === 'the' && s.word(i + 1) === 'first' && !(nVal !== undefined && nVal > 1)) return undefined;
  // "one day" as "some day" in the future stays a duration; "1 in 5 years" no
  let to = next;
  let count = vague ? undefined : nVal;
  if (half && count !== undefined) count += 0.5;
  // "a year and a half"
  if (s.word(to) === 'and' && s.word(to + 1) === 'a' && s.word(to + 2) === 'half' && count !== undefined) {
    count += 0.5;
    to += 3;
  }
  // "25 years old" is an age, not a duration TimeBank marks; so are "18 to 24 year olds"
  if (s.word(to) === 'old' || s.word(to) === 'olds') return undefined;
  // "a quarter of those with broadband", "three quarters of the votes": a fraction, not three months;
  // "a quarter of a century" is 25 years and "three quarters of an hour" 45 minutes
  if (u === '3M' && !lead && s.word(to) === 'of' && count !== undefined) {
    const a = s.word(to + 1);
    if (a === 'a' || a === 'an') {
      const quarter = QUARTER_OF.get(s.word(to + 2) ?? '');
      // "a quarter of a million"
      if (quarter === undefined) return undefined;
      const n = count * quarter[0];
      return { from: i, to: to + 3, rule: 'duration', dur: { n, unit: quarter[1] }, mean: fixed(durMeaning(durationValue(n, quarter[1]), quarter[1])) };
    }
    // "two quarters of growth" stays a length of time
    if (a !== undefined && FRACTION_OF.has(a)) return undefined;
  }
  // "5 minutes 30 seconds", "1 hour, 5 minutes, and 30 seconds", "2 years 6 months": one duration
  if (count !== undefined && SUM_ORDER[u] !== undefined) {
    const sum = sumAfter(s, to, u, count);
    if (sum && s.word(sum.to) === 'old') return undefined; // "5 years 3 months old": an age
    if (sum) return { from: i, to: sum.to, rule: 'duration', dur: sum.dur, mean: fixed(durMeaning(sum.value, sum.dur.unit)) };
  }
  // a singular unit after a plural number ("5 day") is an adjective ("a 5 day visit"): still a duration
  const value = durationValue(count, u);
  return { from: i, to, rule: 'duration', dur: { n: count, unit: u }, mean: fixed(durMeaning(value, u)) };
};

/** Units that add up in a sum, largest first, with their size in the smallest unit of their kind (months or seconds). */
const SUM_ORDER: Record<string, number> = { '1Y': 0, '1M': 1, '1W': 2, '1D': 3, '1H': 4, '1MIN': 5, '1S': 6 };

/**
 * More counted units after a duration, each smaller than the one before ("5 minutes, 30 seconds",
 * "1 hour and 5 minutes"): the sum, its TIMEX3 value ('PT5M30S', 'P2Y6M', 'P1DT2H') and its size in
 * the smallest unit stated (for anchoring), or undefined when nothing follows.
 */
function sumAfter(s: Scan, at: number, first: string, n: number): { to: number; value: string; dur: { n: number; unit: string } } | undefined {
  const parts: [string, number][] = [[first, n]];
  let to = at;
  for (;;) {
    let j = to;
    if (s.at(j) === ',') j++;
    if (s.word(j) === 'and') j++;
    const num = numberAt(s, j);
    if (!num || !Number.isInteger(num[0]) || s.word(j) === 'a' || s.word(j) === 'an') break;
    const unit = unitAt(s, num[1], true);
    const last = parts[parts.length - 1]![0];
    if (!unit || SUM_ORDER[unit[0]] === undefined || SUM_ORDER[unit[0]]! <= SUM_ORDER[last]!) break;
    parts.push([unit[0], num[0]]);
    to = unit[2];
  }
  if (parts.length === 1) return undefined;
  const get = (u: string) => parts.find(([pu]) => pu === u)?.[1] ?? 0;
  const [y, mo, w, d, h, mi, sec] = ['1Y', '1M', '1W', '1D', '1H', '1MIN', '1S'].map(get) as [number, number, number, number, number, number, number];
  const days = d + w * 7;
  const date = `${y ? `${y}Y` : ''}${mo ? `${mo}M` : ''}${days ? `${days}D` : ''}`;
  const time = `${h ? `${h}H` : ''}${mi ? `${mi}M` : ''}${sec ? `${sec}S` : ''}`;
  const value = `P${date}${time ? `T${time}` : ''}`;
  // the size in the smallest unit stated: months for years and months alone, else minutes, hours or days
  const smallest = parts[parts.length - 1]![0];
  let dur: { n: number; unit: string };
  if (smallest === '1M') dur = { n: y * 12 + mo, unit: '1M' };
  else if (y || mo) return { to, value, dur: { n: Number.NaN, unit: smallest } };
  else if (smallest === '1D') dur = { n: days, unit: '1D' };
  else dur = { n: days * 1440 + h * 60 + mi + sec / 60, unit: '1MIN' };
  return { to, value, dur };
}

/** "two-year", "10-year", "five-hour", "decades-long", "day-long", "16-hour": hyphenated adjectives. */
const adjective: Rule = (s, i) => {
  const n = numberAt(s, i);
  if (n) {
    const [count, k] = n;
    if (!s.dash(k) || !s.tight(k) || !s.tight(k + 1)) return undefined;
    const unit = unitAt(s, k + 1, true);
    if (!unit || unit[1] || unit[0] === 'WE') return undefined;
    let to = unit[2];
    if (s.dash(to) && s.tight(to) && s.word(to + 1) === 'old') return undefined; // "a 10-year-old"
    if (s.dash(to) && s.tight(to) && s.word(to + 1) === 'long') to += 2;
    return { from: i, to, rule: 'duration-adjective', dur: { n: count, unit: unit[0] }, mean: fixed(durMeaning(durationValue(count, unit[0]), unit[0])) };
  }
  // "several-year", "many-month": a vague count
  const v = s.word(i);
  if (v !== undefined && VAGUE_ADJECTIVE_COUNTS.has(v) && s.dash(i + 1) && s.tight(i + 1) && s.tight(i + 2)) {
    const u = unitAt(s, i + 2);
    if (u && !u[1] && u[0] !== 'WE' && !(s.dash(u[2]) && s.tight(u[2]) && s.word(u[2] + 1) === 'old')) {
      return { from: i, to: u[2], rule: 'duration-adjective', dur: { n: undefined, unit: u[0] }, mean: fixed(durMeaning(durationValue(undefined, u[0]), u[0])) };
    }
  }
  // "decades-long", "years-long"; "day-long", "week-long": one unit
  const unit = unitAt(s, i);
  if (unit && unit[0] !== 'WE' && s.dash(i + 1) && s.tight(i + 1) && s.word(i + 2) === 'long' && s.tight(i + 2)) {
    const n = unit[1] ? undefined : 1;
    return { from: i, to: i + 3, rule: 'duration-adjective', dur: { n, unit: unit[0] }, mean: fixed(durMeaning(durationValue(n, unit[0]), unit[0])) };
  }
  return undefined;
};

/** "millennia", "years", "decades" after a preposition ("in millennia of", "for years"): vague durations. */
const bare: Rule = (s, i) => {
  const unit = unitAt(s, i);
  if (!unit?.[1]) return undefined;
  const prev = s.word(i - 1);
  if (prev === undefined || !PREPOSITIONS.has(prev)) return undefined;
  // "a matter of days": soon (left out, as "soon" is), not a length of time
  if (prev === 'of' && s.word(i - 2) === 'matter') return undefined;
  const [u, , next] = unit;
  if (u === 'WE' || u === '1S' || u === '1MIN') return undefined;
  return { from: i, to: next, rule: 'duration-vague', dur: { n: undefined, unit: u }, mean: fixed(durMeaning(durationValue(undefined, u), u)) };
};

/** The duration rules, in order. */
export const DURATIONS: Rule[] = [
  // "the past two months", "last five years", "several years", "half an hour", "48 hours", "a year"
  // after a number: its unit ("48 hours"), a filler ("20 more years"), "and a half", the rest of a half ("5 1/2 hours");
  // after "the": a direction ("the past two years"), a count ("the nine months", "the 1.5 years", "the few days"), a unit ("the years")
  followedBy(
    opensAt(counted, Shape.Number, ['the', 'past', 'last', 'next', 'first', 'half', 'a', 'an'], VAGUE_QUANTITIES, CARDINALS.keys()),
    { shapes: Shape.Number, words: ['the'] },
    Shape.Number,
    UNITS.keys(),
    COUNT_UNITS.keys(),
    COUNT_FILLERS,
    ['and', 'past', 'last', 'next', 'first', 'coming', 'previous', 'latest', 'entire', 'whole', 'a', 'an', 'half', 'couple'],
    VAGUE_QUANTITIES,
    CARDINALS.keys(),
  ),
  // "10-year", "two-year", "several-year", "decades-long"
  // after a number, its dash ("10-year"), or the rest of a half ("5 1/2-hour")
  followedBy(opensAt(adjective, Shape.Number, ['a', 'an'], CARDINALS.keys(), VAGUE_ADJECTIVE_COUNTS, UNITS.keys()), Shape.Number, Shape.Number, DASHES),
  // "years" after a preposition
  startsWith(bare, UNITS.keys()),
];

/** Words left outside a span that may stand between a preposition and its duration ("in around 5 hours"). */
const BETWEEN = new Set(['about', 'around', 'approximately', 'roughly', 'almost']);
/** Minutes in a clock-sized unit. */
const UNIT_MINUTES: Record<string, number> = { '1H': 60, '1MIN': 1, '1S': 1 / 60 };
/** Days and months in the calendar units. */
const UNIT_DAYS: Record<string, number> = { '1D': 1, '1W': 7, '2W': 14 };
const UNIT_MONTHS: Record<string, number> = { '1M': 1, '3M': 3, '1Y': 12, '10Y': 120, '100Y': 1200, '1000Y': 12000 };

/**
 * The calendar bounds of a counted duration anchored to the reference, or undefined when it floats
 * free ("for three decades", "a 10-year note") or is tied to another event ("within a week of his
 * capture"). The TIMEX3 type and value stay the duration's; only the interval is added:
 * - "in 10 minutes", "after a year": the moment that far ahead (start = end);
 * - "within 2 hours", "the next two weeks": from the reference to that moment;
 * - "the past week", "the last three years": from that far back to the reference.
 * Ahead-looking forms in a past-tense sentence count from the narrative, not the reference: none.
 * Hours, minutes and seconds give minutes when the reference states its clock, else days (the
 * reference taken at noon, as "three hours ago" does).
 */
export function anchoredInterval(s: Scan, m: Match, ctx: Context): { start: string; end: string } | undefined {
  const ref = ctx.ref;
  if (!ref || !m.dur || m.dur.n === undefined || !(m.dur.n > 0)) return undefined;
  let i = m.from;
  const the = s.word(i) === 'the';
  if (the) i++;
  const lead = s.word(i);
  // "the last three months of 2004", "the three months to September", "within a week of his capture": tied to another time
  const after = s.word(m.to);
  if (after !== undefined && DURATION_TIED_AFTER.has(after)) return undefined;
  let kind: 'at' | 'within' | 'back' | 'next' | undefined;
  if (lead !== undefined && DURATION_BACK.has(lead)) kind = 'back';
  else if (lead !== undefined && DURATION_NEXT.has(lead)) kind = 'next';
  else if (the) return undefined; // "in the three months": a period in focus, not "in three months"
  else {
    let b = m.from - 1;
    if (s.at(b) === '~') b--; // "in ~5 hours", "in about ~5 hours"
    if (BETWEEN.has(s.word(b) ?? '')) b--;
    const p = s.word(b);
    if (p === undefined) return undefined;
    if (DURATION_AHEAD_AT.has(p)) kind = 'at';
    else if (DURATION_WITHIN.has(p)) kind = 'within';
    else return undefined;
    // "the first time in 20 years", "its biggest gain in a week": a span looked back over
    if (p === 'in') {
      for (let k = b - 1; k >= Math.max(s.from, b - 4); k--) {
        const w = s.word(k);
        if (w !== undefined && (DURATION_LOOKBACK_CUES.has(w) || (w.length > 4 && w.endsWith('est')))) return undefined;
        if (s.at(k) === '%') return undefined; // "up 5% in a year"
      }
    }
  }
  if (kind !== 'back' && ctx.tense < 0) return undefined;
  const { n, unit } = m.dur;
  const sign = kind === 'back' ? -1 : 1;
  let moved: string | undefined;
  let now: string;
  const perMinute = UNIT_MINUTES[unit];
  if (perMinute !== undefined) {
    const minutes = n * perMinute;
    const clock = ctx.clock;
    const at = Math.floor((clock ?? 720) + sign * minutes);
    const shift = Math.floor(at / 1440);
    const day = ymdValue(addDays(ref, shift));
    if (clock === undefined) {
      moved = day;
      now = ymdValue(ref);
    } else {
      const left = at - shift * 1440;
      moved = `${day}T${pad2(Math.floor(left / 60))}:${pad2(left % 60)}`;
      now = `${ymdValue(ref)}T${pad2(Math.floor(clock / 60))}:${pad2(clock % 60)}`;
    }
  } else {
    now = ymdValue(ref);
    const days = UNIT_DAYS[unit];
    const months = UNIT_MONTHS[unit];
    if (days !== undefined && Number.isInteger(n * days)) moved = ymdValue(addDays(ref, sign * n * days));
    else if (months !== undefined && Number.isInteger(n * months)) {
      const [y, mo] = addMonths(ref.y, ref.m, sign * n * months);
      moved = `${pad4(y)}-${pad2(mo)}-${pad2(Math.min(ref.d, daysIn(y, mo)))}`;
    }
  }
  // beyond the years ISO 8601 writes in four digits ("in 999999 years"): no interval
  if (moved === undefined || !/^\d{4}-/.test(moved)) return undefined;
  if (kind === 'at') return { start: moved, end: moved };
  return kind === 'back' ? { start: moved, end: now } : { start: now, end: moved };
}
