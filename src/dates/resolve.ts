// Resolution: the reference date and the tense policy.
//
// The reference date is `options.referenceDate`, else the document's
// dateline, else none: then relative expressions keep X placeholders
// ("XXXX-06-16", "PAST_REF" stays as it is) and have no interval.
//
// A partial or relative expression that states no direction ("Friday",
// "in March", "June 16") is placed by the policy:
//   'auto'    (default) the tense of its sentence decides: past tense → the
//             most recent such day or month on or before the reference; future
//             tense ("will", "is to", "next") → the next one on or after it;
//             no tense cue within five tokens → the nearest cue before it in
//             its clause (a month: either way; a day: a cue ahead; a weekday:
//             a cue ahead, or a past one against tomorrow: see tense.ts's
//             clauseTense), else the nearest one (a weekday: the most recent
//             one unless it is tomorrow).
//   'past'    always on or before the reference (archives, reports).
//   'future'  always on or after the reference (schedules, invitations).
//   'nearest' the closest one, whatever the tense.
import type { Context, Meaning, Ymd } from './scan.js';
import {
  addDays,
  addMonths,
  dayNumber,
  daysIn,
  granularityOf,
  intervalOf,
  isDayValue,
  pad2,
  pad4,
  parseDay,
  shiftDayValue,
  weekday,
  weekValue,
  ymdValue,
} from './timex.js';

/** The direction to place an expression in: -1 past, 1 future, 0 nearest. */
export function direction(ctx: Context): number {
  if (ctx.policy === 'past') return -1;
  if (ctx.policy === 'future') return 1;
  if (ctx.policy === 'nearest') return 0;
  return ctx.tense;
}

/** A date meaning from a TIMEX3 value: granularity and interval follow from the value. */
export function dateMeaning(value: string, inferred: string[] = [], type: Meaning['type'] = 'date'): Meaning {
  const granularity = granularityOf(value);
  const interval = intervalOf(value);
  // one literal per shape (keys added one by one walked each meaning through several hidden classes)
  if (granularity) return interval ? { type, value, inferred, granularity, interval } : { type, value, inferred, granularity };
  return interval ? { type, value, inferred, interval } : { type, value, inferred };
}

/**
 * A resolved day moved by so many days, or else so many months (the day of
 * the month kept, or the month's last): "2 months before 02/02", "next
 * tuesday +10 days". Any other value is returned as it is.
 */
export function shiftDay(d: Meaning, days: number, months: number): Meaning {
  if (!isDayValue(d.value)) return d;
  const day = parseDay(d.value);
  if (days || !months) return dateMeaning(ymdValue(addDays(day, days)), d.inferred);
  const [y, mo] = addMonths(day.y, day.m, months);
  return dateMeaning(ymdValue({ y, m: mo, d: Math.min(day.d, daysIn(y, mo)) }), d.inferred);
}

/** A time or a day moved onto another day (and so many days after it), its interval with it; what it inferred stays. */
export function onDayOf(m: Meaning, day: string, after: number): Meaning {
  const d = after ? shiftDayValue(day, after) : day;
  const out: Meaning = { ...m, value: d + m.value.slice(10) };
  if (m.interval) out.interval = { start: d + m.interval.start.slice(10), end: d + m.interval.end.slice(10) };
  return out;
}

