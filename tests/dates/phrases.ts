// Texts the gate tests run every rule over: the table's sentences, and
// deterministic phrases of date words, digits and glue.
import { CARDINALS, DAY_PARTS, DEICTIC_DAYS, DIRECTIONS, MONTHS, NAMED_TIMES, ORDINALS, SEASONS, SET_WORDS, UNITS, VAGUE_REFS, WEEKDAYS } from '../../src/dates/lexicon.js';
import { ANCHORED_ROWS, CLOCK_ROWS, FLOATING, GLUED_ROWS, NEGATIVE, POSITIVE } from './table.js';
import { Shape } from '../../src/dates/scan.js';

/** A token's shape as the gates see it at the token a rule starts with (a bit of Shape; 0 for a token that opens nothing). */
export function shapeOf(text: string, kind: string): number {
  if (kind === 'number') return Shape.Number;
  if (kind === 'word') return /^\d/.test(text) ? Shape.DigitWord : Shape.Word;
  if (text === "'" || text === '’') return Shape.Apostrophe;
  if (text === '+' || text === '-') return Shape.Sign;
  return 0;
}

/** Every sentence of the table (positive rows, clock, anchored, glued and floating rows, negatives). */
export function tableTexts(): string[] {
  return [...POSITIVE.map((r) => r[0]), ...CLOCK_ROWS.map((r) => r[0]), ...ANCHORED_ROWS.map((r) => r[0]), ...GLUED_ROWS.map((r) => r[0]), ...FLOATING.map((r) => r[0]), ...NEGATIVE];
}

const keys = (...maps: { keys(): Iterable<string> }[]) => maps.flatMap((m) => [...m.keys()].flatMap((k) => k.split(/[ _]/)));
const VOCAB = [
  ...new Set([
    ...keys(MONTHS, WEEKDAYS, CARDINALS, ORDINALS, UNITS, SEASONS, DAY_PARTS, NAMED_TIMES, DEICTIC_DAYS, DIRECTIONS, SET_WORDS, VAGUE_REFS),
    ...'the a an of in at ago later earlier before after from now times per once twice century quarter fiscal FY Q3 year end long old'.split(' '),
    ...'nineteen eighteen thousand hundred nineties half couple dozen few several latest current recent past pm a.m. GMT tonight AD and to since'.split(' '),
    ...'16th 1990s 90s 3pm 10.30pm 7.30 23.00 1h 3mo 15Sep 20th 1 3 12 13 16 24 31 59 2013 1998 2025 06 1.5 16.06.2025 2015.05.25'.split(' '),
    // round 5: glued forms, timestamps, eras before the common era
    ...'lastmonth nextweek 2hour 2hr5min 1d 5min 1m out min o clock oclock BC BCE 1,2001 2024.14 ~ · (gmt-2:30)'.split(' '),
    // round 6: the words the follower gates list (tests/dates/followers.test.ts)
    ...`o'clock o’clock per every following previous same full calendar period whole entire more straight day before yesterday that – —`.split(' '),
    // round 7: the other dashes, a parenthesis, marks that end a phrase (tests/dates/gates.test.ts: the scan against every rule)
    ...'‐ ‑ ( ) ! ; or'.split(' '),
  ]),
];
const GLUE = [' ', ' ', ' ', '', '-', '/', ':', '.', ', ', ' - ', "'", '’', '+', ' -', '\n\n'];

/** Deterministic phrases of 3 to 8 pieces (a linear congruential generator: the same phrases every run). */
export function phrases(count: number): string[] {
  let seed = 11;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let t = '';
    const n = 3 + next(6);
    for (let j = 0; j < n; j++) {
      let w = VOCAB[next(VOCAB.length)]!;
      if (next(3) === 0) w = w[0]!.toUpperCase() + w.slice(1);
      t += w + (j < n - 1 ? GLUE[next(GLUE.length)] : '');
    }
    out.push(t);
  }
  return out;
}

