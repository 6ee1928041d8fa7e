// Named periods: weekdays ("Friday", "Friday morning"), years ("2013",
// "the year 2000", "fiscal 1989", "FY2024"), decades ("the 1990s",
// "the '90s"), centuries ("the 20th century"), seasons ("summer 2025"),
// quarters and halves ("Q3 2024", "the third quarter", "third-quarter",
// "the first half of 2025"), fixed holidays ("Christmas").
// Must reject: "page 2013", "$2013", "2013 people", "Sun" and "Sat" as words,
// "the second summit".
import {
  AMBIGUOUS_WEEKDAYS,
  ACCOUNT_NOUNS,
  COUNT_AFTER_HYPHEN,
  NEW_YEAR_GREETINGS,
  NEW_YEAR_HOLIDAY_NOUNS,
  NEW_YEAR_SEE_IN,
  ON_SUNDAY_TITLES,
  PLURALS_WITHOUT_S,
  WEEKDAY_TITLES,
  YEAR_HEAD_PLURALS,
  YEAR_LEVELS,
  VEHICLE_MAKES,
  VEHICLE_NOUNS,
  DAY_PARTS,
  DECADE_WORDS,
  DIRECTIONS,
  KEPT_DAY_PARTS,
  EASTER_DAYS,
  HOLIDAYS,
  MONTHS,
  MOVING_HOLIDAYS,
  NAMED_TIMES,
  NOT_AFTER_CUED_WEEKDAY,
  WEEKDAY_CUES,
  NOT_YEAR_AFTER,
  SUBJECTS_AFTER_YEAR,
  CLAUSE_TIME_PREPOSITIONS,
  NOT_YEAR_BEFORE,
  ORDINAL_SUFFIXES,
  ORDINALS,
  PART_MODS,
  QUARTER_COMPOUNDS,
  PREPOSITIONS_OF_TIME,
  PRODUCT_BEFORE_YEAR,
  SEASONS,
  STREET_WORDS,
  WEEKDAYS,
  YEAR_VERBS,
  LEVEL_CHANGES,
  LEVEL_WORDS,
} from '../lexicon.js';
import { dateMeaning, direction, placeMonthDay, placeWeekday, unitValue } from '../resolve.js';
import { type Context, DASHES, digitWordLetters, type Match, type Rule, type Scan, fixed, followedBy, opensAt, Shape, startsWith } from '../scan.js';
import { addDays, daysIn, easterSunday, intervalOf, pad2, pad4, weekday, weekValue, ymdValue } from '../timex.js';
import { STOPWORDS } from '../../text/data/stopwords.js';
import { dayAt, isWord, LATEST_YEAR, monthAt, numberAt, yearAt } from './common.js';
import { durationValue, durMeaning, QUARTER_OF } from './durations.js';
import { KIND_NUMBER, KIND_WORD } from '../../text/tokenize.js';

const MONTHS_LOW: ReadonlySet<string> = new Set(MONTHS.keys());

/** Determiners that keep a four-digit number after them a year, before a street or a plural noun ("the 1987 Wall Street crash", "the 1992 protests"). */
const YEAR_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);

const CURRENCY = new Set(['$', '£', '€', '¥', '#', '№']);

/**
 * May the word at k follow a "Mon", "Wed" or "Sat" read by its cue alone? Not a capitalized word that is no
 * month, weekday, part of a day or named time ("on Sat TV", "on Mon Valley": a name), nor a word that makes
 * it a verb ("last Sat down"); anything else may ("next Mon.", "on Mon at the club", "on Sat 5 July").
 */
function cuedWeekdayFollower(s: Scan, k: number): boolean {
  const w = s.word(k);
  if (w === undefined) return true;
  if (NOT_AFTER_CUED_WEEKDAY.has(w)) return false;
  return !s.cap(k) || MONTHS.has(w) || WEEKDAYS.has(w) || DAY_PARTS.has(w) || NAMED_TIMES.has(w);
}

/** Words between two weekdays of a list or a range ("Sat and Sun", "Fri to Sun", "Mon-Sat"). */
const WEEKDAY_LIST_JOINS = new Set(['and', 'or', 'to', 'through', 'until', '-', '\u2013', '&']);

/** A weekday at i, honouring ambiguous abbreviations: [weekday, next]. */
export function weekdayAt(s: Scan, i: number): [number, number] | undefined {
  const w = s.word(i);
  if (w === undefined) return undefined;
  const wd = WEEKDAYS.get(w);
  if (wd === undefined) return undefined;
  if (w.length <= 5 && !w.endsWith('day')) {
    // "thurs", "tues" are never words; "sat", "sun", "wed", "mon" need a capital and a date beside them (or a cue before)
    if (!s.cap(i) && w !== 'thurs' && w !== 'tues' && w !== 'thur') return undefined;
    // "Sun, June 15" yes; "Sun, Oracle and IBM" no; "on Mon", "next Wed" yes (see WEEKDAY_CUES)
    // (the list read only for an ambiguous one: "Thurs", "Tues" need none)
    if (AMBIGUOUS_WEEKDAYS.has(w)) {
      // ("Sat and Sun", "Fri to Sun": after a capitalized weekday and a joining word, a list's or a range's second day)
      // (the first one a weekday as it stands: a full name, "Thurs", or an abbreviation after a cue, "on Sat")
      const first = s.word(i - 2) ?? '';
      const listed =
        s.cap(i - 2) &&
        WEEKDAYS.has(first) &&
        (!AMBIGUOUS_WEEKDAYS.has(first) || (first !== 'sun' && WEEKDAY_CUES.has(s.word(i - 3) ?? ''))) &&
        WEEKDAY_LIST_JOINS.has(s.word(i - 1) ?? '');
      if (!listed && (w === 'sun' || !WEEKDAY_CUES.has(s.word(i - 1) ?? ''))) {
        const k = s.at(i + 1) === ',' || s.at(i + 1) === '.' ? i + 2 : i + 1;
        const t = s.token(k);
        const datey = t !== undefined && (t.kind === 'number' || /^\d/.test(t.text) || MONTHS_LOW.has(s.at(k)!));
        if (!datey) return undefined;
      } else if (!cuedWeekdayFollower(s, i + 1)) return undefined;
    }
  }
  const next = s.at(i + 1) === '.' && s.tight(i + 1) && w.length <= 5 ? i + 2 : i + 1;
  return [wd, next];
}

/** Parts of a day a weekday keeps in its value ("Friday evening" → …TEV); see KEPT_DAY_PARTS. */
const KEPT_PARTS = new Set([...KEPT_DAY_PARTS].map((w) => DAY_PARTS.get(w)!));