/** Place a month (and maybe a day) without a year. */
export function placeMonthDay(ctx: Context, month: number, day?: number): number | undefined {
  const ref = ctx.ref;
  if (!ref) return undefined;
  const dir = direction(ctx);
  const there = month * 100 + (day ?? 50);
  const cmp = day === undefined ? month - ref.m : there - (ref.m * 100 + ref.d);
  // 'auto': a date just after the reference (the next month, two months for a day) stays in its
  // year even in past tense: the cue belongs to another clause more often than not
  if (dir < 0 && ctx.policy === 'auto') {
    if (cmp <= 0) return ref.y;
    const ahead = day === undefined ? month - ref.m <= 1 : dayNumber({ y: ref.y, m: month, d: Math.min(day, 28) }) - dayNumber(ref) <= 61;
    return ahead ? ref.y : ref.y - 1;
  }
  if (dir < 0) return cmp <= 0 ? ref.y : ref.y - 1;
  if (dir > 0) return cmp >= 0 ? ref.y : ref.y + 1;
  // a month or a day with no cue near it: the verb of its clause, farther back, places it ("will be named commander
  // of the Space Shuttle Columbia for a mission in December", "changed … to a calendar year in December")
  if (ctx.policy === 'auto') {
    const c = ctx.clause ?? 0;
    // (a day takes only a cue ahead from its clause: a day with no cue near it is placed nearest, and a past verb
    // far back in news belongs to another clause as often: "He has lived there since 1990, and the Oct. 23 vote is near";
    // a month just after the reference keeps its year, as under a past cue near it)
    if (c < 0 && day === undefined) return cmp <= 0 || month - ref.m <= 1 ? ref.y : ref.y - 1;
    if (c > 0) return cmp >= 0 ? ref.y : ref.y + 1;
  }
  // nearest: within six months either way
  if (day === undefined) {
    if (month - ref.m > 6) return ref.y - 1;
    if (ref.m - month > 6) return ref.y + 1;
    // six months apart: the nearer by days ("May" said on 22 November is next May, 160 days ahead against 175 back)
    if (Math.abs(month - ref.m) === 6) {
      const [ay, by] = month > ref.m ? [ref.y, ref.y - 1] : [ref.y + 1, ref.y];
      const r = dayNumber(ref);
      const ahead = dayNumber({ y: ay, m: month, d: 1 }) - r;
      const behind = r - dayNumber({ y: by, m: month, d: daysIn(by, month) });
      return ahead < behind ? ay : by;
    }
    return ref.y;
  }
  const candidates = [ref.y - 1, ref.y, ref.y + 1];
  let best = ref.y;
  let bestDist = Number.POSITIVE_INFINITY;
  const r = dayNumber(ref);
  for (const y of candidates) {
    const d = Math.min(day, 28 + (month === 2 ? 1 : 3));
    const dist = Math.abs(dayNumber({ y, m: month, d }) - r);
    if (dist < bestDist) {
      bestDist = dist;
      best = y;
    }
  }
  return best;
}

/** How many days ahead a weekday with no tense cue may lie under the 'auto' policy. */
const AUTO_WEEKDAY_AHEAD = 1;

/** Place a weekday (1 = Monday): the day itself. */
export function placeWeekday(ctx: Context, wd: number, shift = 0, clauseAhead = true): Ymd | undefined {
  const ref = ctx.ref;
  if (!ref) return undefined;
  const today = weekday(ref);
  if (shift !== 0) {
    // "last Friday": the one in the week before; "next Friday": the one in the week after
    const monday = addDays(ref, 1 - today);
    return addDays(monday, shift * 7 + wd - 1);
  }
  const dir = direction(ctx);
  let diff = wd - today; // -6 … 6
  if (dir < 0) {
    if (diff > 0) diff -= 7;
  } else if (dir > 0) {
    if (diff < 0) diff += 7;
  } else {
    // 'nearest': within three days either way; 'auto' without a tense cue: news reports what happened,
    // so the most recent one unless it is tomorrow ("Thursday" said on a Monday is four days back)
    // (tomorrow only when no past cue stands before it in its clause either: "jurors were shown the film, in which
    // the pop star held hands with the alleged victim, on Tuesday" said on a Monday is the day before yesterday)
    const clause = ctx.policy === 'auto' && diff !== 0 ? (ctx.clause ?? 0) : 0;
    // a cue ahead before it in its clause places it ahead ("The Chancellor will deliver his Autumn Budget on Friday")
    // (not a possessive: "would look for ways to get around Wednesday's ruling" names a ruling made)
    if (clause > 0 && clauseAhead) return addDays(ref, diff < 0 ? diff + 7 : diff);
    const ahead = ctx.policy === 'auto' ? (diff === AUTO_WEEKDAY_AHEAD && clause < 0 ? 0 : AUTO_WEEKDAY_AHEAD) : 3;
    if (diff > ahead) diff -= 7;
    else if (diff < ahead - 6) diff += 7;
  }
  return addDays(ref, diff);
}

