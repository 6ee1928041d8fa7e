// Dates with a month name: "June 16, 2025", "16 June 2025", "Jun. 16",
// "Monday, June 16", "the 16th of June", "June 2025", "Dec. 2021", "June",
// and day ranges inside one month: "June 16-18", "16–18 June",
// "June 16 to 18". Must reject: "May" and "March" as words (only taken
// capitalized with a day, a year or a date cue), "Jan" as a name with no
// date around it.
import {
  BC_ERAS,
  CARDINALS,
  DAY_PARTS,
  EASTER_DAYS,
  ERAS,
  HOLIDAYS,
  MONTH_CUES,
  MONTHS,
  MOVING_HOLIDAYS,
  NAME_TITLES,
  ORDINAL_SUFFIXES,
  ORDINALS,
  PREPOSITIONS_OF_TIME,
  SEASONS,
  WEEKDAYS,
  ZONES,
} from '../lexicon.js';
import { dateMeaning, direction, onDayOf, placeMonthDay } from '../resolve.js';
import { type Context, DASHES, digitWordLetters, type Match, type Meaning, type Rule, type Scan, followedBy, opensAt, Shape, startsWith } from '../scan.js';
import { addMonths, daysIn, intervalOf, isDayValue, pad2, pad4, shiftDayValue, validDate } from '../timex.js';
import { closesAt, dayAt, isWord, LATEST_DATED_YEAR, LATEST_YEAR, monthAt, shortYearAt, yearAt } from './common.js';
import { YEAR_WORD_FIRSTS, yearWordsAt } from './named.js';
import { KIND_PUNCT, KIND_WORD } from '../../text/tokenize.js';

/** An astronomical year (0 = 1 BC, -344 = 345 BC) in ISO 8601's expanded form: '0000', '-0344'. */
const isoYear = (y: number) => (y < 0 ? `-${pad4(-y)}` : pad4(y));

/** A day or month before the common era (y < 1, astronomical): 'BC0345-08-10', with its ISO interval. */
function bcMeaning(y: number, m: number, d?: number): Meaning {
  const md = d === undefined ? pad2(m) : `${pad2(m)}-${pad2(d)}`;
  const out = dateMeaning(`BC${pad4(1 - y)}-${md}`);
  out.granularity = d === undefined ? 'month' : 'day';
  const start = `${isoYear(y)}-${pad2(m)}-${pad2(d ?? 1)}`;
  out.interval = { start, end: d === undefined ? `${isoYear(y)}-${pad2(m)}-${pad2(daysIn(y, m))}` : start };
  return out;
}

function dayMeaning(ctx: Context, y: number | undefined, m: number, d: number): Meaning {
  if (y !== undefined && y < 1) return bcMeaning(y, m, d);
  if (y !== undefined) return dateMeaning(`${pad4(y)}-${pad2(m)}-${pad2(d)}`);
  const py = placeMonthDay(ctx, m, d);
  return dateMeaning(`${py === undefined ? 'XXXX' : pad4(py)}-${pad2(m)}-${pad2(d)}`, ['year']);
}

function monthMeaning(ctx: Context, y: number | undefined, m: number): Meaning {
  if (y !== undefined && y < 1) return bcMeaning(y, m);
  if (y !== undefined) return dateMeaning(`${pad4(y)}-${pad2(m)}`);
  const py = placeMonthDay(ctx, m);
  return dateMeaning(`${py === undefined ? 'XXXX' : pad4(py)}-${pad2(m)}`, ['year']);
}

/**
 * ", 2025" or " 2025" or " of 2025" after a date: [year, next]. After a stated day (`dated`) a year
 * may run past LATEST_YEAR ("Jan 1 3000"), but only where it closes the date, before punctuation,
 * a line break or the end (`closesAt`: "May 5 3000 protesters", "May 5 3000-strong crowds" count them).
 */
function yearAfter(s: Scan, i: number, short = false, dated = false): [number, number] | undefined {
  let j = i;
  if (s.at(j) === ',') j++;
  else if (s.word(j) === 'of') j++;
  // a two-digit year: after a comma any value ("Aug 9, 96"), else only one that cannot be a day ("Aug 96")
  const era = eraYearAt(s, j);
  if (era) return era;
  const y = yearAt(s, j, dated ? LATEST_DATED_YEAR : LATEST_YEAR) ?? (short ? shortYearAt(s, j, j > i) : undefined) ?? yearWordsAt(s, j);
  if (!y) return undefined;
  if (y[0] > LATEST_YEAR && !closesAt(s, y[1])) return undefined;
  // "June 16, 2025 people"? a year followed by a digit token is something else
  if (s.at(y[1]) === ':' || (s.at(y[1]) === '.' && s.digits(y[1] + 1) !== undefined && s.tight(y[1] + 1))) return undefined;
  return y;
}