/** "Friday", "Friday morning", "Friday night". */
const weekdayRule: Rule = (s, i) => {
  const wd = weekdayAt(s, i);
  if (!wd) return undefined;
  const [day, next] = wd;
  // "the Sunday Times", "Sunday Telegraph journalist", "the Mail on Sunday": a newspaper's or a programme's name
  if (s.cap(i) && next === i + 1 && s.cap(next) && s.tokens.br[next] === 0 && WEEKDAY_TITLES.has(s.word(next) ?? '')) return undefined;
  if (day === 7 && s.cap(i) && s.word(i - 1) === 'on' && s.cap(i - 2) && ON_SUNDAY_TITLES.has(s.word(i - 2) ?? '')) return undefined;
  // "Tuesday nights", "Sunday mornings": every one of them
  const plural = s.word(next);
  const every = plural?.endsWith('s') ? DAY_PARTS.get(plural.slice(0, -1)) : undefined;
  if (every) return { from: i, to: next + 1, rule: 'weekday', mean: fixed({ type: 'set', value: `XXXX-WXX-${day}T${every}`, granularity: 'hour', inferred: [] }) };
  const part = DAY_PARTS.get(s.word(next) ?? '');
  const to = part && s.word(next) !== 'tonight' ? next + 1 : next;
  const possessive = s.possessive(i);
  return {
    from: i,
    to,
    rule: 'weekday',
    point: 'day',
    mean(ctx) {
      const d = placeWeekday(ctx, day, 0, !possessive);
      const base = d ? ymdValue(d) : `XXXX-WXX-${day}`;
      // "Friday night": the day (TimeML news gives the day's value; "this morning" keeps its part, see the time rules)
      const m = dateMeaning(base, d ? ['year', 'month', 'day'] : []);
      if (part && to > next && m.interval) m.interval = intervalOfPart(m.interval.start, part);
      // "Friday evening" keeps its part (TEV), as both TimeML sets write it; night and morning do not (they disagree)
      if (part && to > next && d && KEPT_PARTS.has(part)) {
        const pm = dateMeaning(`${base}T${part}`, ['year', 'month', 'day'], 'time');
        pm.granularity = 'hour';
        pm.interval = m.interval;
        return pm;
      }
      return m;
    },
  };
};

/** The hours of a part of a day, as an interval. */
function intervalOfPart(day: string, part: string): { start: string; end: string } {
  return intervalOf(`${day}T${part}`) ?? { start: day, end: day };
}

/**
 * Is the number at i the second end of "between YEAR and ...", after a smaller four-digit year? Then
 * "and" is to it what "to" is in "from 2019 to 2021": a preposition of time ("between 2015 and 2020
 * emissions fell").
 */
function betweenEnd(s: Scan, i: number): boolean {
  if (s.word(i - 1) !== 'and' || s.word(i - 3) !== 'between' || s.len(i - 2) !== 4) return false;
  const a = s.digits(i - 2);
  const b = s.digits(i);
  return a !== undefined && b !== undefined && a >= 1000 && a < b && b - a <= YEARS_SPAN;
}
/**
 * The widest "between YEAR and YEAR" read as years before a plural noun: wider, the two are counts ("between
 * 2000 and 2500 troops", "between 1500 and 2000 people"); "between 2015 and 2020 emissions fell" is years.
 */
const YEARS_SPAN = 100;

/**
 * Is token k, after a vehicle's make, a lower-case content word that names no vehicle ("the 2010 Toyota
 * recall"), or a firm's word ("Ford Motor"), so the make has an event? A function word leaves the model ("a 2004
 * Ford that was stolen"), and so does a capitalized model ("a 2004 Toyota Camry").
 */
function makesEvent(s: Scan, k: number): boolean {
  const t = s.token(k);
  if (t === undefined || t.kind !== 'word' || s.tight(k)) return false;
  const w = s.word(k) ?? '';
  // "the 2009 Ford Motor results", "the 1996 Ford Foundation report": the firm's or the name's, no model
  if (s.cap(k)) return MAKE_FIRMS.has(w);
  return !VEHICLE_NOUNS.has(w) && !STOPWORDS.has(w);
}
/** Capitalized words after a vehicle's make that make it a firm or another name, no model ("Ford Motor", "Ford Foundation", "Lincoln Memorial"). */
const MAKE_FIRMS = new Set(['motor', 'motors', 'foundation', 'company', 'co', 'corp', 'corporation', 'group', 'memorial', 'center', 'centre']);

/** Is the number at i a year here, judged by its neighbours? */
function yearContext(s: Scan, i: number, next: number): boolean {
  const prev = s.at(i - 1);
  if (prev !== undefined && (CURRENCY.has(prev) || NOT_YEAR_BEFORE.has(prev))) return false;
  // the word before the number and the token after it, read by most tests below
  const before = s.word(i - 1) ?? '';
  const after = s.at(next);
  // "between 2000 and 3000 points", "from 2000 to 5000 people": the second end is past any year, so both count things
  if ((after === 'and' && before === 'between') || (after === 'to' && before === 'from')) {
    const end = s.digits(next + 1);
    if (end !== undefined && end > LATEST_YEAR) return false;
    // "between 1500 and 2000 people": a second end too far for a span of years, before a plural noun, counts too
    if (after === 'and' && end !== undefined && s.len(next + 1) === 4 && !betweenEnd(s, next + 1) && pluralCount(s.word(next + 2))) return false;
  }
  // "mid-2024", "pre-1990", "post-1959"
  const prefixed = s.tight(i) && s.dash(i - 1) && s.tight(i - 1) && isWord(s, i - 2, 'mid', 'early', 'late', 'end', 'pre', 'post');
  if (s.tight(i) && prev !== undefined && prev !== '(' && prev !== '"' && prev !== '“' && prev !== "'") {
    // and the second year of "2019-2021"
    const ok = prefixed || (s.dash(i - 1) && s.tight(i - 1) && s.len(i - 2) === 4 && (s.digits(i - 2) ?? 0) >= 1000 && !s.tight(i - 2));
    if (!ok) return false;
  }
  if (after === '%') return false;
  // "rose 12 points to 2653", "gained $5 to 2350", "fell 2% to 1950": a level reached after a change by an amount
  // (not a year's level: "climbed 12% to 2019 levels", "rose 5% to 2024's record")
  if (before === 'to' && levelChange(s, i - 2) && !((after === "'" || after === '’') && s.word(next + 1) === 's') && !YEAR_LEVELS.has(s.word(next) ?? '')) return false;
  if (s.tight(next) && (after === '/' || after === ':' || after === '-' || after === '.') && s.digits(next + 1) !== undefined) {
    // "2019-2021" is a range of years; "2025-06", "555-1234" and "2019-20-21" are not
    const y2 = s.digits(next + 1);
    if (!(s.dash(next) && s.len(next + 1) === 4 && y2 !== undefined && y2 > s.digits(i)! && y2 <= LATEST_YEAR && s.tight(next + 1) && !(s.dash(next + 2) && s.tight(next + 2)))) return false;
  }
  const w = s.word(next);
  if (w !== undefined && NOT_YEAR_AFTER.has(w) && !(SUBJECTS_AFTER_YEAR.has(w) && CLAUSE_TIME_PREPOSITIONS.has(before))) return false;
  if (s.tight(next) && w !== undefined) return false;
  // "at 1801 California St.", "2005 Main Street": a house number ("In 2005 Main Street shops closed" stays a year;
  // so does one after a determiner or a possessive: "the 1987 Wall Street crash", "his 1999 Downing Street speech")
  const street = s.cap(next) && (STREET_WORDS.has(s.word(next + 1) ?? '') || (s.cap(next + 1) && STREET_WORDS.has(s.word(next + 2) ?? '')));
  if (street && !(PREPOSITIONS_OF_TIME.has(before) && before !== 'at' && before !== 'on') && !YEAR_DETERMINERS.has(before) && !s.possessive(i - 1)) return false;
  // "Windows 2000", "Championship Manager 2005": a product's version
  if (s.cap(i - 1) && PRODUCT_BEFORE_YEAR.has(before)) return false;
  // "Kopp's 1987 Chevrolet Cavalier", "a 2004 Toyota Camry": a model year (not after "in", "by", "since"...);
  // before a lower-case word other than a vehicle's the make has an event and the year is its time ("the 2010 Toyota recall")
  if (w !== undefined && s.cap(next) && VEHICLE_MAKES.has(w) && !PREPOSITIONS_OF_TIME.has(before) && !makesEvent(s, next + 1)) return false;
  // "a 2048-bit key", "a 2000-strong crowd": a count in a compound adjective
  if (s.dash(next) && s.tight(next) && s.tight(next + 1) && COUNT_AFTER_HYPHEN.has(s.word(next + 1) ?? '')) return false;
  // "2013 ballots", "2013 sheep": a number before a plural noun counts things, unless a preposition of time comes
  // first ("the 1992 protests" is a year: a determiner before it; so is "the post-1959 politics": a prefix of time)
  // or the noun is one a year dates ("2013 elections", "2020 Olympics", "2013 figures")
  // (the noun first: most years stand before none, and the other tests are not read)
  return !countedNoun(w) || prefixed || PREPOSITIONS_OF_TIME.has(before) || betweenEnd(s, i) || YEAR_DETERMINERS.has(before);
}

