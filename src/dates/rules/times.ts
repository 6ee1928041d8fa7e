// Times of day: "3 p.m.", "3pm", "15:30", "15:30 GMT", "10:35 a.m.",
// "noon", "midnight", "5 o'clock", and parts of days: "this morning",
// "tonight", "last night". A time without a date takes the day in focus:
// the last full date mentioned before it, else the reference day (inferred).
// Must reject: scores "3-1", ratios "2:1" without a clock shape, "15:30"
// inside a longer number.
import { DAY_PARTS, MERIDIEMS, NAMED_TIMES, OCLOCK_NOT_TIME, SCRIPTURE_BOOKS, UNITS, ZONES } from '../lexicon.js';
import { dateMeaning, direction } from '../resolve.js';
import { type Context, DASHES, digitWordLetters, type Match, type Meaning, type Rule, type Scan, followedBy, opensAt, Shape, startsWith } from '../scan.js';
import { addDays, isDayValue, pad2, weekday, ymdValue } from '../timex.js';
import { overnightEnd, rangeMeaning, titled } from './written.js';
import { KIND_NUMBER, KIND_WORD } from '../../text/tokenize.js';

/** A meridiem at i ("pm", "p.m.", "PM"): ['AM' | 'PM', next]. */
function meridiemAt(s: Scan, i: number): [string, number] | undefined {
  const w = s.word(i);
  if (w === undefined) return undefined;
  if (w === 'am' || w === 'pm') {
    // "am" as a verb ("I am"): only after a number and not capitalized "Am"
    return [w.toUpperCase(), i + 1];
  }
  if ((w === 'a' || w === 'p') && s.at(i + 1) === '.' && s.word(i + 2) === 'm' && s.tight(i + 1) && s.tight(i + 2)) {
    const end = s.at(i + 3) === '.' && s.tight(i + 3) ? i + 4 : i + 3;
    return [MERIDIEMS.get(`${w}.m`)!, end];
  }
  return undefined;
}

/** A zone at i ("GMT", "EST", "UTC+2" is left out): [offset, next]. */
function zoneAt(s: Scan, i: number): [string, number] | undefined {
  const t = s.token(i);
  if (t?.kind !== 'word') return undefined;
  // right after a time a zone may be lower case ("10:30 pst"); "z" and the short US ones only in capitals
  const low = s.word(i)!;
  if (t.text !== t.text.toUpperCase() && (low.length < 3 || low === 'est')) return undefined;
  let z = ZONES.get(low);
  if (!z) return undefined;
  let next = i + 1;
  // "UTC+02:45", "GMT -08:45", "GMT+0900", "utc+02"
  const sign = s.at(next);
  if ((z === 'Z') && (sign === '+' || sign === '-')) {
    const d = s.token(next + 1);
    if (d && d.kind === 'number' && s.tight(next + 1) && /^\d{1,4}$/.test(d.text)) {
      let hh = d.text.length <= 2 ? d.text.padStart(2, '0') : d.text.padStart(4, '0').slice(0, 2);
      let mm = d.text.length <= 2 ? '00' : d.text.padStart(4, '0').slice(2);
      next += 2;
      if (d.text.length <= 2 && s.at(next) === ':' && s.tight(next) && s.digits(next + 1) !== undefined && s.len(next + 1) === 2) {
        mm = s.at(next + 1)!;
        next += 2;
      }
      if (Number(hh) > 14) hh = '14';
      z = `${sign}${hh}:${mm}`;
    }
  }
  return [z, next];
}

/**
 * A numeric offset glued to a clock ("23.00+14", "23:00+1400", "10:30-0500"): [offset, next].
 * A minus needs four digits: "13:00-14" is a range.
 */