/** A year with its era in capitals ("88 AD", "2555 BE", "345 BC"): [common-era year (astronomical before it: 345 BC is -344), next]. */
function eraYearAt(s: Scan, i: number): [number, number] | undefined {
  const y = s.digits(i);
  const t = s.token(i + 1);
  if (y === undefined || s.len(i) > 4 || t?.kind !== 'word' || t.text !== t.text.toUpperCase()) return undefined;
  if (BC_ERAS.has(s.word(i + 1)!)) return y >= 1 ? [1 - y, i + 2] : undefined;
  const shift = ERAS.get(s.word(i + 1)!);
  if (shift === undefined || y + shift < 1) return undefined;
  return [y + shift, i + 2];
}

/** An optional weekday before a date ("Monday, June 16", "Mon 16 June"): the index where the date starts. */
function afterWeekday(s: Scan, i: number): number | undefined {
  const w = s.word(i);
  if (w === undefined || !WEEKDAYS.has(w)) return undefined;
  let j = i + 1;
  if (s.at(j) === '.' && s.tight(j)) j++;
  if (s.at(j) === ',') j++;
  if (s.word(j) === 'the') j++;
  return j;
}

const ymd = (y: number | undefined, m: number, d: number) => validDate(y, m, d);

function dayPart(from: number, to: number, y: number | undefined, m: number, d: number, rule: string): Match {
  return { from, to, rule, point: 'day', mean(ctx) { return dayMeaning(ctx, y, m, d); } };
}

/** A span that reads as a date but cannot be one ("June 31, 2022"): it is consumed, and dropped before resolution. */
export const VOID = 'void';
function voidMatch(from: number, to: number): Match {
  return { from, to, rule: VOID, mean() { return ({ type: 'date', value: '', inferred: [] }); } };
}

/** A range of days in one month, with the parts' spans. */
function dayRange(
  from: number,
  to: number,
  first: [number, number],
  second: [number, number],
  y: number | undefined,
  m: number,
  d1: number,
  d2: number,
  rule: string,
): Match | undefined {
  if (d2 <= d1 || !ymd(y, m, d1) || !ymd(y, m, d2)) return undefined;
  const a = dayPart(first[0], first[1], y, m, d1, rule);
  const b = dayPart(second[0], second[1], y, m, d2, rule);
  return { from, to, rule, parts: [a, b], point: 'day', mean(ctx) { return rangeMeaning(a.mean(ctx), b.mean(ctx)); } };
}

/** A range's meaning from its two ends: the value is the ISO interval of their values. */
export function rangeMeaning(a: Meaning, b: Meaning): Meaning {
  const out: Meaning = { type: a.type === b.type ? a.type : 'date', value: `${a.value}/${b.value}`, inferred: [...new Set([...a.inferred, ...b.inferred])] };
  const g = a.granularity ?? b.granularity;
  if (g) out.granularity = g;
  // "23:00 - 01:00", "11pm - 1am": a clock before the first on the day in focus is on the next day
  const late = overnightEnd(a, b);
  if (late !== b && a.interval && late.interval) {
    out.value = `${a.value}/${late.value}`;
    out.interval = { start: a.interval.start, end: late.interval.end };
    return out;
  }
  // no interval for ends in the wrong order ("2021 to 2019")
  if (a.interval && b.interval && a.interval.start <= b.interval.end) out.interval = { start: a.interval.start, end: b.interval.end };
  return out;
}

/**
 * A range's second end as the range reads it: a clock before the first, on the same inferred day, is
 * on the next day ("11pm to 2am", "between 2200 and 0700"): `b` moved a day on, or `b` itself. The
 * range's value and its second part both take it, so that the whole and its parts agree.
 */
export function overnightEnd(a: Meaning, b: Meaning): Meaning {
  // "from 8pm on Friday until 6am on Monday": a weekday placed before the first end is the one after it
  if (a.interval && b.interval && b.interval.end < a.interval.start && b.inferred.includes('month') && b.inferred.includes('day') && isDayValue(b.value.slice(0, 10))) {
    const day = b.value.slice(0, 10);
    const later = shiftDayValue(day, 7);
    if (later >= a.interval.start.slice(0, 10) && later <= shiftDayValue(a.interval.start.slice(0, 10), 7)) return onDayOf(b, later, 0);
  }
  if (a.type !== 'time' || b.type !== 'time' || !a.interval || !b.interval || !b.inferred.includes('day')) return b;
  const day = b.interval.start.slice(0, 10);
  if (b.interval.end >= a.interval.start || a.interval.start.slice(0, 10) !== day || !b.value.startsWith(day)) return b;
  return onDayOf(b, day, 1);
}

const TO_WORDS = new Set(['to', 'through', 'thru', 'until', 'till', 'and']);

