// Refiners for timestamp shapes (round 5), kept apart from grammar.ts's
// refiners and called from its `refine` in the order written there:
//   hourBeforeDay  "at 8 this evening", "at 10 Tuesday morning": a bare hour
//                  after "at" takes the part of a day after it
//                  (after joinDateTime, which joins days and stated clocks)
//   daySigned      "next tuesday +10 days": a day moved by a signed amount
//                  right after it (before the ranges, like the offsets)
//   rangeClock     "Oct 26 - 28, 11:00:09": a clock after a range of days is on
//                  each of its days (after the ranges)
//   yearAfterTime  "Thu Oct 26 11:00:09 EDT 2023" (the Unix `date` layout):
//                  a year right after a day's clock time is that day's year
import { DAY_PARTS, MONTHS, UNITS } from './lexicon.js';
import { shiftDay } from './resolve.js';
import { numberAt } from './rules/common.js';
import { overnightEnd, rangeMeaning } from './rules/written.js';
import { type Clock, timeMeaning } from './rules/times.js';
import type { Match, Meaning, Scan } from './scan.js';
import { pad2, pad4 } from './timex.js';

/** Days or months in the units a signed amount after a day may count. */
const SIGNED_DAYS: Record<string, number> = { '1D': 1, '1W': 7 };
const SIGNED_MONTHS: Record<string, number> = { '1M': 1, '1Y': 12 };

/** `day` moved by so many days, or else months (one of the two is 0): "2 weeks after Monday", "Monday +2 weeks". */
export function offsetDay(from: number, to: number, day: Match, days: number, months: number): Match {
  return {
    from,
    to,
    rule: 'offset',
    point: 'day',
    mean(ctx) {
      return shiftDay(day.mean(ctx), days, months);
    },
  };
}

/**
 * "next tuesday +10 days", "June 16 -2 weeks": a day, then a signed amount touching its number
 * (which alone counts from the reference) → that day moved by the amount.
 */