export function offsetAt(s: Scan, i: number): [string, number] | undefined {
  const sign = s.at(i);
  if ((sign !== '+' && sign !== '-') || !s.tight(i) || !s.tight(i + 1)) return undefined;
  const d = s.tokens.get(i + 1);
  if (d?.kind !== 'number' || !/^\d{2}$|^\d{4}$/.test(d.text) || (sign === '-' && d.text.length !== 4)) return undefined;
  // "+14:30", "+14.5": something else follows
  const after = s.at(i + 2);
  if (after !== undefined && s.tight(i + 2) && (after === ':' || (after === '.' && s.digits(i + 3) !== undefined && s.tight(i + 3)))) return undefined;
  const hh = Number(d.text.slice(0, 2));
  const mm = d.text.length === 4 ? Number(d.text.slice(2)) : 0;
  if (hh > 14 || mm > 59) return undefined;
  return [`${sign}${pad2(hh)}:${pad2(mm)}`, i + 2];
}

/**
 * The zone after a clock: an abbreviation or a numeric offset ("GMT+0900", "-0500"), then a zone
 * in parentheses ("10:30 (gmt-2:30)", "11 am GMT+0900 (JST)"), which joins the span (the first
 * zone stated is kept): [offset, next], or undefined.
 */
function clockZoneAt(s: Scan, i: number, offsets = true): [string, number] | undefined {
  let z = zoneAt(s, i) ?? (offsets ? offsetAt(s, i) : undefined);
  const at = z ? z[1] : i;
  if (s.at(at) === '(') {
    const inner = zoneAt(s, at + 1);
    if (inner && s.at(inner[1]) === ')') z = [z ? z[0] : inner[0], inner[1] + 1];
  }
  return z;
}

/** The clock part "T15:30" and zone, or undefined. */
export interface Clock {
  clock: string;
  zone?: string;
  /** The hour as written, no meridiem stated ("six o'clock", "half past six"): a day's afternoon may move it. */
  written?: boolean;
}

function timeMatch(from: number, to: number, clock: string, zone: string | undefined, rule: string): Match & Clock {
  const m: Match & Clock = {
    from,
    to,
    rule,
    point: 'time',
    clock,
    mean(ctx) { return timeMeaning(ctx, clock, zone); },
  };
  if (zone) m.zone = zone;
  return m;
}

/** A time on the day in focus (the last full date mentioned, near it or the reference; else the reference day; the day is inferred). */
export function timeMeaning(ctx: Context, clock: string, zone?: string, day?: string): Meaning {
  // a clock without a day is on the day in focus: the last full date mentioned before it, when near the clock or the
  // reference (Context.clockAnchor), else the reference day
  const base = day === undefined ? (ctx.clockAnchor ?? ctx.ref) : undefined;
  const d = day ?? (base ? ymdValue(base) : 'XXXX-XX-XX');
  // "2 a.m. ET": standard or daylight time by the day ("-05:00/-04:00" in the zone list)
  if (zone !== undefined && zone.length === 13 && zone.charCodeAt(6) === 47) zone = usSummer(d) ? zone.slice(7) : zone.slice(0, 6);
  const value = `${d}T${clock}${zone && zone !== 'Z' ? zone : zone === 'Z' ? 'Z' : ''}`;
  const m = dateMeaning(value, day ? [] : ['day'], 'time');
  m.granularity = clock.length === 2 ? 'hour' : /^\d\d:\d\d$/.test(clock) ? 'minute' : clock.length > 5 ? 'second' : 'hour';
  if (clock.startsWith('24') && !d.startsWith('X')) {
    // midnight (T24:00) ends the day: its interval is the first minute of the next one
    const next = addDays({ y: Number(d.slice(0, 4)), m: Number(d.slice(5, 7)), d: Number(d.slice(8, 10)) }, 1);
    m.interval = { start: `${ymdValue(next)}T00${clock.slice(2)}`, end: `${ymdValue(next)}T00${clock.slice(2)}` };
  } else if (!m.interval && !d.startsWith('X') && /^\d/.test(clock)) m.interval = { start: `${d}T${clock}`, end: `${d}T${clock}` };
  if (/^[A-Z]{2}$/.test(clock)) m.granularity = 'hour';
  return m;
}

