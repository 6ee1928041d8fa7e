// Pieces every rule family shares: numbers in digits or words, days of the
// month, month names, and the meaning builders.
import { AMBIGUOUS_MONTHS, CARDINALS, MONTHS, ORDINALS, PART_MODS, PREFIX_MODS, WEEKDAYS } from '../lexicon.js';
import type { Scan } from '../scan.js';
import { KIND_NUMBER, KIND_PUNCT } from '../../text/tokenize.js';

/** Words after which "couple of" counts two without its "a". */
const COUPLE_AFTER = new Set(['next', 'past', 'last', 'first', 'previous', 'coming', 'following']);

/** A number at i in digits or words ("3", "three", "twenty-four", "twenty four", "a couple of"): [value, next]. */
export function numberAt(s: Scan, i: number): [number, number] | undefined {
  const d = s.digits(i);
  if (d !== undefined) {
    if (s.len(i) > 6) return undefined;
    // "5 1/2"
    if (s.at(i + 2) === '/' && s.digits(i + 1) === 1 && s.digits(i + 3) === 2 && s.tight(i + 2) && s.tight(i + 3)) {
      return [d + 0.5, i + 4];
    }
    return [d, i + 1];
  }
  // "1.5"
  // (the token columns, no token object: every word a count may start at reads this)
  if (s.kind(i) === KIND_NUMBER && /^\d{1,3}\.\d{1,2}$/.test(s.tokens.text[i]!)) return [Number(s.tokens.text[i]!), i + 1];
  const w = s.word(i);
  if (w === undefined) return undefined;
  if ((w === 'a' || w === 'an') && s.word(i + 1) === 'couple' && s.word(i + 2) === 'of') return [2, i + 3];
  // "the next couple of years", "the past couple of weeks": no "a" after a direction
  if (w === 'couple' && s.word(i + 1) === 'of' && COUPLE_AFTER.has(s.word(i - 1) ?? '')) return [2, i + 2];
  if ((w === 'a' || w === 'an') && (s.word(i + 1) === 'dozen' || s.word(i + 1) === 'hundred' || s.word(i + 1) === 'thousand')) {
    return [s.word(i + 1) === 'dozen' ? 12 : s.word(i + 1) === 'hundred' ? 100 : 1000, i + 2];
  }
  const v = CARDINALS.get(w);
  if (v === undefined || w === 'half' || w === 'couple' || w === 'dozen') return undefined;
  if (v >= 20 && v % 10 === 0) {
    // twenty-four, twenty four
    const j = s.dash(i + 1) && s.tight(i + 1) && s.tight(i + 2) ? i + 2 : i + 1;
    const u = s.word(j);
    const uv = u === undefined ? undefined : CARDINALS.get(u);
    if (uv !== undefined && uv >= 1 && uv <= 9 && u !== 'a' && u !== 'an') return [v + uv, j + 1];
  }
  if (s.word(i + 1) === 'hundred') return [v * 100, i + 2];
  return [v, i + 1];
}

/** A day of the month at i: "16", "16th", "sixteenth": [day, next]. */
export function dayAt(s: Scan, i: number): [number, number] | undefined {
  const d = s.digits(i);
  if (d !== undefined) return s.len(i) <= 2 && d >= 1 && d <= 31 ? [d, i + 1] : undefined;
  const w = s.word(i);
  if (!w) return undefined;
  const m = /^(\d{1,2})(st|nd|rd|th)$/.exec(w);
  if (m) {
    const v = Number(m[1]);
    return v >= 1 && v <= 31 ? [v, i + 1] : undefined;
  }
  const o = ORDINALS.get(w);
  if (o !== undefined && o >= 1) return [o, i + 1];
  // "twenty-fourth", "thirty-first"
  if ((w === 'twenty' || w === 'thirty') && s.dash(i + 1) && s.tight(i + 1) && s.tight(i + 2)) {
    const u = ORDINALS.get(s.word(i + 2) ?? '');
    const v = (w === 'twenty' ? 20 : 30) + (u ?? 99);
    if (u !== undefined && u >= 1 && u <= 9 && v <= 31) return [v, i + 3];
  }
  return undefined;
}

