// The dateline: metadata at the very start of a news text that says when
// (and often where) it was filed. It is not part of the first sentence.
//
// Recognised forms (first line only, token patterns, no regex over the text):
//   date 2025-06-16            "date" or "dated", an optional colon, an ISO date
//   2025-06-16                 an ISO date that opens the first line
//   June 16, 2025 —            a month-first or day-first date with a year,
//   16 June 2025:              then a dash, a colon or the end of the line
//   BEIJING, June 16 (Xinhua) --   a place in capitals, a date (the year may
//                              be missing: then the date is 'XXXX-06-16'),
//                              an optional agency in brackets, a dash
import { MONTHS } from './data/months.js';
import { KIND_NUMBER, KIND_WORD, type Tokens } from './tokenize.js';

/** Where the dateline is and the date it states. */
export interface DatelineMatch {
  /** Index of the first token after the dateline. */
  next: number;
  /** Offsets of the dateline. */
  start: number;
  end: number;
  /** 'YYYY-MM-DD', or 'XXXX-MM-DD' when the year is not stated. */
  date: string;
}

const DASHES = new Set(['—', '–', '-', '―', ':']);

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(year: number | undefined, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, year !== undefined && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= days[month - 1]!;
}

/** Is token i a number of `min` to `max` digits (false past the ends)? */
const isNum = (tokens: Tokens, i: number, min: number, max: number) =>
  tokens.kind[i] === KIND_NUMBER && /^\d+$/.test(tokens.text[i]!) && tokens.text[i]!.length >= min && tokens.text[i]!.length <= max;

/** An ISO date at token i ("2025-06-16"): [year, month, day, next index]. */
function isoAt(tokens: Tokens, i: number): [number, number, number, number] | undefined {
  // most texts open with a word: fail before reading further
  if (!isNum(tokens, i, 4, 4)) return undefined;
  if (!isNum(tokens, i + 2, 1, 2) || !isNum(tokens, i + 4, 1, 2)) return undefined;
  if (tokens.text[i + 1] !== '-' || tokens.text[i + 3] !== '-') return undefined;
  for (let k = i + 1; k <= i + 4; k++) if (tokens.start[k]! !== tokens.end[k - 1]!) return undefined;
  const [year, month, day] = [Number(tokens.text[i]!), Number(tokens.text[i + 2]!), Number(tokens.text[i + 4]!)];
  if (!validDay(year, month, day)) return undefined;
  return [year, month, day, i + 5];
}

/** Is code unit c a lower-case ASCII letter? */
const asciiLower = (c: number) => c >= 97 && c <= 122;

// The shortest and longest month names: a word of another length is none,
// found without lower-casing and hashing it.
const MONTH_MIN = Math.min(...[...MONTHS.keys()].map((m) => m.length));
const MONTH_MAX = Math.max(...[...MONTHS.keys()].map((m) => m.length));

/** A month name at token i, with an optional period: [month, next index]. */
function monthAt(tokens: Tokens, i: number): [number, number] | undefined {
  if (tokens.kind[i] !== KIND_WORD) return undefined;
  const t = tokens.text[i]!;
  // (cheap tests first: a month name of the list's lengths, capitalized, so not lower-case)
  if (t.length < MONTH_MIN || t.length > MONTH_MAX || asciiLower(t.charCodeAt(0))) return undefined;
  const month = MONTHS.get(t.toLowerCase());
  if (!month || !/^\p{Lu}/u.test(t)) return undefined;
  return [month, tokens.text[i + 1] === '.' && tokens.start[i + 1] === tokens.end[i] ? i + 2 : i + 1];
}

/** "June 16, 2025" or "16 June 2025" at token i: [year?, month, day, next]. */
function writtenAt(tokens: Tokens, i: number): [number | undefined, number, number, number] | undefined {
  const m = monthAt(tokens, i);
  if (m) {
    const [month, k] = m;
    if (!isNum(tokens, k, 1, 2)) return undefined;
    const day = Number(tokens.text[k]!);
    let next = k + 1;
    let year: number | undefined;
    if (tokens.text[next] === ',' && isNum(tokens, next + 1, 4, 4)) {
      year = Number(tokens.text[next + 1]!);
      next += 2;
    } else if (isNum(tokens, next, 4, 4)) {
      year = Number(tokens.text[next]!);
      next += 1;
    }
    return validDay(year, month, day) ? [year, month, day, next] : undefined;
  }
  if (isNum(tokens, i, 1, 2)) {
    const mm = monthAt(tokens, i + 1);
    if (!mm) return undefined;
    const day = Number(tokens.text[i]!);
    const [month, k] = mm;
    let year: number | undefined;
    let next = k;
    if (isNum(tokens, k, 4, 4)) {
      year = Number(tokens.text[k]!);
      next++;
    }
    return validDay(year, month, day) ? [year, month, day, next] : undefined;
  }
  return undefined;
}