/** Is day d ('YYYY-MM-DD') in US daylight time: from the second Sunday of March to the first Sunday of November? */
function usSummer(d: string): boolean {
  if (!isDayValue(d)) return false;
  const y = Number(d.slice(0, 4));
  const m = Number(d.slice(5, 7));
  const day = Number(d.slice(8, 10));
  if (m < 3 || m > 11) return false;
  if (m > 3 && m < 11) return true;
  // the weekday of the 1st, then the day of the nth Sunday
  const first = weekday({ y, m, d: 1 });
  const sunday = 1 + ((7 - first) % 7);
  return m === 3 ? day >= sunday + 7 : day < sunday;
}

function to24(h: number, mer: string | undefined): number | undefined {
  if (mer === undefined) return h;
  if (h < 1 || h > 12) return undefined;
  if (mer === 'AM') return h === 12 ? 0 : h;
  return h === 12 ? 12 : h + 12;
}

/** "15:30", "10:35 a.m.", "3:30:15 pm GMT". */
const clockRule: Rule = (s, i) => {
  const h = s.digits(i);
  if (h === undefined || s.len(i) > 2 || h > 24 || s.at(i + 1) !== ':' || !s.tight(i + 1) || !s.tight(i + 2)) return undefined;
  if (s.tight(i) && (s.at(i - 1) === ':' || s.digits(i - 1) !== undefined)) return undefined;
  const mi = s.digits(i + 2);
  let next = i + 3;
  let minText = s.at(i + 2);
  let mer: string | undefined;
  if (mi === undefined) {
    // "4:30pm" → "4" ":" "30pm"
    const m = /^(\d\d)(am|pm)$/.exec(minText ?? '');
    if (!m) return undefined;
    minText = m[1];
    mer = m[2]!.toUpperCase();
  } else if (s.len(i + 2) !== 2 || mi > 59) return undefined;
  let clockSec = '';
  if (s.at(next) === ':' && s.tight(next) && s.digits(next + 1) !== undefined && s.len(next + 1) === 2) {
    clockSec = `:${s.at(next + 1)}`;
    next += 2;
  }
  // "1:2:3:4"; not a colon that ends the clock's phrase ("Breaking news at 08:02: a second explosion")
  if (s.at(next) === ':' && s.tight(next) && s.tight(next + 1)) return undefined;
  if (!mer) {
    const me = meridiemAt(s, next);
    if (me) [mer, next] = me;
  }
  const hh = to24(h, mer);
  if (hh === undefined) return undefined;
  const z = clockZoneAt(s, next);
  if (z) next = z[1];
  if (!mer && !z && i > s.from) {
    // "won the marathon in 2:03:45", "a time of 1:02:33": a race's time, hours, minutes and seconds long
    const before = s.word(i - 1);
    if (clockSec && (before === 'in' || before === 'of')) return undefined;
    // "John 3:16", "Psalm 23:4": a chapter and verse
    if (s.cap(i - 1) && SCRIPTURE_BOOKS.has(before!)) return undefined;
  }
  return timeMatch(i, next, `${pad2(hh)}:${minText}${clockSec}`, z?.[0], 'clock');
};

/** Words before a bare hour that make it a clock time ("at 11 tonight"). */
const CLOCK_CUES = new Set(['at', 'by', 'until', 'till', 'from', 'after', 'before', 'around', 'about', 'since']);

/** "in the morning", "in the afternoon", "in the evening", "at night": [part, next]. */
function partAfter(s: Scan, i: number): [string, number] | undefined {
  if (s.word(i) === 'in' && s.word(i + 1) === 'the') {
    const w = s.word(i + 2);
    const code = w === 'morning' ? 'MO' : w === 'afternoon' ? 'AF' : w === 'evening' ? 'EV' : undefined;
    return code ? [code, i + 3] : undefined;
  }
  if (s.word(i) === 'at' && s.word(i + 1) === 'night') return ['NI', i + 2];
  // "11 tonight": an evening hour today
  if (s.word(i) === 'tonight') return ['NI', i + 1];
  return undefined;
}

