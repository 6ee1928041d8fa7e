// TIMEX3 values and calendar intervals: date arithmetic on plain numbers
// (proleptic Gregorian, no time zones), the granularity a value states, and
// the inclusive calendar bounds it covers.

/** How fine a date or duration is. */
export type Granularity =
  | 'millennium'
  | 'century'
  | 'decade'
  | 'year'
  | 'season'
  | 'quarter'
  | 'month'
  | 'week'
  | 'day'
  | 'hour'
  | 'minute'
  | 'second';

/** A calendar day. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** '00' to '99', made once: every day value writes two or three of them. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
/** Two digits: 6 → '06'. */
export const pad2 = (n: number): string => ((n | 0) === n && n >= 0 && n < 100 ? TWO_DIGITS[n]! : String(n).padStart(2, '0'));
/** Four digits (a sign before negative years): 990 → '0990'. */
export const pad4 = (n: number): string =>
  n >= 1000 && n < 10000 ? String(n) : n < 0 ? `-${String(-n).padStart(4, '0')}` : String(n).padStart(4, '0');

/** Is this a Gregorian leap year? */
export const isLeap = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
/** Days in a month of a year. */
export const daysIn = (y: number, m: number): number =>
  m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;

/** Does the day exist (any year when the year is unknown: 29 February passes)? */
export const validDate = (y: number | undefined, m: number, d: number): boolean =>
  m >= 1 && m <= 12 && d >= 1 && d <= (y === undefined ? (m === 2 ? 29 : daysIn(2000, m)) : daysIn(y, m));

/**
 * Days from 1970-01-01 to a proleptic Gregorian day, by integer arithmetic (H. Hinnant's
 * days_from_civil), for integer parts in the range {@link civil} admits; a month outside 1-12 and a
 * day outside its month carry over, as `Date.setUTCFullYear` does. The resolver places every date
 * through these: a `Date` made and read per call cost a share of resolving.
 */
function civilDays(y: number, m: number, d: number): number {
  const carry = Math.floor((m - 1) / 12);
  let year = y + carry;
  const month = m - carry * 12;
  year -= month <= 2 ? 1 : 0;
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const doy = Math.floor((153 * ((month + 9) % 12) + 2) / 5);
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468 + d - 1;
}