/**
 * Does an amount of change end at k, before "to" and a number ("12 points", "$5", "2%", "75 cents"), making the
 * number a level reached (an index, a price), not a year? Read only for a number after "to".
 */
function levelChange(s: Scan, k: number): boolean {
  if (k <= s.from) return false;
  const kind = s.tokens.kind;
  if (s.at(k) === '%') return kind[k - 1] === KIND_NUMBER;
  // "gained $5 to 2350", "rose by 12 to 2040"
  if (kind[k] === KIND_NUMBER) return CURRENCY.has(s.at(k - 1) ?? '') || s.word(k - 1) === 'by';
  return LEVEL_UNITS.has(s.word(k) ?? '') && kind[k - 1] === KIND_NUMBER;
}

/** Units of a change in a level before "to" ("rose 12 points to 2653", "up 75 cents to 1950"). */
const LEVEL_UNITS = new Set(['points', 'point', 'cents', 'pence', 'percent', 'p', 'pts']);

/** Is w a plural noun that a number before it counts ("2013 ballots", "2013 sheep"), not one a year dates ("2013 elections")? */
function countedNoun(w: string | undefined): boolean {
  return w !== undefined && pluralCount(w) && !YEAR_HEAD_PLURALS.has(w);
}

/** Is w a plural noun, in -s or not ("ballots", "people"), that a number before it may count? */
function pluralCount(w: string | undefined): boolean {
  return w !== undefined && (pluralNoun(w) || PLURALS_WITHOUT_S.has(w));
}

/** Is w a plural noun a number before it would count ("2013 ballots"), not a verb in -s that leaves a year ("1992 was")? */
function pluralNoun(w: string | undefined): boolean {
  return w !== undefined && w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !YEAR_VERBS.has(w);
}

/** "2013", "in 2013", "the year 2000", "fiscal 1989", "fiscal year 2024", "FY 2024", "fiscal 2024-25". */
const yearRule: Rule = (s, i) => {
  let from = i;
  let j = i;
  const w = s.word(i);
  if (w === 'fiscal') {
    j++;
    if (s.word(j) === 'year') j++;
  } else if (w === 'fy') j++;
  else if (w === 'the' && s.word(i + 1) === 'year' && yearAt(s, i + 2)) j = i + 2;
  // "fiscal 2024-25", "FY 2019/20": the fiscal year's two years, one range with its word
  if (j > i && w !== 'the') {
    const pair = yearPair(s, j);
    if (pair) return { ...pair, from: i };
  }
  const y = s.digits(j);
  if (y === undefined || s.len(j) !== 4 || y < 1000 || y > LATEST_YEAR) return undefined;
  if (j === i && !yearContext(s, i, i + 1)) return undefined;
  // a bare number beyond the plausible span of news needs a preposition of time before it
  // (for one past 2100 "to" alone is none: "rose to 2653" is a level; "from 2090 to 2150" keeps its second end, and
  // "dating back to 1670" its year)
  if (j === i && (y < 1800 || y > 2100) && !betweenEnd(s, i)) {
    const before = s.word(i - 1) ?? '';
    if (!PREPOSITIONS_OF_TIME.has(before) || (y > 2100 && before === 'to' && !(s.len(i - 2) === 4 && s.digits(i - 2) !== undefined))) return undefined;
  }
  if (j === i) from = i;
  return { from, to: j + 1, rule: 'year', point: 'year', mean: fixed(dateMeaning(pad4(y))) };
};

/** Marks around a pair of numbers that make it arithmetic, a ratio or a fraction, not two years ("2024/25 = 81 %"). */
const ARITHMETIC = new Set(['=', '%', '+', '*', '×', '÷', '<', '>']);
/** Marks that may touch a pair of years and close it ("(2024/25)", "2019/20,"). */
const PAIR_CLOSERS = new Set([',', '.', ';', ':', ')', '"', '”', '’', "'"]);

/**
 * "2024-25", "2024/25", "1989-90", "2019/20", "1999-00", "2019/2020": a season or a fiscal year over two
 * years, the range of the two (parts "2024" and "25", 2024/2025), as "2019-2021" is; with a dash, a later year
 * within ten that can be no month too ("served from 1990-94"; "2010-12" may be December 2010). Nothing arithmetic,
 * no page or currency, no further number touches the pair ("2024/25 = 81 %", "pages 1989-90", "2024-25-30").
 */
const yearPair: Rule = (s, i) => {
  const y = s.digits(i);
  if (y === undefined || s.len(i) !== 4 || y < 1800 || y >= LATEST_YEAR) return undefined;
  const slash = s.at(i + 1) === '/';
  if (!(slash || s.dash(i + 1)) || !s.tight(i + 1) || !s.tight(i + 2)) return undefined;
  const n = s.len(i + 2);
  const e = s.digits(i + 2);
  if (e === undefined || !(n === 2 || (slash && n === 4))) return undefined;
  // the next year ("2024-25"), or with a dash a later one within ten years that can be no month ("1990-94")
  let end = y + 1;
  if ((n === 2 ? (y + 1) % 100 : y + 1) !== e) {
    // (after a preposition of time only: "2012-14" alone is a code as often)
    if (slash || n !== 2 || e <= 12 || !PREPOSITIONS_OF_TIME.has(s.word(i - 1) ?? '')) return undefined;
    end = y - (y % 100) + e;
    if (end <= y) end += 100;
    if (end - y > 10) return undefined;
  }
  // a touching token before or after carries the numbers on ("1-2024-25", "2024/25/26", "2024-25%")
  const prev = s.at(i - 1);
  if (prev !== undefined && s.tight(i) && prev !== '(' && prev !== '"' && prev !== '“' && prev !== "'") return undefined;
  if (s.tight(i + 3) && s.at(i + 3) !== undefined && !PAIR_CLOSERS.has(s.at(i + 3)!)) return undefined;
  // (a number before it makes the pair part of a longer one: "Call 0800 2024-25")
  if (prev !== undefined && (CURRENCY.has(prev) || NOT_YEAR_BEFORE.has(prev) || ARITHMETIC.has(prev) || s.digits(i - 1) !== undefined)) return undefined;
  const after = s.at(i + 3);
  if (after !== undefined && (ARITHMETIC.has(after) || NOT_YEAR_AFTER.has(s.word(i + 3) ?? ''))) return undefined;
  const first = dateMeaning(pad4(y));
  const second = dateMeaning(pad4(end));
  const a: Match = { from: i, to: i + 1, rule: 'year', point: 'year', mean: fixed(first) };
  const b: Match = { from: i + 2, to: i + 3, rule: 'year', point: 'year', mean: fixed(second) };
  const whole = { type: 'date' as const, value: `${first.value}/${second.value}`, inferred: [], granularity: first.granularity!, interval: { start: first.interval!.start, end: second.interval!.end } };
  return { from: i, to: i + 3, rule: 'range', point: 'year', parts: [a, b], mean: fixed(whole) };
};