/** "3 p.m.", "3pm", "3 PM EST", "5 o'clock", "4 in the morning". */
const hourRule: Rule = (s, i) => {
  const t = s.at(i);
  let h = s.digits(i);
  let next = i + 1;
  let mer: string | undefined;
  let written = false;
  if (h === undefined) {
    const m = /^(\d{1,2})(am|pm)$/.exec(t ?? '');
    if (!m) return undefined;
    h = Number(m[1]);
    mer = m[2]!.toUpperCase();
  } else {
    if (s.len(i) > 2) return undefined;
    const me = meridiemAt(s, next);
    if (me) [mer, next] = me;
    else if (OCLOCK.includes(s.word(next)!)) {
      // "the 2 o'clock position": a bearing, no time
      if (OCLOCK_NOT_TIME.has(s.word(next + 1) ?? '')) return undefined;
      next++;
      written = true;
    }
    // "10 o clock", as typed without the apostrophe
    else if (s.word(next) === 'o' && s.word(next + 1) === 'clock' && s.token(next)!.text === 'o') {
      next += 2;
      written = true;
    }
    else {
      // "4 in the morning", "11 at night", "6 in the evening"
      const part = partAfter(s, next);
      if (!part || h < 1 || h > 12) return undefined;
      // "at 11 tonight", "11 tonight" alone; not "he scored 11 tonight"
      if (s.word(next) === 'tonight' && i > s.from && s.tokens.kind[i - 1] === KIND_WORD && !CLOCK_CUES.has(s.word(i - 1)!)) return undefined;
      next = part[1];
      mer = part[0] === 'MO' ? 'AM' : 'PM';
      if (part[0] === 'NI' && h < 5) mer = 'AM';
      if (part[0] === 'NI' && h === 12) mer = 'AM';
    }
  }
  const hh = to24(h, mer);
  if (hh === undefined || hh > 24) return undefined;
  const z = clockZoneAt(s, next, false);
  if (z) next = z[1];
  if (written) return writtenClock(s, i, next, `${pad2(hh === 24 ? 0 : hh)}:00`, z?.[0]);
  return timeMatch(i, next, `${pad2(hh === 24 ? 0 : hh)}:00`, z?.[0], 'hour');
};

/**
 * A clock with its hour as written ("six o'clock", "a quarter past seven"): before "in the afternoon", "in the
 * evening", "at night" or "tonight" (a mention of its own) the hour of that part ("a quarter past seven in the
 * evening" 19:15), as "7 in the evening" is; else marked written, for a day's part it joins to (see grammar.ts).
 */
function writtenClock(s: Scan, from: number, to: number, clock: string, zone: string | undefined): Match & Clock {
  const part = zone ? undefined : partAfter(s, to)?.[0];
  const h = Number(clock.slice(0, 2));
  if (part !== undefined && part !== 'MO' && h >= 1 && h <= 11 && !(part === 'NI' && h < 5)) return timeMatch(from, to, `${h + 12}${clock.slice(2)}`, zone, 'hour');
  return { ...timeMatch(from, to, clock, zone, 'hour'), written: true };
}

/** The hours written as words that "o'clock" may follow ("six o'clock", "twelve o'clock"), as broadcast transcripts write them. */
const HOUR_WORDS = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
]);

/** "O'clock" as news writes it: straight or curly apostrophe, or none. */
const OCLOCK = ["o'clock", 'o’clock', 'oclock'];

/** "six o'clock", "ten o'clock GMT": an hour in words before "o'clock", read as "6 o'clock" is (no meridiem: the hour as written). */
const wordHour: Rule = (s, i) => {
  const h = HOUR_WORDS.get(s.word(i)!);
  if (h === undefined || !OCLOCK.includes(s.word(i + 1)!)) return undefined;
  // "the two o'clock position", "a five o'clock shadow": a bearing, an idiom
  if (OCLOCK_NOT_TIME.has(s.word(i + 2) ?? '')) return undefined;
  // "a six o'clock start" keeps its hour; "the ten o'clock news" is a programme's name as often, read as the hour too
  const z = clockZoneAt(s, i + 2, false);
  return writtenClock(s, i, z ? z[1] : i + 2, `${pad2(h)}:00`, z?.[0]);
};

/** Minutes before "past" or "to" in a clock said in words ("half past six", "quarter to nine", "twenty past eight"). */
const PAST_MINUTES = new Map([['half', 30], ['quarter', 15], ['five', 5], ['ten', 10], ['twenty', 20]]);

