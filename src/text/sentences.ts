// Sentence and paragraph boundaries over tokens.
//
// The rules, in the order they are tried at each token (docs/segmentation.md
// explains each with examples):
//   1. a blank line ends a paragraph (and its sentence);
//   2. inside a paragraph, a line break ends a sentence when the paragraph is
//      a list of lines (it does not end with terminal punctuation), when the
//      next line opens with a bullet or a list marker, when the line ends
//      with terminal punctuation, when a headline's line ends before a
//      sentence opener, or when no line of the paragraph (three or more) goes
//      on from the one before and the lines are not of one width; a markdown
//      heading ("## Results") is its line; otherwise it is a wrapped line and
//      joins;
//   3. a bullet after white space, or the next marker of an inline list
//      ("1. ... 2. ...", "a) ... b) ..."), starts a sentence (not after a
//      semicolon or a comma: "1) Apples; 2) pears.", "1. Smith; 2. Jones";
//      a list opened after a colon is one sentence);
//   4. a short heading run into its paragraph ends before a pronoun or a
//      demonstrative ("Lovely Cottage This cottage is ..."); a picture
//      credit starts a sentence ("... D.C. Image: US Navy."), and a figure
//      label ends one ("Figure 1.5 Residents of ..."); a mail-header
//      time stamp ("Kay Mann 04/26/2001 07:17 AM Will you") is a sentence of
//      its own, and so is page furniture opening a sentence ("Advertisement
//      The action ...", not "Advertisement Standards Council" nor a
//      heading in title case); a picture credit opening a sentence ends before
//      the story run on after its agency ("Credit Jane Doe/Getty Images |
//      Not everyone ..."), and so does a bracketed credit closing a caption
//      with no terminal ("... 2011(Xinhua/ Reuters FilePhoto) | According");
//   5. after a URL, a capitalized word or another URL starts a sentence
//      (after an e-mail address, a capitalized word);
//   6. in running text, an emoticon or a separator run ("***", "=====")
//      before a capitalized word ends a sentence, and so does a spaced dash
//      after a lower-case or cut-off word before a sentence opener ("we
//      need a — Do you ..."); a separator run opening a sentence stands alone;
//   7. a closing formula ("Best regards,") or a greeting before an opener
//      ("Hi, Yes ...") ends a sentence at its comma;
//   8. `?` and `!` (in runs: "?!", "!!") end a sentence, except before a
//      comma, a legal form ("Yahoo! Inc.") or a lower-case word; a
//      lower-case word still starts a new one after a lower-case word ("grow
//      up? india?"), not after a name or a title ("Yahoo! in", "Shall We
//      Dance? at"); nor inside a short quotation opened after a lower-case
//      word ("chanting ``Liberty! Liberty!'' blocked");
//   9. ellipses: "[...]" ends one only before a capitalized word (not "I",
//      not after a function word, not before a two-word name);
//      an ellipsis opening a sentence does not end it; three dots end one
//      before a capitalized word ("... I" only when the dots are not spaced);
//      four dots (a period and an ellipsis) before a capitalized word;
//      "word. . . . Next" ends after the period;
//  10. a period ends a sentence unless it belongs to a number, a list
//      marker, a URL or an e-mail address; unless a title precedes it
//      ("Mr.", "Mt."), or an abbreviation of a number before a numeral
//      ("p. 55", "Fig. 3"); unless a month precedes it and a number, a comma
//      or a lower-case word follows or a determiner precedes it ("Jan. 5",
//      "the Jan. Transfer window" go on, "in Jan. Profits"
//      ends); unless an ambiguous abbreviation or an initial precedes it and
//      the next word is not a likely sentence opener ("U.S. Government" goes
//      on, "U.S. How" ends; "St." after a name is one: "Downing St. The";
//      after "a.m."/"p.m." only days, months and time zones go on; a state
//      after a comma and a legal form before "Name," end before any capital;
//      a word in capitals is an acronym, not an abbreviation: "the SEC.");
//      unless a comma or a lower-case word follows, though after a plain
//      word (not an abbreviation) a lower-case word does start a sentence
//      ("i am out. jill is in"); with no space after it, only between two
//      words or numbers ("world.Today") and not before a domain
//      ("Amazon.Com");
//  11. what trails a terminal belongs to the sentence it ends: closing quotes
//      and brackets, citation marks ("[6]"), elisions ("[...]"), emoticons,
//      a picture credit in brackets ("... 2011. (AP Photo/Jane Doe)");
//      after a closing quote the next sentence must start with a capital.
import {
  AFTER_HEADING,
  AFTER_NAME,
  AFTER_TIME,
  AMBIGUOUS,
  BEFORE_NUMBER,
  CAPTION_LABELS,
  CASED,
  COMPANY_FORMS,
  CREDIT_LABELS,
  CREDIT_WORDS,
  DAYS_BEFORE_MONTH,
  DETERMINERS,
  DOMAINS,
  EMOTICONS,
  FIGURE_LABELS,
  FURNITURE_COMPOUNDS,
  GO_ON_AFTER_DASH,
  GREETINGS,
  MEASURES_AFTER_NUMBER,
  MONTHS,
  OPENERS,
  PAGE_FURNITURE,
  SIGN_OFFS,
  STATES,
  SUBJECTS,
  SUFFIX_TITLES,
  TITLES,
} from './data/abbreviations.js';
import { STOPWORDS } from './data/stopwords.js';
import { charSet, isCapitalized, isLowercase, KIND_EMAIL, KIND_NUMBER, KIND_PUNCT, KIND_URL, KIND_WORD, type Tokens, WordSet } from './tokenize.js';

/** A range of tokens [from, to). */
export interface TokenRange {
  from: number;
  to: number;
}

/** A sentence as token ranges, with the paragraph it is in. */
export interface SentenceRange extends TokenRange {
  paragraph: number;
}

/** What the segmenter found. */
export interface Segmentation {
  paragraphs: TokenRange[];
  sentences: SentenceRange[];
}

/** Abbreviation dictionaries, compiled once per option set. */
export interface Abbreviations {
  /** Ambiguous abbreviations that match only in their own case ("Ill", "Mass"). */
  cased: Set<string>;
  /**
   * The length of the longest entry of the lists. A longer word is in
   * none of them (lower-casing never shortens a string), so the word before
   * most periods is ruled out without lower-casing and hashing it.
   */
  longest: number;
  /**
   * The three case-blind lists as one map, from the lower-cased word (a
   * single letter in its own case) to the lists that hold it: `TITLE`
   * (titles), `NUMBERED` (before a number: "p", "fig", "vol") and
   * `AMBIGUOUS_ABBR` (ambiguous abbreviations, the user's included) bits. The
   * word before a period is lower-cased and looked up once, not once per list.
   */
  kinds: Map<string, number>;
  /**
   * Per length, a bit for each ASCII letter (lower-cased) that some entry of
   * that length starts with, and bit 26 for another ASCII first character: a
   * word with no entry of its length and first letter is in no list, found
   * without lower-casing and hashing it. (A word that starts outside ASCII is
   * always looked up: lower-casing may make it ASCII, as the Kelvin sign.)
   */
  firsts: Int32Array;
}