/** "June 16", "June 16, 2025", "June 16-18", "June 16 to 18, 2025", "Monday, June 16". */
const monthDay: Rule = (s, i) => {
  const start = i;
  const k = afterWeekday(s, i) ?? i;
  const mm = monthAt(s, k);
  if (!mm) return undefined;
  const [m, j] = mm;
  let dj = j;
  if (s.word(dj) === 'the') dj++;
  // "Sunday, March, 6th 2016": a comma before an ordinal day
  else if (s.at(dj) === ',' && /^\d{1,2}(?:st|nd|rd|th)$/.test(s.word(dj + 1) ?? '')) dj++;
  // "November 1,2001": the day and the year in one number token (no thousands number has four digits after its comma)
  const dt = s.token(dj);
  const dy = dt?.kind === 'number' ? /^(\d{1,2}),(\d{4})$/.exec(dt.text) : null;
  if (dy && Number(dy[2]) >= 1000 && Number(dy[2]) <= LATEST_YEAR) {
    const [d, y] = [Number(dy[1]), Number(dy[2])];
    return ymd(y, m, d) ? dayPart(start, dj + 1, y, m, d, 'month-day-year') : voidMatch(start, dj + 1);
  }
  const dd = dayAt(s, dj);
  if (!dd) return undefined;
  const [d, next] = dd;
  // "June 16:30" is not a day; "May 2" must not be "May 2.5"
  if (s.at(next) === ':' && s.digits(next + 1) !== undefined) return undefined;
  // a day range: "June 16-18", "June 16 to 18"
  const sep = s.at(next);
  if (sep !== undefined && (s.dash(next) || TO_WORDS.has(sep)) && sep !== 'and') {
    const d2 = dayAt(s, next + 1);
    if (d2 && !monthAt(s, next + 1) && s.at(d2[1]) !== ':') {
      const y = yearAfter(s, d2[1], false, true);
      const to = y ? y[1] : d2[1];
      const r = dayRange(start, to, [start, next], [next + 1, to], y?.[0], m, d, d2[0], 'month-day-range');
      if (r) return r;
      // "February 20 - 29, 2022": a full date that cannot be is no date at all, not its year alone
      if (y && d2[0] > d) return voidMatch(start, to);
    }
  }
  const y = yearAfter(s, next, true, true);
  if (y) return ymd(y[0], m, d) ? dayPart(start, y[1], y[0], m, d, 'month-day-year') : voidMatch(start, y[1]);
  if (!ymd(undefined, m, d)) return undefined;
  // a bare month + number is a day only for day-sized numbers that are not a quantity ("May 5 people")
  return dayPart(start, next, undefined, m, d, 'month-day');
};

/** "16 June 2025", "16th June", "16–18 June 2025", "the 16th of June". */
const dayMonth: Rule = (s, i) => {
  let start = i;
  let k = afterWeekday(s, i) ?? i;
  if (s.word(k) === 'the') {
    k++;
    // "before the 2 November presidential election": the article is the noun's, as in "the Oct. 23 slaying" (TimeML
    // leaves it out); "the 5th of May" keeps it
    if (k === i + 1 && s.digits(k) !== undefined && s.word(k + 1) !== 'of') start = k;
  }
  const dd = dayAt(s, k);
  if (!dd) return undefined;
  const [d, next] = dd;
  // the day is a number or "16th"; an ordinal word needs more (see below)
  const numeric = s.digits(k) !== undefined || /^\d/.test(s.at(k) ?? '');
  let j = next;
  let d2: [number, number] | undefined;
  // "16-18 June", "8th to 11th May", "between 2 and 4 October"; in words only after a day in words ("eighth to eleventh May 2010")
  // ("between 2 and 4 October": "and" after "between", as "between October 2 and 4")
  const between = numeric && isWord(s, j, 'and') && s.word(start - 1) === 'between';
  if ((s.dash(j) || isWord(s, j, 'to', 'through') || between) && dayAt(s, j + 1) && (/^\d/.test(s.at(j + 1) ?? '') || (!numeric && s.digits(j + 1) === undefined))) {
    d2 = dayAt(s, j + 1);
    j = d2![1];
  }
  const hadOf = s.word(j) === 'of';
  if (hadOf) j++;
  const mm = monthAt(s, j);
  if (!mm) return undefined;
  const [m, after] = mm;
  const y = yearAfter(s, after, true, true);
  // an ordinal word needs "of" ("the third of June") or, without "the", a year after the month
  // ("Eighth May 2010"; "the second May 2010 vote" counts votes)
  if (!numeric && !hadOf && (!y || s.word(k - 1) === 'the')) return undefined;
  const to = y ? y[1] : after;
  if (d2) return dayRange(start, to, [start, next], [next + 1, to], y?.[0], m, d, d2[0], 'day-month-range');
  if (!ymd(y?.[0], m, d)) return undefined;
  return dayPart(start, to, y?.[0], m, d, 'day-month');
};

/** Prepositions before "the 30th" that make it a day of the month in focus ("on the 30th", "by the 15th"). */
const ORDINAL_DAY_BEFORE = new Set(['on', 'by', 'until', 'till', 'from', 'to', 'through', 'before', 'after', 'since']);
/** Words after "the 30th" that leave it a day (no noun: "the 30th anniversary", "the 18th hole" are not). */
const ORDINAL_DAY_AFTER = new Set(['and', 'or', 'to', 'at', 'when', 'until', 'before', 'after', 'of']);