/** Words after a number that make it a count, not an hour ("a quarter to nine million", "half past 10 percent"). */
const MAGNITUDES = new Set(['million', 'billion', 'trillion', 'thousand', 'hundred', 'percent', 'per', 'points', 'bn', 'm']);

/** Words before "quarter to" that make it a clock ("at a quarter to nine", "it is a quarter to one"; not "by"). */
const SAID_CLOCK_CUES = new Set(['at', 'until', 'till', 'from', 'after', 'before', 'around', 'about', 'since', 'is', 'was']);

/**
 * "half past six", "(a) quarter to nine", "twenty past eight": a clock in words, as broadcast transcripts and
 * British speech give it, read with its hour as written (as "six o'clock"). "to" only after "quarter": "five to
 * ten years" is a range of counts. The hour is a word or a number up to 12, not before a unit ("half past 10
 * years" is none).
 */
const saidClock: Rule = (s, i) => {
  const k = s.word(i) === 'a' ? i + 1 : i;
  const part = s.word(k)!;
  const mins = PAST_MINUTES.get(part);
  if (mins === undefined || (k > i && part !== 'quarter')) return undefined;
  const dir = s.word(k + 1);
  // "at half nine": British for half past, only after a clock's cue and with the hour in words
  // (not after "is", "was": "the glass was half two-thirds full"; nor before a dash, a unit, a magnitude)
  if (part === 'half' && k === i && CLOCK_CUES.has(s.word(i - 1) ?? '') && s.word(i - 1) !== 'by') {
    const h = HOUR_WORDS.get(dir ?? '');
    const after = s.word(k + 2);
    if (h !== undefined && !s.dash(k + 2) && !(after !== undefined && (UNITS.has(after) || MAGNITUDES.has(after)))) return writtenClock(s, i, k + 2, `${pad2(h)}:30`, undefined);
  }
  if (dir !== 'past' && !(dir === 'to' && part === 'quarter')) return undefined;
  const h = HOUR_WORDS.get(s.word(k + 2) ?? '') ?? (s.len(k + 2) <= 2 ? s.digits(k + 2) : undefined);
  if (h === undefined || h < 1 || h > 12) return undefined;
  const after = s.word(k + 3);
  if (after !== undefined && (UNITS.has(after) || MAGNITUDES.has(after) || s.at(k + 3) === '%')) return undefined;
  // "a quarter to nine" after a clock's cue ("at", "until", "it is"): "fell by a quarter to nine" is a change
  // ("it's": the word is read without its "'s", as a possessive's)
  if (dir === 'to' && !SAID_CLOCK_CUES.has(s.word(i - 1) ?? '') && !(s.word(i - 1) === 'it' && s.possessive(i - 1))) return undefined;
  const hh = dir === 'to' ? (h === 1 ? 12 : h - 1) : h;
  const mm = dir === 'to' ? 60 - mins : mins;
  const z = clockZoneAt(s, k + 3, false);
  return writtenClock(s, i, z ? z[1] : k + 3, `${pad2(hh)}:${pad2(mm)}`, z?.[0]);
};

/** A dotted clock, British style, with a meridiem or a zone: "10.30pm", "7.30 a.m.", "23.00 GMT" (alone, "12.30" is a price as often as a time). */
const dottedClock: Rule = (s, i) => {
  const t = s.token(i);
  if (t === undefined) return undefined;
  const m = /^(\d{1,2})\.(\d\d)(am|pm)?$/.exec(s.at(i)!);
  if (!m || Number(m[2]) > 59 || (t.kind === 'number') === (m[3] !== undefined)) return undefined;
  let next = i + 1;
  let mer = m[3]?.toUpperCase();
  if (!mer) {
    const me = meridiemAt(s, next);
    if (me) [mer, next] = me;
  }
  const z = clockZoneAt(s, next);
  if (!mer && !z) return undefined;
  if (z) next = z[1];
  const hh = to24(Number(m[1]), mer);
  if (hh === undefined || hh > 23) return undefined;
  return timeMatch(i, next, `${pad2(hh)}:${m[2]}`, z?.[0], 'dotted-clock');
};

