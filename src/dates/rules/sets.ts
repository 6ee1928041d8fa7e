// Sets (recurring times): "every Monday" (XXXX-WXX-1), "each July" (XXXX-07),
// "every summer" (XXXX-SU), "every day" (P1D),
// "each year" (P1Y), "every two years" (P2Y), "daily", "annually",
// "once a week", "twice a year". Must reject: "every one", "each other".
import { ADJECTIVE_SETS, CARDINALS, ORDINALS, SEASONS, SET_WORDS, UNITS, WEEKDAYS } from '../lexicon.js';
import { type Meaning, type Rule, fixed, followedBy, opensAt, Shape, startsWith } from '../scan.js';
import { pad2 } from '../timex.js';
import { monthAt, numberAt } from './common.js';
import { durationValue } from './durations.js';
import { weekdayAt } from './named.js';
import { titled } from './written.js';

/** A set's meaning (one object literal per shape, as `dateMeaning` builds them). */
const set = (value: string, granularity?: Meaning['granularity']): Meaning =>
  granularity ? { type: 'set', value, inferred: [], granularity } : { type: 'set', value, inferred: [] };

const GRAIN: Record<string, Meaning['granularity']> = { Y: 'year', M: 'month', W: 'week', D: 'day', H: 'hour' };

/** "every Monday", "every day", "each year", "every two years", "every other week". */
const every: Rule = (s, i) => {
  const w = s.word(i);
  if (w !== 'every' && w !== 'each') return undefined;
  const wd = weekdayAt(s, i + 1);
  if (wd) return { from: i, to: wd[1], rule: 'set', mean: fixed(set(`XXXX-WXX-${wd[0]}`, 'day')) };
  // "each July", "every summer": that month or season of every year
  const mo = monthAt(s, i + 1);
  if (mo) return { from: i, to: mo[1], rule: 'set', mean: fixed(set(`XXXX-${pad2(mo[0])}`, 'month')) };
  const season = SEASONS.get(s.word(i + 1) ?? '');
  if (season) return { from: i, to: i + 2, rule: 'set', mean: fixed(set(`XXXX-${season}`, 'season')) };
  let k = i + 1;
  let n = 1;
  // "every second Tuesday (of the month)", "every other Friday": that weekday, every so many weeks; "every second
  // week", "every third year": every two weeks, three years (the ordinal is no unit: "every second" alone is)
  const nth = s.word(k) === 'other' ? 2 : ORDINALS.get(s.word(k) ?? '');
  if (nth !== undefined && nth >= 2 && nth <= 4) {
    const d = weekdayAt(s, k + 1);
    if (d) {
      let to = d[1];
      const of = s.word(to + 1);
      if (s.word(to) === 'of' && (of === 'the' || of === 'each' || of === 'every') && s.word(to + 2) === 'month') to += 3;
      return { from: i, to, rule: 'set', mean: fixed(set(`XXXX-WXX-${d[0]}`, 'day')) };
    }
    const unit = UNITS.get(s.word(k + 1) ?? '');
    if (unit && unit !== 'WE' && unit !== 'S') {
      const value = durationValue(nth, unit);
      return { from: i, to: k + 2, rule: 'set', mean: fixed(set(value, GRAIN[value.slice(-1)])) };
    }
  }
  if (s.word(k) === 'other') {
    n = 2;
    k++;
  } else {
    const num = numberAt(s, k);
    if (num && s.word(k) !== 'a' && s.word(k) !== 'one') {
      n = num[0];
      k = num[1];
    }
  }
  const u = UNITS.get(s.word(k) ?? '');
  if (!u || u === 'WE') return undefined;
  const value = durationValue(n, u);
  return { from: i, to: k + 1, rule: 'set', mean: fixed(set(value, GRAIN[value.slice(-1)])) };
};

/** "daily", "annually", "weekly". */
const adverb: Rule = (s, i) => {
  const w = s.word(i) ?? '';
  const v = SET_WORDS.get(w);
  if (!v) return undefined;
  if (ADJECTIVE_SETS.has(w) && s.word(i + 1) !== undefined && s.tokens.br[i + 1]! === 0) return undefined;
  // "the Daily Telegraph", "the Daily Mail", "Daily Show": capitalized before a capitalized word, a title
  if (s.titleWord(i) && s.cap(i + 1) && s.tokens.br[i + 1]! === 0) return undefined;
  // "according to trade publication Screen Daily": after a capitalized word of its sentence, a title too
  if (titled(s, i)) return undefined;
  return { from: i, to: i + 1, rule: 'set', mean: fixed(set(v, GRAIN[v.slice(-1)])) };
};

/** "once a week", "twice a year", "three times a month": the set of the unit. */
const perUnit: Rule = (s, i) => {
  const w = s.word(i);
  let k = i + 1;
  if (w !== 'once' && w !== 'twice') {
    const num = numberAt(s, i);
    if (!num || s.word(num[1]) !== 'times') return undefined;
    k = num[1] + 1;
  }
  if (s.word(k) !== 'a' && s.word(k) !== 'per' && s.word(k) !== 'every') return undefined;
  const u = UNITS.get(s.word(k + 1) ?? '');
  if (!u || u === 'WE') return undefined;
  const value = durationValue(1, u);
  return { from: i, to: k + 2, rule: 'set', mean: fixed(set(value, GRAIN[value.slice(-1)])) };
};

/** Weekdays in the plural ("Mondays") → ISO weekday. */
const PLURAL_WEEKDAYS: ReadonlyMap<string, number> = new Map([...WEEKDAYS].filter(([w]) => w.endsWith('day')).map(([w, d]): [string, number] => [`${w}s`, d]));

/**
 * "closed on Mondays", "collected on Tuesdays and Fridays": every such weekday, a set. Only after "on" (or "and",
 * "or", "to", a comma after one: "on Tuesdays, Wednesdays and Thursdays"): "The Sundays were a band", "Sundays are
 * quiet" say nothing of a time.
 */
const pluralWeekday: Rule = (s, i) => {
  const d = PLURAL_WEEKDAYS.get(s.word(i) ?? '');
  if (d === undefined || !s.cap(i)) return undefined;
  const prev = s.word(i - 1);
  const listed = (prev === 'and' || prev === 'or' || s.at(i - 1) === ',' || prev === 'to') && PLURAL_WEEKDAYS.has(s.word(i - 2) ?? '');
  if (prev !== 'on' && !listed) return undefined;
  return { from: i, to: i + 1, rule: 'set', mean: fixed(set(`XXXX-WXX-${d}`, 'day')) };
};

/** The set rules, in order. */
export const SETS: Rule[] = [
  startsWith(every, ['every', 'each']),
  // "once a week", "three times a year", "3 times a day"
  // after a number, "times" ("3 times a day"), or the rest of a half ("5 1/2 times")
  followedBy(opensAt(perUnit, Shape.Number, ['once', 'twice', 'a', 'an'], CARDINALS.keys()), Shape.Number, Shape.Number, ['times']),
  startsWith(adverb, SET_WORDS.keys()),
  startsWith(pluralWeekday, PLURAL_WEEKDAYS.keys()),
];
