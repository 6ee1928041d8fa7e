// Relative expressions, resolved against the reference date: "yesterday",
// "today", "tomorrow" (with "morning"/"night"), "last week", "next month"
// (the whole month), "this year", "the previous year", "last Friday",
// "next March", "last fall", "earlier this year", "year-earlier",
// "three days ago", "two years later", "a decade ago".
// Must reject: "last" and "next" before other words ("the last countries"),
// "the next day" when there is nothing to count from is kept with an X value.
import { AMBIGUOUS_MONTHS, CARDINALS, COMPARED_PERIODS, COUNT_UNITS, DAY_PARTS, DEICTIC_DAYS, DETERMINERS, DIRECTIONS, ERA_NOUNS, GLUED_DIRECTIONS, GLUED_UNITS, MONTHS, SUM_UNITS, ORDINALS, PART_MODS, PERIOD_ENDS, SAME_PERIOD, SEASONS, UNITS, WEEKDAYS } from '../lexicon.js';
import { dateMeaning, placeWeekday, shiftValue, unitValue } from '../resolve.js';
import { type Context, digitWordLetters, type Match, type Meaning, type Rule, type Scan, fixed, followedBy, opensAt, Shape, startsWith } from '../scan.js';
import { addDays, addMonths, daysIn, pad2, pad4, weekday, ymdValue } from '../timex.js';
import { closesAt, monthAt, numberAt } from './common.js';
import { countedUnit, durationValue, durMeaning } from './durations.js';
import { titled } from './written.js';
import { holidayRule, ofYearAt, quarterCompound, weekdayAt } from './named.js';
import { KIND_WORD } from '../../text/tokenize.js';

/** "yesterday", "today", "tomorrow", "yesterday morning", "the day before yesterday". */
const deictic: Rule = (s, i) => {
  let j = i;
  let extra = 0;
  if (s.word(i) === 'the' && s.word(i + 1) === 'day' && (s.word(i + 2) === 'before' || s.word(i + 2) === 'after')) {
    extra = s.word(i + 2) === 'before' ? -1 : 1;
    j = i + 3;
  }
  const w = s.word(j);
  const off = w === undefined ? undefined : DEICTIC_DAYS.get(w);
  if (off === undefined || (extra !== 0 && w !== 'yesterday' && w !== 'tomorrow')) return undefined;
  // "today's youth", "in today's world": the present age, not the day
  if (w === 'today' && s.possessive(j) && ERA_NOUNS.has(s.word(j + 1) ?? '')) return undefined;
  // "Radio 4's Today programme", "USA Today", "What Happens Tomorrow": a title
  if (j === i && titled(s, i)) return undefined;
  const offset = off + extra;
  let to = j + 1;
  let part = w === 'tonight' ? 'NI' : undefined;
  const p = DAY_PARTS.get(s.word(to) ?? '');
  if (p && s.word(to) !== 'tonight' && w !== 'tonight') {
    part = p;
    to++;
  }
  return {
    from: i,
    to,
    rule: 'deictic',
    point: part ? 'time' : 'day',
    ...(part ? { part } : {}),
    mean(ctx) {
      if (!ctx.ref) return dateMeaning(part ? `XXXX-XX-XXT${part}` : 'XXXX-XX-XX');
      const day = ymdValue(addDays(ctx.ref, offset));
      if (part && w !== 'tonight') {
        const m = dateMeaning(`${day}T${part}`, ['day'], 'time');
        m.granularity = 'hour';
        return m;
      }
      return dateMeaning(day, ['day']);
    },
  };
};

const CALENDAR_UNITS: Record<string, string> = { '1Y': 'Y', '1M': 'M', '1W': 'W', '1D': 'D', '3M': 'Q', '10Y': '10Y', '100Y': '100Y', WE: 'WE', '2W': '2W' };

/** "last year", "next month", "this week", "the previous year", "the coming weekend", "last Friday", "next March", "last fall". */
function directedUnit(from: number, to: number, u: string, dir: number, relative: boolean): Match {
  return {
    from,
    to,
    // "the previous month", "the prior quarter": a period compared with, which does not move the focus
    rule: relative && dir < 0 ? 'unit-before-focus' : 'directed-unit',
    point: u === 'D' ? 'day' : u,
    mean(ctx) {
      // "the following month", "the previous quarter", "the same year": from the month, quarter or year in focus
      // ("In March, … The following month, the company put itself up for sale": April), else the last full date
      const base = relative ? (focusOf(ctx, u) ?? ctx.anchor ?? ctx.ref) : ctx.ref;
      const m = dateMeaning(unitValue(base, u, dir));
      m.inferred = [];
      return m;
    },
  };
}

/**
 * The first day of the month, quarter or year in focus, for a unit counted from it: the month named after the last
 * full date ('1989-03' → 1989-03-01), the last quarter mentioned after it ('1989-Q3' → 1989-07-01), the last year
 * stated ("sold 2.4 million vehicles in 2004, up 4% on the previous year": 2003). Undefined for other units and when
 * no such month, quarter or year was mentioned (the last full date is then the base).
 */
function focusOf(ctx: Context, u: string): { y: number; m: number; d: number } | undefined {
  if (u === 'M' && ctx.month !== undefined) return { y: Number(ctx.month.slice(0, 4)), m: Number(ctx.month.slice(5, 7)), d: 1 };
  if (u === 'Q' && ctx.quarter !== undefined && ctx.quarterFresh) return { y: Number(ctx.quarter.slice(0, 4)), m: Number(ctx.quarter.slice(6)) * 3 - 2, d: 1 };
  if (u === 'Y' && ctx.year !== undefined) return { y: ctx.year, m: 1, d: 1 };
  return undefined;
}

/** A holiday's match from `from`, placed by the direction before it (see {@link directed}). */
function directedHoliday(from: number, holiday: Match, dir: number): Match {
  const { mean } = holiday;
  const past = (ctx: Context) => mean({ ...ctx, policy: 'past', tense: -1 });
  const ahead = (ctx: Context) => mean({ ...ctx, policy: 'future', tense: 1 });
  return {
    ...holiday,
    from,
    mean(ctx) {
      if (dir < 0) return past(ctx);
      if (dir > 0) return ahead(ctx);
      const m = ahead(ctx);
      return ctx.ref && !m.value.startsWith(pad4(ctx.ref.y)) ? past(ctx) : m;
    },
  };
}

/** "lastmonth", "nextweek": a direction glued to its unit, read as the two words. */
const gluedDirected: Rule = (s, i) => {
  const w = s.word(i);
  const both = w === undefined ? undefined : GLUED_DIRECTIONS.get(w);
  if (both === undefined) return undefined;
  const [d, u] = both.split('_') as [string, string];
  return directedUnit(i, i + 1, CALENDAR_UNITS[UNITS.get(u)!]!, DIRECTIONS.get(d)!, false);
};