/**
 * A 24-hour clock written in four digits at i, as British and wire news write it ("1830", "0400"),
 * or glued to its zone ("2100GMT"): ['HH:MM', the zone glued to it], or undefined.
 */
function fourDigits(s: Scan, i: number): [string, string | undefined] | undefined {
  // (the token columns, no token object)
  if (i < s.from || i >= s.to) return undefined;
  let text = s.tokens.text[i]!;
  let zone: string | undefined;
  if (s.tokens.kind[i] === KIND_NUMBER) {
    if (text.length !== 4 || s.digits(i) === undefined) return undefined;
    // part of a longer number: "3,1830", "0.1830"
    if (s.tight(i) && (s.at(i - 1) === ',' || s.at(i - 1) === '.')) return undefined;
  } else {
    // "2100GMT": a zone in capitals glued to the digits
    if (text.length < 7 || !/^\d{4}[A-Z]{3,4}$/.test(text)) return undefined;
    zone = ZONES.get(text.slice(4).toLowerCase());
    if (zone === undefined) return undefined;
    text = text.slice(0, 4);
  }
  const hh = Number(text.slice(0, 2));
  const mm = Number(text.slice(2));
  if (hh > 23 || mm > 59) return undefined;
  return [`${text.slice(0, 2)}:${text.slice(2)}`, zone];
}

/** What makes four digits a clock: a zone in capitals ("GMT", "BST (0100 GMT)") or "local time" (outside the span): [zone, next]. */
function fourDigitZone(s: Scan, i: number): [string | undefined, number] | undefined {
  const t = s.token(i);
  if (t?.kind === 'word' && t.text === t.text.toUpperCase()) {
    const z = clockZoneAt(s, i, false);
    if (z) return z;
  }
  if (s.word(i) === 'local' && s.word(i + 1) === 'time') return [undefined, i];
  return undefined;
}

/** Prepositions before four digits that make them a year, never a clock ("in 2006 IST Group", "since 2001 PT Telkom"). */
const YEAR_ONLY_BEFORE = new Set(['in', 'since', 'during']);

/** Words that join two four-digit clocks into a range ("1700-1900 GMT", "between 2000 and 2100 GMT"). */
const FOUR_DIGIT_RANGE = ['and', 'to', 'until', 'till'];

/**
 * "at 1830 GMT", "by 1200 GMT", "from 1700 local time", "2100GMT", "between 2000 and 2100 GMT": a
 * 24-hour clock in four digits. Only before a zone or "local time", or in a range with an end that
 * opens with a zero ("between 2200 and 0700"): alone, "1830" is a year, and "at 2010" may be either.
 */
const fourDigitClock: Rule = (s, i) => {
  const a = fourDigits(s, i);
  if (!a) return undefined;
  // after "in", "since", "during" four digits are a year, and capitals after them a name ("In 2006 IST Group was
  // sold", "Since 2001 PT Telkom has grown"): no clock is written "in 1830 GMT"; "since 0600 GMT" opens with a zero
  if (YEAR_ONLY_BEFORE.has(s.word(i - 1) ?? '') && !(s.at(i) ?? '').startsWith('0')) return undefined;
  if (a[1] !== undefined) return timeMatch(i, i + 1, a[0], a[1], 'four-digit-clock');
  const z = fourDigitZone(s, i + 1);
  if (z) return timeMatch(i, z[1], a[0], z[0], 'four-digit-clock');
  // the first end of a range shares the second's zone ("and" only after "between", as ranges join)
  const sep = s.at(i + 1);
  if (!s.dash(i + 1) && !(sep !== undefined && FOUR_DIGIT_RANGE.includes(sep) && (sep !== 'and' || s.word(i - 1) === 'between'))) return undefined;
  const b = fourDigits(s, i + 2);
  if (!b) return undefined;
  // no zone: two clocks if one end opens with a zero, which no year does ("a curfew between 2200 and 0700")
  const unzoned = (s.at(i) ?? '').startsWith('0') || (s.at(i + 2) ?? '').startsWith('0') ? ([undefined, i + 3] as const) : undefined;
  const bz = b[1] !== undefined ? ([b[1], i + 3] as const) : (fourDigitZone(s, i + 3) ?? unzoned);
  if (!bz || (a[0] >= b[0] && !unzoned)) return undefined;
  return timeRange(timeMatch(i, i + 1, a[0], bz[0], 'four-digit-clock'), timeMatch(i + 2, bz[1], b[0], bz[0], 'four-digit-clock'));
};

