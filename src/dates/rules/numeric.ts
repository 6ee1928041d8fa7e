// Dates written in digits: ISO "2025-06-16" (with an optional time
// "2025-06-16T15:30:00Z" or "2025-06-16 13:00"), "6/16/2025", "16.06.2025",
// "9/2012". Must reject: fractions ("3/4"), scores ("3-1"), versions
// ("2.0"), phone numbers ("555-1234"), numbers with more parts ("1-1-1-1").
import { type Match, type Rule, type Scan, fixed, followedBy, Shape } from '../scan.js';
import { pad2, pad4, validDate } from '../timex.js';
import { KIND_NUMBER } from '../../text/tokenize.js';
import { dateMeaning, placeMonthDay } from '../resolve.js';

const allTight = (s: Scan, from: number, to: number) => {
  for (let k = from + 1; k < to; k++) if (!s.tight(k)) return false;
  return true;
};

/** Minutes or seconds: "30", "30Z", "30.000Z": [two digits, zulu?] */
function clockPart(text: string | undefined): [string, boolean] | undefined {
  const m = /^(\d\d)(?:\.\d{1,3})?(z?)$/.exec(text ?? '');
  return m ? [m[1]!, m[2] === 'z'] : undefined;
}

/** "2025-06-16", "2025-06-16T15:30:00Z", "1994-11-05T08:15:30-05:30", "2025/06/16", "2025-06-16 13:00". */
const iso: Rule = (s, i) => {
  const y = s.digits(i);
  if (y === undefined || s.len(i) !== 4) return undefined;
  const sep = s.at(i + 1);
  if (sep !== '-' && sep !== '/' && sep !== '.') return undefined;
  const m = s.digits(i + 2);
  let d = s.digits(i + 4);
  let hour: string | undefined;
  if (d === undefined) {
    // "05T13": the day and the hour in one token
    const dt = /^(\d\d)t(\d\d)$/.exec(s.at(i + 4) ?? '');
    if (dt) {
      d = Number(dt[1]);
      hour = dt[2];
    }
  }
  if (m === undefined || d === undefined || s.at(i + 3) !== sep || s.len(i + 2) > 2) return undefined;
  if (!allTight(s, i, i + 5) || !validDate(y, m, d)) return undefined;
  // more parts ("2025-06-16-1") is not a date
  if ((s.at(i + 5) === sep && s.tight(i + 5)) || (s.tight(i) && (s.at(i - 1) === sep || s.digits(i - 1) !== undefined))) return undefined;
  const day = `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
  let to = i + 5;
  if (hour !== undefined && s.at(to) === ':' && s.tight(to)) {
    const mm = clockPart(s.at(to + 1));
    if (!mm || !s.tight(to + 1)) return undefined;
    let value = `${day}T${hour}:${mm[0]}`;
    let zulu = mm[1];
    to += 2;
    if (!zulu && s.at(to) === ':' && s.tight(to)) {
      const ss = clockPart(s.at(to + 1));
      if (ss && s.tight(to + 1)) {
        value += `:${ss[0]}`;
        zulu = ss[1];
        to += 2;
      }
    }
    // an offset: "-05:30", "+09:00"
    if (!zulu && (s.at(to) === '+' || s.at(to) === '-') && s.tight(to) && s.digits(to + 1) !== undefined && s.len(to + 1) === 2 && s.tight(to + 1)) {
      let offset = `${s.at(to)}${s.at(to + 1)}`;
      to += 2;
      if (s.at(to) === ':' && s.tight(to) && s.digits(to + 1) !== undefined && s.tight(to + 1)) {
        offset += `:${s.at(to + 1)}`;
        to += 2;
      } else offset += ':00';
      value += offset;
    } else if (zulu) value += 'Z';
    const meaning = dateMeaning(value, [], 'time');
    return { from: i, to, rule: 'iso', point: 'time', mean: fixed(meaning) };
  }
  if (hour !== undefined) return undefined;
  if (sep === '.' ) return undefined;
  return { from: i, to, rule: 'iso', point: 'day', mean: fixed(dateMeaning(day)) };
};

/** Two clock digits at i, touching what is before them, with their value at most `max`. */
function tightTwo(s: Scan, i: number, max: number): string | undefined {
  const v = s.digits(i);
  return v !== undefined && s.len(i) === 2 && v <= max && s.tight(i) ? s.at(i) : undefined;
}

/**
 * A four-digit year with a clock glued to it, ending a slashed date: "2024.14:15" (one number token,
 * then ":15") or "2024:14:15". Nothing may follow touching it ("2024:14:15:16" is no clock).
 */
function gluedClock(s: Scan, i: number): { year: number; clock: string; to: number } | undefined {
  const t = s.token(i);
  if (t?.kind !== 'number') return undefined;
  let year: number;
  let hour: string | undefined;
  let k: number;
  const dot = /^(\d{4})\.(\d\d)$/.exec(t.text);
  if (dot) {
    year = Number(dot[1]);
    hour = Number(dot[2]) <= 23 ? dot[2] : undefined;
    k = i + 1;
  } else {
    if (s.len(i) !== 4 || s.digits(i) === undefined || s.at(i + 1) !== ':' || !s.tight(i + 1)) return undefined;
    year = s.digits(i)!;
    hour = tightTwo(s, i + 2, 23);
    k = i + 3;
  }
  if (hour === undefined || s.at(k) !== ':' || !s.tight(k)) return undefined;
  const minute = tightTwo(s, k + 1, 59);
  if (minute === undefined || (s.tight(k + 2) && (s.at(k + 2) === ':' || s.at(k + 2) === '.'))) return undefined;
  return { year, clock: `${hour}:${minute}`, to: k + 2 };
}

/** "6/16/2025" (month first, US news), "16/6/2025" when the first part cannot be a month, "6/16", "9/2012", "07-27-2022". */
const slash: Rule = (s, i) => {
  const a = s.digits(i);
  if (a === undefined || s.len(i) > 2 || !s.tight(i + 1) || !s.tight(i + 2)) return undefined;
  // "07-27-2022": dashes only with a four-digit year (else scores, phone numbers)
  if (s.at(i + 1) === '-') {
    const b = s.digits(i + 2);
    const y = s.digits(i + 4);
    if (b === undefined || y === undefined || s.len(i + 2) > 2 || s.len(i + 4) !== 4 || s.at(i + 3) !== '-' || !s.tight(i + 3) || !s.tight(i + 4)) return undefined;
    if ((s.tight(i) && s.at(i - 1) === '-') || (s.at(i + 5) === '-' && s.tight(i + 5))) return undefined;
    let [m, d] = [a, b];
    if (m > 12 && d <= 12) [m, d] = [d, m];
    if (!validDate(y, m, d)) return undefined;
    return { from: i, to: i + 5, rule: 'slash', point: 'day', mean: fixed(dateMeaning(`${pad4(y)}-${pad2(m)}-${pad2(d)}`)) };
  }
  if (s.at(i + 1) !== '/') return undefined;
  // "1/05/25/2015" has too many parts; "/05/25/2015" after a space or at the start is a date behind a stray slash
  if (s.tight(i) && ((s.at(i - 1) === '/' && s.tight(i - 1)) || s.digits(i - 1) !== undefined)) return undefined;
  const b = s.digits(i + 2);
  if (b === undefined) return undefined;
  // "9/2012"
  if (s.len(i + 2) === 4 && a >= 1 && a <= 12) {
    if (s.at(i + 3) === '/' && s.tight(i + 3)) return undefined;
    const value = `${pad4(b)}-${pad2(a)}`;
    return { from: i, to: i + 3, rule: 'slash', point: 'month', mean: fixed(dateMeaning(value)) };
  }
  if (s.len(i + 2) > 2) return undefined;
  let [m, d] = [a, b];
  if (m > 12 && d <= 12) [m, d] = [d, m];
  if (s.at(i + 3) === '/' && s.tight(i + 3) && s.tight(i + 4)) {
    let y = s.digits(i + 4);
    // "05/31/2024.14:15", "05/31/2024:14:15": a clock glued to the date
    const glued = gluedClock(s, i + 4);
    if (glued) {
      if (!validDate(glued.year, m, d)) return undefined;
      const value = `${pad4(glued.year)}-${pad2(m)}-${pad2(d)}T${glued.clock}`;
      return { from: i, to: glued.to, rule: 'slash', point: 'time', mean: fixed(dateMeaning(value, [], 'time')) };
    }
    if (y === undefined || (s.len(i + 4) !== 4 && s.len(i + 4) !== 2)) return undefined;
    if (s.len(i + 4) === 2) y += y < 50 ? 2000 : 1900;
    if (s.at(i + 5) === '/' && s.tight(i + 5)) return undefined;
    if (!validDate(y, m, d)) return undefined;
    const value = `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
    return { from: i, to: i + 5, rule: 'slash', point: 'day', mean: fixed(dateMeaning(value)) };
  }
  // "6/16" alone: only with a day above 12 or in a date-like context is too risky; require a day > 12 or a month cue
  if (!validDate(undefined, m, d) || d <= 12 || b < 13) return undefined;
  return slashedMonthDay(i, m, d);
};