/**
 * "FY2024", "FY24", "fy2025": a fiscal year written in one word (two digits are this century's below 50, else
 * the last's: "FY99" is 1999).
 */
const gluedFiscalYear: Rule = (s, i) => {
  const y = gluedFiscal(s.word(i));
  if (y === undefined) return undefined;
  // "FY25 Q1", "FY2024 H2": the fiscal year's quarter or half, one mention
  const p = s.word(i + 1);
  if (p !== undefined && (QUARTER_CODES.has(p) || p === 'h1' || p === 'h2') && s.tokens.text[i + 1]![0] === p[0]!.toUpperCase()) {
    return { from: i, to: i + 2, rule: 'quarter', point: 'quarter', mean: fixed(dateMeaning(`${pad4(y)}-${p.toUpperCase()}`)) };
  }
  return { from: i, to: i + 1, rule: 'fiscal-year', point: 'year', mean: fixed(dateMeaning(pad4(y))) };
};

/** Quarters written as codes after a fiscal year in one word ("FY25 Q1"). */
const QUARTER_CODES = new Set(['q1', 'q2', 'q3', 'q4']);

/** The year of a fiscal year in one word ("fy24" → 2024, "fy99" → 1999, "fy2025"), else undefined. */
function gluedFiscal(w: string | undefined): number | undefined {
  if (w === undefined || !/^fy(\d\d|\d{4})$/.test(w)) return undefined;
  let y = Number(w.slice(2));
  if (w.length === 4) y += y < 50 ? 2000 : 1900;
  return y < 1000 || y > LATEST_YEAR ? undefined : y;
}

/**
 * The year that may follow a quarter or a half: "2024", "fiscal 2025", "fiscal year 2025", "FY 2025", "FY25",
 * "FY2025" ("Q1 FY25" is the fiscal year's first quarter, 2025-Q1, as TimeBank values "the first quarter of fiscal
 * 1990" 1990-Q1): [year, next].
 */
function fiscalYearAt(s: Scan, k: number): [number, number] | undefined {
  const w = s.word(k);
  if (w === 'fiscal' || w === 'fy') return yearAt(s, w === 'fiscal' && s.word(k + 1) === 'year' ? k + 2 : k + 1);
  const g = gluedFiscal(w);
  return g === undefined ? yearAt(s, k) : [g, k + 1];
}

/** The words gluedFiscalYear starts with, made here rather than listed: "fy00" to "fy99", "fy1900" to "fy2099". */
const FISCAL_WORDS = [
  ...Array.from({ length: 100 }, (_, n) => `fy${String(n).padStart(2, '0')}`),
  ...Array.from({ length: 200 }, (_, n) => `fy${1900 + n}`),
];

/** The words a year in words starts with ({@link yearWordsAt}): the gates of rules that read one list them. */
export const YEAR_WORD_FIRSTS: readonly string[] = ['nineteen', 'eighteen', 'two'];

/** A year in words: "nineteen ninety-four", "two thousand", "two thousand and one": [year, next]. */
export function yearWordsAt(s: Scan, i: number): [number, number] | undefined {
  const w = s.word(i);
  if (w === 'nineteen' || w === 'eighteen') {
    const n = numberAt(s, i + 1);
    if (!n || n[0] < 10 || n[0] > 99 || !Number.isInteger(n[0]) || s.word(i + 1) === 'a') return undefined;
    return [(w === 'nineteen' ? 1900 : 1800) + n[0], n[1]];
  }
  if (w === 'two' && s.word(i + 1) === 'thousand') {
    let k = i + 2;
    if (s.word(k) === 'and') k++;
    const n = numberAt(s, k);
    if (n && n[0] >= 1 && n[0] < 100 && Number.isInteger(n[0]) && s.word(k) !== 'a') return [2000 + n[0], n[1]];
    return [2000, i + 2];
  }
  return undefined;
}

/** "nineteen ninety-four", "the year two thousand", "the nineteen-nineties" (spoken news). */
const yearWords: Rule = (s, i) => {
  // "the nineteen-nineties", "the eighteen eighties": a decade in words
  const c = s.word(s.word(i) === 'the' ? i + 1 : i);
  if (c === 'nineteen' || c === 'eighteen') {
    let d = s.word(i) === 'the' ? i + 2 : i + 1;
    if (s.dash(d) && s.tight(d) && s.tight(d + 1)) d++;
    const decade = DECADE_WORDS.get(s.word(d) ?? '');
    if (decade !== undefined) {
      return { from: i, to: d + 1, rule: 'decade', point: 'decade', mean: fixed(dateMeaning(`${c === 'nineteen' ? 19 : 18}${decade}`)) };
    }
  }
  let j = i;
  if (s.word(i) === 'the' && s.word(i + 1) === 'year') j = i + 2;
  const y = yearWordsAt(s, j);
  if (!y) return undefined;
  // "two thousand" alone is a number; only after "the year" or "in"
  if (s.word(j) === 'two' && j === i && !PREPOSITIONS_OF_TIME.has(s.word(i - 1) ?? '')) return undefined;
  if (UNITS_AFTER.has(s.word(y[1]) ?? '')) return undefined;
  return { from: i, to: y[1], rule: 'year', point: 'year', mean: fixed(dateMeaning(pad4(y[0]))) };
};

const UNITS_AFTER = new Set(['people', 'dollars', 'years', 'times', 'percent', 'of']);

/** "the 1990s", "1990s", "the '90s", "the 90s", "mid-1990s" (with the modifier rule). */
const decadeRule: Rule = (s, i) => {
  let j = i;
  if (s.word(j) === 'the') j++;
  const a = s.at(j);
  let decade: number | undefined;
  let to = j + 1;
  if ((a === "'" || a === '’') && s.tight(j + 1)) {
    const m = /^(\d)0s$/.exec(s.at(j + 1) ?? '');
    if (m) {
      const d = Number(m[1]);
      decade = d >= 3 ? 190 + d : 200 + d; // '00s, '10s, '20s: this century
      to = j + 2;
    }
  } else {
    const m = /^(\d|\d{3})0s$/.exec(a ?? '');
    if (m && s.tokens.kind[j] === KIND_WORD) {
      if (m[1]!.length === 3) decade = Number(m[1]);
      else {
        // "the 90s", "the 20s" (as "the '90s"): "90s" alone could be ages or temperatures, and after a word of
        // temperature it is degrees ("Highs in the 90s")
        if (j === i || degreesBefore(s, i) || levelAround(s, i, j)) return undefined;
        // "in the 10s, 100s, and 1,000s": a list of counts
        if (s.at(j + 1) === ',' && s.kind(j + 2) === KIND_WORD && s.len(j + 2) > 0 && s.at(j + 2)!.charCodeAt(0) >= 48 && s.at(j + 2)!.charCodeAt(0) <= 57) return undefined;
        const d = Number(m[1]);
        decade = d >= 3 ? 190 + d : 200 + d;
      }
    }
  }
  if (decade === undefined) return undefined;
  // "the 1800s", "the early 1900s": a century's hundreds, as news writes them (TIMEX3 "18"), not its first
  // decade; "the 2000s" is this century's first decade, "the noughties"
  if (decade < 200 && decade % 10 === 0 && decade >= 100) {
    return { from: i, to, rule: 'century', point: 'century', mean: fixed(dateMeaning(String(decade / 10))) };
  }
  const value = String(decade).padStart(3, '0');
  return { from: i, to, rule: 'decade', point: 'decade', mean: fixed(dateMeaning(value)) };
};