const directed: Rule = (s, i) => {
  let j = i;
  const the = s.word(j) === 'the';
  if (the) j++;
  let dw = s.word(j);
  let dir = dw === undefined ? undefined : DIRECTIONS.get(dw);
  if (dir === undefined) return undefined;
  // "this past spring", "this past weekend": the last one
  const thisPast = dw === 'this' && !the && s.word(j + 1) === 'past';
  if (thisPast) {
    j++;
    dw = 'past';
    dir = -1;
  }
  // "this coming Sunday": the first one after, "this" in the span (as "the coming Friday" has "the")
  if (dw === 'this' && !the && (s.word(j + 1) === 'coming' || s.word(j + 1) === 'upcoming') && weekdayAt(s, j + 2)) {
    j++;
    dw = 'coming';
    dir = 1;
  }
  // "the last year" and "the past year" are durations (see the duration rules); "this past year" is a date
  if (the && (dw === 'last' || dw === 'past' || dw === 'this' || dw === 'next')) return undefined;
  if (!the && (dw === 'previous' || dw === 'following' || dw === 'preceding' || dw === 'coming' || dw === 'same' || dw === 'prior' || dw === 'upcoming')) {
    if (dw !== 'coming' && dw !== 'upcoming') return undefined;
  }
  if (!the && (dw === 'current' || dw === 'present')) return undefined;
  const k = j + 1;
  const w = s.word(k);
  if (w === undefined) return undefined;
  // "past" alone directs only a weekday ("past Friday"); "past week" is a duration
  if (!the && dw === 'past' && !thisPast && !weekdayAt(s, k)) return undefined;
  // "their last quarter-final", "the same quarter-final", "the previous quarter point cut": no quarter of a year
  if (w === 'quarter' && quarterCompound(s, k)) return undefined;
  // "last quarter of the game", "last quarter of a century": a part of something else ("of 2024" is a year's)
  if (w === 'quarter' && s.word(k + 1) === 'of' && !ofYearAt(s, k + 1)) return undefined;
  // a unit: "last year", "next week"
  const unit = UNITS.get(w);
  if (unit && CALENDAR_UNITS[unit] && !w.endsWith('s')) {
    const relative = dw === 'previous' || dw === 'following' || dw === 'preceding' || dw === 'prior' || dw === 'same';
    return directedUnit(i, k + 1, CALENDAR_UNITS[unit]!, dir, relative);
  }
  // "last weekday", "next weekday": the working day (Monday to Friday) before or after the reference
  if (w === 'weekday' && !the && dir !== 0) {
    return {
      from: i,
      to: k + 1,
      rule: 'directed-weekday',
      point: 'day',
      mean(ctx) {
        if (!ctx.ref) return dateMeaning('XXXX-XX-XX');
        let d = addDays(ctx.ref, dir);
        while (weekday(d) > 5) d = addDays(d, dir);
        return dateMeaning(ymdValue(d), ['year', 'month', 'day']);
      },
    };
  }
  // a weekday: "last Friday", "next Tuesday", "this Monday"
  const wd = weekdayAt(s, k);
  if (wd && (!the || dw === 'previous' || dw === 'following' || dw === 'coming' || dw === 'upcoming')) {
    const [day, next] = wd;
    return {
      from: i,
      to: next,
      rule: 'directed-weekday',
      point: 'day',
      mean(ctx) {
        // "the previous Friday" counts from the last date mentioned; "last Friday" from the reference
        const base = the ? (ctx.anchor ?? ctx.ref) : ctx.ref;
        if (!base) return dateMeaning(`XXXX-WXX-${day}`);
        const today = weekday(base);
        let diff = day - today;
        if (dir < 0) diff = diff >= 0 ? diff - 7 : diff;
        // "next Friday": the Friday of next (Monday-first) week; "the following Friday", "the coming Friday": the first one after
        else if (dw === 'next' && !the) diff = 7 - ((today + 6) % 7) + ((day + 6) % 7);
        else if (dir > 0) diff = diff <= 0 ? diff + 7 : diff;
        // "this Friday": the one ahead (on or after), or the one behind in past tense ("this Monday he said")
        else if (ctx.tense < 0) diff = diff > 0 ? diff - 7 : diff;
        else diff = diff < 0 ? diff + 7 : diff;
        return dateMeaning(ymdValue(addDays(base, diff)), ['year', 'month', 'day']);
      },
    };
  }
  // a month: "last April", "next March"
  const month = MONTHS.get(w);
  // "last Oct. 23" is a day: left to the written rules
  const dayAfter = s.digits(s.at(k + 1) === '.' ? k + 2 : k + 1);
  // "May" and "March" need their capital here too: "arrested at this march" is a protest
  if (month !== undefined && ((w.length > 3 && !AMBIGUOUS_MONTHS.has(w)) || s.cap(k)) && !the && dayAfter === undefined) {
    return {
      from: i,
      to: k + 1,
      rule: 'directed-month',
      point: 'month',
      mean(ctx) {
        if (!ctx.ref) return dateMeaning(`XXXX-${pad2(month)}`);
        let y = ctx.ref.y;
        if (dir < 0 && month >= ctx.ref.m) y--;
        if (dir > 0 && month <= ctx.ref.m) y++;
        return dateMeaning(`${pad4(y)}-${pad2(month)}`, ['year']);
      },
    };
  }
  // a holiday: "last Thanksgiving", "next Christmas", "this Easter" ("last" the most recent one before the reference,
  // "next" the first after it, "this" the one in the reference's year: "this Christmas" said in June is ahead, "this
  // Easter" behind); after a determiner or a possessive "last" is the final one ("his last Christmas at the club")
  if (!the && (dw === 'last' || dw === 'next' || dw === 'this') && s.cap(k) && !DETERMINERS.has(s.word(i - 1) ?? '') && !s.possessive(i - 1)) {
    const holiday = holidayRule(s, k);
    if (holiday) return directedHoliday(i, holiday, dir);
  }
  // a season: "last fall", "this summer", "next spring"
  const season = SEASONS.get(w);
  if (season && !the) {
    return {
      from: i,
      to: k + 1,
      rule: 'directed-season',
      point: 'season',
      mean(ctx) {
        if (!ctx.ref) return dateMeaning(`XXXX-${season}`);
        const start = { SP: 3, SU: 6, FA: 9, WI: 12 }[season] ?? 1;
        let y = ctx.ref.y;
        if (dir < 0) y = start + 2 < ctx.ref.m ? y : y - 1;
        else if (dir > 0) y = start > ctx.ref.m ? y : y + 1;
        return dateMeaning(`${pad4(y)}-${season}`, ['year']);
      },
    };
  }
  return undefined;
};

/** "year-earlier", "year-ago", "prior-year" (as in "the year-earlier quarter", "the prior-year period"): the year before. */
const yearAgo: Rule = (s, i) => {
  let j = i;
  if (s.word(j) === 'the') j++;
  const w0 = s.word(j);
  if ((w0 !== 'year' && w0 !== 'prior') || !s.dash(j + 1) || !s.tight(j + 1)) return undefined;
  const w = s.word(j + 2);
  // "the prior-year period", "prior-year sales": US earnings reports' "year-earlier"
  if (w0 === 'year' ? w !== 'earlier' && w !== 'ago' : w !== 'year') return undefined;
  // "a prior-year conviction": of some year before, not the last
  if (w0 === 'prior' && j === i && (s.word(i - 1) === 'a' || s.word(i - 1) === 'an')) return undefined;
  let to = j + 3;
  // "the year-earlier third quarter": an ordinal quarter names the quarter
  const ord = ORDINALS.get(s.word(to) ?? '');
  const ordinal = ord !== undefined && ord >= 1 && ord <= 4 && s.word(to + 1) === 'quarter' ? ord : undefined;
  if (ordinal !== undefined) to++;
  // "the year-earlier nine months", "the year-ago six months": a span of months a year back, which TimeBank writes
  // as its length (P9M), as it writes "the first nine months"
  if (j > i && ordinal === undefined) {
    const c = numberAt(s, to);
    const u = c && Number.isInteger(c[0]) && c[0] > 1 && c[0] < 12 && s.word(c[1]) === 'months' ? c[0] : undefined;
    if (u !== undefined) {
      return { from: i, to: c![1] + 1, rule: 'year-ago', mean: fixed(durMeaning(`P${u}M`)) };
    }
  }
  const n = s.word(to);
  const withNoun = n === 'quarter' || n === 'period' || n === 'year' || n === 'month';
  if (withNoun) to++;
  else if (j > i) return undefined;
  const noun = withNoun ? n : undefined;
  if (ordinal !== undefined) {
    return {
      from: i,
      to,
      rule: 'year-ago',
      point: 'quarter',
      mean(ctx) { return dateMeaning(ctx.ref ? `${pad4(ctx.ref.y - 1)}-Q${ordinal}` : `XXXX-Q${ordinal}`); },
    };
  }
  return {
    from: i,
    to,
    rule: 'year-ago',
    point: 'year',
    mean(ctx) {
      if (!ctx.ref) return dateMeaning('XXXX');
      if (ctx.quarter && (noun === undefined || noun === 'quarter' || noun === 'period')) {
        return dateMeaning(`${pad4(Number(ctx.quarter.slice(0, 4)) - 1)}${ctx.quarter.slice(4)}`, ['quarter']);
      }
      if (noun === 'quarter' || noun === 'period') {
        const q = Math.floor((ctx.ref.m - 1) / 3);
        const [y, qq] = q === 0 ? [ctx.ref.y - 2, 4] : [ctx.ref.y - 1, q];
        return dateMeaning(`${pad4(y)}-Q${qq}`, ['quarter']);
      }
      return dateMeaning(pad4(ctx.ref.y - 1));
    },
  };
};