/**
 * "on the 30th", "by the 15th": a day of the month in focus (the one named after the last full day), else of the
 * reference's month, moved a month on when the tense looks ahead past it, or back when it looks behind.
 */
const ordinalDay: Rule = (s, i) => {
  if (s.word(i) !== 'the') return undefined;
  const before = s.word(i - 1) ?? '';
  if (!ORDINAL_DAY_BEFORE.has(before)) return undefined;
  // ("from the 3rd to the 11th", "July 1st to the 3rd": after "to" only as a range's end; "climbed to the 3rd" is a rank)
  if ((before === 'to' || before === 'through') && numericDay(s, i - 2) === undefined) return undefined;
  // (on the token column: no token object)
  if (i + 1 >= s.to || !/^\d{1,2}(?:st|nd|rd|th)$/i.test(s.tokens.text[i + 1]!)) return undefined;
  const dd = dayAt(s, i + 1);
  if (!dd) return undefined;
  const [d, next] = dd;
  // "on the 30th of June" is the day-month rule's; "the 1st of each month" a set's
  const after = s.word(next);
  if (after === 'of' && (monthAt(s, next + 1) || s.is(next + 1, 'each') || s.is(next + 1, 'every'))) return undefined;
  // "the 2nd and 3rd of January": the first of a list whose month is stated after the second is no day of the
  // month in focus (left unread, as before this rule, rather than given the wrong month)
  if ((after === 'and' || after === 'or') && numericDay(s, next + 1) !== undefined) {
    const k = s.is(next + 2, 'of') ? next + 3 : next + 2;
    if (monthAt(s, k)) return undefined;
  }
  // "climbed from the 30th to the 12th in the rankings": a range of days only when its other end is a day too, one
  // that closes its phrase ("fell from the 3rd to the 10th."); else ranks or places
  if (before === 'from' && (after === 'to' || after === 'until')) {
    const k = s.is(next + 1, 'the') ? next + 2 : next + 1;
    const c = s.at(k)?.charCodeAt(0) ?? 0;
    const e = c >= 48 && c <= 57 ? dayAt(s, k) : undefined;
    if (e && !closesAt(s, e[1]) && !ORDINAL_DAY_AFTER.has(s.word(e[1]) ?? '') && !monthAt(s, e[1]) && !(s.word(e[1]) === 'of' && monthAt(s, e[1] + 1))) return undefined;
  }
  if (!closesAt(s, next) && !ORDINAL_DAY_AFTER.has(s.word(next) ?? '')) return undefined;
  return {
    from: i,
    to: next,
    rule: 'ordinal-day',
    point: 'day',
    mean(ctx) {
      let y: number | undefined;
      let m: number | undefined;
      // (a month in focus is always 'YYYY-MM': see resolveAll)
      if (ctx.month !== undefined) {
        y = Number(ctx.month.slice(0, 4));
        m = Number(ctx.month.slice(5, 7));
      } else if (ctx.ref) {
        const dir = direction(ctx);
        [y, m] = addMonths(ctx.ref.y, ctx.ref.m, dir > 0 && d < ctx.ref.d ? 1 : dir < 0 && d > ctx.ref.d ? -1 : 0);
      }
      if (y === undefined || m === undefined || d > daysIn(y, m)) return dateMeaning('XXXX-XX-' + pad2(d));
      return dateMeaning(`${pad4(y)}-${pad2(m)}-${pad2(d)}`, ['year', 'month']);
    },
  };
};

/**
 * The first day of a list in one month, day first: "1" in "the strike on 1 and 2 October" (TimeML annotates it apart;
 * "between 1 and 2 October" is a range, the day-month rule's).
 */
const listedFirstDay: Rule = (s, i) => {
  // (the joining word first: it rules out most numbers without reading them)
  if (!s.is(i + 1, 'and') && !s.is(i + 1, 'or')) return undefined;
  const d = numericDay(s, i);
  if (d === undefined || s.is(i - 1, 'between')) return undefined;
  const d2 = numericDay(s, i + 2);
  if (d2 === undefined || d2 <= d) return undefined;
  const mm = monthAt(s, i + 3);
  if (!mm) return undefined;
  const y = yearAfter(s, mm[1], true, true);
  if (!ymd(y?.[0], mm[0], d)) return undefined;
  return dayPart(i, i + 1, y?.[0], mm[0], d, 'day-month');
};

/** A day in digits at i, bare or with its suffix ("25", "25th"), else undefined. */
function numericDay(s: Scan, i: number): number | undefined {
  // (on the token column: this runs at most numbers of a text)
  const c = i >= s.from && i < s.to ? s.tokens.text[i]!.charCodeAt(0) : 0;
  if (c < 48 || c > 57) return undefined;
  const d = dayAt(s, i);
  return d && d[1] === i + 1 ? d[0] : undefined;
}

/**
 * The second day of a list in one month: "25" in "April 24 and 25" (TimeML annotates it apart).
 * It must end the phrase ("April 24 and 25 people" counts people), with an optional year after it.
 */