/**
 * "the nineties", "the Seventies", "the early eighties" (with the modifier rule): a decade in words after "the"
 * (TimeBank "through the nineties" 199). The century is the latest one whose decade has begun by the reference
 * ("the twenties" in 2005 are the 1920s, in 2025 the 2020s), without one the 1900s but for "the twenties" and
 * "the tens", as "the '20s" has it. "his twenties", "their forties" (ages) have no "the"; "temperatures in the
 * nineties" are degrees.
 */
const decadeWords: Rule = (s, i) => {
  let d = i;
  if (s.word(i) === 'the') d = i + 1;
  else {
    // "the early seventies", "the mid-eighties": the decade alone, the modifier rule takes the rest
    let m = i - 1;
    if (s.dash(m) && s.tight(m) && s.tight(i)) m--;
    const w = s.word(m);
    if ((w !== 'early' && w !== 'late' && w !== 'mid') || s.word(m - 1) !== 'the') return undefined;
  }
  const decade = DECADE_WORDS.get(s.word(d) ?? '');
  if (decade === undefined) return undefined;
  // degrees: a word of temperature up to eight tokens before the phrase ("Temperatures in Phoenix climbed into the
  // nineties", "Temperatures reached the mid-nineties"), within its clause
  const first = s.word(i) === 'the' ? i : s.word(i - 2) === 'the' ? i - 2 : i - 3; // "the early seventies", "the mid-eighties"
  if (degreesBefore(s, first)) return undefined;
  return {
    from: i,
    to: d + 1,
    rule: 'decade',
    point: 'decade',
    mean(ctx) {
      const y = ctx.ref?.y;
      const c = y === undefined ? (decade >= 3 ? 19 : 20) : 2000 + decade * 10 <= y ? 20 : 19;
      return dateMeaning(`${c}${decade}`);
    },
  };
};

/** Does a word of temperature stand up to DEGREE_REACH tokens before token `first`, in its clause ("Temperatures in Phoenix climbed into the nineties")? */
function degreesBefore(s: Scan, first: number): boolean {
  for (let k = first - 1; k >= first - DEGREE_REACH && k >= 0; k--) {
    const a = s.at(k);
    if (a === '.' || a === ';' || a === ':') return false;
    if (DEGREE_WORDS.has(s.word(k) ?? '')) return true;
  }
  return false;
}

/**
 * Is "the 90s" (two digits, no apostrophe: i is "the", j the number) a level, not the decade? After "in" and a
 * word of trading or scoring ("The index traded in the 60s", "She scored in the 90s", "Scores in the 60s led";
 * not farther back: "who scored hits in the 80s"), after "to"/"into" and a verb of change ("The pound fell to the
 * 80s"), or before "per", "against" ("in the 50s per barrel"). A verb of change with "in" is the decade's
 * ("prices soared in the 80s").
 */
function levelAround(s: Scan, i: number, j: number): boolean {
  const after = s.word(j + 1);
  if (after === 'per' || after === 'against') return true;
  const before = s.word(i - 1);
  if (before === 'to' || before === 'into') return LEVEL_CHANGES.has(s.word(i - 2) ?? '');
  return before === 'in' && LEVEL_WORDS.has(s.word(i - 2) ?? '');
}

/** How far before "the nineties" (in tokens) a word of temperature makes it degrees. */
const DEGREE_REACH = 8;

/** Words before "the nineties" that make it degrees, not a decade. */
const DEGREE_WORDS = new Set(['temperature', 'temperatures', 'degrees', 'mercury', 'thermometer', 'highs', 'lows']);

/** "the 20th century", "the twentieth century" ("the 1800s", a decade-shaped century, is decadeRule's). */
const centuryRule: Rule = (s, i) => {
  let j = i;
  if (s.word(j) === 'the') j++;
  const w = s.word(j);
  if (w === undefined) return undefined;
  let n = ORDINALS.get(w);
  const m = /^(\d{1,2})(st|nd|rd|th)$/.exec(w);
  if (m) n = Number(m[1]);
  if (n === undefined || n < 1 || n > 30) return undefined;
  let k = j + 1;
  if (s.dash(k) && s.tight(k)) k++;
  if (s.word(k) !== 'century') return undefined;
  const value = String(n - 1).padStart(2, '0');
  return { from: i, to: k + 1, rule: 'century', point: 'century', mean: fixed(dateMeaning(value)) };
};

const SEASON_CUES = new Set(['in', 'during', 'since', 'until', 'by', 'through', 'throughout', 'this', 'last', 'next', 'early', 'late', 'mid']);

/** A season's year without one stated. */
function seasonYear(ctx: Context, code: string): number | undefined {
  const ref = ctx.ref;
  if (!ref) return undefined;
  const startMonth = { SP: 3, SU: 6, FA: 9, WI: 12 }[code] ?? 1;
  const dir = direction(ctx);
  if (dir < 0) return startMonth <= ref.m ? ref.y : ref.y - 1;
  if (dir > 0) return startMonth + 2 >= ref.m ? ref.y : ref.y + 1;
  return ref.y;
}

/** "summer 2025", "the summer of 2025", "summer" (after a preposition), "spring". */
const seasonRule: Rule = (s, i) => {
  let j = i;
  if (s.word(j) === 'the') j++;
  const code = SEASONS.get(s.word(j) ?? '');
  if (!code) return undefined;
  // "fall" and "spring" are common words: only after a preposition or with a year
  let k = j + 1;
  if (s.word(k) === 'of' && (yearAt(s, k + 1) || yearWordsAt(s, k + 1))) k++;
  const y = yearAt(s, k) ?? yearWordsAt(s, k);
  if (y) return { from: i, to: y[1], rule: 'season', point: 'season', mean: fixed(dateMeaning(`${pad4(y[0])}-${code}`)) };
  // "the autumn of next year", "the spring of last year": that year's season, one mention (as "the first quarter of
  // next year" is)
  const rel = s.word(j + 1) === 'of' && s.word(j + 3) === 'year' ? DIRECTIONS.get(s.word(j + 2) ?? '') : undefined;
  if (rel !== undefined && j > i) {
    return { from: i, to: j + 4, rule: 'season', point: 'season', mean(ctx: Context) { return dateMeaning(`${unitValue(ctx.ref, 'Y', rel)}-${code}`); } };
  }
  // "the Winter Olympics", "the Summer Palace", "the Autumn Statement": capitalized before a capitalized word, a name
  if (s.titleWord(j) && s.cap(j + 1) && s.tokens.br[j + 1]! === 0 && !MONTHS.has(s.word(j + 1)!) && !WEEKDAYS.has(s.word(j + 1)!)) return undefined;
  const prev = s.word(i - 1);
  // "the early summer", "in late spring": a part of the season (the modifier refiner takes "early" and "the")
  const before = s.word(i - 2);
  const part = j === i && prev !== undefined && PART_MODS.has(prev) && before !== undefined && (before === 'the' || PREPOSITIONS_OF_TIME.has(before));
  if (j === i && !part && !(prev && (PREPOSITIONS_OF_TIME.has(prev) || prev === 'this' || prev === 'last' || prev === 'next'))) return undefined;
  // "to fall", "of spring water": only "in fall", "during spring", "since the fall"…
  // ("the late fall of prices", "the late spring water": after a modifier too, only "in late spring"…)
  const cue = part ? before : prev;
  if ((code === 'FA' || code === 'SP') && !(cue && SEASON_CUES.has(cue))) return undefined;
  return {
    from: i,
    to: j + 1,
    rule: 'season',
    point: 'season',
    mean(ctx) {
      const py = seasonYear(ctx, code);
      return dateMeaning(`${py === undefined ? 'XXXX' : pad4(py)}-${code}`, ['year']);
    },
  };
};