/** After the date: an optional "(Agency)", then a dash or colon, or the end of the line. */
function terminatorAt(tokens: Tokens, i: number, to: number): number | undefined {
  let k = i;
  if (tokens.text[k] === '(') {
    let j = k + 1;
    while (j < to && j - k < 6 && tokens.text[j]! !== ')' && tokens.br[j]! === 0) j++;
    if (tokens.text[j] !== ')' || j === k + 1) return undefined;
    k = j + 1;
  }
  if (k >= tokens.length || k >= to) return k; // the text ends
  if (tokens.br[k]! > 0) return k; // the line ends
  if (DASHES.has(tokens.text[k]!)) {
    k++;
    // "--" and "---"
    while (k < to && tokens.text[k]! === '-' && tokens.start[k]! === tokens.end[k - 1]!) k++;
    return k;
  }
  return undefined;
}

/** The dateline that ends before token `endIndex`, stating this date. */
function match(tokens: Tokens, year: number | undefined, month: number, day: number, endIndex: number): DatelineMatch {
  return {
    next: endIndex,
    start: tokens.start[0]!,
    end: tokens.end[endIndex - 1]!,
    date: `${year === undefined ? 'XXXX' : String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`,
  };
}

/** Find a dateline at the start of the tokens, if there is one. */
export function findDateline(tokens: Tokens, to: number): DatelineMatch | undefined {
  if (to === 0) return undefined;
  const first = tokens.text[0]!;
  // "date 2025-06-16", "Dated: 2025-06-16"
  let i = 0;
  // ("date" or "dated": four or five letters from a 'd', before the regex)
  const n0 = first.length;
  if (tokens.kind[0] === KIND_WORD && (n0 === 4 || n0 === 5) && (first.charCodeAt(0) | 32) === 100 && /^dated?$/i.test(first)) {
    i = 1;
    if (tokens.text[i] === ':') i++;
    const iso = isoAt(tokens, i);
    if (iso && tokens.br[i]! === 0) {
      const [y, m, d, next] = iso;
      const end = terminatorAt(tokens, next, to) ?? next;
      return match(tokens, y, m, d, end);
    }
    return undefined;
  }
  // "2025-06-16 ..." opening the first line
  const iso = isoAt(tokens, 0);
  if (iso) {
    const [y, m, d, next] = iso;
    const end = terminatorAt(tokens, next, to);
    if (end !== undefined) return match(tokens, y, m, d, end);
    // an ISO date followed by a capitalized sentence on the same line is still a dateline
    return tokens.kind[next] === KIND_WORD && /^\p{Lu}/u.test(tokens.text[next]!) ? match(tokens, y, m, d, next) : undefined;
  }
  // "BEIJING, June 16 (Xinhua) --", "NEW YORK, N.Y., June 16, 2025 —"
  i = 0;
  let place = false;
  while (i < to && i < 12 && (i === 0 || tokens.br[i]! === 0)) {
    const t = tokens.text[i]!;
    const word = tokens.kind[i] === KIND_WORD;
    // (a word in capitals has no lower-case ASCII letter in its first two places: tested before upper-casing it)
    if (
      word &&
      t.length > 1 &&
      !asciiLower(t.charCodeAt(0)) &&
      !asciiLower(t.charCodeAt(1)) &&
      t === t.toUpperCase() &&
      /\p{Lu}/u.test(t)
    ) {
      place = true;
      i++;
    } else if (place && (t === '.' || t === '-' || (word && t.length === 1))) i++;
    else break;
  }
  if (place) {
    if (tokens.text[i] !== ',') return undefined;
    i++;
    // an optional state or country: "Calif.,", "N.Y.,"
    let j = i;
    while (j < to && j - i < 6 && tokens.text[j]! !== ',' && !monthAt(tokens, j)) j++;
    if (tokens.text[j] === ',' && !monthAt(tokens, i)) i = j + 1;
  }
  const written = writtenAt(tokens, i);
  if (!written) return undefined;
  const [y, m, d, next] = written;
  if (tokens.br[next] === 0 && tokens.text[next] !== '(' && !DASHES.has(tokens.text[next] ?? '')) return undefined;
  const end = terminatorAt(tokens, next, to);
  if (end === undefined) return undefined;
  // a date alone on the first line needs a year to be a dateline
  if (!place && y === undefined) return undefined;
  return match(tokens, y, m, d, end);
}