/** A bare hour (1–12) at i, not part of a longer number or clock: the hour, or undefined. */
function bareHour(s: Scan, i: number): number | undefined {
  const h = s.digits(i);
  if (h === undefined || s.len(i) > 2 || h < 1 || h > 12) return undefined;
  const after = s.at(i + 1);
  if ((after === ':' || after === '.' || after === ',') && s.tight(i + 1) && s.digits(i + 2) !== undefined) return undefined;
  return h;
}

/** The hour (0–23) of a time match's clock. */
const hourOf = (m: Match & Clock) => Number(m.clock.slice(0, 2));

/** A range of two times whose ends share a meridiem or part of the day one of them states: "8 - 11pm", "10 - 11 at night", "8pm - 11". */
const hourRange: Rule = (s, i) => {
  const h1 = bareHour(s, i);
  if (h1 !== undefined) {
    // "8 - 11pm": the first hour takes the second's half of the day when it comes before it
    if (!s.dash(i + 1)) return undefined;
    const b = hourRule(s, i + 2) as (Match & Clock) | undefined;
    if (!b) return undefined;
    const h2 = hourOf(b);
    // "3-1 pm" is a score; "11 - 1pm" crosses noon
    if (h1 >= (h2 % 12 || 12) && !(h2 >= 12 && h1 >= 9)) return undefined;
    const first = h1 !== 12 && h1 + 12 < h2 ? h1 + 12 : h1 === 12 && h2 < 12 ? 0 : h1;
    if (first >= h2) return undefined;
    return timeRange(timeMatch(i, i + 1, `${pad2(first)}:00`, b.zone, 'hour'), b);
  }
  // "8pm - 11": the second hour is the first one after the first end that reads so on a 12-hour clock
  const a = hourRule(s, i) as (Match & Clock) | undefined;
  if (!a || !s.dash(a.to)) return undefined;
  const h = bareHour(s, a.to + 1);
  if (h === undefined || meridiemAt(s, a.to + 2) || s.word(a.to + 2) === "o'clock") return undefined;
  const from = hourOf(a);
  const second = [h % 12, (h % 12) + 12].find((x) => x > from);
  if (second === undefined) return undefined;
  return timeRange(a, timeMatch(a.to + 1, a.to + 2, `${pad2(second)}:00`, a.zone, 'hour'));
};

function timeRange(a: Match, b: Match): Match {
  // the second part is on the next day where the range is ("11pm - 2am")
  const late: Match = { ...b, mean(ctx) { return overnightEnd(a.mean(ctx), b.mean(ctx)); } };
  return { from: a.from, to: b.to, rule: 'hour-range', point: 'time', parts: [a, late], mean(ctx) { return rangeMeaning(a.mean(ctx), b.mean(ctx)); } };
}

/** "noon", "midnight", "midday". */
const namedTime: Rule = (s, i) => {
  const w = s.word(i);
  const h = w === undefined ? undefined : NAMED_TIMES.get(w);
  if (h === undefined) return undefined;
  // "high noon comes today": the idiom (a showdown), not the hour
  if (w === 'noon' && s.word(i - 1) === 'high') return undefined;
  // "centre Jamie Noon believes": a surname after a capitalized word of its sentence
  if (titled(s, i)) return undefined;
  const m = timeMatch(i, i + 1, `${pad2(h)}:00`, undefined, 'named-time');
  if (h !== 24) return m;
  // "The deadline was midnight": in the past, the midnight that began the reference day (the end of the day before)
  return {
    ...m,
    mean(ctx) {
      if (direction(ctx) >= 0 || !ctx.ref) return m.mean(ctx);
      const t = timeMeaning(ctx, '24:00', undefined, ymdValue(addDays(ctx.ref, -1)));
      t.inferred = ['day'];
      return t;
    },
  };
};