/**
 * The end of "a year ago", "a year earlier", "one year before", "last year", "of last year", "the previous year",
 * "the prior year", "the year before" at token k, if one starts there.
 */
function yearBackAt(s: Scan, k: number): number | undefined {
  const w = s.word(k);
  if ((w === 'a' || w === 'one') && s.word(k + 1) === 'year') {
    const o = s.word(k + 2);
    return o === 'ago' || o === 'earlier' || o === 'before' ? k + 3 : undefined;
  }
  if (w === 'of') return s.word(k + 1) === 'last' && s.word(k + 2) === 'year' && !s.possessive(k + 2) ? k + 3 : undefined;
  if (w === 'last') return s.word(k + 1) === 'year' && !s.possessive(k + 1) ? k + 2 : undefined;
  if (w === 'the') {
    const n = s.word(k + 1);
    if ((n === 'previous' || n === 'prior') && s.word(k + 2) === 'year' && !s.possessive(k + 2)) return k + 3;
    if (n === 'year' && s.word(k + 2) === 'before') return k + 3;
  }
  return undefined;
}

/**
 * "the same period last year", "the corresponding period a year earlier", "the quarter a year ago", "the same month
 * of last year": one expression, as TimeBank annotates it ("the corresponding period last year" 1988-Q3, "the
 * quarter a year ago" 1988-Q3): the quarter in focus a year before (a period with no quarter in focus: the month
 * in focus, else the year before), the month in focus a year before.
 */
const samePeriod: Rule = (s, i) => {
  if (s.word(i) !== 'the') return undefined;
  let k = i + 1;
  const same = SAME_PERIOD.has(s.word(k) ?? '');
  if (same) k++;
  const noun = s.word(k);
  if (noun === undefined || !COMPARED_PERIODS.has(noun) || s.possessive(k)) return undefined;
  // "the quarter last year" without "same": a quarter in another sentence's year as often ("the quarter last year's
  // rules allowed"); "the quarter a year ago" is the comparison either way
  const to = yearBackAt(s, k + 1);
  if (to === undefined || (!same && s.word(k + 1) !== 'a' && s.word(k + 1) !== 'one')) return undefined;
  return {
    from: i,
    to,
    rule: 'same-period',
    point: noun === 'month' ? 'month' : 'quarter',
    mean(ctx) {
      // the year is the focus's or the reference's, never stated: the mention leaves the last stated year as it is
      // ("… the same period last year. … the 4.3% rise seen a year earlier" counts from the year before)
      if (noun !== 'month' && ctx.quarter) return dateMeaning(`${pad4(Number(ctx.quarter.slice(0, 4)) - 1)}${ctx.quarter.slice(4)}`, ['year', 'quarter']);
      if (noun !== 'quarter' && ctx.month) return dateMeaning(`${pad4(Number(ctx.month.slice(0, 4)) - 1)}${ctx.month.slice(4)}`, ['year', 'month']);
      if (!ctx.ref) return dateMeaning(noun === 'month' ? 'XXXX-XX' : noun === 'quarter' ? 'XXXX-QX' : 'XXXX');
      if (noun === 'quarter') {
        // no quarter in focus: the quarter just ended, a year before
        const q = Math.floor((ctx.ref.m - 1) / 3);
        const [y, qq] = q === 0 ? [ctx.ref.y - 2, 4] : [ctx.ref.y - 1, q];
        return dateMeaning(`${pad4(y)}-Q${qq}`, ['year', 'quarter']);
      }
      if (noun === 'month') return dateMeaning(unitValue(ctx.ref, 'M', -12), ['year', 'month']);
      return dateMeaning(pad4(ctx.ref.y - 1), ['year']);
    },
  };
};

/** "earlier this year", "later this month", "earlier this week": the period, as TimeBank annotates it. */
const earlierThis: Rule = (s, i) => {
  const w = s.word(i);
  if (w !== 'earlier' && w !== 'later') return undefined;
  // "earlier this year" is one expression (TimeBank); "later that year" counts from the last date
  if (s.word(i + 1) !== 'this' && s.word(i + 1) !== 'that') return undefined;
  const unit = UNITS.get(s.word(i + 2) ?? '');
  const u = unit ? CALENDAR_UNITS[unit] : undefined;
  if (!u) {
    return undefined;
  }
  const that = s.word(i + 1) === 'that';
  return {
    from: i,
    to: i + 3,
    rule: 'earlier-this',
    point: u,
    mean(ctx: Context) {
      // "later that year": the last year stated, as "that year" alone ("in June 1998 … later that year")
      if (that && u === 'Y' && ctx.year !== undefined) return dateMeaning(pad4(ctx.year));
      // "later that day" after "last October": a day in the month in focus
      if (that && u === 'D' && ctx.month !== undefined) return dateMeaning(`${ctx.month}-XX`, ['day']);
      return dateMeaning(unitValue(that ? (ctx.anchor ?? ctx.ref) : ctx.ref, u, 0));
    },
  };
};

/** Do "and a half" start at token i ("two and a half years", "a year and a half")? */
function andAHalf(s: Scan, i: number): boolean {
  return s.word(i) === 'and' && s.word(i + 1) === 'a' && s.word(i + 2) === 'half';
}

/** Does token i start with a digit? (Read only after a sign: most tokens \`ago\` is tried at are none.) */
function digitAt(s: Scan, i: number): boolean {
  const c = s.token(i)?.text.charCodeAt(0) ?? 0;
  return c >= 48 && c <= 57;
}