export function daySigned(s: Scan, ms: Match[]): Match[] {
  const out: Match[] = [];
  for (let k = 0; k < ms.length; k++) {
    const a = ms[k]!;
    const b = ms[k + 1];
    const sign = b && b.from === a.to && b.rule === 'ago' ? s.at(b.from) : undefined;
    if (b && (sign === '+' || sign === '-') && a.point === 'day' && !a.parts && a.rule !== 'ago') {
      const n = numberAt(s, b.from + 1);
      const unit = n && UNITS.get(s.word(n[1]) ?? '');
      const days = unit ? SIGNED_DAYS[unit] : undefined;
      const months = unit ? SIGNED_MONTHS[unit] : undefined;
      if (n && Number.isInteger(n[0]) && b.to === n[1] + 1 && (days || months)) {
        const by = (sign === '+' ? 1 : -1) * n[0];
        out.push(offsetDay(a.from, b.to, a, by * (days ?? 0), by * (months ?? 0)));
        k++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** Put a stated year into every day of a value or an interval bound ('2016-10-26T10:00/2016-10-26T11:00' → 2023). */
const withYear = (v: string, y: string) => v.replace(/(^|\/)\d{4}(?=-\d\d-\d\d)/g, `$1${y}`);

function statedYear(m: Meaning, y: string, always = false): Meaning {
  if (!always && !m.inferred.includes('year')) return m;
  const out: Meaning = { ...m, value: withYear(m.value, y), inferred: m.inferred.filter((f) => f !== 'year') };
  if (m.interval) out.interval = { start: withYear(m.interval.start, y), end: withYear(m.interval.end, y) };
  return out;
}

/** Does a match name a month ("Oct 26, 10:00")? A weekday or "today" with a clock takes no year after it. */
function namesMonth(s: Scan, m: Match): boolean {
  for (let k = m.from; k < m.to; k++) if (MONTHS.has(s.at(k)!)) return true;
  return false;
}

/**
 * "Thu Oct 26 11:00:09 2023", "Thu Oct 26 11:00:09 EDT 2023", "Thu Oct 26, 10:00 - 11:00:09 2023":
 * a four-digit year right after a clock time on a stated month and day (its year inferred) is that
 * day's year, as timestamps write it. Only a year match of one token touching nothing else: "at
 * 3 p.m. 2013 ballots" has no year match (a number before a noun is no year).
 */
export function yearAfterTime(s: Scan, ms: Match[]): Match[] {
  const out: Match[] = [];
  for (let k = 0; k < ms.length; k++) {
    const a = ms[k]!;
    const b = ms[k + 1];
    if (b && b.rule === 'year' && b.from === a.to && b.to === b.from + 1 && s.digits(b.from) !== undefined && a.point === 'time' && (a.rule === 'date-time' || a.rule === 'range') && namesMonth(s, a)) {
      const y = pad4(s.digits(b.from)!);
      // the whole must state its month and day (its ends then share its year)
      const daysStated = (v: Meaning) => v.inferred.includes('year') && !v.inferred.includes('month') && !v.inferred.includes('day');
      const stated = (m: Match, whole: boolean): Match => ({
        ...m,
        mean(ctx) {
          const v = m.mean(ctx);
          if (whole) return daysStated(v) ? statedYear(v, y) : v;
          return daysStated(a.mean(ctx)) ? statedYear(v, y, true) : v;
        },
      });
      const joined: Match = { ...stated(a, true), to: b.to };
      if (a.parts) joined.parts = a.parts.map((p) => stated(p, false));
      out.push(joined);
      k++;
      continue;
    }
    out.push(a);
  }
  return out;
}

const DAY_SHAPE = /^[\dX]{4}-[\dX]{2}-[\dX]{2}/;

/** Does a match name a part of a day ("this evening", "Tuesday morning", "tomorrow night")? */
export function partOfDay(s: Scan, m: Match): boolean {
  if (m.part) return true;
  for (let k = m.from; k < m.to; k++) if (DAY_PARTS.has(s.at(k)!)) return true;
  return false;
}

/**
 * "at 8 this evening", "at 10 Tuesday morning", "at 9 tomorrow night": a bare hour (1-12) after
 * "at", right before a part of a day, is a clock time on that day; an afternoon, evening or night
 * puts it after noon. Before a day alone ("closed at 12 on Friday") it is a price as often as a
 * time, and alone ("at 12") an age too: left out.
 */
export function hourBeforeDay(s: Scan, ms: Match[]): Match[] {
  const out: Match[] = [];
  for (const b of ms) {
    const prev = out.length > 0 ? out[out.length - 1] : undefined;
    const on = s.word(b.from - 1) === 'on' ? 1 : 0;
    const h = s.digits(b.from - 1 - on);
    const at = b.from - 2 - on;
    if (h !== undefined && h >= 1 && h <= 12 && s.len(b.from - 1 - on) <= 2 && s.word(at) === 'at' && partOfDay(s, b) && !b.parts && (!prev || prev.to <= at)) {
      const from = b.from - 1 - on;
      out.push({
        from,
        to: b.to,
        rule: 'date-time',
        point: 'time',
        mean(ctx) {
          const d = b.mean(ctx);
          if (!DAY_SHAPE.test(d.value)) return d;
          const part = b.part ?? /T(MO|AF|EV|NI)$/.exec(d.value)?.[1];
          const hour = h < 12 && (part === 'AF' || part === 'EV' || (part === 'NI' && h >= 5)) ? h + 12 : h;
          const t = timeMeaning(ctx, `${pad2(hour)}:00`, undefined, d.value.slice(0, 10));
          t.inferred = d.inferred;
          return t;
        },
      });
      continue;
    }
    out.push(b);
  }
  return out;
}

/**
 * "Thu Oct 26 - 28, 11:00:09", "June 16-18 at 9 a.m.": a clock time right after a range of days
 * (after a comma or "at") is on each of its days: a range of two times.
 */
export function rangeClock(s: Scan, ms: Match[]): Match[] {
  const out: Match[] = [];
  for (let k = 0; k < ms.length; k++) {
    const a = ms[k]!;
    const b = ms[k + 1] as (Match & Partial<Clock>) | undefined;
    const gap = b ? b.from - a.to : -1;
    const sep = s.at(a.to);
    if (b && a.parts?.length === 2 && a.point === 'day' && b.point === 'time' && typeof b.clock === 'string' && !b.parts && (gap === 0 || (gap === 1 && (sep === ',' || sep === 'at')))) {
      const clock = b.clock;
      const zone = b.zone;
      const at = (p: Match, to: number): Match => ({
        ...p,
        to,
        point: 'time',
        mean(ctx) {
          const d = p.mean(ctx);
          if (!DAY_SHAPE.test(d.value)) return d;
          const t = timeMeaning(ctx, clock, zone, d.value.slice(0, 10));
          t.inferred = d.inferred;
          return t;
        },
      });
      const [p1, p2] = a.parts as [Match, Match];
      const x = at(p1, p1.to);
      const y = at(p2, b.to);
      const late: Match = { ...y, mean(ctx) { return overnightEnd(x.mean(ctx), y.mean(ctx)); } };
      out.push({ from: a.from, to: b.to, rule: 'range', point: 'time', parts: [x, late], mean(ctx) { return rangeMeaning(x.mean(ctx), y.mean(ctx)); } });
      k++;
      continue;
    }
    out.push(a);
  }
  return out;
}