/** A month name at i, with an optional period after an abbreviation: [month, next]. */
export function monthAt(s: Scan, i: number, loose = false): [number, number] | undefined {
  const w = s.word(i);
  if (w === undefined) return undefined;
  const m = MONTHS.get(w);
  if (m === undefined) return undefined;
  // abbreviations must be capitalized ("Jan", not "jan"); "may" and "march" too, unless glued to digits ("2012/aug/10")
  if ((w.length <= 4 && w !== 'june' && w !== 'july') || AMBIGUOUS_MONTHS.has(w)) {
    if (!s.cap(i) && !loose) return undefined;
  }
  if (hyphenatedName(s, i)) return undefined;
  if (s.at(i + 1) === '.' && s.tight(i + 1) && w.length <= 4 && w !== 'june' && w !== 'july' && w !== 'may') return [m, i + 2];
  return [m, i + 1];
}

/**
 * Is the month name at i the second half of a double-barrelled name, glued by a hyphen to a capitalized
 * word ("Mark Dornford-May's first film", "Ann Fraser-March")? Not after a modifier ("Mid-May", "Pre-June"),
 * a month or a weekday ("Jan-March", "Tues-May"?) or a word in capitals throughout ("EU-May").
 */
function hyphenatedName(s: Scan, i: number): boolean {
  if (!s.dash(i - 1) || !s.tight(i) || !s.tight(i - 1) || !s.titleWord(i - 2)) return false;
  const w = s.word(i - 2)!;
  return !PART_MODS.has(w) && !PREFIX_MODS.has(w) && !MONTHS.has(w) && !WEEKDAYS.has(w);
}

/**
 * The latest four-digit number read as a year alone or after a month ("in 2999", "June 2999"):
 * above it, four digits count things as often ("3000 people", "June 3000 workers").
 */
export const LATEST_YEAR = 2999;
/** After a stated month and day the slot is a year's, so any four digits are one ("Jan 1 3000, 9:30"; see `yearAfter` in written.ts). */
export const LATEST_DATED_YEAR = 9999;

/** A four-digit year at i (1000 to `latest`), or an apostrophe year ("'98"): [year, next]. */
export function yearAt(s: Scan, i: number, latest = LATEST_YEAR): [number, number] | undefined {
  const d = s.digits(i);
  if (d !== undefined && s.len(i) === 4 && d >= 1000 && d <= latest) return [d, i + 1];
  const a = s.at(i);
  if ((a === "'" || a === '’') && s.tight(i + 1)) {
    const y = s.digits(i + 1);
    if (y !== undefined && s.len(i + 1) === 2) return [y < 50 ? 2000 + y : 1900 + y, i + 2];
  }
  return undefined;
}

/** A two-digit year ("96" → 1996, "16" → 2016) at i, only where a day cannot be: [year, next]. */
export function shortYearAt(s: Scan, i: number, anyValue: boolean): [number, number] | undefined {
  const y = s.digits(i);
  if (y === undefined || s.len(i) !== 2 || (!anyValue && y <= 31)) return undefined;
  const after = s.at(i + 1);
  if (after !== undefined && !s.br(i + 1) && /^[\p{L}\p{N}]/u.test(after) && !/^[ap]m$/.test(after)) return undefined;
  return [y < 50 ? 2000 + y : 1900 + y, i + 1];
}

/** Marks that, touching the token before them, carry it on rather than close it ("3000-strong", "25-year-old", "3/4/"). */
const JOINING_MARKS: ReadonlySet<string> = new Set(['-', '–', '/']);

/**
 * Does a phrase end before token k: at the end of the text, at a line break, or at punctuation that does
 * not join the token before it? ("May 5 3000." ends; "May 5 3000 protesters" and "May 5 3000-strong
 * crowds" go on, so the four digits count things there.)
 */
export function closesAt(s: Scan, k: number): boolean {
  // (the token's columns, no Token object: run after every stated day and year)
  if (k < s.from || k >= s.to || s.tokens.br[k]! > 0) return true;
  return s.tokens.kind[k] === KIND_PUNCT && !(JOINING_MARKS.has(s.tokens.text[k]!) && s.tight(k));
}

/** Is token i one of these words? */
export const isWord = (s: Scan, i: number, ...list: string[]): boolean => {
  const w = s.word(i);
  return w !== undefined && list.includes(w);
};