/** "three days ago", "two years later", "a decade ago", "50 years earlier". */
const ago: Rule = (s, i0) => {
  // "+15 minutes", "-3y", "+1 day 2 hour": a signed amount in digits from the reference (the sign alone before it, touching it;
  // not "-seven seconds": the scan opens a sign only before a digit)
  // (the token columns, no token object: most tokens this rule is tried at are words)
  const signKind = s.kind(i0);
  const st = signKind >= 0 && signKind !== KIND_WORD ? s.tokens.text[i0]! : undefined;
  const signed = st !== undefined && (st === '+' || st === '-') && digitAt(s, i0 + 1) && s.tight(i0 + 1) && !s.tight(i0) ? (st === '+' ? 1 : -1) : 0;
  const i = signed ? i0 + 1 : i0;
  // "a few days ago", "several years ago", "months ago": the past, no further
  let v = i;
  if (s.word(v) === 'a' && s.word(v + 1) === 'few') v++;
  const q = s.word(v);
  if (q === 'few' || q === 'several' || q === 'many' || q === 'some' || UNITS.has(q ?? '')) {
    const k = UNITS.has(q ?? '') ? v : v + 1;
    const uw = s.word(k);
    if (uw !== undefined && UNITS.has(uw) && uw.endsWith('s') && s.word(k + 1) === 'ago') {
      return { from: i, to: k + 2, rule: 'ago', point: 'day', mean() { return dateMeaning('PAST_REF'); } };
    }
  }
  // "half an hour ago"
  const half = s.word(i) === 'half' && (s.word(i + 1) === 'a' || s.word(i + 1) === 'an');
  // "3m 49s ago": "m" and "s" are minutes and seconds only in a sum of clock units that ends in "ago" (checked below)
  const single = gluedAt(s, i);
  // "-2hr5min": several glued parts, a sum in minutes (a token is never both)
  const gluedSum = single === undefined ? gluedSumAt(s, i) : undefined;
  const glued: Glued | undefined = single ?? (gluedSum !== undefined ? [gluedSum, '1MIN'] : undefined);
  const loose = single !== undefined && !single[2];
  const n: [number, number] | undefined = glued ? [glued[0], i] : half ? [0.5, i + 2] : numberAt(s, i);
  if (!n) return undefined;
  let [count, k0] = n;
  // "two and a half years ago"
  let halved = false;
  if (!glued && !half && andAHalf(s, k0)) {
    count += 0.5;
    k0 += 3;
    halved = true;
  }
  const w = s.word(k0);
  // (a count's abbreviation, "1 mon ago", only in lower case: countedUnit)
  const unit = glued ? glued[1] : w === undefined ? undefined : (UNITS.get(w) ?? countedUnit(w, s.tokens.text[k0]!));
  if (!unit || unit === 'WE') return undefined;
  // "15 hours 29 min ago", "1 day, 21 hours and 5 minutes ago": a sum of clock-sized units
  let k = k0;
  // "a year and a half ago"
  if (!glued && Number.isInteger(count) && andAHalf(s, k0 + 1)) {
    count += 0.5;
    k = k0 + 3;
    halved = true;
  }
  let minutes = CLOCK_MINUTES[unit] === undefined ? undefined : count * CLOCK_MINUTES[unit]!;
  while (minutes !== undefined) {
    let j = k + 1;
    if (s.at(j) === ',') j++;
    if (s.word(j) === 'and') j++;
    const g = gluedAt(s, j);
    const more = g ? undefined : numberAt(s, j);
    const mu = more && s.word(more[1]);
    const per = g ? CLOCK_MINUTES[g[1]] : mu === undefined ? undefined : CLOCK_MINUTES[GLUED_UNITS.get(mu) ?? ''];
    if ((!more && !g) || per === undefined) break;
    minutes += (g ? g[0] : more![0]) * per;
    k = g ? j : more![1];
  }
  const compound = k !== k0;
  // "+1m" on a line of its own is a minute (chrono's reading); "+3m" in a sentence is millions as often
  if (loose && (!compound || signed) && !(signed && !compound && aloneOnLine(s, i0, i + 1))) return undefined;
  // the sum in minutes matters for sums and for clock-sized units; a single count of days or weeks keeps its calendar value
  const exact = compound || unit === '1H' || unit === '1MIN' || unit === '1S' ? minutes : undefined;
  if (signed) {
    // "+2 months, 5 days": months or years, then days or weeks, land on a day
    const more = minutes === undefined && Number.isInteger(count) && (unit === '1M' || unit === '1Y') ? daysAfter(s, k + 1) : undefined;
    if (more) return calendarSum(i0, more[1], signed, unit === '1Y' ? count * 12 : count, more[0]);
    return agoMatch(i0, k + 1, signed, count, unit, exact, false);
  }
  // "a week or so ago": the same date, approximate
  if (s.word(k + 1) === 'or' && s.word(k + 2) === 'so' && s.word(k + 3) === 'ago') return approximate(agoMatch(i, k + 4, -1, count, unit, exact, false));
  const off = s.word(k + 1);
  if (loose && off !== 'ago') return undefined;
  // "and a half" only before "ago" ("a year and a half ago"); "a minute and a half later" is the length, as TimeBank spans it
  if (halved && off !== 'ago') return undefined;
  // "15 minutes before", "two days after" at the end of a clause (before a date they are offsets: see the refiners)
  const ends = s.token(k + 2) === undefined || s.token(k + 2)!.kind === 'punct';
  if ((off === 'before' || off === 'after') && ends && (minutes !== undefined || !compound)) {
    return agoMatch(i, k + 2, off === 'before' ? -1 : 1, count, unit, exact, false);
  }
  // "15 minutes out", "a min out" at the end of a clause: that far ahead of the reference ("a week out from the vote" is tied to
  // the vote; "that was another two months out" is a spell away, told in the past)
  if (off === 'out' && ends && !pastBefore(s, i)) return agoMatch(i, k + 2, 1, count, unit, exact, false);
  // "five days from now": counted from the reference, like "ago"
  const fromNow = off === 'from' && s.word(k + 2) === 'now';
  const sign = off === 'ago' ? -1 : off === 'later' || fromNow ? 1 : off === 'earlier' ? -1 : 0;
  if (sign === 0) return undefined;
  const m = agoMatch(i, fromNow ? k + 3 : k + 2, sign, count, unit, exact, off !== 'ago' && !fromNow);
  // "a day earlier" too; "a year earlier", "a month earlier" compare calendar periods (earnings reports): dates
  const length = off === 'later' || (off === 'earlier' && unit !== '1Y' && unit !== '1M' && unit !== '3M' && unit !== '10Y');
  return length ? laterMatch(m, compound && minutes !== undefined ? sumValue(minutes) : durationValue(count, unit)) : m;
};

/**
 * "three days later", "an hour later": the length of time, as the TIMEX3 guidelines annotate it
 * ("three days", `DURATION` `P3D`, "later" its signal; TimeBank and AQUAINT write all four such
 * spans so), with the day it reaches from the day in focus as its interval, as "in 10 minutes" has.
 * "a day earlier" is one too (TimeBank: `DURATION` `P1D`); "a year earlier" and "a month earlier"
 * stay dates: they compare calendar periods (the earnings reports' "a year earlier" is a `DATE`).
 */
function laterMatch(m: Match, value: string): Match {
  const date = m.mean;
  m.mean = function later(ctx) {
    const d = date(ctx);
    const out: Meaning = { type: 'duration', value, inferred: d.inferred };
    if (d.granularity) out.granularity = d.granularity;
    if (d.interval) out.interval = d.interval;
    return out;
  };
  return m;
}

/** The match with mod APPROX ("a week or so ago"). */
function approximate(m: Match): Match {
  const exact = m.mean;
  m.mean = function approx(ctx) {
    const out = exact(ctx);
    out.mod = 'APPROX';
    return out;
  };
  return m;
}

/** A sum of clock units in minutes as one TIMEX3 duration: 929 → 'PT15H29M', 1 day 2 hours → 'P1DT2H'. */
function sumValue(minutes: number): string {
  const secs = Math.round(minutes * 60);
  const d = Math.floor(secs / 86400);
  const h = Math.floor((secs % 86400) / 3600);
  const min = Math.floor((secs % 3600) / 60);
  const sec = secs % 60;
  const clock = `${h ? `${h}H` : ''}${min ? `${min}M` : ''}${sec ? `${sec}S` : ''}`;
  const v = `P${d ? `${d}D` : ''}${clock ? `T${clock}` : ''}`;
  return v === 'P' ? 'PT0S' : v;
}

/** Past forms of "be" and "have" just before a count ("was two months out", "had been a week out"). */
const PAST_BE = new Set(['was', 'were', 'been', 'had']);