/** A slashed month and day without a year (`tokens[i, i + 3)`): the year is placed by the policy. */
export function slashedMonthDay(i: number, m: number, d: number): Match {
  return {
    from: i,
    to: i + 3,
    rule: 'slash',
    point: 'day',
    mean(ctx) {
      const y = placeMonthDay(ctx, m, d);
      return dateMeaning(`${y === undefined ? 'XXXX' : pad4(y)}-${pad2(m)}-${pad2(d)}`, ['year']);
    },
  };
}

/** "16.06.2025": one number token with two dots. Day first (European); month first when the day cannot be. "2015.05.25": year first. */
const dotted: Rule = (s, i) => {
  // "1.1.2025" is the shortest: the scan opens a shorter number before many a mark ("5%"), and tries this rule there
  // (read on the token columns before a token object is made)
  if (s.kind(i) !== KIND_NUMBER || s.len(i) < 8) return undefined;
  const text = s.tokens.text[i]!;
  // "2015.05.25": year first
  const ymdDots = /^(\d{4})\.(\d\d)\.(\d\d)$/.exec(text);
  if (ymdDots) {
    const [y, mo, d] = [Number(ymdDots[1]), Number(ymdDots[2]), Number(ymdDots[3])];
    if (y < 1000 || !validDate(y, mo, d)) return undefined;
    return { from: i, to: i + 1, rule: 'dotted', point: 'day', mean: fixed(dateMeaning(`${pad4(y)}-${pad2(mo)}-${pad2(d)}`)) };
  }
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (!m) return undefined;
  let [d, mo] = [Number(m[1]), Number(m[2])];
  if (mo > 12 && d <= 12) [d, mo] = [mo, d];
  let y = Number(m[3]);
  if (m[3]!.length === 2) y += y < 50 ? 2000 : 1900;
  if (!validDate(y, mo, d)) return undefined;
  return { from: i, to: i + 1, rule: 'dotted', point: 'day', mean: fixed(dateMeaning(`${pad4(y)}-${pad2(mo)}-${pad2(d)}`)) };
};

/** The numeric rules, in order. */
export const NUMERIC: Rule[] = [
  // the year's separator ("2025-06-16", "2025/06/16", "2025.06.16"); the first number's ("6/16", "07-27-2022")
  followedBy(iso, Shape.Number, 0, ['-', '/', '.']),
  followedBy(slash, Shape.Number, 0, ['-', '/']),
  // one token of eight characters or more ("16.06.2025"): the gate opens a number of a year's length or
  // more whatever follows it, so it declares no followers
  dotted,
];