/** "this morning", "tonight", "last night", "yesterday morning" (the latter in the relative rules). */
const dayPart: Rule = (s, i) => {
  const w = s.word(i);
  // "ITV's Tonight programme", "Are You Lonesome Tonight": a title
  if (w === 'tonight') return titled(s, i) ? undefined : partMatch(i, i + 1, 0, 'NI');
  if (w === 'this' || w === 'last') {
    // "ITV1's This Morning": a title
    if (titled(s, i) && s.cap(i + 1)) return undefined;
    const code = DAY_PARTS.get(s.word(i + 1) ?? '');
    if (!code || s.word(i + 1) === 'tonight' || s.word(i + 1) === 'overnight') return undefined;
    if (w === 'last' && code !== 'NI') return undefined;
    return partMatch(i, i + 2, w === 'last' ? -1 : 0, code);
  }
  return undefined;
};

function partMatch(from: number, to: number, offset: number, code: string): Match {
  return {
    from,
    to,
    rule: 'day-part',
    point: 'time',
    part: code,
    mean(ctx) {
      const day = ctx.ref ? ymdValue(addDays(ctx.ref, offset)) : 'XXXX-XX-XX';
      const m = dateMeaning(`${day}T${code}`, ctx.ref ? ['day'] : [], 'time');
      m.granularity = 'hour';
      return m;
    },
  };
}

/** What may follow an hour given as a number, before hourRule reads it: a meridiem ("3 pm", "3 p.m."), "o'clock", a part of the day ("4 in the morning", "11 at night", "11 tonight"). */
const HOUR_FOLLOWERS = ['am', 'pm', 'a', 'p', "o'clock", 'o’clock', 'oclock', 'o', 'in', 'at', 'tonight'];

/** A meridiem glued to an hour's digits ("3pm", "10.30am"). */
const MERIDIEM_LETTERS = ['am', 'pm'];

/** The time rules, in order. */
export const TIMES: Rule[] = [
  // clocks start with a digit: "15:30", "3pm", "8 - 11pm", "10.30pm"; after a number, what the rule reads next
  followedBy(opensAt(clockRule, Shape.Number), Shape.Number, 0, [':']),
  // a word starting with a digit only with its meridiem glued: "3pm", "8pm - 11", "10.30pm"
  digitWordLetters(followedBy(opensAt(hourRule, Shape.Number | Shape.DigitWord), Shape.Number, 0, HOUR_FOLLOWERS), MERIDIEM_LETTERS),
  // "8 - 11pm", or an hour as hourRule reads it ("8 pm - 11")
  digitWordLetters(followedBy(opensAt(hourRange, Shape.Number | Shape.DigitWord), Shape.Number, 0, DASHES, HOUR_FOLLOWERS), MERIDIEM_LETTERS),
  // "7.30 a.m.", "23.00 GMT", "23.00+14", "23.00 (GMT)"
  digitWordLetters(followedBy(opensAt(dottedClock, Shape.Number | Shape.DigitWord), Shape.Number, 0, ['am', 'pm', 'a', 'p', '+', '-', '('], ZONES.keys()), MERIDIEM_LETTERS),
  // "1830 GMT", "2100GMT", "1700 local time", "2000 and 2100 GMT": a zone (in capitals) or a range word after the digits
  followedBy(opensAt(fourDigitClock, Shape.Number | Shape.DigitWord), Shape.Number, 0, ZONES.keys(), ['local', '('], FOUR_DIGIT_RANGE, DASHES),
  // "six o'clock": an hour in words, only before "o'clock"
  followedBy(startsWith(wordHour, HOUR_WORDS.keys()), Shape.Word, 0, OCLOCK),
  // "half past six", "a quarter to nine", "at half nine": only before "past", "to", an hour in words (or "quarter" after "a")
  followedBy(startsWith(saidClock, PAST_MINUTES.keys(), ['a']), Shape.Word, 0, ['past', 'to', 'quarter'], HOUR_WORDS.keys()),
  startsWith(namedTime, NAMED_TIMES.keys()),
  startsWith(dayPart, ['tonight', 'this', 'last']),
];