/** The year of a quarter without one stated: the reference year, or the last one for a quarter still to come in past tense (or three quarters ahead with no cue). */
function quarterYear(ctx: Context, q: number): number | undefined {
  const ref = ctx.ref;
  if (!ref) return undefined;
  const current = Math.floor((ref.m - 1) / 3) + 1;
  const dir = direction(ctx);
  if (q > current && dir < 0) return ref.y - 1;
  // no cue: the nearest one ("the fourth quarter" in January is the one just ended)
  if (dir === 0 && q - current > 2) return ref.y - 1;
  return ref.y;
}

/**
 * Is "quarter" at i the first half of a compound noun that names no period ("quarter-finals", "quarter-mile"), or
 * a fraction of a point written open ("the quarter point cut", "the third quarter percentage point")?
 */
export function quarterCompound(s: Scan, i: number): boolean {
  const open = s.word(i + 1);
  if (!s.tight(i + 1) && (open === 'point' || open === 'percentage')) return true;
  return s.dash(i + 1) && s.tight(i + 1) && s.tight(i + 2) && QUARTER_COMPOUNDS.has(s.word(i + 2) ?? '');
}

/** "Q3 2024", "Q3", "H1 2025", "the third quarter (of 2024)", "third-quarter", "the fourth fiscal quarter", "the first half of 2025", "the quarter", "the latest quarter". */
const quarterRule: Rule = (s, i) => {
  let j = i;
  const w0 = s.word(i);
  // "Q3", "Q3 2024", "3Q"
  if (w0 !== undefined && /^q[1-4]$/.test(w0) && s.tokens.text[i]![0] === 'Q') {
    const q = Number(w0[1]);
    const y = fiscalYearAt(s, i + 1);
    if (y) return { from: i, to: y[1], rule: 'quarter', point: 'quarter', mean: fixed(dateMeaning(`${pad4(y[0])}-Q${q}`)) };
    return quarterMatch(i, i + 1, q, 'Q');
  }
  // "H1 2025", "H2 2024": a half with its year ("H1" alone is a heading, a visa, a gene as often)
  if ((w0 === 'h1' || w0 === 'h2') && s.tokens.text[i]![0] === 'H') {
    const y = fiscalYearAt(s, i + 1);
    return y ? { from: i, to: y[1], rule: 'quarter', point: 'quarter', mean: fixed(dateMeaning(`${pad4(y[0])}-H${w0[1]}`)) } : undefined;
  }
  if (w0 === 'the') j++;
  if (s.word(j) === 'fiscal') j++;
  let w = s.word(j);
  let q: number | undefined;
  // "the last quarter of 2024", "the final quarter of last year": the fourth, of that year (alone, "the last quarter" is the latest)
  const fourth = (w === 'last' || w === 'final') && w0 === 'the' && s.word(j + 1) === 'quarter' && ofYearAt(s, j + 2);
  if ((w === 'latest' || w === 'last' || w === 'past' || w === 'recent' || w === 'previous') && !(w === 'last' && s.word(j + 1) === 'half') && !fourth) {
    // "the latest quarter", "the latest period" (earnings reports: the quarter just ended)
    const n = s.word(j + 1);
    // "the past quarter of a century", "the last quarter of an hour": 25 years, 15 minutes (a length, as "the past
    // three years"); before another "of" that is no year's, a part of something else ("the last quarter of the game");
    // "the latest quarter of trading" stays the latest (earnings reports)
    if (n === 'quarter' && w0 === 'the' && s.word(j + 2) === 'of' && w !== 'latest') {
      const a = s.word(j + 3);
      const whole = a === 'a' || a === 'an' ? QUARTER_OF.get(s.word(j + 4) ?? '') : undefined;
      if (!whole || w === 'previous') return undefined;
      return { from: i, to: j + 5, rule: 'duration', dur: { n: whole[0], unit: whole[1] }, mean: fixed(durMeaning(durationValue(whole[0], whole[1]), whole[1])) };
    }
    if ((n === 'quarter' || (n === 'period' && w === 'latest')) && w0 === 'the' && !(n === 'quarter' && quarterCompound(s, j + 1))) {
      return { from: i, to: j + 2, rule: 'quarter', point: 'quarter', mean(ctx) { return lastQuarter(ctx); } };
    }
    return undefined;
  }
  // "the current quarter", "the current fiscal year"
  if (w === 'current' && w0 === 'the') {
    let k = j + 1;
    if (s.word(k) === 'fiscal') k++;
    const n = s.word(k);
    if (n === 'quarter') return quarterMatch(i, k + 1, 0, 'Q');
    if (n === 'year') return { from: i, to: k + 1, rule: 'quarter', point: 'year', mean(ctx: Context) { return dateMeaning(ctx.ref ? pad4(ctx.ref.y) : 'XXXX'); } };
    return undefined;
  }
  // "the quarter-finals", "the third quarter-final": a compound noun, not a quarter of a year
  if (w === 'quarter' && quarterCompound(s, j)) return undefined;
  if (w === 'quarter' && j === i + 1 && w0 === 'the' && s.word(j + 1) !== 'of' && s.word(j + 1) !== 'century') {
    // "the quarter ended July 31": the calendar quarter that holds most of it (TimeBank wsj_0662: 1989-Q2)
    const end = quarterEndAt(s, j + 1);
    if (end) {
      const [m, d, y] = end;
      return {
        from: i,
        to: j + 1,
        rule: 'quarter',
        point: 'quarter',
        mean(ctx) {
          const year = y ?? placeMonthDay(ctx, m, d);
          if (year === undefined) return lastQuarter(ctx);
          const mid = addDays({ y: year, m, d: Math.min(d, daysIn(year, m)) }, -45);
          return dateMeaning(`${pad4(mid.y)}-Q${Math.ceil(mid.m / 3)}`, y === undefined ? ['year'] : []);
        },
      };
    }
    return { from: i, to: j + 1, rule: 'quarter', point: 'quarter', mean(ctx) { return lastQuarter(ctx); } };
  }
  // "the 1988 third quarter", "the 1989 period"
  let stated: number | undefined;
  const sy = w0 === 'the' ? yearAt(s, j) : undefined;
  if (sy) {
    stated = sy[0];
    j = sy[1];
    w = s.word(j);
    if (w === 'quarter' || (w === 'period' && s.word(j + 1) !== 'of')) {
      // "the 1988 quarter", "the 1989 period": the quarter in focus, in that year (a period is the year without one)
      const period = w === 'period';
      const year = stated;
      return {
        from: i,
        to: j + 1,
        rule: 'quarter',
        point: 'quarter',
        mean(ctx: Context) {
          if (period && !ctx.quarter) return dateMeaning(pad4(year));
          const q = ctx.quarter ? ctx.quarter.slice(5) : lastQuarter(ctx).value.slice(5);
          return dateMeaning(`${pad4(year)}-${q.startsWith('Q') && q !== 'QX' ? q : 'QX'}`, ['quarter']);
        },
      };
    }
    if (w === 'period' || (w === 'fiscal' && s.word(j + 1) === 'year')) {
      const to = w === 'period' ? j + 1 : j + 2;
      return { from: i, to, rule: 'quarter', point: 'year', mean: fixed(dateMeaning(pad4(stated))) };
    }
  }
  q = fourth ? 4 : w === undefined ? undefined : ORDINALS.get(w);
  if (q === undefined || q === 0) return undefined;
  let k = j + 1;
  const hyphen = s.dash(k) && s.tight(k);
  if (hyphen) k++;
  if (s.word(k) === 'fiscal') k++;
  w = s.word(k);
  let half = false;
  // "the last half", "the last quarter": the second half, the fourth quarter
  if (q === -1) q = w === 'half' ? 2 : 4;
  if (w === 'half' && q <= 2) half = true;
  else if (w !== 'quarter' || q > 4) return undefined;
  if (w === 'quarter' && quarterCompound(s, k)) return undefined;
  k++;
  const code = half ? `H${q}` : `Q${q}`;
  // "of 2024", "of fiscal 2024", "2024"
  let y: [number, number] | undefined;
  if (s.word(k) === 'of') {
    y = fiscalYearAt(s, k + 1);
    // "the first quarter of last year", "the second half of next year": that year's quarter or half, one mention
    const d = DIRECTIONS.get(s.word(k + 1) ?? '');
    if (!y && stated === undefined && d !== undefined && s.word(k + 2) === 'year' && (s.word(k + 1) === 'last' || s.word(k + 1) === 'next' || s.word(k + 1) === 'this')) {
      return { from: i, to: k + 3, rule: 'quarter', point: 'quarter', mean(ctx: Context) { return dateMeaning(`${unitValue(ctx.ref, 'Y', d)}-${code}`); } };
    }
    // "the second half of the year", "the first quarter of this year": the reference's year (the quarter placed as alone)
    const year = s.word(k + 2) === 'year' && (s.word(k + 1) === 'the' || s.word(k + 1) === 'this');
    if (!y && stated === undefined && year && w0 === 'the' && !hyphen) return quarterMatch(i, k + 3, q, half ? 'H' : 'Q');
  } else y = yearAt(s, k);
  if (stated !== undefined) return { from: i, to: k, rule: 'quarter', point: 'quarter', mean: fixed(dateMeaning(`${pad4(stated)}-${code}`)) };
  if (y) return { from: i, to: y[1], rule: 'quarter', point: 'quarter', mean: fixed(dateMeaning(`${pad4(y[0])}-${code}`)) };
  // "the third-quarter profit": an adjective, "the" belongs to the noun
  const from = hyphen && w0 === 'the' ? i + 1 : i;
  // a half in a compound adjective is the year's only before a noun of accounts ("second-half revenue", "the first-half
  // results"; not "the second-half goal", a match's)
  if (half && hyphen && !ACCOUNT_NOUNS.has(s.word(k) ?? '')) return undefined;
  if (from !== i || (half && hyphen)) return quarterMatch(from, k, q, half ? 'H' : 'Q');
  // "first half" without "the" is too often something else ("the first half of the match")
  // "the second half" alone is a match's: a half needs its year
  if (half) return undefined;
  if (half && s.word(k) === 'of') return undefined;
  return quarterMatch(i, k, q, half ? 'H' : 'Q');
};