const listedDay: Rule = (s, i) => {
  // (s.is first: most numbers here follow some other word, which need not be lower-cased to tell)
  if (!s.is(i - 1, 'and') && !s.is(i - 1, 'or')) return undefined;
  const d = numericDay(s, i);
  if (d === undefined) return undefined;
  const first = numericDay(s, i - 2);
  if (first === undefined || first >= d) return undefined;
  const mm = monthAt(s, i - 3);
  if (!mm || mm[1] !== i - 2) return undefined;
  const y = yearAfter(s, i + 1, true, true);
  const to = y ? y[1] : i + 1;
  if (!closesAt(s, to)) return undefined;
  if (!ymd(y?.[0], mm[0], d)) return undefined;
  return dayPart(i, to, y?.[0], mm[0], d, 'month-day');
};

/** A day and a month in one token, in capitals or capitalized ("15Sep", "13SEP"), with an optional weekday before and year after. */
const dayMonthGlued: Rule = (s, i) => {
  const start = i;
  const k = afterWeekday(s, i) ?? i;
  const t = s.token(k);
  if (t?.kind !== 'word') return undefined;
  const c = t.text.charCodeAt(0);
  if (c < 48 || c > 57) return undefined;
  const g = /^(\d{1,2})([A-Z][a-zA-Z]{2,8})$/.exec(t.text);
  const m = g ? MONTHS.get(g[2]!.toLowerCase()) : undefined;
  if (!g || m === undefined) return undefined;
  const d = Number(g[1]);
  const y = yearAfter(s, k + 1, true, true);
  if (!ymd(y?.[0], m, d)) return undefined;
  return dayPart(start, y ? y[1] : k + 1, y?.[0], m, d, 'day-month');
};

/** Marks after which a word opens a sentence or a quotation (capitals say nothing there). */
const SENTENCE_OPENERS = new Set(['.', '!', '?', '"', '“', '‘', '`', "'", ':', '—', '-']);
/** Does token k stand inside its sentence: on the line of a token before it that is no sentence-opening mark? */
function insideSentence(s: Scan, k: number): boolean {
  const before = s.at(k - 1);
  return before !== undefined && s.tokens.br[k]! === 0 && !SENTENCE_OPENERS.has(before);
}
/** Nouns after a capitalized "Today" or "Tonight" that make it a programme's name ("the Today programme"). */
const PROGRAMME_NOUNS = new Set(['programme', 'program', 'show']);

/**
 * Is the deictic word at i ("Today", "Tonight", "Tomorrow") capitalized inside its sentence as part of a
 * title: before "programme" or "show" ("told the Today programme"), after a possessive ("Radio 4's Today",
 * "Wednesday's Today") or after a capitalized word of the sentence ("USA Today", "VOA Today", "Are You
 * Lonesome Tonight", "What Happens Tomorrow") that is no month or weekday? Not in a title-case headline
 * nor in capitals throughout, and not alone after a verb ("The Deadline is Tomorrow" is the day).
 */
export function titled(s: Scan, i: number): boolean {
  // (in capitals throughout, a word of an upper-case text: "CALL TODAY", "IN TOTNES TONIGHT")
  if (!s.titleWord(i) || !insideSentence(s, i)) return false;
  const next = s.word(i + 1);
  if (next !== undefined && PROGRAMME_NOUNS.has(next)) return true;
  const w = s.word(i - 1);
  if (w === undefined) return false;
  // ("Friday's Noon deadline": a weekday's or a month's possessive is a time's, no name's)
  const named = (s.possessive(i - 1) || (s.cap(i - 1) && insideSentence(s, i - 1))) && !MONTHS.has(w) && !WEEKDAYS.has(w);
  return named && !titleCaseLine(s, i);
}
/** Words after "March" that make it a protest ("March for Life", "March on Washington", "March of the Mothers"). */
const MARCH_AFTER = new Set(['for', 'on', 'of', 'against', 'to']);

/** Is the word before i a title before a surname ("Mr May", "Lord May", "PM May"), the dot after it optional? */
function titleBefore(s: Scan, i: number): boolean {
  const w = s.word(i - 1);
  return w !== undefined && NAME_TITLES.has(w) && s.cap(i - 1);
}

/**
 * Is the word before i capitalized inside its sentence: a name's ("Theresa May")? Not a weekday, a month, a
 * holiday or a season ("After Easter May brings rain"), nor a possessive ("the Department's May figures"),
 * nor a word in capitals throughout: an acronym ("the EU May summit") or a word of an upper-case text says
 * nothing of a name; nor capitalized only because it opens the sentence.
 */
function nameBefore(s: Scan, i: number): boolean {
  const t = s.token(i - 1);
  if (t === undefined || t.kind !== 'word' || !s.cap(i - 1)) return false;
  const w = s.word(i - 1)!;
  if (w !== t.text.toLowerCase() || (t.text.length >= 2 && t.text === t.text.toUpperCase())) return false;
  if (WEEKDAYS.has(w) || MONTHS.has(w) || SEASONS.has(w) || HOLIDAYS.has(w) || EASTER_DAYS.has(w) || MOVING_HOLIDAYS.has(w)) return false;
  return insideSentence(s, i - 1);
}