/** The value of a calendar unit `offset` steps from the reference ("last year", "next month", "this week"). */
export function unitValue(ref: Ymd | undefined, unit: string, offset: number): string {
  if (!ref) {
    const x: Record<string, string> = { Y: 'XXXX', M: 'XXXX-XX', W: 'XXXX-WXX', D: 'XXXX-XX-XX', Q: 'XXXX-QX', '10Y': 'XXX', '100Y': 'XX', WE: 'XXXX-WXX-WE' };
    return x[unit] ?? 'XXXX';
  }
  switch (unit) {
    case 'Y':
      return pad4(ref.y + offset);
    case '10Y':
      return pad4(ref.y + offset * 10).slice(0, 3);
    case '100Y':
      return pad4(ref.y + offset * 100).slice(0, 2);
    case '1000Y':
      return pad4(ref.y + offset * 1000).slice(0, 1);
    case 'M': {
      const [y, m] = addMonths(ref.y, ref.m, offset);
      return `${pad4(y)}-${pad2(m)}`;
    }
    case '3M':
    case 'Q': {
      const q = Math.floor((ref.m - 1) / 3) + offset;
      const y = ref.y + Math.floor(q / 4);
      return `${pad4(y)}-Q${(((q % 4) + 4) % 4) + 1}`;
    }
    case 'W':
      return weekValue(addDays(ref, offset * 7));
    case '2W':
      return weekValue(addDays(ref, offset * 14));
    case 'WE':
      return `${weekValue(addDays(ref, offset * 7))}-WE`;
    case 'D':
      return ymdValue(addDays(ref, offset));
    default:
      return ymdValue(ref);
  }
}

/** The value `n` units before (sign -1) or after (sign 1) a day, at the unit's granularity. */
export function shiftValue(from: Ymd | undefined, n: number, unit: string, sign: number): string | undefined {
  if (!from || !Number.isFinite(n) || n !== Math.floor(n)) {
    if (from && unit === 'Y' && n === 0.5) {
      const [y, m] = addMonths(from.y, from.m, sign * 6);
      return `${pad4(y)}-${pad2(m)}`;
    }
    return undefined;
  }
  switch (unit) {
    case 'Y':
      return pad4(from.y + sign * n);
    case '10Y':
      return pad4(from.y + sign * n * 10);
    case '100Y':
      return pad4(from.y + sign * n * 100).slice(0, 2);
    case '1000Y':
      return pad4(from.y + sign * n * 1000).slice(0, 1);
    case 'M':
    case '3M': {
      const [y, m] = addMonths(from.y, from.m, sign * n * (unit === '3M' ? 3 : 1));
      return `${pad4(y)}-${pad2(m)}`;
    }
    case 'W':
      return weekValue(addDays(from, sign * n * 7));
    case '2W':
      return ymdValue(addDays(from, sign * n * 14));
    case 'D':
      return ymdValue(addDays(from, sign * n));
    default:
      return undefined;
  }
}

/** Parse a reference date given as a Date or an ISO string ('2025-06-16', '2025-06-16T10:00Z'). */
export function parseReference(value: Date | string): (Ymd & { min?: number }) | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    return { y: value.getFullYear(), m: value.getMonth() + 1, d: value.getDate(), min: value.getHours() * 60 + value.getMinutes() };
  }
  // the whole string must be an ISO date, optionally with a time and a zone:
  // '2025-02-30', '2025-06-16garbage' or '2025-06-16T25:00' are rejected, not guessed
  const m = /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d(?::?\d\d)?)?)?$/.exec(value);
  if (!m) return undefined;
  const ymd: Ymd & { min?: number } = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  if (ymd.m < 1 || ymd.m > 12 || ymd.d < 1 || ymd.d > daysIn(ymd.y, ymd.m)) return undefined;
  // a clock time, read as written (any zone ignored): "three hours ago" is then a time
  if (m[4] !== undefined) {
    if (Number(m[4]) > 23 || Number(m[5]) > 59) return undefined;
    ymd.min = Number(m[4]) * 60 + Number(m[5]);
  }
  return ymd;
}