/** The day a quarter ends, after "ended", "ending", "to" at k ("the quarter ended Sept. 30", "… ending 27 July 2025"): [month, day, year?]. */
function quarterEndAt(s: Scan, k: number): [number, number, number | undefined] | undefined {
  const w = s.word(k);
  if (w !== 'ended' && w !== 'ending' && w !== 'to') return undefined;
  let m: number | undefined;
  let d: number | undefined;
  let next = k + 1;
  const mo = monthAt(s, next, true);
  if (mo) {
    const da = dayAt(s, mo[1]);
    if (!da) return undefined;
    [m, d, next] = [mo[0], da[0], da[1]];
  } else {
    const da = dayAt(s, next);
    const mo2 = da ? monthAt(s, da[1], true) : undefined;
    if (!da || !mo2) return undefined;
    [m, d, next] = [mo2[0], da[0], mo2[1]];
  }
  if (s.at(next) === ',') next++;
  return [m, d, yearAt(s, next)?.[0]];
}

function quarterMatch(from: number, to: number, q: number, letter: string) {
  return {
    from,
    to,
    rule: 'quarter',
    point: 'quarter',
    mean(ctx: Context) {
      // q = 0: the current quarter
      const qq = q === 0 ? (ctx.ref ? Math.floor((ctx.ref.m - 1) / 3) + 1 : 0) : q;
      if (qq === 0) return dateMeaning(`XXXX-${letter}X`);
      const y = letter === 'Q' ? quarterYear(ctx, qq) : ctx.ref?.y;
      return dateMeaning(`${y === undefined ? 'XXXX' : pad4(y)}-${letter}${qq}`, ['year']);
    },
  };
}

function lastQuarter(ctx: Context) {
  const ref = ctx.ref;
  if (!ref) return dateMeaning('XXXX-QX');
  let q = Math.floor((ref.m - 1) / 3);
  let y = ref.y;
  if (q === 0) {
    q = 4;
    y--;
  }
  return dateMeaning(`${pad4(y)}-Q${q}`, ['year', 'quarter']);
}

/** The nth weekday of a month (nth = -1: the last); "election day" is the Tuesday after the first Monday. */
function nthWeekday(y: number, m: number, wd: number, nth: number, election: boolean) {
  if (election) {
    const first = { y, m, d: 1 };
    const monday = addDays(first, (1 - weekday(first) + 7) % 7);
    return addDays(monday, 1);
  }
  if (nth < 0) {
    const last = { y, m, d: daysIn(y, m) };
    return addDays(last, -((weekday(last) - wd + 7) % 7));
  }
  const first = { y, m, d: 1 };
  return addDays(first, ((wd - weekday(first) + 7) % 7) + (nth - 1) * 7);
}

/** "Easter", "Good Friday", "Easter Monday", "Easter week": days counted from Easter Sunday, placed like a day without a year. */
function easterMatch(s: Scan, i: number, offset: number | 'week', to: number): Match {
  const y = yearAt(s, to);
  return {
    from: i,
    to: y ? y[1] : to,
    rule: 'holiday',
    point: offset === 'week' ? 'W' : 'day',
    mean(ctx) {
      let year = y?.[0];
      if (year === undefined && ctx.ref) {
        const e = easterSunday(ctx.ref.y);
        year = placeMonthDay(ctx, e.m, e.d);
      }
      if (year === undefined) return dateMeaning(offset === 'week' ? 'XXXX-WXX' : 'XXXX-XX-XX');
      const sunday = easterSunday(year);
      const inferred = y ? [] : ['year'];
      return dateMeaning(offset === 'week' ? weekValue(sunday) : ymdValue(addDays(sunday, offset)), inferred);
    },
  };
}

/** "Christmas", "Christmas Day", "New Year's Day", "Halloween". */
export const holidayRule: Rule = (s, i) => {
  let best: [string, number] | undefined;
  let moving: [[number, number, number, number?], number] | undefined;
  let easter: [number | 'week', number] | undefined;
  let key = '';
  for (let k = i; k < i + 3; k++) {
    const w = s.word(k);
    // "Easter week": the second word may be in lower case
    if (w === undefined || (!s.cap(k) && !(easter && k === i + 1))) break;
    // ("New Year's Eve", "Valentine's Day": the word is read without its possessive, the names keep it)
    key = key ? `${key} ${w}` : w;
    if (s.possessive(k) && k < i + 2) {
      const named = `${key}'s`;
      if (HOLIDAYS.get(`${named} ${s.word(k + 1) ?? ''}`) !== undefined || MOVING_HOLIDAYS.get(`${named} ${s.word(k + 1) ?? ''}`) !== undefined) key = named;
    }
    const v = HOLIDAYS.get(key);
    if (v) best = [v, k + 1];
    const mv = MOVING_HOLIDAYS.get(key);
    if (mv) moving = [mv, k + 1];
    const e = EASTER_DAYS.get(key);
    if (e !== undefined) easter = [e, k + 1];
  }
  if (easter) return easterMatch(s, i, easter[0], easter[1]);
  if (moving && (!best || moving[1] > best[1])) {
    const [[month, wd, nth, after], to] = moving;
    const y = yearAt(s, to);
    const name = key;
    return {
      from: i,
      to: y ? y[1] : to,
      rule: 'holiday',
      point: 'day',
      mean(ctx) {
        const year = y ? y[0] : ctx.ref ? placeMonthDay(ctx, month, 15) : undefined;
        if (year === undefined) return dateMeaning(`XXXX-${pad2(month)}-XX`);
        const day = addDays(nthWeekday(year, month, wd, nth, name.startsWith('election')), after ?? 0);
        return dateMeaning(ymdValue(day), y ? [] : ['year']);
      },
    };
  }
  if (!best) return undefined;
  const [md, to] = best;
  const [m, d] = md.split('-').map(Number) as [number, number];
  const y = yearAt(s, to);
  if (y) return { from: i, to: y[1], rule: 'holiday', point: 'day', mean: fixed(dateMeaning(`${pad4(y[0])}-${md}`)) };
  return {
    from: i,
    to,
    rule: 'holiday',
    point: 'day',
    mean(ctx) {
      const py = placeMonthDay(ctx, m, d);
      return dateMeaning(`${py === undefined ? 'XXXX' : pad4(py)}-${md}`, ['year']);
    },
  };
};