/** How many tokens each side of "May" the headline test reads. */
const HEADLINE_REACH = 8;

/**
 * Is the line around i in title case, a headline's ("UK Retail Sales Beat May Forecasts", "Italy May Create
 * Strategic Vehicle")? Within HEADLINE_REACH tokens each side, up to a line break or a sentence's end, every
 * word of four letters or more is capitalized, and at least two of them are capitalized only (not in capitals
 * throughout: an upper-case text is no headline by this test) and are no month or weekday.
 */
export function titleCaseLine(s: Scan, i: number): boolean {
  let title = 0;
  // (the token's columns, no Token object: up to 16 reads per call)
  const look = (k: number): boolean | undefined => {
    if (k < s.from || k >= s.to) return undefined;
    const kind = s.tokens.kind[k];
    const text = s.tokens.text[k]!;
    if (kind === KIND_PUNCT && (text === '.' || text === '!' || text === '?')) return undefined;
    if (kind !== KIND_WORD || text.length < 4) return true;
    if (!s.cap(k)) return false;
    // (months and weekdays are capitalized in any text: "January, May and June")
    if (s.titleWord(k) && !MONTHS.has(s.word(k)!) && !WEEKDAYS.has(s.word(k)!)) title++;
    return true;
  };
  for (let k = i - 1; k >= i - HEADLINE_REACH && s.tokens.br[k + 1] === 0; k--) {
    const r = look(k);
    if (r === false) return false;
    if (r === undefined) break;
  }
  for (let k = i + 1; k <= i + HEADLINE_REACH && s.tokens.br[k] === 0; k++) {
    const r = look(k);
    if (r === false) return false;
    if (r === undefined) break;
  }
  return title >= 2;
}

/** Capitalized words after a month that leave it the month ("April Fools' Day", "the June Quarter", "May Day"). */
const AFTER_MONTH_NAME = new Set(['day', 'days', 'fools', 'fool', 'quarter', 'holiday', 'holidays', 'bank']);

/**
 * Is the month at i (a full name, to `next`) a first name: before a capitalized word that is no month, weekday,
 * holiday or word of {@link AFTER_MONTH_NAME}, after no article, possessive or capitalized word ("the
 * September Tankan", "Labor Department's March report", "In September Spears…" has its cue), outside a title-case
 * headline?
 */
function firstName(s: Scan, i: number, next: number): boolean {
  // (a full name: "Jan", "Sept" are no first names)
  if (!s.titleWord(next) || s.tokens.br[next]! > 0 || s.tokens.text[i]!.length < 4 || s.word(i) === 'sept') return false;
  const n = s.word(next)!;
  // "February's Super Bowl", "January's Australian Open": the month's event
  if (s.possessive(i) || MONTHS.has(n) || WEEKDAYS.has(n) || HOLIDAYS.has(n) || AFTER_MONTH_NAME.has(n)) return false;
  // "the three November Tests"
  if (s.digits(i - 1) !== undefined || CARDINALS.has(s.word(i - 1) ?? '')) return false;
  const p = s.word(i - 1);
  if (p !== undefined && s.tokens.br[i - 1]! === 0 && (DETERMINERS_BEFORE_NAME.has(p) || s.possessive(i - 1) || (s.cap(i - 1) && insideSentence(s, i - 1)))) return false;
  return !titleCaseLine(s, i);
}
/** Words before a month that make it the month's attribute ("the September survey", "this January"), never a first name. */
const DETERMINERS_BEFORE_NAME = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'every', 'each', 'last', 'next']);