/** Is there a past form of "be" or "have" among the three words before token i? */
function pastBefore(s: Scan, i: number): boolean {
  for (let k = i - 1; k >= Math.max(s.from, i - 3); k--) if (PAST_BE.has(s.word(k) ?? '')) return true;
  return false;
}

/** ", 5 days", "and 2 weeks" after a count of months: [days, next], or undefined. */
function daysAfter(s: Scan, i: number): [number, number] | undefined {
  let j = i;
  if (s.at(j) === ',') j++;
  if (s.word(j) === 'and') j++;
  const n = numberAt(s, j);
  const u = n && s.word(n[1]);
  const unit = u === undefined ? undefined : UNITS.get(u);
  if (!n || !Number.isInteger(n[0]) || (unit !== '1D' && unit !== '1W')) return undefined;
  return [n[0] * (unit === '1W' ? 7 : 1), n[1] + 1];
}

/** A day so many months and days from the reference ("+2 months, 5 days"). */
function calendarSum(from: number, to: number, sign: number, months: number, days: number): Match {
  return {
    from,
    to,
    rule: 'ago',
    point: 'day',
    mean(ctx) {
      if (!ctx.ref) return dateMeaning('XXXX-XX-XX', ['day']);
      const [y, m] = addMonths(ctx.ref.y, ctx.ref.m, sign * months);
      return dateMeaning(ymdValue(addDays({ y, m, d: Math.min(ctx.ref.d, daysIn(y, m)) }, sign * days)));
    },
  };
}

/** A count glued to its unit: [count, unit, strict, letters] (strict: a unit that stands alone, not only in a sum; letters: the unit as written, lower-cased). */
type Glued = [count: number, unit: string, strict?: boolean, letters?: string];

/**
 * A number and its unit in one token ("1h", "3mo", "2hr", and "3m", "49s" as in a sum): [count,
 * unit, strict, letters], strict when the unit is read alone too (GLUED_UNITS), not only in a sum
 * (SUM_UNITS).
 */
function gluedAt(s: Scan, i: number): Glued | undefined {
  // (the token columns, no token object: \`ago\` asks at every token it is tried at)
  if (s.kind(i) !== KIND_WORD) return undefined;
  const c = s.tokens.text[i]!.charCodeAt(0);
  if (c < 48 || c > 57) return undefined;
  const g = /^(\d{1,3}(?:\.\d{1,2})?)([a-z]{1,7})$/.exec(s.word(i)!);
  if (!g) return undefined;
  const letters = g[2]!;
  const strict = GLUED_UNITS.get(letters);
  if (strict) return [Number(g[1]), strict, true, letters];
  const u = SUM_UNITS.get(letters);
  return u ? [Number(g[1]), u, false, letters] : undefined;
}

/**
 * Several counts glued to their units in one token, largest unit first ("2hr5min", "1d2h30m"): the
 * sum in minutes, or undefined. Every part must be clock-sized (weeks to seconds); read by
 * character codes over one short token.
 */
function gluedSumAt(s: Scan, i: number): number | undefined {
  // (the token columns, no token object; a word that opens with no digit is no sum, and is not lower-cased)
  if (s.kind(i) !== KIND_WORD) return undefined;
  const text = s.tokens.text[i]!;
  const c = text.charCodeAt(0);
  if (text.length > 24 || c < 48 || c > 57) return undefined;
  const w = s.word(i)!;
  let k = 0;
  let total = 0;
  let parts = 0;
  let last = Number.POSITIVE_INFINITY;
  while (k < w.length) {
    const a = k;
    while (k < w.length && w.charCodeAt(k) >= 48 && w.charCodeAt(k) <= 57) k++;
    if (k === a || k - a > 3) return undefined;
    const n = Number(w.slice(a, k));
    const b = k;
    while (k < w.length && w.charCodeAt(k) >= 97 && w.charCodeAt(k) <= 122) k++;
    if (k === b) return undefined;
    const letters = w.slice(b, k);
    const per = CLOCK_MINUTES[GLUED_UNITS.get(letters) ?? SUM_UNITS.get(letters) ?? ''];
    if (per === undefined || per >= last) return undefined;
    total += n * per;
    last = per;
    parts++;
  }
  return parts >= 2 ? total : undefined;
}

/** Do tokens [from, to) make a line of their own (a final stop aside): "+1m" as a reminder, not "Net: +1m, then"? */
function aloneOnLine(s: Scan, from: number, to: number): boolean {
  const before = from === s.from || s.br(from);
  const end = (k: number) => k >= s.to || s.br(k);
  const stop = s.at(to);
  return before && (end(to) || ((stop === '.' || stop === '!') && end(to + 1)));
}

/** Prepositions after which a count glued to its unit is a duration ("in 2hour", "within 1d 2hr 5min"). */
const GLUED_DURATION_AFTER = new Set(['in', 'within', 'after', 'for']);

/**
 * "in 2hour", "within 1d 2hr 5min", "in 1d, 2hr, and 5min": counts glued to their units after a
 * preposition of time, a duration (anchored to the reference like "in 2 hours"). A single glued
 * count needs a unit word ("2hour", "3mo", "15min"): "in 3d" is printing as often as days; the
 * one-letter units ("1d", "5m") count only inside a sum of two or more.
 */
const gluedDuration: Rule = (s, i) => {
  const p = s.word(i - 1);
  if (p === undefined || !GLUED_DURATION_AFTER.has(p)) return undefined;
  const first = gluedAt(s, i);
  const firstSum = first === undefined ? gluedSumAt(s, i) : undefined;
  const start: Glued | undefined = first ?? (firstSum !== undefined ? [firstSum, '1MIN'] : undefined);
  if (!start) return undefined;
  // more glued parts, each smaller: "1d 2hr 5min", "1d, 2hr, and 5min"
  let to = i + 1;
  let per = CLOCK_MINUTES[start[1]];
  let minutes = per === undefined ? undefined : start[0] * per;
  let parts = firstSum !== undefined ? 2 : 1;
  while (minutes !== undefined && per !== undefined) {
    let j = to;
    if (s.at(j) === ',') j++;
    if (s.word(j) === 'and') j++;
    const g = gluedAt(s, j);
    const gp = g ? CLOCK_MINUTES[g[1]] : undefined;
    if (!g || gp === undefined || gp >= per) break;
    minutes += g[0] * gp;
    per = gp;
    to = j + 1;
    parts++;
  }
  if (parts === 1) {
    // one glued count (gluedAt's, with its letters): a unit word, not a letter ("2hour", "3mo"; not "3d", "5m")
    const letters = first?.[3];
    if (letters === undefined || !UNITS.has(letters)) return undefined;
    const [n, unit] = start;
    return { from: i, to, rule: 'duration', dur: { n, unit }, mean: fixed(durMeaning(durationValue(n, unit), unit)) };
  }
  const total = minutes!;
  return { from: i, to, rule: 'duration', dur: { n: total, unit: '1MIN' }, mean: fixed(durMeaning(sumValue(total), '1MIN')) };
};

/** Minutes in a clock-sized unit (days and weeks count too, for sums like "1 day 21 hours"). */
const CLOCK_MINUTES: Record<string, number> = { '1W': 7 * 1440, '1D': 1440, '1H': 60, '1MIN': 1, '1S': 1 / 60 };

/** A unit's size in the next smaller calendar unit, for a fractional count ("2.5 years" is 30 months): [size, unit]. */
const FINER_UNITS: Record<string, [number, string]> = { Y: [12, 'M'], '10Y': [10, 'Y'], '100Y': [100, 'Y'], W: [7, 'D'] };