/**
 * "the new year", "in the New Year": the year that begins next, not New Year's Day (a capitalized word after it keeps
 * the holiday's name: "the New Year Honours"; "the New Year's Eve party" is the holiday rule's). Behind under a past
 * cue ("had risen steadily since the New Year": the reference's year), ahead under a future one ("will report in
 * the new year"), and with none the coming year from July on, this year before. Greeted, seen in, beside Christmas
 * or "at" it, it is New Year's Day ("gathered to welcome the new year", "between Christmas and the new year").
 */
const newYearRule: Rule = (s, i) => {
  if (s.word(i) !== 'the' || s.word(i + 1) !== 'new' || s.word(i + 2) !== 'year') return undefined;
  if (s.possessive(i + 2) || (s.kind(i + 3) === KIND_WORD && s.cap(i + 3) && s.tokens.br[i + 3] === 0)) return undefined;
  if (NEW_YEAR_HOLIDAY_NOUNS.has(s.word(i + 3) ?? '')) return undefined;
  // "to welcome the new year at midnight", "to see in the new year", "between Christmas and the new year", "at the
  // new year": the moment it begins, New Year's Day
  const before = s.word(i - 1) ?? '';
  if (
    NEW_YEAR_GREETINGS.has(before) ||
    before === 'at' ||
    (before === 'in' && NEW_YEAR_SEE_IN.has(s.word(i - 2) ?? '')) ||
    (before === 'and' && s.word(i - 2) === 'christmas')
  ) {
    return {
      from: i,
      to: i + 3,
      rule: 'new-year',
      point: 'day',
      mean(ctx) {
        const py = placeMonthDay(ctx, 1, 1);
        return dateMeaning(`${py === undefined ? 'XXXX' : pad4(py)}-01-01`, ['year']);
      },
    };
  }
  return {
    from: i,
    to: i + 3,
    rule: 'new-year',
    point: 'year',
    mean(ctx) {
      const ref = ctx.ref;
      if (!ref) return dateMeaning('XXXX');
      // (with no cue near it, the verb of its clause: "I will be asking Parliament to renew this legislation in the
      // New Year")
      const d = direction(ctx) || (ctx.policy === 'auto' ? (ctx.clause ?? 0) : 0);
      const y = d < 0 ? ref.y : d > 0 ? ref.y + 1 : ref.m >= 7 ? ref.y + 1 : ref.y;
      return dateMeaning(pad4(y), ['year']);
    },
  };
};

/** "of 2024", "of fiscal 2024", "of the year", "of last year" at k: what makes "the last/final quarter" the fourth of a year. */
export function ofYearAt(s: Scan, k: number): boolean {
  if (s.word(k) !== 'of') return false;
  const w = s.word(k + 1);
  if ((w === 'the' || w === 'this' || w === 'last' || w === 'next') && s.word(k + 2) === 'year') return true;
  return fiscalYearAt(s, k + 1) !== undefined;
}

/** The words but ordinals that quarterRule can start with ("Q3", "the third quarter", "fiscal third quarter"). */
const QUARTER_OPENERS = ['q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'the', 'fiscal'];
/** What follows "the" or "fiscal" in a quarter before its ordinal, if anything ("the latest quarter", "the current fiscal year"). */
const QUARTER_LEADS = ['fiscal', 'latest', 'last', 'final', 'past', 'recent', 'previous', 'current', 'quarter'];

/** The named-period rules, in order. */
export const NAMED: Rule[] = [
  startsWith(weekdayRule, WEEKDAYS.keys()),
  // "Q3", "the third quarter", "fiscal 1989's", "the latest quarter", "third-quarter"
  // after any first word but "Q3": what leads to the ordinal, the ordinal ("the 1988 third quarter"), what ends it ("third-quarter", "first half")
  followedBy(
    opensAt(quarterRule, 0, QUARTER_OPENERS, ORDINALS.keys()),
    { words: ['the', 'fiscal', ...ORDINALS.keys()] },
    Shape.Number,
    QUARTER_LEADS,
    ['period', 'half', "'", '’'],
    ORDINALS.keys(),
    DASHES,
  ),
  // "the 20th century", "twentieth century", "20th-century"
  digitWordLetters(
    followedBy(opensAt(centuryRule, Shape.DigitWord, ['the'], ORDINALS.keys()), { shapes: Shape.DigitWord, words: ['the', ...ORDINALS.keys()] }, Shape.DigitWord, ORDINALS.keys(), DASHES, ['century']),
    ORDINAL_SUFFIXES,
  ),
  // "the 1990s", "'90s", "1990s", "the '90s"
  digitWordLetters(followedBy(opensAt(decadeRule, Shape.DigitWord | Shape.Apostrophe, ['the']), { shapes: Shape.Apostrophe, words: ['the'] }, Shape.DigitWord, ["'", '’']), ['s']),
  // "the nineties", "the early seventies"
  followedBy(startsWith(decadeWords, ['the'], DECADE_WORDS.keys()), { words: ['the'] }, 0, DECADE_WORDS.keys()),
  followedBy(startsWith(seasonRule, SEASONS.keys(), ['the']), { words: ['the'] }, 0, SEASONS.keys()),
  // "2013", "fiscal 1989", "FY 2024", "the year 2000" ("FY2024" is gluedFiscalYear's)
  followedBy(opensAt(yearRule, Shape.Number, ['fiscal', 'fy', 'the']), { words: ['fiscal', 'fy', 'the'] }, Shape.Number, ['year']),
  // "2024-25", "2024/25", "2019/2020": a season's or a fiscal year's two years
  followedBy(opensAt(yearPair, Shape.Number), Shape.Number, 0, ['/'], DASHES),
  // "the nineteen-nineties", "the year two thousand", "two thousand and one"
  followedBy(startsWith(yearWords, ['the', ...YEAR_WORD_FIRSTS]), { words: ['the', 'two'] }, 0, ['nineteen', 'eighteen', 'year', 'thousand']),
  // "FY2024", "FY24"
  startsWith(gluedFiscalYear, FISCAL_WORDS),
  // "in the new year"
  followedBy(startsWith(newYearRule, ['the']), { words: ['the'] }, 0, ['new']),
  // (a first word's possessive is not part of the word the gate reads: "Valentine's Day" opens at "valentine")
  startsWith(holidayRule, [...HOLIDAYS.keys(), ...MOVING_HOLIDAYS.keys(), ...EASTER_DAYS.keys()].map((k) => k.split(' ')[0]!.replace(/'s$/, ''))),
];