/** The day `z` days after 1970-01-01 (H. Hinnant's civil_from_days). */
function civilOf(z: number): Ymd {
  const e = z + 719468;
  const era = Math.floor(e / 146097);
  const doe = e - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/**
 * May the integer arithmetic stand in for `Date` here: integer parts, far inside the range of a
 * `Date` (anything else, NaN included, goes through `Date` as before).
 */
const civil = (y: number, m: number, d: number): boolean =>
  Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && Math.abs(y) <= 200_000 && Math.abs(m) <= 12_000 && Math.abs(d) <= 10_000_000;

/** Days since 1970-01-01 (UTC calendar arithmetic; years 0-99 stay as they are). */
export function dayNumber({ y, m, d }: Ymd): number {
  if (civil(y, m, d)) return civilDays(y, m, d);
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return Math.round(t.getTime() / 86_400_000);
}

/** The day `n` days after `ymd`. */
export function addDays(ymd: Ymd, n: number): Ymd {
  if (civil(ymd.y, ymd.m, ymd.d + n)) return civilOf(civilDays(ymd.y, ymd.m, ymd.d + n));
  const t = new Date(0);
  t.setUTCFullYear(ymd.y, ymd.m - 1, ymd.d + n);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** The month `n` months after (year, month). */
export function addMonths(y: number, m: number, n: number): [number, number] {
  const k = y * 12 + (m - 1) + n;
  return [Math.floor(k / 12), (((k % 12) + 12) % 12) + 1];
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function weekday(ymd: Ymd): number {
  // 1970-01-01 was a Thursday
  if (civil(ymd.y, ymd.m, ymd.d)) return ((((civilDays(ymd.y, ymd.m, ymd.d) + 3) % 7) + 7) % 7) + 1;
  const t = new Date(0);
  t.setUTCFullYear(ymd.y, ymd.m - 1, ymd.d);
  return ((t.getUTCDay() + 6) % 7) + 1;
}

/** ISO week: [week-year, week]. Counted in day numbers: the week's Thursday holds its year. */
export function isoWeek(ymd: Ymd): [number, number] {
  const n = dayNumber(ymd);
  // 1970-01-01 (day 0) was a Thursday, so (n + 3) mod 7 counts the days since Monday
  const thursday = n - ((((n + 3) % 7) + 7) % 7) + 3;
  const y = civilOf(thursday).y;
  return [y, Math.floor((thursday - dayNumber({ y, m: 1, d: 1 })) / 7) + 1];
}

/** The Monday of ISO week `w` of week-year `y`. */
export function weekStart(y: number, w: number): Ymd {
  const jan4 = { y, m: 1, d: 4 };
  const monday1 = addDays(jan4, 1 - weekday(jan4));
  return addDays(monday1, (w - 1) * 7);
}

/** A day as 'YYYY-MM-DD'. */
export const ymdValue = ({ y, m, d }: Ymd): string => `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
/** The ISO week of a day as 'YYYY-Www'. */
export const weekValue = (ymd: Ymd): string => {
  const [y, w] = isoWeek(ymd);
  return `${pad4(y)}-W${pad2(w)}`;
};

const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 2] };

/** The granularity a TIMEX3 date/time value states ('2025-06' → month), or undefined. */
export function granularityOf(value: string): Granularity | undefined {
  // the common shapes first, by length and separators (no regex)
  const n = value.length;
  if (n === 10 && value[4] === '-' && value[7] === '-' && value[5] !== 'W') return 'day';
  if (n === 7 && isDigitsOrX(value, 0, 4) && value.charCodeAt(4) === 45 && isDigitsOrX(value, 5, 7)) return 'month';
  if (n === 4 && isDigitsOrX(value, 0, 4)) return 'year';
  // every shape below opens with a digit or an X: 'PRESENT_REF', 'P3Y' and the like state none, without a regex tried
  const c0 = value.charCodeAt(0);
  if (!((c0 >= 48 && c0 <= 57) || c0 === 88)) return undefined;
  // (each regex only on a value of a length it can match: a value runs one or two of them, not the chain)
  if (n >= 19 && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/.test(value)) return 'second';
  if (n >= 16 && /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value)) return 'minute';
  if (n >= 13 && /^\d{4}-\d\d-\d\dT\d\d/.test(value)) return 'hour';
  if (n >= 10 && /^[\dX]{4}-[\dX]{2}-[\dX]{2}/.test(value)) return 'day';
  if (n === 10 && /^[\dX]{4}-W[\dX]{2}-\d$/.test(value)) return 'day';
  if (n >= 8 && /^[\dX]{4}-W[\dX]{2}/.test(value)) return 'week';
  if (n === 7 && /^[\dX]{4}-(SP|SU|FA|WI)$/.test(value)) return 'season';
  if (n === 7 && /^[\dX]{4}-(Q\d|H\d)$/.test(value)) return 'quarter';
  // ('YYYY-MM' and 'YYYY', X or digits, were told above)
  if (n === 3 && /^[\dX]{3}$/.test(value)) return 'decade';
  if (n === 2 && /^[\dX]{2}$/.test(value)) return 'century';
  if (n === 1 && /^[\dX]$/.test(value)) return 'millennium';
  return undefined;
}

/** The granularity of a duration value ('P30Y' → year, 'PT5M' → minute). */
export function durationGranularity(value: string): Granularity | undefined {
  const m = /^PT?[\dX.]*(Y|M|W|D|H|S|DE|CE|ML|E|C|L|WE|Q)$/.exec(value);
  if (!m) return undefined;
  const time = value.startsWith('PT');
  switch (m[1]) {
    case 'Y':
      return 'year';
    case 'M':
      return time ? 'minute' : 'month';
    case 'W':
    case 'WE':
      return 'week';
    case 'D':
      return 'day';
    case 'H':
      return 'hour';
    case 'S':
      return 'second';
    case 'DE':
      return 'decade';
    case 'CE':
    case 'C':
      return 'century';
    case 'E':
      return 'decade';
    case 'ML':
    case 'L':
      return 'millennium';
    case 'Q':
      return 'quarter';
    default:
      return undefined;
  }
}

/** The inclusive calendar bounds of a fully specified date/time value, or undefined. */
export function intervalOf(value: string): { start: string; end: string } | undefined {
  // the common shapes first, by character codes (no regex): 'YYYY-MM-DD', 'YYYY', 'YYYY-MM'
  const n = value.length;
  if (isDayValue(value)) return { start: value, end: value };
  if (n === 4 && isDigits(value, 0, 4)) return { start: `${value}-01-01`, end: `${value}-12-31` };
  if (n === 7 && isDigits(value, 0, 4) && value.charCodeAt(4) === 45 && isDigits(value, 5, 7)) {
    return { start: `${value}-01`, end: `${value}-${pad2(daysIn(Number(value.slice(0, 4)), Number(value.slice(5, 7))))}` };
  }
  // every shape below opens with a digit: 'XXXX-06-16', 'PRESENT_REF' and the like have no bounds, without a regex tried
  const c0 = value.charCodeAt(0);
  if (c0 < 48 || c0 > 57) return undefined;
  // (each regex only on a value of a length it can match: a value runs one or two of them, not the chain)
  let m = n >= 10 ? /^(\d{4})-(\d\d)-(\d\d)(T\d\d(?::\d\d){0,2})?(?:[TZ+-].*)?$/.exec(value) : null;
  if (m) {
    const day = `${m[1]}-${m[2]}-${m[3]}`;
    const t = m[4];
    if (t) {
      const time = t.length === 3 ? `${t}:00` : t;
      return { start: day + time, end: day + time };
    }
    const part = /T(MO|AF|EV|NI)$/.exec(value);
    if (part) {
      const bounds: Record<string, [string, string]> = {
        MO: ['T06:00', 'T11:59'],
        AF: ['T12:00', 'T17:59'],
        EV: ['T18:00', 'T21:59'],
        NI: ['T21:00', 'T23:59'],
      };
      const [a, b] = bounds[part[1]!]!;
      return { start: day + a, end: day + b };
    }
    return { start: day, end: day };
  }
  // ('YYYY' and 'YYYY-MM' were told above)
  m = n === 3 ? /^(\d{3})$/.exec(value) : null;
  if (m) return { start: `${m[1]}0-01-01`, end: `${m[1]}9-12-31` };
  m = n === 2 ? /^(\d\d)$/.exec(value) : null;
  if (m) return { start: `${m[1]}00-01-01`, end: `${m[1]}99-12-31` };
  m = n === 7 ? /^(\d{4})-Q([1-4])$/.exec(value) : null;
  if (m) {
    const [y, q] = [Number(m[1]), Number(m[2])];
    const last = q * 3;
    return { start: `${m[1]}-${pad2(last - 2)}-01`, end: `${m[1]}-${pad2(last)}-${pad2(daysIn(y, last))}` };
  }
  m = n === 7 ? /^(\d{4})-H([12])$/.exec(value) : null;
  if (m) return m[2] === '1' ? { start: `${m[1]}-01-01`, end: `${m[1]}-06-30` } : { start: `${m[1]}-07-01`, end: `${m[1]}-12-31` };
  m = n === 7 ? /^(\d{4})-(SP|SU|FA|WI)$/.exec(value) : null;
  if (m) {
    const y = Number(m[1]);
    const [a, b] = SEASON_MONTHS[m[2]!]!;
    const endYear = b < a ? y + 1 : y;
    return { start: `${m[1]}-${pad2(a)}-01`, end: `${pad4(endYear)}-${pad2(b)}-${pad2(daysIn(endYear, b))}` };
  }
  m = n >= 8 && n <= 11 ? /^(\d{4})-W(\d\d)(-WE|-([1-7]))?$/.exec(value) : null;
  if (m) {
    const monday = weekStart(Number(m[1]), Number(m[2]));
    if (m[4]) {
      const d = ymdValue(addDays(monday, Number(m[4]) - 1));
      return { start: d, end: d };
    }
    if (m[3]) return { start: ymdValue(addDays(monday, 5)), end: ymdValue(addDays(monday, 6)) };
    return { start: ymdValue(monday), end: ymdValue(addDays(monday, 6)) };
  }
  return undefined;
}

/** Are the characters of `s` in [from, to) ASCII digits (what `\d` matches)? False when `s` ends before `to`. */
export function isDigits(s: string, from: number, to: number): boolean {
  if (s.length < to) return false;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Are the characters of `s` in [from, to) ASCII digits or 'X' (what `[\dX]` matches)? `s` must reach `to`. */
function isDigitsOrX(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if ((c < 48 || c > 57) && c !== 88) return false;
  }
  return true;
}

/** Is `value` a full day, 'YYYY-MM-DD' (tested by character codes, no regex)? */
export function isDayValue(value: string): boolean {
  return value.length === 10 && isDigits(value, 0, 4) && value.charCodeAt(4) === 45 && isDigits(value, 5, 7) && value.charCodeAt(7) === 45 && isDigits(value, 8, 10);
}

/** The day of a 'YYYY-MM-DD' string. */
export function parseDay(s: string): Ymd {
  return { y: Number(s.slice(0, 4)), m: Number(s.slice(5, 7)), d: Number(s.slice(8, 10)) };
}

/** A 'YYYY-MM-DD' day moved by `n` days, as the same string form. */
export function shiftDayValue(day: string, n: number): string {
  return ymdValue(addDays(parseDay(day), n));
}

/** Narrow an interval to its START, MID or END third (for "early July", "mid-2024", "late 1990s"). */
export function narrow(interval: { start: string; end: string }, mod: string): { start: string; end: string } {
  if (interval.start.includes('T') || (mod !== 'START' && mod !== 'MID' && mod !== 'END')) return interval;
  const a = parseDay(interval.start);
  const b = parseDay(interval.end);
  const span = dayNumber(b) - dayNumber(a) + 1;
  if (span < 3) return interval;
  const third = Math.floor(span / 3);
  if (mod === 'START') return { start: interval.start, end: ymdValue(addDays(a, third - 1)) };
  if (mod === 'END') return { start: ymdValue(addDays(b, -(third - 1))), end: interval.end };
  return { start: ymdValue(addDays(a, third)), end: ymdValue(addDays(b, -third)) };
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus, "Meeus/Jones/Butcher"). */
export function easterSunday(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return { y, m: Math.floor(n / 31), d: (n % 31) + 1 };
}
