// Refiners for timestamp shapes (round 5), kept apart from grammar.ts's
// refiners and called from its `refine` in the order written there:
//   yearAfterTime  "Thu Oct 26 11:00:09 EDT 2023" (the Unix `date` layout):
//                  a year right after a day's clock time is that day's year
import { MONTHS } from './lexicon.js';
import type { Match, Meaning, Scan } from './scan.js';
import { pad4 } from './timex.js';

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
  for (let k = m.from; k < m.to; k++) if (MONTHS.has(s.low[k]!)) return true;
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