/**
 * A date `count` units from the reference (or, for `fromAnchor`, from the last date mentioned).
 * Hours, minutes and seconds (`minutes` set) give a time when the reference states its clock,
 * else the day, taking the reference at noon.
 */
function agoMatch(from: number, to: number, sign: number, count: number, unit: string, minutes: number | undefined, fromAnchor: boolean): Match {
  const u = unit.replace(/^1(?=[YMWDHS])/, '');
  const clockSized = u === 'MIN' || u === 'H' || u === 'S' || (minutes !== undefined && !Number.isInteger(minutes / 1440));
  return {
    from,
    to,
    rule: 'ago',
    point: 'day',
    mean(ctx) {
      let base = fromAnchor ? (ctx.anchor ?? ctx.ref) : ctx.ref;
      // "in 1945 … two years later": years count from the last year stated
      if (fromAnchor && ctx.year !== undefined && (u === 'Y' || u === '10Y') && (!ctx.anchor || ctx.anchor.y !== ctx.year)) base = { y: ctx.year, m: 1, d: 1 };
      if (clockSized && minutes !== undefined) {
        // "three hours ago": a time when the reference has a clock, else the day (the reference taken at noon)
        if (!base) return dateMeaning('XXXX-XX-XX', ['day']);
        const known = !fromAnchor || base === ctx.ref ? ctx.clock : undefined;
        const at = Math.floor((known ?? 720) + sign * minutes);
        const shift = Math.floor(at / 1440);
        const day = ymdValue(addDays(base, shift));
        if (known === undefined) return dateMeaning(day, ['day']);
        const left = at - shift * 1440;
        const m = dateMeaning(`${day}T${pad2(Math.floor(left / 60))}:${pad2(left % 60)}`, [], 'time');
        m.granularity = 'minute';
        m.interval = { start: m.value, end: m.value };
        return m;
      }
      const unitCode = u;
      // "a year earlier" after a quarter: that quarter a year before (earnings reports)
      if (unitCode === 'Y' && count === 1 && ctx.quarter) {
        return dateMeaning(`${pad4(Number(ctx.quarter.slice(0, 4)) + sign)}${ctx.quarter.slice(4)}`, ['quarter']);
      }
      // "1 week 2 days ago": a sum of whole days
      if (minutes !== undefined && base) return dateMeaning(ymdValue(addDays(base, (sign * minutes) / 1440)));
      // "two and a half years ago", "2.5 years ago": a fraction of a year, decade or week counted in the next smaller unit
      const finer = Number.isInteger(count) ? undefined : FINER_UNITS[unitCode];
      if (finer && Number.isInteger(count * finer[0])) {
        const fv = shiftValue(base, count * finer[0], finer[1], sign);
        if (fv) return dateMeaning(fv);
      }
      const v = shiftValue(base, count, unitCode, sign);
      return dateMeaning(v ?? 'PAST_REF');
    },
  };
}

/**
 * "the min before", "the hour after" at the end of a clause: one clock unit from the time in focus
 * (the reference's clock when nothing was mentioned). Days and longer are left out: "the year
 * before." goes unmarked in TimeML news, and "the day before the vote" hangs on the vote.
 */
const theClockUnit: Rule = (s, i) => {
  if (s.word(i) !== 'the') return undefined;
  const unit = UNITS.get(s.word(i + 1) ?? '');
  const dir = s.word(i + 2);
  if ((unit !== '1MIN' && unit !== '1H' && unit !== '1S') || s.word(i + 1)!.endsWith('s') || (dir !== 'before' && dir !== 'after')) return undefined;
  if (!closesAt(s, i + 3)) return undefined;
  return agoMatch(i, i + 3, dir === 'before' ? -1 : 1, 1, unit, CLOCK_MINUTES[unit], true);
};

/** "the next day", "the following week", "the day before": counted from the last date mentioned. */
const nextDay: Rule = (s, i) => {
  if (s.word(i) !== 'the') return undefined;
  const w = s.word(i + 1);
  if (w !== 'next' && w !== 'following' && w !== 'previous') return undefined;
  // "the next morning", "the following night": that day, with its value as "Friday morning" has it
  // (the day's; an evening keeps its part, TEV)
  const part = s.word(i + 2);
  if (part !== 'day' && part !== 'morning' && part !== 'afternoon' && part !== 'night' && part !== 'evening') return undefined;
  const dir = w === 'previous' ? -1 : 1;
  return {
    from: i,
    to: i + 3,
    rule: 'next-day',
    point: 'day',
    mean(ctx) {
      const base = ctx.anchor ?? ctx.ref;
      // after "last October" (a month in focus, no day): a day in that month, its number unknown
      const day = ctx.month !== undefined ? `${ctx.month}-XX` : base ? ymdValue(addDays(base, dir)) : 'XXXX-XX-XX';
      if (part === 'evening') {
        const m = dateMeaning(`${day}TEV`, ['day'], 'time');
        m.granularity = 'hour';
        return m;
      }
      return dateMeaning(day, ['day']);
    },
  };
};

/** Prepositions before "the morning" that make it a part of the day in focus ("orders came in the morning"). */
const PART_PREPOSITIONS = new Set(['in', 'during', 'by', 'throughout', 'until', 'till']);

/** "in the morning", "during the afternoon", "by the evening": that part of the day in focus (the last full date, else the reference). */
const thePart: Rule = (s, i) => {
  if (s.word(i) !== 'the' || !PART_PREPOSITIONS.has(s.word(i - 1) ?? '')) return undefined;
  const w = s.word(i + 1);
  const part = w === 'tonight' || w === 'overnight' ? undefined : DAY_PARTS.get(w ?? '');
  if (!part) return undefined;
  // "in the morning of June 5", "in the afternoon session": another phrase's
  const next = s.word(i + 2);
  if (next !== undefined && (next === 'of' || (s.tokens.kind[i + 2] === KIND_WORD && s.tokens.br[i + 2]! === 0 && !s.tight(i + 2) && !PART_FOLLOWERS.has(next)))) return undefined;
  // "in the afternoon on Friday": that weekday's (a mention of its own), as "by late afternoon on Tuesday"
  const day = next === 'on' ? weekdayAt(s, i + 3)?.[0] : undefined;
  return {
    from: i,
    to: i + 2,
    rule: 'the-part',
    point: 'time',
    mean(ctx) {
      if (day !== undefined) {
        const on = placeWeekday(ctx, day);
        const w = dateMeaning(`${on ? ymdValue(on) : `XXXX-WXX-${day}`}T${part}`, ['year', 'month', 'day'], 'time');
        w.granularity = 'hour';
        return w;
      }
      const base = ctx.anchor ?? ctx.ref;
      const m = dateMeaning(`${base ? ymdValue(base) : 'XXXX-XX-XX'}T${part}`, ['day'], 'time');
      m.granularity = 'hour';
      return m;
    },
  };
};
/** Prepositions before "mid-afternoon", "the late evening" that make it a part of the day in focus (with "at": "at mid-afternoon"). */
const MOD_PART_PREPOSITIONS = new Set([...PART_PREPOSITIONS, 'at', 'from', 'since', 'before', 'after', 'around', 'about', 'through']);

/**
 * "by mid afternoon", "in the late afternoon", "at mid-afternoon yesterday", "until early evening": a part of the day
 * with its stage (TIMEX3 mod START, MID, END) after a preposition, on the day in focus (the last full date, else the
 * reference), or on "yesterday", "today", "tomorrow" or a weekday right after it ("at mid-morning Friday"). TimeBank: "By mid afternoon" 1998-03-06TAF,
 * "mid-afternoon yesterday" 1989-11-01TAF. Before a noun it is an adjective ("in early morning trading"), as
 * "in the afternoon session" is.
 */