/** "June 2025", "Dec. 2021", "September of 2012", "June" (with a cue), "January 1998". */
const monthYear: Rule = (s, i) => {
  const mm = monthAt(s, i);
  if (!mm) return undefined;
  const [m, next] = mm;
  const y = yearAfter(s, next, true);
  if (y) return { from: i, to: y[1], rule: 'month-year', point: 'month', mean() { return monthMeaning({ tense: 0, policy: 'auto' }, y[0], m); } };
  const w = s.word(i)!;
  // a month before a day number belongs to the month-day rule, which rejected it ("February 30, 2022")
  if (s.digits(next) !== undefined && s.len(next) <= 2) return undefined;
  // a month alone: "May", "March" and abbreviations need a cue before them ("in May", "last March")
  const prev = s.word(i - 1);
  // "in mid-May", "by late-March": the modifier before a hyphen is the cue
  const glued = s.dash(i - 1) && s.tight(i) && s.tight(i - 1) ? s.word(i - 2) : undefined;
  // ("Jan-March 2004", "Jan-Mar": a month beside another across a dash is a range's end)
  const paired = (s.dash(next) && MONTHS.has(s.word(next + 1) ?? '') && s.cap(next + 1)) || (s.dash(i - 1) && MONTHS.has(s.word(i - 2) ?? '') && s.cap(i - 2));
  const cue = (prev !== undefined && (PREPOSITIONS_OF_TIME.has(prev) || MONTH_CUES.has(prev))) || (glued !== undefined && MONTH_CUES.has(glued)) || paired;
  // "May" and "March" capitalized inside a sentence are the months; abbreviations ("Jan") need a cue
  const inside = insideSentence(s, i);
  if (w.length <= 4 && w !== 'june' && w !== 'july' && w !== 'may' && !cue) return undefined;
  if ((w === 'may' || w === 'march') && !cue) {
    // opening its sentence, "May" is a modal as often ("May I…"), unless it is the whole paragraph ("May", "May."): a month alone
    if (!inside && !(i === s.from && (s.token(next) === undefined || (s.at(next) === '.' && s.token(next + 1) === undefined)))) return undefined;
    // "Theresa May", "Lord Justice May", "Anna May Wong": after a capitalized word that does not open its sentence, a
    // name ("March" is a surname too rarely: "the Labor Department's March jobs report", "Following March's show");
    // after a title ("Mr May said so"), a name even where the title opens the sentence. In a title-case headline a
    // capital tells nothing, and "May" there is a modal ("Italy May Create Strategic Investment Vehicle") or a name as
    // often as the month: not read (a headline of short words, "Fed May Cut Rates", is not told by its capitals)
    if (w === 'may' && inside && (titleBefore(s, i) || nameBefore(s, i) || titleCaseLine(s, i))) return undefined;
  }
  // "the annual March for Life", "the March on Washington": a march, when no cue makes it the month
  if (w === 'march' && !cue && MARCH_AFTER.has(s.word(next) ?? '')) return undefined;
  // "January Jones can next be seen", "with June Carter": a month's name before a surname, with no cue, no article
  // or possessive before it and no title-case line around it, is a first name
  if (!cue && firstName(s, i, next)) return undefined;
  if (w === 'may' && !cue && s.word(i + 1) !== undefined && /^(be|have|not|also|well|still|never|take|make|get|see|need|want|find|come|go|do|say|seem|face|lose|continue|become|require|allow|help|prove|lead|cause|include|use)$/.test(s.word(i + 1)!)) return undefined;
  return { from: i, to: next, rule: 'month', point: 'month', mean(ctx) { return monthMeaning(ctx, undefined, m); } };
};

const GLUE = new Set(['-', '/', '.']);

/** Dates glued by dashes or slashes: "10-August-2012", "09-JAN-2017", "21-APR-16", "10/August 2012", "Sep-2012", "2012/Aug/10", "2024-August". */
const glued: Rule = (s, i) => {
  const a = s.at(i + 1);
  if (a === undefined || !GLUE.has(a) || !s.tight(i + 1) || !s.tight(i + 2)) return undefined;
  // day-month(-year)
  const d = s.digits(i);
  if (d !== undefined && s.len(i) <= 2) {
    const mm = monthAt(s, i + 2, true);
    if (!mm) return undefined;
    let to = mm[1];
    let y: [number, number] | undefined;
    if ((s.at(to) === a && s.tight(to) && s.tight(to + 1)) || (s.at(to) !== a && !s.tight(to))) {
      const k = s.at(to) === a ? to + 1 : to;
      y = yearAt(s, k) ?? (k > to ? shortYearAt(s, k, true) : undefined);
      if (y) to = y[1];
    }
    if (!validDate(y?.[0], mm[0], d)) return undefined;
    return dayPart(i, to, y?.[0], mm[0], d, 'glued');
  }
  // year-month(-day)
  const y = yearAt(s, i);
  if (y) {
    const mm = monthAt(s, i + 2, true);
    if (!mm) return undefined;
    const [m, next] = mm;
    if (s.at(next) === a && s.tight(next) && s.tight(next + 1)) {
      const dd = s.digits(next + 1);
      if (dd !== undefined && validDate(y[0], m, dd)) return dayPart(i, next + 2, y[0], m, dd, 'glued');
      return undefined;
    }
    return { from: i, to: next, rule: 'glued', point: 'month', mean() { return monthMeaning({ tense: 0, policy: 'auto' }, y[0], m); } };
  }
  // month-year: "Sep-2012"; month-day-year: "August-10-2012", "August/10/2012"
  const mm = monthAt(s, i, true);
  if (mm && mm[1] === i + 1) {
    const dd = s.digits(i + 2);
    if (dd !== undefined && s.len(i + 2) <= 2 && s.at(i + 3) === a && s.tight(i + 3) && s.tight(i + 4)) {
      const yd = yearAt(s, i + 4);
      if (!yd || (s.at(yd[1]) === a && s.tight(yd[1])) || !validDate(yd[0], mm[0], dd)) return undefined;
      return dayPart(i, yd[1], yd[0], mm[0], dd, 'glued');
    }
    const yy = yearAt(s, i + 2);
    if (yy && s.at(yy[1]) !== a) return { from: i, to: yy[1], rule: 'glued', point: 'month', mean() { return monthMeaning({ tense: 0, policy: 'auto' }, yy[0], mm[0]); } };
  }
  return undefined;
};