/** The `firsts` bits of a word's first code unit (all of them outside ASCII). */
const firstBit = (c: number) =>
  c >= 128 ? -1 : (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 << ((c | 32) - 97) : 1 << 26;

// What a word before a period is in the dictionaries (bits of `kindOf`).
const TITLE = 1;
const NUMBERED = 2;
const AMBIGUOUS_ABBR = 4;
/** a month ("Jan"): the period ends a sentence before a capitalized word, not before a number */
const MONTH = 8;
/** a title that is also written after a name or a number ("St": Saint or Street) */
const SUFFIX = 16;
/** a word that is a measure after a number ("in": inches) */
const MEASURE = 32;

const key = (word: string) => (word.length === 1 ? word : word.toLowerCase());

const UPPER = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;
const LOWER_WORD = /^[a-z]+$/;
// titles written in capitals in the list ("PS"); others do not match a word
// in capitals: "the FT." is a newspaper, "MS." an illness, not "Ft."/"Ms."
const UPPER_TITLES = new Set(TITLES.filter((w) => w.length > 1 && UPPER.test(w)));

/**
 * The dictionaries that hold `word` (without its period), as `TITLE`,
 * `NUMBERED` and `AMBIGUOUS_ABBR` bits (0 for most words): one look-up, read
 * by the three tests below.
 */
function kindOf(abbr: Abbreviations, word: string): number {
  if (word.length > abbr.longest) return 0;
  // (a single letter is its own key, case kept: not filtered)
  if (word.length > 1 && (abbr.firsts[word.length]! & firstBit(word.charCodeAt(0))) === 0) return 0;
  let kind = abbr.kinds.get(key(word)) ?? 0;
  if ((kind & AMBIGUOUS_ABBR) === 0 && abbr.cased.has(word)) kind |= AMBIGUOUS_ABBR;
  return kind;
}

/**
 * Is `word` (without its period, of dictionary `kind`) a title? A word in
 * capitals is one only when the text goes on in capitals ("ORAL ARGUMENT OF
 * GEN. ELIZABETH").
 */
const isTitle = (kind: number, word: string, tokens: Tokens, next: number) =>
  (kind & TITLE) !== 0 &&
  (word.length === 1 ||
    word.includes('.') ||
    !UPPER.test(word) ||
    UPPER_TITLES.has(word) ||
    (tokens.kind[next] === KIND_WORD && tokens.text[next]!.length > 1 && UPPER.test(tokens.text[next]!)));

/** Is `word` in the titles list? Case-blind, but a single letter only in its own case. */
const isListedTitle = (abbr: Abbreviations, word: string) => ((abbr.kinds.get(key(word)) ?? 0) & TITLE) !== 0;

/** Is a word of dictionary `kind` an ambiguous abbreviation? */
const isAmbiguous = (kind: number) => (kind & AMBIGUOUS_ABBR) !== 0;

// ambiguous abbreviations written in capitals in the lists ("LLC", "PLC")
const UPPER_AMBIGUOUS = new Set(AMBIGUOUS.filter((w) => w.length > 1 && !w.includes('.') && UPPER.test(w)));

/**
 * Is `word`, an ambiguous abbreviation by its letters, an acronym instead? A
 * word in capitals without inner periods ("SEC", "CA") is one, unless the
 * lists write it so ("LLC") or the text goes on in capitals ("ACME INC.
 * ANNOUNCED", "THE SENATE CMTE. Chairman"): "the SEC. | "Companies cannot
 * ..." is no "sec." for seconds.
 * (As titles in capitals, in `isTitle`.)
 */
function isAcronym(word: string, tokens: Tokens, prev: number, next: number): boolean {
  if (word.length < 2 || word.includes('.') || !UPPER.test(word) || UPPER_AMBIGUOUS.has(word)) return false;
  // (through an opening bracket or quote: "INDEPENDENCE, MO. (AP)")
  const k = tokens.kind[next] === KIND_PUNCT && OPENING.has(tokens.text[next]!) ? next + 1 : next;
  return !inCapitals(tokens, k) && !inCapitals(tokens, prev);
}

/** Is token k a word of two letters or more in capitals? */
const inCapitals = (tokens: Tokens, k: number) =>
  k >= 0 && tokens.kind[k] === KIND_WORD && tokens.text[k]!.length > 1 && UPPER.test(tokens.text[k]!);

/** Is a word of dictionary `kind` an abbreviation that stands before a number? */
const isNumbered = (kind: number) => (kind & NUMBERED) !== 0;

/** Build the dictionaries, adding the user's abbreviations as ambiguous ones. */
export function compileAbbreviations(extra: readonly string[] = []): Abbreviations {
  const titles = new Set(TITLES.map(key));
  const ambiguous = new Set(AMBIGUOUS.map(key));
  for (const word of extra) {
    const w = word.trim().replace(/\.$/, '');
    if (w) ambiguous.add(key(w));
  }
  const cased = new Set([...CASED, ...STATES]);
  const numbered = new Set(BEFORE_NUMBER.map(key));
  const months = new Set(MONTHS.map(key));
  const suffixes = new Set(SUFFIX_TITLES.map(key));
  const measures = new Set(MEASURES_AFTER_NUMBER.map(key));
  const kinds = new Map<string, number>();
  for (const [set, bit] of [
    [titles, TITLE],
    [numbered, NUMBERED],
    [ambiguous, AMBIGUOUS_ABBR],
    [months, MONTH],
    [suffixes, SUFFIX],
    [measures, MEASURE],
  ] as const)
    for (const w of set) kinds.set(w, (kinds.get(w) ?? 0) | bit);
  // every word of the dictionaries: the keys of `kinds`, and the cased ones
  let longest = 0;
  for (const set of [kinds.keys(), cased]) for (const w of set) longest = Math.max(longest, w.length);
  const firsts = new Int32Array(longest + 1);
  for (const set of [kinds.keys(), cased]) for (const w of set) firsts[w.length]! |= firstBit(w.charCodeAt(0));
  return { cased, longest, kinds, firsts };
}

export const DEFAULT_ABBREVIATIONS = compileAbbreviations();

const OPENER_SET = new WordSet(OPENERS);

const CLOSERS = charSet('"\'”’»)]}');
const OPENING = charSet('"\'“‘«([{');
const BULLETS = charSet('•⁃◦▪‣●○■□➢➤►–—*-');
const STRONG_BULLETS = charSet('•⁃◦▪‣●○■□➢➤►');
const EXCLAIM = charSet('!?‼⁇⁈⁉！？');
const FULL_STOPS = charSet('。｡');

/** Is token i a sentence terminal (false past the ends)? */
const isTerminal = (tokens: Tokens, i: number) => {
  if (tokens.kind[i] !== KIND_PUNCT) return false;
  const t = tokens.text[i]!;
  return t === '.' || t === '…' || EXCLAIM.has(t) || FULL_STOPS.has(t);
};

/** A number or a roman numeral ("55", "II", "xiv"). */
const isNumeral = (tokens: Tokens, i: number) =>
  tokens.kind[i] === KIND_NUMBER || (tokens.kind[i] === KIND_WORD && /^(?:[ivxlc]{1,7}|[IVXLC]{1,7})$/.test(tokens.text[i]!));

/** Do tokens[from, to) after a terminal start with a closing quote or bracket? */
const quoted = (tokens: Tokens, from: number, to: number) => from < to && CLOSERS.has(tokens.text[from]!);

/**
 * Is the token a colon? (Its kind first: the next token is most often a word,
 * and comparing kinds, a few strings shared by every token, is cheaper than
 * comparing a token's own string.)
 */
const isColon = (tokens: Tokens, i: number) => tokens.kind[i] !== KIND_WORD && tokens.text[i] === ':';

/** Is token i immediately after token i - 1 (no white space between)? */
const attached = (tokens: Tokens, i: number) => i > 0 && tokens.start[i]! === tokens.end[i - 1]!;

interface Marker {
  type: 'num' | 'lower' | 'upper';
  value: number;
  /** index of the first token after the marker */
  next: number;
}

/** A list marker at token i: "1.", "2)", "3.)", "a.", "b)" followed by white space. */
function markerAt(tokens: Tokens, i: number, to: number): Marker | undefined {
  if (!(i >= 0 && i < tokens.length)) return undefined;
  const kind = tokens.kind[i];
  const t = tokens.text[i]!;
  let type: Marker['type'];
  let value: number;
  if (kind === KIND_NUMBER && t.length <= 3 && /^\d+$/.test(t)) {
    type = 'num';
    value = Number(t);
  } else if (kind === KIND_WORD && t.length === 1 && /[a-zA-Z]/.test(t)) {
    type = t === t.toLowerCase() ? 'lower' : 'upper';
    value = t.toLowerCase().charCodeAt(0) - 96;
  } else return undefined;
  let j = i + 1;
  let sawDot = false;
  if (j < to && attached(tokens, j) && tokens.text[j]! === '.') {
    sawDot = true;
    j++;
  }
  if (j < to && attached(tokens, j) && tokens.text[j]! === ')') j++;
  else if (!sawDot) return undefined;
  // the marker must be followed by white space and something
  if (j >= to || attached(tokens, j)) return undefined;
  return { type, value, next: j };
}

/**
 * Does an inline list open with the marker "1" at token i, after a colon that
 * follows a word ("Winners: 1. Smith; 2. Jones"; not "2: 1. Then", "3:1.")?
 * Yes when its second marker comes on the same line within 40 tokens.
 */
function listAfterColon(tokens: Tokens, i: number, start: number, to: number): boolean {
  if (!(i - 2 >= start && isColon(tokens, i - 1) && tokens.kind[i - 2] === KIND_WORD && !attached(tokens, i))) return false;
  const m = markerAt(tokens, i, to);
  if (!m) return false;
  for (let k = m.next; k < to && k - m.next < 40 && tokens.br[k]! === 0; k++)
    if (tokens.text[k] === '2' && !attached(tokens, k)) return markerAt(tokens, k, to)?.type === m.type;
  return false;
}

/** The abbreviation candidate that ends right before token i: "U.S", "e.g", "Mr", "N°". */
function wordBefore(text: string, tokens: Tokens, i: number, from: number): [string, number] {
  const k = i - 1;
  if (k < from) return ['', i];
  const last = tokens.text[k]!;
  const lastKind = tokens.kind[k];
  if (lastKind !== KIND_WORD && lastKind !== KIND_NUMBER && last !== '°' && last !== 'º') return ['', i];
  // extend over "X.Y.Z" and "N°" shapes, at most 8 tokens back
  let first = k;
  while (first > from && i - first < 8 && attached(tokens, first)) {
    const prev = tokens.text[first - 1]!;
    const cur = tokens.text[first]!;
    if (prev === '.' && tokens.kind[first] === KIND_WORD && first - 2 >= from && attached(tokens, first - 1)) {
      if (tokens.kind[first - 2] === KIND_WORD && tokens.text[first - 2]!.length <= 3) {
        first -= 2;
        continue;
      }
    }
    if ((cur === '°' || cur === 'º') && tokens.kind[first - 1] === KIND_WORD) {
      first -= 1;
      continue;
    }
    break;
  }
  // (one token, the common case: its own string, no new one)
  return [first === k ? last : text.slice(tokens.start[first]!, tokens.end[k]!), first];
}

const JOINERS = new Set(['&', '-', '‐', '/']);

const INITIALISM = /^(?:\p{L}\.){1,6}\p{L}$/u;

/** Does a sentence start at this token (after a terminal)? */
function opensSentence(tokens: Tokens, i: number, to: number): boolean {
  if (!(i >= 0 && i < tokens.length)) return true;
  let k = i;
  // look through an opening quote or bracket
  if (tokens.kind[k] === KIND_PUNCT && OPENING.has(tokens.text[k]!) && i + 1 < to) k = i + 1;
  const kind = tokens.kind[k];
  if (kind === KIND_WORD) return !isLowercase(tokens, k);
  const t = tokens.text[k]!;
  // (a capitalized handle or hashtag opens one too: "@BBCNews shared it", not "uniforms. #hipsters")
  if (kind === KIND_PUNCT)
    return (
      OPENING.has(t) ||
      BULLETS.has(t) ||
      t === '¿' ||
      t === '¡' ||
      ((t === '@' || t === '#') && k + 1 < to && attached(tokens, k + 1) && tokens.kind[k + 1] === KIND_WORD && !isLowercase(tokens, k + 1))
    );
  return true; // numbers, symbols, URLs
}

/** Does token k start with an ASCII digit (a number, an ordinal: "42nd")? */
const startsWithDigit = (tokens: Tokens, k: number) => {
  const c = tokens.text[k]!.charCodeAt(0);
  return c >= 48 && c <= 57;
};

const AFTER_TIME_SET = new WordSet(AFTER_TIME);
const STATE_SET = new Set(STATES);
const COMPANY_SET = new Set(COMPANY_FORMS);
const AFTER_NAME_SET = new WordSet(AFTER_NAME);
const SUBJECT_SET = new WordSet(SUBJECTS);
const DAY_SET = new WordSet(DAYS_BEFORE_MONTH);
const DETERMINER_SET = new Set(DETERMINERS);

/** Is token k a word that is a determiner or a possessive ("the", "The", "their")? */
const isDeterminer = (tokens: Tokens, k: number, start: number) =>
  k >= start && tokens.kind[k] === KIND_WORD && tokens.text[k]!.length <= 5 && DETERMINER_SET.has(tokens.text[k]!.toLowerCase());

/** Is token k a lower-case function word ("of", "the"; false past the ends and for other tokens)? */
const isFunctionWord = (tokens: Tokens, k: number) => isLowercase(tokens, k) && STOPWORDS.has(tokens.text[k]!);

/** Is token k a lower-case word that is not a function word ("made", "signed")? */
const isContentWord = (tokens: Tokens, k: number) => isLowercase(tokens, k) && !STOPWORDS.has(tokens.text[k]!);

/** Is there a lower-case word among the (at most 16) tokens before token i, from `start` on? Not in a headline. */
function lowerBefore(tokens: Tokens, start: number, i: number): boolean {
  for (let k = i - 1; k >= start && i - k <= 16; k--) if (isLowercase(tokens, k)) return true;
  return false;
}

/**
 * Is there a lower-case word that is not a function word among the tokens
 * of the sentence before token i ("made in the U.S.", "signed with Acme
 * Inc.")? Without one ("The U.S.", "Dozens of U.S.", "Acme Inc.") the words
 * are a name, no sentence. Reads at most 24 tokens back: a longer sentence
 * counts as having one.
 */
function contentBefore(tokens: Tokens, start: number, i: number): boolean {
  if (i - start > 24) return true;
  for (let k = i - 1; k >= start; k--)
    if (isContentWord(tokens, k)) return true;
  return false;
}

/** Is the word at token j one of the (at most four) capitalized words that end before token i ("Acme Inc. | Acme, which ...")? */
function repeatsName(tokens: Tokens, start: number, i: number, j: number): boolean {
  for (let k = i - 1; k >= start && i - k <= 4 && isCapitalized(tokens, k); k--)
    if (tokens.text[k] === tokens.text[j]) return true;
  return false;
}

/** The first token of the time of day that ends before token i ("7:15" before "a.m."): numbers and their colons. */
function timeStart(tokens: Tokens, i: number, start: number): number {
  let k = i;
  while (k > start && i - k < 6 && (tokens.kind[k - 1] === KIND_NUMBER || tokens.text[k - 1] === ':')) k--;
  return k;
}

/** The first word of the place name that ends before the comma at token c ("Miami Beach" in "Miami Beach, Fla."): at most four capitalized words. */
function placeStart(tokens: Tokens, c: number, start: number): number {
  let k = c;
  while (k > start && c - k < 4 && isCapitalized(tokens, k - 1)) k--;
  return k;
}

/**
 * Does the capitalized word at token i go on after a time of day: a day, a
 * month, a time zone, or a name followed by "time" within three words
 * ("3 p.m. New York time")?
 */
function afterTime(tokens: Tokens, i: number, to: number, abbr: Abbreviations): boolean {
  const t = tokens.text[i]!;
  if (AFTER_TIME_SET.has(t) || (kindOf(abbr, t) & MONTH) !== 0) return true;
  for (let k = i + 1; k < to && k <= i + 3 && tokens.br[k]! === 0; k++) {
    const u = tokens.text[k]!;
    if (u === 'time' || u === 'Time') return true;
    if (!isCapitalized(tokens, k)) return false;
  }
  return false;
}

/**
 * Does a line that holds a whole sentence so far, with no terminal at its
 * end, end before the line break at token i? Yes when it ends with a word
 * that is not a lower-case function word or with "%", and the next line
 * opens with a sentence opener: a headline, a byline or a time stamp over the
 * story ("Bank of England holds rates at 5% | The decision was ...", "By Jane
 * Smith | The prime minister ..."). A line wrapped inside a sentence ends
 * with a function word ("which met in | The Hague") or goes on with a name
 * or a lower-case word. (Not after a number: a line "2025-02-30" over "No
 * such day." is read as one sentence, as tests/text/dateline.test.ts asks.)
 */
function headlineEnds(tokens: Tokens, start: number, i: number, to: number, abbr: Abbreviations): boolean {
  const prev = i - 1;
  const kind = tokens.kind[prev];
  const t = tokens.text[prev]!;
  if (kind === KIND_WORD) {
    if (isFunctionWord(tokens, prev)) return false;
  } else if (t !== '%') return false;
  if (tokens.text[i] === 'I') return false;
  // a name with "The" after a noun with its article, the apposition of a work, a band or a paper wrapped
  // at the line: "the newspaper | The Times, the minister said", "the rock group | The Rolling Stones"
  // (headlines drop articles)
  if (
    tokens.text[i] === 'The' &&
    isCapitalized(tokens, i + 1) &&
    i + 1 < to &&
    tokens.br[i + 1] === 0 &&
    isLowercase(tokens, prev) &&
    (isDeterminer(tokens, prev - 1, start) || (isLowercase(tokens, prev - 1) && isDeterminer(tokens, prev - 2, start)))
  )
    return false;
  if (isOpener(tokens, i, to, abbr)) return true;
  // before a capitalized word and a lower-case one ("Thousands are"; not a name: "Rishi Sunak"), a plural
  // subject ends any headline, any capitalized word a title-case one
  const k = pastOpening(tokens, i, to);
  return (
    isCapitalized(tokens, k) &&
    k + 1 < to &&
    isLowercase(tokens, k + 1) &&
    // (a plural subject after a capitalized word is the noun of a name wrapped in a narrow column:
    // "A spokesman for the Metropolitan | Police said", "More than 200 Amazon | Workers walked out")
    ((SUBJECT_SET.has(tokens.text[k]!) && !isCapitalized(tokens, prev)) || titleCase(tokens, start, i))
  );
}

/**
 * Are tokens[start, i) a headline in title case: three to sixteen words, every
 * one capitalized but lower-case function words ("Storm Batters Coast",
 * "Bank of England Holds Rates")? Before a line that opens with a
 * capitalized word and a lower-case one, such a line ends ("Storm Batters
 * Coast | Thousands are ..."); a line wrapped inside a sentence has
 * lower-case words, or goes on with a name ("The Prime Minister | Boris
 * Johnson said").
 */
function titleCase(tokens: Tokens, start: number, i: number): boolean {
  if (i - start > 24) return false;
  let words = 0;
  for (let k = start; k < i; k++) {
    if (tokens.kind[k] !== KIND_WORD) continue;
    if (isContentWord(tokens, k)) return false;
    if (isCapitalized(tokens, k)) words++;
  }
  return words >= 3 && words <= 16;
}

/**
 * The token after an opening quote or bracket at token i, or i: through
 * "(", "“", and the two backquotes of pre-tokenized wire copy ("``We ...").
 */
function pastOpening(tokens: Tokens, i: number, to: number): number {
  if (tokens.kind[i] === KIND_WORD || i + 1 >= to) return i;
  const t = tokens.text[i]!;
  if (OPENING.has(t)) return i + 1;
  if (t === '`') return tokens.text[i + 1] === '`' && attached(tokens, i + 1) && i + 2 < to ? i + 2 : i + 1;
  return i;
}

/**
 * Are the lines of the paragraph tokens[from, to) units of their own, not
 * lines of wrapped text? Yes when it has three lines or more and no line
 * goes on from the one before: none starts with a lower-case word, and none
 * ends with a lower-case function word, a comma or a dash, and the lines
 * are not of one width (50 columns or more) as hard-wrapped prose is ("the
 * Wellcome | Trust. It ..."), as a caption, a credit and a story run together ("Image copyright Getty Images | Image
 * caption The minister ... | Her deputy will take over."). Wrapped text
 * starts most of its lines with a lower-case word.
 */
function lineUnits(tokens: Tokens, from: number, to: number): boolean {
  let breaks = 0;
  let lineFrom = from;
  let shortest = Number.MAX_SAFE_INTEGER;
  let longest = 0;
  let reach = Number.MAX_SAFE_INTEGER;
  for (let k = from + 1; k < to; k++) {
    if (tokens.br[k]! === 0) continue;
    breaks++;
    if (isLowercase(tokens, k)) return false;
    if (tokens.kind[k - 1] === KIND_WORD ? isFunctionWord(tokens, k - 1) : CONTINUES.has(tokens.text[k - 1]!)) return false;
    const length = tokens.end[k - 1]! - tokens.start[lineFrom]!;
    shortest = Math.min(shortest, length);
    longest = Math.max(longest, length);
    // how far the line would reach with the next line's first word on it
    reach = Math.min(reach, length + 1 + tokens.end[k]! - tokens.start[k]!);
    lineFrom = k;
  }
  // hard-wrapped prose: every line but the last as long as the others, near a width of 50 columns or more,
  // and too long to take the next line's first word within that width ("... and the Wellcome | Trust. It
  // followed ... the United | States."), though its lines start with names
  if (longest >= 50 && longest - shortest <= 15 && reach > longest) return false;
  return breaks >= 2;
}

const CONTINUES = charSet(',-–—(&/');

/** Is the next word one that opens sentences far more often than it continues them? */
function isOpener(tokens: Tokens, i: number, to: number, abbr: Abbreviations): boolean {
  if (!(i >= 0 && i < tokens.length)) return true;
  const k = pastOpening(tokens, i, to);
  if (!isCapitalized(tokens, k)) return false;
  const t = tokens.text[k]!;
  if (OPENER_SET.has(t)) return true;
  // contractions: "It's", "I'm", "Don't" (the word before the apostrophe, or the whole with a straight one)
  const apostrophe = t.search(/['’]/);
  if (apostrophe > 0) {
    const straight = t.replace('’', "'");
    if (OPENER_SET.has(t.slice(0, apostrophe)) || OPENER_SET.has(straight)) return true;
  }
  // a title ("Mr.") after an abbreviation: "... at 6 P.M. Mr. Smith then ..."
  const next = i + 1;
  return isListedTitle(abbr, t) && tokens.text[next] === '.' && tokens.start[next] === tokens.end[k];
}

const CAPTION_SET = new WordSet(CAPTION_LABELS);
const CREDIT_SET = new WordSet(CREDIT_LABELS);

/** How many tokens a picture credit run into the story may hold. */
const CREDIT_REACH = 16;

/**
 * Where a picture credit that opens the sentence at `i` ends, when the story
 * runs on after it on the same line: before the first sentence opener after
 * the agency, named after a slash or "for" ("Photograph: Jane Doe/Getty
 * Images | Some of you ...", "Credit Jane Doe/The New York Times | “I've
 * ...", "Photograph: Jane Doe for the Guardian | The record ..."). -1 when
 * there is none: a lower-case word other than "for", "the" or "of" means a
 * caption sentence, not a credit.
 */
function creditEnd(tokens: Tokens, i: number, to: number, abbr: Abbreviations): number {
  let k = i + 1;
  if (k < to && isColon(tokens, k) && attached(tokens, k)) k++;
  else if (tokens.text[i] !== 'Credit' && tokens.text[i] !== 'Credits') return -1;
  if (!(k < to && isCapitalized(tokens, k))) return -1;
  let named = false;
  for (const end = Math.min(to, k + CREDIT_REACH); k < end; k++) {
    if (tokens.br[k]! > 0) return -1;
    const t = tokens.text[k]!;
    if (t === '/') {
      named = true;
      k++; // the agency's first word, which may be an opener: "/The New York Times"
      continue;
    }
    if (t === 'for') {
      // the agency's first word, which may be an opener too: "for The New York Times"
      named = true;
      if (k + 1 < end && isCapitalized(tokens, k + 1)) k++;
      continue;
    }
    if (named && !attached(tokens, k) && tokens.text[k - 1] !== '/' && (isOpener(tokens, k, to, abbr) || (OPENING.has(t) && isCapitalized(tokens, k + 1)))) return k;
    if (isTerminal(tokens, k) || (isLowercase(tokens, k) && t !== 'for' && t !== 'the' && t !== 'of')) return -1;
  }
  return -1;
}
const FIGURE_SET = new WordSet(FIGURE_LABELS);
const FURNITURE_SET = new WordSet(PAGE_FURNITURE);
const COMPOUND_SET = new WordSet(FURNITURE_COMPOUNDS);

/** How far past page furniture a heading in title case is looked for, in tokens. */
const HEADING_REACH = 8;

/**
 * Does the story run on after the page furniture at `i` ("Advertisement The
 * employment news was ...")? The next word is capitalized and does not make
 * a name with it ("Advertisement Standards Council", "Advertisement Manager
 * Jane Doe"; FURNITURE_COMPOUNDS), and the words after it are not a heading
 * in title case that ends with its line or a colon ("Advertisement Revenue
 * Falls At Google", "Advertisement Of The Year: ..."): a lower-case word
 * comes first. Bounded by HEADING_REACH tokens.
 */
function furnitureRunsOn(tokens: Tokens, i: number, to: number): boolean {
  if (!isCapitalized(tokens, i + 1)) return false;
  const next = tokens.text[i + 1]!;
  // in capitals, a compound is in capitals too ("ADVERTISEMENT FEATURE", not "ADVERTISEMENT Council chiefs met")
  const caps = tokens.text[i] === tokens.text[i]!.toUpperCase();
  if (caps ? next === next.toUpperCase() && COMPOUND_SET.has(next[0] + next.slice(1).toLowerCase()) : COMPOUND_SET.has(next)) return false;
  let words = 0;
  for (let k = i + 1; k < to && k - i <= HEADING_REACH; k++) {
    if (tokens.br[k]! > 0) return words < 2;
    if (isLowercase(tokens, k)) return true;
    if (tokens.kind[k] === KIND_WORD) words++;
    else if (isColon(tokens, k)) return words < 2;
  }
  // the block ends before a lower-case word: a heading of two words or more
  return !(to - i - 1 <= HEADING_REACH && words >= 2);
}

const HEADING_BREAK = new WordSet(AFTER_HEADING);

/**
 * Are tokens[start, i) a short heading: capitalized words only, none of them
 * a sentence opener or a title ("Lovely Cottage", "Undergraduate Student
 * Government"; not "In New York", not "Mr Smith")?
 */
function isHeading(tokens: Tokens, start: number, i: number, abbr: Abbreviations): boolean {
  for (let k = start; k < i; k++) {
    const u = tokens.text[k]!;
    if (!isCapitalized(tokens, k) || (k > start && tokens.br[k]! > 0) || OPENER_SET.has(u) || isListedTitle(abbr, u)) return false;
    // a possessive names a work's author: "Lily Tuck's The News From Paraguay"
    if (/['’]s$/.test(u)) return false;
  }
  return true;
}

/** Does the `>` at token i close an angle-bracketed address ("<julie...@example.net>")? */
function bracketedAddress(tokens: Tokens, i: number, start: number): boolean {
  let at = false;
  for (let k = i - 1; k >= start && i - k <= 16; k--) {
    if (tokens.br[k]! > 0 || (k < i - 1 && !attached(tokens, k + 1))) return false;
    const u = tokens.text[k]!;
    if (u === '@') at = true;
    if (u === '<') return at;
  }
  return false;
}

/** A time stamp at token i: "08/16/2000 12:05 PM", "04/25/01 12:42:55". */
function timestampAt(tokens: Tokens, i: number, to: number): { end: number; meridiem: boolean } | undefined {
  // the date: d/d/d, each part attached (a number not followed by a slash, the common case, fails at once)
  if (i + 7 >= to || tokens.text[i + 1]! !== '/') return undefined;
  for (let k = 0; k < 5; k++) {
    if (k > 0 && !attached(tokens, i + k)) return undefined;
    const u = tokens.text[i + k]!;
    if (k % 2 === 0 ? tokens.kind[i + k] !== KIND_NUMBER || !/^\d{1,4}$/.test(u) : u !== '/') return undefined;
  }
  // the time: h:mm(:ss), after one space
  let k = i + 5;
  if (attached(tokens, k) || tokens.br[k]! > 0 || tokens.kind[k] !== KIND_NUMBER) return undefined;
  let parts = 1;
  while (k + 2 < to && parts < 3 && tokens.text[k + 1]! === ':' && attached(tokens, k + 1) && attached(tokens, k + 2) && tokens.kind[k + 2] === KIND_NUMBER) {
    k += 2;
    parts++;
  }
  if (parts < 2) return undefined;
  k++;
  const meridiem = k < to && !attached(tokens, k) && MERIDIEM.has(tokens.text[k]!);
  return { end: meridiem ? k + 1 : k, meridiem };
}

const DOMAIN_SET = new Set(DOMAINS);

const MERIDIEM = new Set(['AM', 'PM', 'am', 'pm']);

const SIGN_OFF_SET = new Set(SIGN_OFFS.map((w) => w.toLowerCase()));
const GREETING_SET = new Set(GREETINGS.map((w) => w.toLowerCase()));

/**
 * Do tokens[start, comma) make a closing formula ("Best regards"), or a
 * greeting ("Hi") before a sentence opener at `comma + 1`? The words are
 * lower-cased and joined once (by '_', as the lists write them), for both lists.
 */
function formulaEnds(tokens: Tokens, start: number, comma: number, to: number, abbr: Abbreviations): boolean {
  if (comma - start < 1 || comma - start > 3) return false;
  let phrase = '';
  for (let k = start; k < comma; k++) {
    if (tokens.kind[k] !== KIND_WORD) return false;
    phrase += (phrase ? '_' : '') + tokens.text[k]!.toLowerCase();
  }
  return SIGN_OFF_SET.has(phrase) || (GREETING_SET.has(phrase) && isOpener(tokens, comma + 1, to, abbr));
}

/**
 * What may trail a sentence after its terminal, on the same line, at token k:
 * a citation mark, an elision in brackets or an emoticon. The index after
 * it, or k.
 */
function trailerAt(tokens: Tokens, k: number, to: number): number {
  if (!(k > 0 && k < tokens.length) || tokens.br[k]! > 0 || tokens.start[k]! - tokens.end[k - 1]! > 1) return k;
  const c = citationAt(tokens, k, to);
  if (c > k) return c;
  const credit = creditAt(tokens, k, to);
  if (credit > k) return credit;
  return emoticonAt(tokens, k, to);
}

const CREDIT_WORD_SET = new WordSet(CREDIT_WORDS);

/** How many tokens a bracketed picture credit may hold. */
const CREDIT_GROUP = 12;

/**
 * Does the ")" at `c` close a picture credit that ends a caption: a bracket
 * group on its line, after some words of the sentence, with a slash and no
 * lower-case word ("(Xinhua/ Reuters FilePhoto)", "(AP Photo/Jane Doe)"), or
 * with a credit word ("(Getty Images)")?
 */
function creditBefore(tokens: Tokens, c: number, start: number): boolean {
  let slash = false;
  let word = false;
  for (let k = c - 1; k > start && c - k <= CREDIT_GROUP; k--) {
    if (tokens.br[k + 1]! > 0) return false;
    const t = tokens.text[k]!;
    if (t === '(') return k - start >= 3 && (word || slash);
    if (t === '/') slash = true;
    else if (tokens.kind[k] === KIND_WORD) {
      if (CREDIT_WORD_SET.has(t)) word = true;
      else if (isLowercase(tokens, k)) return false;
    } else if (isTerminal(tokens, k)) return false;
  }
  return false;
}

/**
 * A picture credit in brackets at `k`, after a space, on the line: "(AP
 * Photo/Jane Doe)", "(Getty Images)": a bracket group with no terminal that
 * holds a slash or a credit word (CREDIT_WORDS), before a capitalized word
 * or the end. Where it ends, or `k`.
 */
function creditAt(tokens: Tokens, k: number, to: number): number {
  if (tokens.text[k] !== '(' || attached(tokens, k)) return k;
  let credit = false;
  for (let c = k + 1; c < to && c - k <= CREDIT_GROUP; c++) {
    if (tokens.br[c]! > 0 || isTerminal(tokens, c)) return k;
    const t = tokens.text[c]!;
    if (t === ')') return credit && (c + 1 >= to || (!attached(tokens, c + 1) && !isLowercase(tokens, c + 1))) ? c + 1 : k;
    if (t === '/' || (tokens.kind[c] === KIND_WORD && CREDIT_WORD_SET.has(t))) credit = true;
  }
  return k;
}

const EMOTICON_SET = new Set(EMOTICONS);

/** An emoticon at token k (":)", ":-P", ";-)") standing alone: the index after it, or k. */
function emoticonAt(tokens: Tokens, k: number, to: number): number {
  if (!(k >= 0 && k < tokens.length) || tokens.kind[k] === KIND_WORD) return k;
  const t = tokens.text[k]!;
  if (t !== ':' && t !== ';' && t !== '=') return k;
  if (k > 0 && attached(tokens, k)) return k;
  let face = t;
  for (let m = k + 1; m < to && m - k <= 2 && attached(tokens, m); m++) {
    face += tokens.text[m]!;
    if (EMOTICON_SET.has(face) && (m + 1 >= to || !attached(tokens, m + 1))) return m + 1;
  }
  return k;
}

/**
 * Does the dash at token i break off a sentence? Only after a lower-case word
 * or a cut-off one ("we need a —", "I'm supposed to re- —"); after a name or
 * a quotation it is a dateline or an attribution ("Taipei, Taiwan — The ...").
 */
const interrupted = (tokens: Tokens, i: number) => {
  return isLowercase(tokens, i - 1) || (tokens.text[i - 1] === '-' && attached(tokens, i - 1));
};

const NOT_AFTER_DASH = new Set(GO_ON_AFTER_DASH);

const SEPARATORS = charSet('-—–―*=_~#');
const DASHES = charSet('-—–―');

/** A run of dashes or separator characters at token k ("--", "—", "***", "====="): the index after it, or k. */
function separatorAt(tokens: Tokens, k: number, to: number): number {
  const t = tokens.text[k];
  if (t === undefined || !SEPARATORS.has(t)) return k;
  let m = k + 1;
  while (m < to && attached(tokens, m) && SEPARATORS.has(tokens.text[m]!)) m++;
  // a single hyphen or star is a bullet, not a separator
  if (m - k === 1 && (t === '-' || t === '*')) return k;
  return m;
}

/**
 * Is the run of separators tokens[k, run) a markdown heading's marker: one
 * to six "#" and then, after a space, a word on the same line ("## Results")?
 */
function markdownHeading(tokens: Tokens, k: number, run: number, to: number): boolean {
  if (run - k > 6 || run >= to || attached(tokens, run) || tokens.br[run]! > 0 || tokens.kind[run] !== KIND_WORD) return false;
  for (let m = k; m < run; m++) if (tokens.text[m] !== '#') return false;
  return true;
}

/**
 * A citation mark at token k ("[6]", "[1, 2]", "[3–5]") on the same line:
 * the index after its `]`, or k when there is none.
 */
function citationAt(tokens: Tokens, k: number, to: number): number {
  if (tokens.kind[k] === KIND_WORD || tokens.text[k] !== '[' || tokens.br[k]! > 0 || (k > 0 && tokens.start[k]! - tokens.end[k - 1]! > 1)) return k;
  let m = k + 1;
  let numbers = 0;
  while (m < to && m - k < 12) {
    if (tokens.br[m]! > 0 || tokens.start[m]! - tokens.end[m - 1]! > 1) return k;
    const u = tokens.text[m]!;
    if (u === ']') return numbers > 0 ? m + 1 : k;
    if (tokens.kind[m] === KIND_NUMBER && /^\d{1,3}$/.test(u)) numbers++;
    else if ((u === '.' || u === '…') && m === k + 1) {
      // an elision: "[...]", "[…]"
      while (m + 1 < to && (tokens.text[m + 1]! === '.' || tokens.text[m + 1]! === '…') && attached(tokens, m + 1)) m++;
      numbers++;
    }
    else if (u !== ',' && u !== '-' && u !== '–') return k;
    m++;
  }
  return k;
}

/**
 * After `?` or `!` (tokens[i..j]), does a lower-case word start a sentence?
 * Yes after a lower-case word ("where did you grow up? india?", "excellent!
 * answered all my questions"); no after a capitalized one, which is a name
 * or a title ending in the mark ("She works at Yahoo! in ...", "the film
 * Shall We Dance? at number three").
 */
function lowerAfterExclaim(tokens: Tokens, i: number, start: number): boolean {
  return i - 1 >= start && !isCapitalized(tokens, i - 1);
}

/**
 * Does the period at token i end a plain word or number, one that cannot be
 * an abbreviation? (At least two letters, no inner periods, not in the
 * dictionaries; or a number of two digits or more.)
 */
function plainWordBefore(tokens: Tokens, i: number, word: string, kind: number): boolean {
  const prev = tokens.text[i - 1]!;
  if (word !== prev) return false;
  if (tokens.kind[i - 1] === KIND_NUMBER) return prev.length >= 2;
  if (tokens.kind[i - 1] !== KIND_WORD || prev.length < 2) return false;
  return !isTitle(kind, word, tokens, -1) && !isNumbered(kind) && !isAmbiguous(kind) && (kind & MONTH) === 0;
}

/**
 * Find paragraphs and sentences among tokens[from, to).
 *
 * `lines`, when given, holds the indices of the tokens that start a line, as `tokenize` reports
 * them: the paragraphs are then found from those tokens alone (`paragraphsFromLines`), not by
 * reading every token's `br` (`paragraphsOf`); both give the same paragraphs.
 *
 * Linear in the number of tokens: every rule looks at a bounded window.
 */
export function segmentTokens(
  text: string,
  tokens: Tokens,
  from: number,
  to: number,
  abbr: Abbreviations = DEFAULT_ABBREVIATIONS,
  lines?: readonly number[],
): Segmentation {
  const loose: boolean[] = [];
  const paragraphs = lines ? paragraphsFromLines(tokens, from, to, loose, lines) : paragraphsOf(tokens, from, to, loose);
  const sentences: SentenceRange[] = [];
  for (let p = 0; p < paragraphs.length; p++) segmentBlock(text, tokens, paragraphs[p]!.from, paragraphs[p]!.to, p, loose[p]!, abbr, sentences);
  return { paragraphs, sentences };
}

/**
 * The paragraphs among tokens[from, to): runs of tokens between blank lines. `loose` gets, per
 * paragraph, whether its lines may each be a sentence (more than one line, and no terminal at its
 * end), as the segmenter needs it.
 */
export function paragraphsOf(tokens: Tokens, from: number, to: number, loose: boolean[]): TokenRange[] {
  const paragraphs: TokenRange[] = [];
  let b0 = from;
  while (b0 < to) {
    let b1 = b0 + 1;
    let lines = 1;
    while (b1 < to && tokens.br[b1]! < 2) {
      if (tokens.br[b1]! === 1) lines++;
      b1++;
    }
    paragraphs.push({ from: b0, to: b1 });
    loose.push(lines > 1 && !endsWithTerminal(tokens, b0, b1));
    b0 = b1;
  }
  return paragraphs;
}

/**
 * `paragraphsOf` from the indices of the tokens that start a line, in order
 * (as `tokenize` reports them): the same paragraphs and flags, reading only
 * those tokens.
 */
export function paragraphsFromLines(
  tokens: Tokens,
  from: number,
  to: number,
  loose: boolean[],
  lines: readonly number[],
): TokenRange[] {
  const paragraphs: TokenRange[] = [];
  let p = 0;
  while (p < lines.length && lines[p]! <= from) p++;
  let b0 = from;
  while (b0 < to) {
    // the next blank line ends the paragraph; the line breaks before it make its lines
    let b1 = to;
    let count = 1;
    while (p < lines.length && lines[p]! < to) {
      const k = lines[p]!;
      p++;
      if (tokens.br[k]! >= 2) {
        b1 = k;
        break;
      }
      count++;
    }
    paragraphs.push({ from: b0, to: b1 });
    loose.push(count > 1 && !endsWithTerminal(tokens, b0, b1));
    b0 = b1;
  }
  return paragraphs;
}

/** The sentences of a paragraph, by its number. */
export interface SentenceSource {
  /** The sentences of paragraph `p`, in order. */
  of(p: number): readonly SentenceRange[];
}

/** A segmentation's sentences by paragraph (for a text segmented whole), indexed when first asked for. */
export class SegmentedSentences implements SentenceSource {
  /** Where each paragraph's sentences start in `seg.sentences` (one more entry for the end). */
  private starts: number[] | undefined = undefined;
  constructor(private readonly seg: Segmentation) {}
  of(p: number): readonly SentenceRange[] {
    let starts = this.starts;
    if (starts === undefined) {
      const { paragraphs, sentences } = this.seg;
      starts = [0];
      let si = 0;
      for (let q = 0; q < paragraphs.length; q++) {
        while (si < sentences.length && sentences[si]!.paragraph === q) si++;
        starts.push(si);
      }
      this.starts = starts;
    }
    return this.seg.sentences.slice(starts[p], starts[p + 1]);
  }
}

/**
 * A text's sentences cut a paragraph at a time, when first asked for: the same as `segmentTokens`
 * finds there. For readers that need the sentences of few paragraphs (the dates layer reads the
 * sentence around a date only when its meaning depends on the tense).
 */
export class LazySentences implements SentenceSource {
  private readonly cut: (SentenceRange[] | undefined)[];
  constructor(
    private readonly text: string,
    private readonly tokens: Tokens,
    /** The paragraphs and their loose flags, from `paragraphsOf`. */
    private readonly paragraphs: TokenRange[],
    private readonly loose: boolean[],
    private readonly abbr: Abbreviations = DEFAULT_ABBREVIATIONS,
  ) {
    this.cut = new Array(paragraphs.length);
  }
  of(p: number): readonly SentenceRange[] {
    let out = this.cut[p];
    if (out === undefined) {
      out = [];
      // the segmenter starts every paragraph afresh: these are the sentences segmentTokens finds there
      const { from, to } = this.paragraphs[p]!;
      segmentBlock(this.text, this.tokens, from, to, p, this.loose[p]!, this.abbr, out);
      this.cut[p] = out;
    }
    return out;
  }
}

function endsWithTerminal(tokens: Tokens, from: number, to: number): boolean {
  let k = to - 1;
  while (k > from && CLOSERS.has(tokens.text[k]!)) k--;
  return isTerminal(tokens, k) || tokens.text[k]! === ':';
}

/** End the sentence that runs from `start` at token `end` (when it holds a token): the new start. */
function cut(out: SentenceRange[], start: number, end: number, paragraph: number): number {
  if (end > start) out.push({ from: start, to: end, paragraph });
  return end;
}

/** After a terminal at index j (inclusive), take closing quotes and brackets along: the index after them. */
function closeAfter(tokens: Tokens, j: number, to: number): number {
  let k = j + 1;
  while (k < to && attached(tokens, k) && CLOSERS.has(tokens.text[k]!)) k++;
  // a closing bracket after a space still closes: "(We fly next day. ) Hop on ..."
  if (k === j + 1 && k < tokens.length && tokens.kind[k] !== KIND_WORD && (tokens.text[k] === ')' || tokens.text[k] === ']') && tokens.br[k] === 0 && tokens.start[k]! - tokens.end[k - 1]! === 1 && (k + 1 >= to || !attached(tokens, k + 1)))
    k++;
  // a typographic closing quote after a space closes too, as NYT pages space nested quotes: "‘but congratulations.’ ” This"
  if (k < to && tokens.text[k] === '”' && tokens.br[k] === 0 && tokens.start[k]! - tokens.end[k - 1]! === 1 && (k + 1 >= to || !attached(tokens, k + 1)))
    k++;
  // citation marks, elisions and emoticons after the terminal belong to the
  // sentence: "... in 1805. [6]", "... Bell. […]", "great! :P"
  for (let c = trailerAt(tokens, k, to); c > k; c = trailerAt(tokens, k, to)) k = c;
  return k;
}

/** How far a quoted exclamation reaches on each side of its "!" or "?", in tokens. */
const SHOUT_REACH = 8;

/** An opening quote after white space ("``" opens with its first backquote). */
const opensQuote = (tokens: Tokens, k: number) => (OPENING.has(tokens.text[k]!) || tokens.text[k] === '`') && !attached(tokens, k);

/**
 * Is the "!" or "?" at `i` inside a short quotation that a sentence carries:
 * opened after a lower-case word and closed right after a terminal
 * ("chanting ``Liberty! Liberty!'' blocked", "shouted “Stop! Stop!” and
 * ran", "sang "Go! Go!" Then")? A quotation that opens its sentence is
 * split as usual ("``We cannot stop! The struggle goes on!'' said ...").
 * Both ends lie within SHOUT_REACH tokens, so the look is bounded.
 */
function shoutInQuote(tokens: Tokens, i: number, start: number, to: number): boolean {
  let o = i - 1;
  while (o > start && i - o <= SHOUT_REACH && !opensQuote(tokens, o)) {
    if (CLOSERS.has(tokens.text[o]!) && attached(tokens, o)) return false;
    o--;
  }
  if (o <= start || !opensQuote(tokens, o) || !isLowercase(tokens, o - 1)) return false;
  for (let c = i + 1; c < to && c - i <= SHOUT_REACH; c++) {
    if (tokens.br[c]! > 1) return false;
    if (CLOSERS.has(tokens.text[c]!) && attached(tokens, c) && isTerminal(tokens, c - 1)) return true;
  }
  return false;
}

function segmentBlock(
  text: string,
  tokens: Tokens,
  from: number,
  to: number,
  paragraph: number,
  hardLines: boolean,
  abbr: Abbreviations,
  out: SentenceRange[],
): void {
  let start = from;
  // the marker value an inline list expects next, if a list is open
  // the next marker of the list that the sentence opened (`inline`: a list opened after a colon, whose items are
  // all one sentence)
  let expected: { type: Marker['type']; value: number; inline?: boolean } | undefined;
  // the first token of the current line
  let lineStart = from;
  // the first token of a markdown heading ("## Results") that opens the current sentence, or -1
  let mdHeading = -1;
  // are the paragraph's lines units of their own (1), or wrapped lines (0)? (-1: not asked yet)
  let units = -1;

  // (the two columns every token is asked about, in locals)
  const { kind: kinds, br: brs } = tokens;
  let i = from;
  while (i < to) {
    const tKind = kinds[i]!;
    const tBr = brs[i]!;
    // most tokens: a word inside a sentence, on the line of the token before
    // it, past a list marker's place, a heading's and a caption label's
    // (no colon after it), and no inline list open: no rule below applies
    if (
      tKind === KIND_WORD &&
      tBr === 0 &&
      i > start + 1 &&
      expected === undefined &&
      (start !== from || i - start > 5)
    ) {
      // the run of such words, in a loop of its own: what holds for the first
      // (its place in the sentence, no list open) holds for the rest, so each
      // word is asked only its kind, its line and the colon after it; each
      // token is read once, as the one after a word and then as the word
      if (!isColon(tokens, i + 1)) {
        for (;;) {
          i++;
          if (i >= to || kinds[i] !== KIND_WORD || brs[i] !== 0) break;
          if (isColon(tokens, i + 1)) break;
        }
        continue;
      }
    }
    if (i > start) {
      // rule 2: line breaks
      if (tBr === 1) {
        const prevTerminal = isTerminal(tokens, i - 1) || CLOSERS.has(tokens.text[i - 1]!);
        // (the paragraph's lines are read once, at its first line break after no terminal)
        if (units === -1 && !prevTerminal && !hardLines) units = lineUnits(tokens, from, to) ? 1 : 0;
        if (
          hardLines ||
          start === mdHeading ||
          (tokens.text[i] === '#' && markdownHeading(tokens, i, separatorAt(tokens, i, to), to)) ||
          STRONG_BULLETS.has(tokens.text[i]!) ||
          ((tokens.text[i] === '-' || tokens.text[i] === '*') && i + 1 < to && !attached(tokens, i + 1)) ||
          markerAt(tokens, i, to) ||
          (prevTerminal && opensSentence(tokens, i, to) && !(EXCLAIM.has(tokens.text[i - 1]!) && shoutInQuote(tokens, i - 1, start, to))) ||
          (start === lineStart && !prevTerminal && headlineEnds(tokens, start, i, to, abbr)) ||
          (units === 1 && !prevTerminal && opensSentence(tokens, i, to))
        ) {
          start = cut(out, start, i, paragraph);
        }
      } else if (tKind !== KIND_WORD && tKind !== KIND_NUMBER && STRONG_BULLETS.has(tokens.text[i]!)) {
        // rule 3: a bullet in running text starts an item (a bullet is never
        // a word: testing the kind first spares a hash of every word)
        start = cut(out, start, i, paragraph);
      } else if (expected && !(i === start + 1 && BULLETS.has(tokens.text[start]!))) {
        const m = markerAt(tokens, i, to);
        // (not after a semicolon or a comma: the items are one sentence, "1) Apples; 2) pears."; the marker's
        // period ends nothing: "1. Smith; 2. Jones; 3. Lee.")
        if (m && m.type === expected.type && m.value === expected.value) {
          if (tokens.text[i - 1] !== ';' && tokens.text[i - 1] !== ',' && !expected.inline) start = cut(out, start, i, paragraph);
          else {
            expected = { type: m.type, value: m.value + 1, inline: expected.inline };
            i = m.next;
            continue;
          }
        }
      }
    }
    if (tBr > 0) lineStart = i;
    // list markers at the start of a sentence (or right after its bullet)
    // (or after a colon, when the list goes on on its line: "Winners: 1. Smith; 2. Jones; 3. Lee.")
    const inline = i > start && tokens.text[i] === '1' && listAfterColon(tokens, i, start, to);
    if (i === start || (i === start + 1 && BULLETS.has(tokens.text[start]!)) || inline) {
      const m = markerAt(tokens, i, to);
      if (m && (m.type !== 'upper' || opensSentence(tokens, m.next, to))) {
        expected = { type: m.type, value: m.value + 1, inline };
        i = m.next;
        continue;
      }
    }
    // rule 4a: a heading run into its paragraph ("Lovely Cottage This cottage is ...")
    if (start === from && i - start >= 2 && i - start <= 5 && tBr === 0 && HEADING_BREAK.has(tokens.text[i]!) && isHeading(tokens, start, i, abbr))
      start = cut(out, start, i, paragraph);
    // rule 4d: a figure label opening a caption is a sentence of its own: "Figure 1.5 Residents of ..."
    if (i === start && tKind === KIND_WORD && FIGURE_SET.has(tokens.text[i]!)) {
      let k = i + 1;
      if (tokens.kind[k] === KIND_NUMBER && !attached(tokens, k) && tokens.br[k]! === 0) {
        k++;
        if (k < to && attached(tokens, k) && (tokens.text[k]! === ':' || tokens.text[k]! === '.')) k++;
        if (k < to && !attached(tokens, k) && tokens.br[k]! === 0 && isCapitalized(tokens, k)) {
          start = cut(out, start, k, paragraph);
          i = k;
          continue;
        }
      }
    }
    // rule 4e: page furniture opening a sentence before a capitalized word is a sentence of its own: "Advertisement The ..."
    if (i === start && tKind === KIND_WORD && i + 1 < to && tokens.br[i + 1]! === 0 && FURNITURE_SET.has(tokens.text[i]!) && furnitureRunsOn(tokens, i, to)) {
      start = cut(out, start, i + 1, paragraph);
      i++;
      continue;
    }
    // rule 4f: a picture credit opening a sentence ends before the story run on after it
    if (i === start && tKind === KIND_WORD && CREDIT_SET.has(tokens.text[i]!)) {
      const end = creditEnd(tokens, i, to, abbr);
      if (end > 0) {
        start = cut(out, start, end, paragraph);
        i = end;
        continue;
      }
    }
    // rule 4g: a bracketed credit that ends a caption with no terminal ends it before a sentence opener:
    // "... February 16, 2011(Xinhua/ Reuters FilePhoto) | According to ..."
    if (tKind === KIND_PUNCT && tokens.text[i] === ')' && i + 1 < to && tokens.br[i + 1]! === 0 && !attached(tokens, i + 1) && creditBefore(tokens, i, start) && isOpener(tokens, i + 1, to, abbr)) {
      start = cut(out, start, i + 1, paragraph);
      i++;
      continue;
    }
    // rule 4c: a caption credit starts a sentence: "... in Washington D.C. Image: United States Navy."
    if (
      i > start &&
      tBr === 0 &&
      isColon(tokens, i + 1) &&
      CAPTION_SET.has(tokens.text[i]!) &&
      attached(tokens, i + 1) &&
      !attached(tokens, i) &&
      (tokens.kind[i - 1] !== KIND_PUNCT || tokens.text[i - 1]! === '.')
    )
      start = cut(out, start, i, paragraph);
    // rule 4: a time stamp ("08/16/2000 12:05 PM") in a mail header is a sentence of its own
    if (tKind === KIND_NUMBER) {
      const stamp = timestampAt(tokens, i, to);
      if (stamp) {
        const prev = i - 1;
        if (i > start && tBr === 0 && !isLowercase(tokens, prev) && (tokens.kind[prev] !== KIND_PUNCT || CLOSERS.has(tokens.text[prev]!) || tokens.text[prev] === '>'))
          start = cut(out, start, i, paragraph);
        const after = stamp.end;
        if (after < tokens.length && (stamp.meridiem || isCapitalized(tokens, after)) && tokens.kind[after] !== KIND_PUNCT) start = cut(out, start, stamp.end, paragraph);
        i = stamp.end;
        continue;
      }
    }
    // rule 5: after a URL or an e-mail address, a capitalized word or another address starts a sentence
    if (tKind === KIND_URL || tKind === KIND_EMAIL) {
      let k = i + 1;
      if (k < to && attached(tokens, k) && tokens.text[k]! === '>') k++;
      // (two e-mail addresses in a row are one list: "a@x.org b@y.org")
      if (k < to && !attached(tokens, k) && (isCapitalized(tokens, k) || tokens.kind[k] === KIND_URL || (tokens.kind[k] === KIND_EMAIL && tKind === KIND_URL)))
        start = cut(out, start, k, paragraph);
      i = k;
      continue;
    }
    // rule 5 too: an address in angle brackets the tokenizer could not read
    // whole ("Julie"<julie...@example.net> Groups: ...)
    if (tKind !== KIND_WORD && tokens.text[i] === '>' && i > start && i + 1 < to && isCapitalized(tokens, i + 1) && !attached(tokens, i + 1) && tokens.br[i + 1]! === 0) {
      if (bracketedAddress(tokens, i, start)) {
        start = cut(out, start, i + 1, paragraph);
        i++;
        continue;
      }
    }
    if (tKind !== KIND_PUNCT) {
      i++;
      continue;
    }
    const ch = tokens.text[i]!;
    // its code: punctuation is one code point, and an ASCII one is one code
    // unit, so the tests below compare numbers, not strings
    const cc = ch.charCodeAt(0);
    // rule 6: in running text, an emoticon or a separator run ("***", "=====")
    // ends a sentence before a capitalized word ("... community :-) Posted by");
    // a spaced dash ("—", "--") before a sentence opener ends an interrupted
    // one ("We need a — Do you have any?")
    if (i === start || !attached(tokens, i)) {
      const face = i > start ? emoticonAt(tokens, i, to) : i;
      const run = face > i ? face : separatorAt(tokens, i, to);
      // a markdown heading ("## Results") at the start of a line is no separator: its line is a sentence
      if (cc === 35 /* '#' */ && i === start && (i === from || tokens.br[i]! > 0) && markdownHeading(tokens, i, run, to)) {
        mdHeading = i;
        i = run;
        continue;
      }
      if (run > i && (run >= to || !attached(tokens, run)) && (i > start || run - i >= 2)) {
        const dash = face === i && DASHES.has(ch);
        if (
          run >= to ||
          (tokens.br[run] === 0 &&
            (i === start
              ? opensSentence(tokens, run, to)
              : dash
                ? interrupted(tokens, i) && !NOT_AFTER_DASH.has(tokens.text[run]!) && OPENER_SET.has(tokens.text[run]!)
                : isCapitalized(tokens, run) && (face > i || run - i >= 3)))
        )
          start = cut(out, start, run, paragraph);
        i = run;
        continue;
      }
    }
    // rule 7: "Best regards, Jane", "Hi, Yes ...": a closing formula or a greeting ends a sentence at its comma
    if (
      cc === 44 && // ','
      i + 1 < to &&
      isCapitalized(tokens, i + 1) &&
      formulaEnds(tokens, start, i, to, abbr)
    ) {
      start = cut(out, start, i + 1, paragraph);
      i++;
      continue;
    }
    // rule 8: ? and ! (not a "?" glued to a colon, a stand-in for a lost character: "Fax:? 203")
    // ('。' and '｡' are the only full stops besides '.' and '…', none of them ASCII)
    const fullStop = cc >= 128 && FULL_STOPS.has(ch);
    if ((fullStop || (cc < 128 ? EXCLAIM.hasAscii(cc) : EXCLAIM.has(ch))) && !(attached(tokens, i) && tokens.text[i - 1]! === ':')) {
      let j = i;
      while (j + 1 < to && attached(tokens, j + 1) && EXCLAIM.has(tokens.text[j + 1]!)) j++;
      const end = closeAfter(tokens, j, to);
      // a name ending in "!" goes on before its legal form: "Yahoo! Inc. said"
      const named = end === j + 1 && end < to && tokens.kind[end] === KIND_WORD && AFTER_NAME_SET.has(tokens.text[end]!);
      // a short quoted exclamation that the sentence goes on after: "chanting ``Liberty! Liberty!'' blocked"
      const shout = end === j + 1 && !fullStop && shoutInQuote(tokens, i, start, to);
      if (
        !shout &&
        (end >= to ||
        fullStop ||
        (!named &&
          ((!isLowercase(tokens, end) && tokens.text[end] !== ',' && opensSentence(tokens, end, to)) ||
            (!quoted(tokens, j + 1, end) && isLowercase(tokens, end) && lowerAfterExclaim(tokens, i, start)))))
      )
        start = cut(out, start, end, paragraph);
      i = end;
      continue;
    }
    if (cc !== 46 && cc !== 0x2026) {
      // not '.' or '…'
      i++;
      continue;
    }
    // rule 9: dot runs and ellipses
    let dots = cc === 0x2026 ? 3 : 1;
    let j = i;
    let spaced = false;
    while (j + 1 < to) {
      const u = tokens.text[j + 1]!;
      if (tokens.kind[j + 1] === KIND_WORD || (u !== '.' && u !== '…') || tokens.br[j + 1]! > 0) break;
      const gap = tokens.start[j + 1]! - tokens.end[j]!;
      if (gap > 1) break;
      if (gap === 1) {
        if (text.charCodeAt(tokens.end[j]!) !== 32) break;
        spaced = true;
      }
      dots += u === '…' ? 3 : 1;
      j++;
    }
    if (dots >= 2) {
      // an ellipsis that opens a sentence does not end it: "...Now comes the fun part"
      if (i === start) {
        i = j + 1;
        continue;
      }
      const elision = i > from && attached(tokens, i) && (tokens.text[i - 1] === '[' || tokens.text[i - 1] === '(');
      const end = closeAfter(tokens, j, to);
      if (elision || end >= to) {
        // an elision before a capitalized word skips to a new sentence: "crop yields [...] Ozone is ..."
        // (not before "I", nor before a name inside a quotation: "Bohr [...] used" goes on)
        // (nor after a function word, nor before a name of two capitalized words: "The [...] European Union
        // said", "covers [...] New York and")
        if (
          end >= to ||
          (tokens.br[end] === 0 &&
            tokens.text[end] !== 'I' &&
            isCapitalized(tokens, end) &&
            !(elision && i - 2 >= start && tokens.kind[i - 2] === KIND_WORD && STOPWORDS.has(tokens.text[i - 2]!.toLowerCase())) &&
            !(elision && end + 1 < to && isCapitalized(tokens, end + 1) && tokens.br[end + 1] === 0 && !isOpener(tokens, end, to, abbr)))
        )
          start = cut(out, start, end, paragraph);
        i = end;
        continue;
      }
      if (dots === 4 && spaced && attached(tokens, i) && tokens.start[i + 1]! > tokens.end[i]!) {
        // "compounds. . . . The": the period ends the sentence, the ellipsis opens the next
        if (isCapitalized(tokens, end) || tokens.br[end]! > 0) {
          start = cut(out, start, i + 1, paragraph);
          i = end;
          continue;
        }
      }
      const next = tokens.text[end]!;
      const capital = isCapitalized(tokens, end) || (OPENING.has(next) && isCapitalized(tokens, end + 1));
      // "... I" goes on in spaced ellipses (". . . I didn't mean it"), ends otherwise ("for... I got sick")
      if (tokens.br[end]! > 0 || (capital && (dots >= 4 || next !== 'I' || !spaced))) start = cut(out, start, end, paragraph);
      i = end;
      continue;
    }
    // rule 10: a single period
    const end = closeAfter(tokens, i, to);
    if (end >= to) {
      start = cut(out, start, end, paragraph);
      i = end;
      continue;
    }
    const [word, wordStart] = wordBefore(text, tokens, i, start);
    // an abbreviation in brackets of its own ("Gen. (ret.) John Smith"): the bracket closes the
    // abbreviation, not a sentence
    const ownBracket =
      end === i + 2 && tokens.text[i + 1] === ')' && wordStart > start && tokens.text[wordStart - 1] === '(' && attached(tokens, wordStart);
    const closed = quoted(tokens, i + 1, end) && !ownBracket;
    let kind = kindOf(abbr, word);
    // "Downing St.", "John Smith Sr.", "6 ft.": a title written after a name or a number reads as an ambiguous abbreviation
    // (after a number or an ordinal too: "42nd St.")
    if ((kind & SUFFIX) !== 0 && wordStart > start && (isCapitalized(tokens, wordStart - 1) || startsWithDigit(tokens, wordStart - 1)))
      kind = (kind & ~TITLE) | AMBIGUOUS_ABBR;
    // "5 in. tall": a measure after a number
    else if ((kind & MEASURE) !== 0 && wordStart > start && tokens.kind[wordStart - 1] === KIND_NUMBER) kind |= AMBIGUOUS_ABBR;
    if (!closed && !ownBracket && tokens.start[i + 1]! === tokens.end[i]!) {
      // no space after the period: "world.Today", "1,000.That" end; "U.S.A", "e.g" go on
      const prev = i - 1;
      const isAbbr =
        isTitle(kind, word, tokens, end) || isNumbered(kind) || isAmbiguous(kind) || word.includes('.');
      if (
        !isAbbr &&
        attached(tokens, i) &&
        ((tokens.kind[prev] === KIND_WORD && tokens.text[prev]!.length >= 2) || tokens.kind[prev] === KIND_NUMBER || tokens.text[prev] === '%') &&
        tokens.kind[end] === KIND_WORD &&
        isCapitalized(tokens, end) &&
        tokens.text[end]!.length >= 2 &&
        !DOMAIN_SET.has(tokens.text[end]!.toLowerCase())
      ) {
        start = cut(out, start, end, paragraph);
      }
      i = end;
      continue;
    }
    let brk: boolean;
    if (!word || !attached(tokens, i)) {
      // rule 10c: a period standing alone between spaces after a word, as in
      // pre-tokenized text ("on sunday . the win was ..."), ends the sentence
      // whatever the case of the next word
      const detached =
        !closed && i > start && tokens.kind[i - 1] === KIND_WORD && !attached(tokens, i) && isLowercase(tokens, end);
      brk = detached || (opensSentence(tokens, end, to) && tokens.text[end] !== ',');
    } else if (!closed && isLowercase(tokens, end) && plainWordBefore(tokens, i, word, kind) && !markerAt(tokens, end, to)) {
      // rule 10b: "i am going out. jill is coming": a lower-case sentence
      // after a period that ends a plain word (not an abbreviation)
      brk = true;
    } else if (isTitle(kind, word, tokens, end) && !closed) {
      // a title of three letters or more written in lower case is a noun at the end of a sentence before a
      // sentence opener: "the chief engr. Then he retired", "a teaching asst. The job ..."
      brk = word.length >= 3 && LOWER_WORD.test(word) && word !== 'viz' && isOpener(tokens, end, to, abbr);
    } else if (!closed && DAY_SET.has(word) && tokens.kind[end] === KIND_WORD && (kindOf(abbr, tokens.text[end]!) & MONTH) !== 0) {
      // a day before a month: "ends Sun. Jan. 12"
      brk = false;
    } else if (isNumbered(kind) && !closed && isNumeral(tokens, end)) {
      brk = false;
    } else if ((kind & MONTH) !== 0 && !closed) {
      // rule 10d: "Jan. 5", "in Jan. and Feb." go on; "closed in Jan. Profits rose" ends
      // (a number: also one glued to a word, "Apr. 4on")
      brk = tokens.kind[end] !== KIND_NUMBER && !startsWithDigit(tokens, end) && opensSentence(tokens, end, to) && tokens.text[end] !== ',';
      // after a determiner a month is a modifier ("the Jan. Transfer window", "The Oct. Revolution"): it ends
      // a sentence only before a sentence opener
      if (brk && isDeterminer(tokens, wordStart - 1, start)) brk = isOpener(tokens, end, to, abbr);
    } else if (
      !closed &&
      ((isAmbiguous(kind) && !isAcronym(word, tokens, wordStart - 1, end)) ||
        // (an initialism has a period second, or third after an astral letter; no read past the end of a
        // short word: see READS in tokenize.ts)
        (word.length > 2 && (word.charCodeAt(1) === 46 || word.charCodeAt(2) === 46) && INITIALISM.test(word)) ||
        // an initial, but not the last letter of "AT&T" or "Jay-Z"
        (word.length === 1 && isCapitalized(tokens, i - 1) && !(attached(tokens, i - 1) && JOINERS.has(tokens.text[i - 2] ?? ''))))
    ) {
      brk = isOpener(tokens, end, to, abbr);
      // a plural subject and a lower-case word: "Acme Inc. Shareholders were not told"
      // (not when the sentence so far is only a name: "The U.S. Officials were briefed", "Acme Inc. Shares rose")
      if (
        !brk &&
        isAmbiguous(kind) &&
        SUBJECT_SET.has(tokens.text[end]!) &&
        contentBefore(tokens, start, wordStart) &&
        end + 1 < to &&
        isLowercase(tokens, end + 1)
      )
        brk = true;
      // a company's legal form before a name and its comma: "Cruise Lines Inc. Carnival, which has ..."
      // (not when the sentence so far is only the company: "Acme Inc. Chairman, John Smith, resigned")
      if (
        !brk &&
        COMPANY_SET.has(word) &&
        (contentBefore(tokens, start, wordStart) || repeatsName(tokens, start, wordStart, end)) &&
        isCapitalized(tokens, end) &&
        // (not a date: "Foo Corp. Monday, the company said")
        !AFTER_TIME_SET.has(tokens.text[end]!) &&
        end + 1 < to &&
        tokens.text[end + 1] === ',' &&
        attached(tokens, end + 1)
      )
        brk = true;
      // a state after a comma closes a place: "of Miami Beach, Fla. Sister Jeanne said ..."
      if (
        !brk &&
        tokens.text[wordStart - 1] === ',' &&
        wordStart - 1 > start &&
        STATE_SET.has(word) &&
        isCapitalized(tokens, pastOpening(tokens, end, to)) &&
        // (not in a dateline: "RAPID CITY, S.D. (AP) —")
        !inCapitals(tokens, pastOpening(tokens, end, to)) &&
        !inCapitals(tokens, wordStart - 2) &&
        lowerBefore(tokens, start, wordStart - 1) &&
        // (not a place after a determiner, a modifier: "the Trenton, N.J. Office")
        !isDeterminer(tokens, placeStart(tokens, wordStart - 1, start) - 1, start)
      )
        brk = true;
      // after a time of day, a capitalized word other than a day, a month or a time zone starts a sentence:
      // "until 2 p.m. Meet the designer", not "at 9 a.m. EST Tuesday" or "3 p.m. Moscow time"
      // (not after a determiner, where the time is a modifier: "Catch the 7:15 a.m. Amtrak train")
      if (
        !brk &&
        (word === 'p.m' || word === 'a.m') &&
        isCapitalized(tokens, end) &&
        !afterTime(tokens, end, to, abbr) &&
        !isDeterminer(tokens, timeStart(tokens, wordStart, start) - 1, start)
      )
        brk = true;
      // an opening time phrase is not a sentence: "At 5 a.m. Mr. Smith went ..."
      if (brk && /^[ap]\.m$/i.test(word)) {
        let wordsBefore = 0;
        for (let k = start; k < wordStart && wordsBefore < 3; k++) {
          if (tokens.kind[k] === KIND_WORD || tokens.kind[k] === KIND_NUMBER) wordsBefore++;
        }
        if (wordsBefore <= 2) brk = false;
      }
    } else {
      brk = opensSentence(tokens, end, to) && tokens.text[end] !== ',';
    }
    if (brk) start = cut(out, start, end, paragraph);
    i = end;
  }
  cut(out, start, to, paragraph);
}