const modPart: Rule = (s, i) => {
  let k = i;
  if (s.word(k) === 'the') k++;
  const mod = s.word(k) === 'early' || s.word(k) === 'mid' || s.word(k) === 'late' ? PART_MODS.get(s.word(k)!) : undefined;
  if (mod === undefined || !MOD_PART_PREPOSITIONS.has(s.word(i - 1) ?? '')) return undefined;
  k++;
  if (s.dash(k) && s.tight(k) && s.tight(k + 1)) k++;
  const w = s.word(k);
  const part = w === 'tonight' || w === 'overnight' ? undefined : DAY_PARTS.get(w ?? '');
  if (!part) return undefined;
  let to = k + 1;
  const shift = DEICTIC_DAYS.get(s.word(to) ?? '');
  // "at mid-morning Friday": on that weekday
  const wd = shift === undefined ? weekdayAt(s, to) : undefined;
  if (shift !== undefined && s.word(to) !== 'tonight') to++;
  else if (wd) to = wd[1];
  else {
    const next = s.word(to);
    if (next !== undefined && (next === 'of' || (s.tokens.kind[to] === KIND_WORD && s.tokens.br[to]! === 0 && !s.tight(to) && !PART_FOLLOWERS.has(next)))) return undefined;
  }
  const days = to > k + 1 && !wd ? shift! : undefined;
  // "by late afternoon on Tuesday": that weekday's, though "on Tuesday" is a mention of its own
  const day = wd?.[0] ?? (days === undefined && s.word(to) === 'on' ? weekdayAt(s, to + 1)?.[0] : undefined);
  return {
    from: i,
    to,
    rule: 'mod-part',
    point: 'time',
    mean(ctx) {
      const base = day !== undefined ? placeWeekday(ctx, day) : days !== undefined ? (ctx.ref ? addDays(ctx.ref, days) : undefined) : (ctx.anchor ?? ctx.ref);
      const m = dateMeaning(`${base ? ymdValue(base) : day !== undefined ? `XXXX-WXX-${day}` : 'XXXX-XX-XX'}T${part}`, days !== undefined || day !== undefined ? ['year', 'month', 'day'] : ['day'], 'time');
      m.granularity = 'hour';
      m.mod = mod;
      return m;
    },
  };
};

/** Words that may follow "in the morning" and leave it a part of the day ("in the morning to start trading", "in the morning and…"). */
const PART_FOLLOWERS = new Set(['to', 'and', 'or', 'but', 'when', 'as', 'after', 'before', 'while', 'that', 'with', 'at', 'on', 'in', 'for', 'from', 'he', 'she', 'they', 'we', 'it']);

/** "the year", "the week", "the weekend", "the fiscal year", "the latest period", "that year", "that day", "year-end": the period in focus. */
const theUnit: Rule = (s, i) => {
  const w0 = s.word(i);
  if (w0 !== 'the' && w0 !== 'that') return undefined;
  let k = i + 1;
  if (w0 === 'that' && s.word(k) === 'same') k++;
  if (w0 === 'the' && (s.word(k) === 'fiscal' || s.word(k) === 'calendar' || s.word(k) === 'full')) k++;
  const w = s.word(k);
  if (w === undefined || w.endsWith('s')) return undefined;
  const unit = UNITS.get(w);
  const u = unit ? CALENDAR_UNITS[unit] : undefined;
  // "that quarter": the quarter in focus ("the quarter" is the quarter rules')
  // "the end of the decade", "the middle of the century": the reference's, only as the part of one ("the decade"
  // alone is the one a story is about as often, "throughout the decade" of a past one)
  if ((u === '10Y' || u === '100Y') && !(w0 === 'the' && k === i + 1 && s.word(i - 1) === 'of' && PART_MODS.has(s.word(i - 2) ?? '') && s.word(i - 3) === 'the')) return undefined;
  if (!u || (u === 'Q' && w0 !== 'that') || u === '2W') return undefined;
  // "European Businessman of the Year", "Record of the Year": capitalized after a lower-case "the", a title's
  if (w0 === 'the' && !s.cap(i) && s.titleWord(k)) return undefined;
  // "the year of the dragon", "the day after", "the week-long": not the period in focus
  const next = s.word(k + 1);
  if (next === 'of' || next === 'after' || next === 'before' || s.dash(k + 1)) return undefined;
  if (w0 === 'the' && u === 'D' && next !== undefined && s.tokens.br[k + 1]! === 0) return undefined;
  // "the year ended March 31", "the fiscal year ending June 30": a fiscal year, one year long (TimeML: P1Y)
  // ("the year to March 31", "the year to 31 March": British for "ended"; not "the year to date")
  const to = next === 'to' && (monthAt(s, k + 2) !== undefined || (s.digits(k + 2) !== undefined && monthAt(s, k + 3) !== undefined));
  if (w0 === 'the' && u === 'Y' && next !== undefined && (PERIOD_ENDS.has(next) || to)) {
    return { from: i, to: k + 1, rule: 'the-unit', mean: fixed({ type: 'duration', value: 'P1Y', granularity: 'year', inferred: [] }) };
  }
  // "the 1890s … by the end of the decade", "the 14th century … by the end of the century": the one named before
  // in the sentence (history writing), else the reference's
  const named = u === '10Y' || u === '100Y' ? namedEraBefore(s, i, u) : undefined;
  if (named !== undefined) return { from: i, to: k + 1, rule: 'the-unit', point: u, mean: fixed(dateMeaning(named)) };
  const that = w0 === 'that';
  return {
    from: i,
    to: k + 1,
    rule: 'the-unit',
    point: u === 'D' ? 'day' : u,
    mean(ctx) {
      const base = that ? (ctx.anchor ?? ctx.ref) : ctx.ref;
      // "that same day" after "last October": a day in the month in focus, its number unknown (TIMEX3 '1998-10-XX')
      if (that && u === 'D' && ctx.month !== undefined) return dateMeaning(`${ctx.month}-XX`, ['day']);
      // "that year": the last year stated; "that quarter": the quarter in focus
      if (that && u === 'Y' && ctx.year !== undefined) return dateMeaning(pad4(ctx.year));
      if (u === 'Q' && ctx.quarter !== undefined) return dateMeaning(ctx.quarter);
      if (u === 'WE' && base && !that) {
        // the weekend before the reference in past tense, else the coming one
        const wd = weekday(base);
        const sat = ctx.tense < 0 || wd === 7 ? addDays(base, -((wd + 1) % 7)) : addDays(base, 6 - wd);
        return dateMeaning(`${unitValue(sat, 'W', 0)}-WE`);
      }
      return dateMeaning(unitValue(base, u, 0));
    },
  };
};

/** How far back in its sentence "the end of the decade" looks for a decade or century named ("the 1890s"). */
const ERA_LOOKBACK = 40;

/**
 * The decade ("the 1890s" → `189`) or century ("the 14th century", "the nineteenth century" → `13`, `18`) named
 * before token i in its sentence, as TIMEX3 values of the unit u ('10Y' or '100Y'), if any; the nearest wins. A year
 * alone is no era named ("since 1900 … by the end of the century" is the reference's).
 */
function namedEraBefore(s: Scan, i: number, u: string): string | undefined {
  const stop = Math.max(s.from, i - ERA_LOOKBACK);
  for (let k = i - 1; k >= stop; k--) {
    const t = s.tokens.text[k]!;
    if ((t === '.' || t === '!' || t === '?') && !s.tight(k + 1)) return undefined;
    if (s.tokens.br[k + 1]! > 0 && k + 1 < i) return undefined;
    // "1890s": its decade, or the century that holds it
    if (t.length === 5 && t.endsWith('s') && s.tokens.kind[k] === KIND_WORD && /^[12]\d{3}s$/.test(t) && t[3] === '0') return u === '10Y' ? t.slice(0, 3) : t.slice(0, 2);
    if (u === '100Y' && s.word(k) === 'century' && k > stop) {
      const o = s.word(k - 1) ?? '';
      const n = ORDINALS.get(o) ?? (/^\d{1,2}(st|nd|rd|th)$/.test(o) ? Number.parseInt(o, 10) : undefined);
      if (n !== undefined && n >= 1 && n <= 21) return pad2(n - 1);
    }
  }
  return undefined;
}