/** "2018 March 18", "2024 August", "2023 Sept", "2024 AD August". */
const yearMonth: Rule = (s, i) => {
  // "2024 AD August": a year with its era
  const y = eraYearAt(s, i) ?? yearAt(s, i);
  if (!y || s.tight(i + 1)) return undefined;
  const mm = monthAt(s, y[1]);
  if (!mm) return undefined;
  const [m, next] = mm;
  const d = s.digits(next);
  if (d !== undefined && s.len(next) <= 2 && validDate(y[0], m, d) && s.at(next + 1) !== ':') return dayPart(i, next + 1, y[0], m, d, 'year-month-day');
  // "2013 May 5 people"? a bare "2024 May" needs the month not to be the verb: monthAt asks for a capital
  return { from: i, to: next, rule: 'year-month', point: 'month', mean() { return monthMeaning({ tense: 0, policy: 'auto' }, y[0], m); } };
};

/**
 * "Jan 1, 2020 Morning", "16 June evening": a part of the day after a full or partial date joins it.
 * The value stays the day's (as "Friday night" does, see the weekday rule); the interval is the part's hours.
 */
const AFTER_PART = new Set(['and', 'or', 'at', 'on', 'when']);

function withDayPart(rule: Rule): Rule {
  return (s, i) => {
    const m = rule(s, i);
    if (!m || m.parts || m.point !== 'day') return m;
    const w = s.word(m.to);
    const part = w === undefined || w === 'tonight' || w === 'overnight' ? undefined : DAY_PARTS.get(w);
    if (!part) return m;
    // "June 16 night shifts", "the June 16 evening session": a noun after the part makes it an adjective
    const after = s.word(m.to + 1);
    if (after !== undefined && !PREPOSITIONS_OF_TIME.has(after) && !AFTER_PART.has(after) && !ZONES.has(after)) return m;
    return {
      ...m,
      to: m.to + 1,
      mean(ctx) {
        const meaning = m.mean(ctx);
        if (meaning.interval) meaning.interval = intervalOf(`${meaning.interval.start}T${part}`) ?? meaning.interval;
        return meaning;
      },
    };
  };
}

/** The written-date rules, in order (longer forms first; the longest match wins anyway). */
export const WRITTEN: Rule[] = [
  startsWith(withDayPart(monthDay), MONTHS.keys(), WEEKDAYS.keys()),
  // a weekday, "the", then a day: "16", "16th", "sixteenth", "twenty-fourth"
  // after a day in digits ("16", "16th"): a range's dash, "to" or "and" ("16-18 June", "between 2 and 4 October"), "of",
  // the month; after "the", the day
  followedBy(
    digitWordLetters(opensAt(withDayPart(dayMonth), Shape.Number | Shape.DigitWord, WEEKDAYS.keys(), ORDINALS.keys(), ['the', 'twenty', 'thirty']), ORDINAL_SUFFIXES),
    { shapes: Shape.Number | Shape.DigitWord, words: ['the'] },
    Shape.Number | Shape.DigitWord,
    DASHES,
    ['to', 'through', 'and', 'of', 'twenty', 'thirty'],
    MONTHS.keys(),
    ORDINALS.keys(),
  ),
  startsWith(monthYear, MONTHS.keys()),
  // a day or a year ("'98" too), or a month in any case; glued by a dash, a slash or a dot
  followedBy(opensAt(glued, Shape.Number | Shape.Apostrophe, MONTHS.keys()), Shape.Number | Shape.Apostrophe | Shape.Word, 0, ['-', '/', '.']),
  // after a year in digits, its month or its era ("2024 AD August")
  followedBy(opensAt(yearMonth, Shape.Number | Shape.Apostrophe), Shape.Number, 0, MONTHS.keys(), ERAS.keys(), BC_ERAS),
  // "15Sep": a month after the day's digits
  digitWordLetters(opensAt(dayMonthGlued, Shape.DigitWord, WEEKDAYS.keys()), MONTHS.keys()),
  // the first day of a list, before "and" or "or" ("on 1 and 2 October")
  followedBy(digitWordLetters(opensAt(listedFirstDay, Shape.Number | Shape.DigitWord), ORDINAL_SUFFIXES), Shape.Number | Shape.DigitWord, 0, ['and', 'or']),
  // "the" before a day with its suffix ("on the 30th")
  followedBy(startsWith(ordinalDay, ['the']), { words: ['the'] }, Shape.DigitWord),
  // after the listed day: its year ("and 25, 2025", "or 4 of 2026", "'26", "nineteen ninety"), or the end of the phrase
  followedBy(digitWordLetters(opensAt(listedDay, Shape.Number | Shape.DigitWord), ORDINAL_SUFFIXES), Shape.Number | Shape.DigitWord, Shape.Number | Shape.Mark | Shape.End, ['of', ...YEAR_WORD_FIRSTS]),
];