/** "year-end", "year end", "the year's end". */
const yearEnd: Rule = (s, i) => {
  let k = i;
  if (s.word(k) === 'the') k++;
  if (s.word(k) !== 'year') return undefined;
  let to = k + 1;
  if (s.dash(to) && s.tight(to) && s.word(to + 1) === 'end') to += 2;
  else if (s.word(to) === 'end' && (s.possessive(k) || k === i)) to += 1;
  else return undefined;
  return {
    from: i,
    to,
    rule: 'year-end',
    point: 'year',
    mean(ctx) {
      const m = dateMeaning(unitValue(ctx.ref, 'Y', 0), ['year']);
      m.mod = 'END';
      return m;
    },
  };
};

/** "Friday of next week", "Tuesday, next week", "Monday of this week", "Friday last week". */
const weekdayOfWeek: Rule = (s, i) => {
  const wd = weekdayAt(s, i);
  if (!wd) return undefined;
  let k = wd[1];
  if (s.at(k) === ',' || s.word(k) === 'of') k++;
  const dir = DIRECTIONS.get(s.word(k) ?? '');
  const w = s.word(k);
  if (dir === undefined || (w !== 'next' && w !== 'last' && w !== 'this') || s.word(k + 1) !== 'week') return undefined;
  const day = wd[0];
  return {
    from: i,
    to: k + 2,
    rule: 'weekday-of-week',
    point: 'day',
    mean(ctx) {
      if (!ctx.ref) return dateMeaning(`XXXX-WXX-${day}`);
      const monday = addDays(ctx.ref, 1 - weekday(ctx.ref) + dir * 7);
      return dateMeaning(ymdValue(addDays(monday, day - 1)), ['year', 'month', 'day']);
    },
  };
};

/** "June last year", "March next year", "January this year": a month in a relative year. */
const monthOfYear: Rule = (s, i) => {
  const w = s.word(i);
  const month = w === undefined ? undefined : MONTHS.get(w);
  if (month === undefined || !s.cap(i)) return undefined;
  let k = i + 1;
  if (s.at(k) === '.' && s.tight(k)) k++;
  if (s.word(k) === 'of') k++;
  const dir = DIRECTIONS.get(s.word(k) ?? '');
  const d = s.word(k);
  if (dir === undefined || (d !== 'last' && d !== 'next' && d !== 'this') || s.word(k + 1) !== 'year') return undefined;
  return {
    from: i,
    to: k + 2,
    rule: 'month-of-year',
    point: 'month',
    mean(ctx) { return dateMeaning(`${ctx.ref ? pad4(ctx.ref.y + dir) : 'XXXX'}-${pad2(month)}`); },
  };
};

/** "this year's third quarter", "last year's quarter", "next year's first quarter". */
const quarterOfYear: Rule = (s, i) => {
  const d = s.word(i);
  const dir = d === 'last' || d === 'next' || d === 'this' ? DIRECTIONS.get(d) : undefined;
  if (dir === undefined || s.word(i + 1) !== 'year' || !s.possessive(i + 1)) return undefined;
  let k = i + 2;
  let q: number | undefined;
  const o = ORDINALS.get(s.word(k) ?? '');
  if (o !== undefined && o >= 1 && o <= 4) {
    q = o;
    k++;
  }
  if (s.word(k) === 'fiscal') k++;
  if (s.word(k) !== 'quarter' && s.word(k) !== 'period') return undefined;
  return {
    from: i,
    to: k + 1,
    rule: 'quarter',
    point: 'quarter',
    mean(ctx) {
      if (!ctx.ref) return dateMeaning(`XXXX-Q${q ?? 'X'}`);
      const qq = q ?? (ctx.quarter ? Number(ctx.quarter.slice(6)) : Math.floor((ctx.ref.m - 1) / 3) + 1);
      return dateMeaning(`${pad4(ctx.ref.y + dir)}-Q${qq}`);
    },
  };
};

/** The relative rules, in order. */
export const RELATIVE: Rule[] = [
  startsWith(monthOfYear, MONTHS.keys()),
  startsWith(quarterOfYear, ['last', 'next', 'this']),
  startsWith(weekdayOfWeek, WEEKDAYS.keys()),
  // after "the": "the day before yesterday"
  followedBy(startsWith(deictic, DEICTIC_DAYS.keys(), ['the']), { words: ['the'] }, 0, ['day']),
  followedBy(startsWith(nextDay, ['the']), { words: ['the'] }, 0, ['next', 'following', 'previous']),
  followedBy(startsWith(theClockUnit, ['the']), { words: ['the'] }, 0, UNITS.keys()),
  followedBy(startsWith(directed, DIRECTIONS.keys(), ['the']), { words: ['the'] }, 0, DIRECTIONS.keys()),
  startsWith(gluedDirected, GLUED_DIRECTIONS.keys()),
  followedBy(startsWith(yearAgo, ['the', 'year', 'prior']), { words: ['the'] }, 0, ['year', 'prior']),
  followedBy(startsWith(samePeriod, ['the']), { words: ['the'] }, 0, SAME_PERIOD, COMPARED_PERIODS),
  startsWith(earlierThis, ['earlier', 'later']),
  // a sign, a number ("3", "1.5", "three", "a couple of"), a glued count ("1h"), a vague count, a unit ("months ago"), "half an hour"
  // after a number: its unit ("3 days ago"), the rest of a half ("5 1/2 hours ago"); after a glued count ("1h"): the word
  // that places it ("ago", "later", "or so", "from now"…) or the next part of a sum ("1h, 5min", "1h and 5 minutes")
  followedBy(
    // at a word starting with a digit, a glued count ("1h", "3mo", "2hr5min")
    digitWordLetters(
      opensAt(ago, Shape.Number | Shape.DigitWord | Shape.Sign, CARDINALS.keys(), UNITS.keys(), ['a', 'an', 'few', 'several', 'many', 'some', 'half']),
      GLUED_UNITS.keys(),
      SUM_UNITS.keys(),
    ),
    Shape.Number | Shape.DigitWord,
    Shape.Number | Shape.DigitWord,
    UNITS.keys(),
    COUNT_UNITS.keys(),
    CARDINALS.keys(),
    [',', 'and', 'a', 'an', 'couple', 'ago', 'or', 'before', 'after', 'out', 'from', 'later', 'earlier'],
  ),
  // "in 2hour", "within 1d 2hr 5min"
  digitWordLetters(opensAt(gluedDuration, Shape.DigitWord), GLUED_UNITS.keys(), SUM_UNITS.keys()),
  // "the fiscal year", "that same day", "the week"
  followedBy(startsWith(theUnit, ['the', 'that']), { words: ['the', 'that'] }, 0, ['fiscal', 'calendar', 'full', 'same'], UNITS.keys()),
  followedBy(startsWith(thePart, ['the']), { words: ['the'] }, 0, DAY_PARTS.keys()),
  followedBy(startsWith(modPart, ['the', 'early', 'mid', 'late']), { words: ['the'] }, 0, ['early', 'mid', 'late']),
  followedBy(startsWith(yearEnd, ['the', 'year']), { words: ['the'] }, 0, ['year']),
];
