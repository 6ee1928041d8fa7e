// Step 2 of the summary pipeline: which sentences may be chosen, and how
// good each one is.
//
//   eligible   the dateline is never a sentence (the document strips it);
//              never chosen either: headlines (a line without final
//              punctuation, or a short first line alone in its paragraph
//              ending in "?", "!" or "..."), captions and page furniture
//              ("Photo: ...", "... (AP Photo)", "Scroll down for video."; the
//              lists are data/captions.ts), broadcast handoffs and sign-ins
//              ("ABC's Lisa Stark has more.", "I'm Sachi Koto."), fragments
//              of fewer than 4 words,
//              and lines with fewer than 2 lower-case words (time stamps,
//              bylines, title-case lines). A source tag before the lead
//              ("(CNN) --", "WASHINGTON (AP) —", "CLEVELAND —") is left out
//              of the lead's span, like a dateline;
//   position   news is front-loaded: the k-th eligible sentence gets
//              1 / (1 + k)^alpha (the lead baseline, made soft);
//   centrality PacSum (Zheng & Lapata, 2019): a directed, position-aware
//              degree. Similarities are cut at a threshold; edges to later
//              sentences count positively, edges to earlier ones negatively
//              (a sentence the rest of the text elaborates is central; one
//              that repeats what came before is not). Only a window of
//              WINDOW sentences on each side is compared, so the cost is
//              O(n · WINDOW), never O(n²);
//   coverage   how much of the document's recurring vocabulary the sentence
//              carries (a centroid score, Radev et al., 2004): terms that
//              occur in several sentences weigh log(sentence frequency), and
//              terms of the headline weigh more, as in Edmundson (1969);
//   score      a weighted sum of the three, each scaled to 0..1 in the
//              document.
import { internals, memo, type PrecisDocument } from '../document.js';
import type { Segmentation, SentenceRange } from '../text/sentences.js';
import { isCapitalized, isLowercase, KIND_NUMBER, KIND_WORD, type Tokens } from '../text/tokenize.js';
import {
  CAPTION_LABELS,
  CREDIT_BY_LABELS,
  CREDIT_WORDS,
  FURNITURE_ENDINGS,
  FURNITURE_OPENERS,
  FURNITURE_TAILS,
  AFTER_GREETING,
  HANDOFF_ENDINGS,
  HANDOFF_OPENERS,
  HANDOFF_WORDS,
  DATE_WORDS,
  ORGANISATION_WORDS,
  REPORTING_VERBS,
} from './data/captions.js';
import { cosine, type TermSpace, termSpace } from './similarity.js';

/** The weights of the method (unsupervised: set by hand and checked on a development set). */
export interface RankParams {
  /** Position prior: 1 / (1 + k)^alpha for the k-th eligible sentence. */
  alpha: number;
  /** Weight of the position prior. */
  position: number;
  /** Weight of PacSum centrality. */
  centrality: number;
  /** Weight of vocabulary coverage. */
  coverage: number;
  /** PacSum weight of edges to earlier sentences (negative: repeating earlier text is not central). */
  backward: number;
  /** PacSum weight of edges to later sentences. */
  forward: number;
  /** PacSum threshold, as a fraction between the smallest and the largest similarity in the document. */
  beta: number;
  /** Sentences compared on each side. */
  window: number;
  /** Coverage is divided by (words in the sentence)^lengthNorm: 0 favours long sentences, 1 short ones. */
  lengthNorm: number;
  /** Extra weight of a headline term in coverage. */
  headline: number;
}

/** The defaults, checked on the first half of the BBC News Summary set (see docs/summary.md). */
export const DEFAULT_PARAMS: RankParams = {
  alpha: 1,
  position: 2,
  centrality: 0.3,
  coverage: 1,
  backward: -0.3,
  forward: 1,
  beta: 0.3,
  window: 10,
  lengthNorm: 0.3,
  headline: 0.5,
};

/** What the ranking knows about each sentence. */
export interface Ranking {
  /** Score of each sentence (0 when not eligible). */
  readonly scores: Float64Array;
  /** The first token of each sentence as reported: after a source tag ("(CNN) --") in the lead. */
  readonly firstToken: Int32Array;
  /** May the sentence be in a summary? */
  readonly eligible: Uint8Array;
  /** Sentence indexes, best first (eligible ones first, then the rest in document order). */
  readonly order: Int32Array;
  readonly space: TermSpace;
}

const TERMINAL = new Set(['.', '!', '?', '…', '。']);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»', '›']);
const LABEL_MARKS = new Set([':', '-', '–', '—', '|']);
const OPEN_PARENS = new Set(['(', '[']);

/** Does tokens[from, to) end with final punctuation (maybe followed by closing quotes or brackets)? */
function endsWithTerminal(tokens: Tokens, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && CLOSERS.has(tokens.text[i]!)) i--;
  return i >= from && TERMINAL.has(tokens.text[i]!);
}

/** The words of tokens[from, to), lower-cased, skipping punctuation: the first `max` from the start or the end. */
function wordsAt(tokens: Tokens, from: number, to: number, max: number, fromEnd: boolean): string[] {
  const out: string[] = [];
  for (let step = 0; step < to - from && out.length < max; step++) {
    const k = fromEnd ? to - 1 - step : from + step;
    if (tokens.kind[k] === KIND_WORD || tokens.kind[k] === KIND_NUMBER) out.push(tokens.text[k]!.toLowerCase());
  }
  return fromEnd ? out.reverse() : out;
}

function matchesAny(words: string[], list: readonly (readonly string[])[], atEnd: boolean): boolean {
  return list.some((p) => {
    if (p.length > words.length) return false;
    const offset = atEnd ? words.length - p.length : 0;
    return p.every((w, i) => words[offset + i] === w);
  });
}

const YEAR = /^(1[89]|20)\d\d$/;

/** The index of the `n`-th word or number token from `from` (0 for the first), or `to`. */
function wordIndex(tokens: Tokens, from: number, to: number, n: number): number {
  for (let k = from; k < to; k++) if ((tokens.kind[k] === KIND_WORD || tokens.kind[k] === KIND_NUMBER) && n-- === 0) return k;
  return to;
}

/** Do the last words of tokens[from, to) read one of `list`, case-sensitive (punctuation skipped)? */
function endsWith(tokens: Tokens, from: number, to: number, list: readonly (readonly string[])[]): boolean {
  const out: string[] = [];
  for (let k = to - 1; k >= from && out.length < 4; k--) if (tokens.kind[k] === KIND_WORD || tokens.kind[k] === KIND_NUMBER) out.push(tokens.text[k]!);
  out.reverse();
  return matchesAny(out, list, true);
}

/** A caption, a credit or page furniture rather than a sentence of the story. */
function isCaption(tokens: Tokens, from: number, to: number): boolean {
  const first = wordsAt(tokens, from, to, 3, false);
  if (matchesAny(first, FURNITURE_OPENERS, false)) return true;
  const w0 = wordIndex(tokens, from, to, 0);
  const w1 = wordIndex(tokens, w0 + 1, to, 0);
  const w2 = wordIndex(tokens, w1 + 1, to, 0);
  // a rights line: "© Copyright 2011 The Washington Times, LLC.", not "Copyright education has ..."
  // nor "Copyright 2024 infringement case ...": the owner's name (or nothing) follows the year
  if (first[0] === 'copyright' && first[1] !== undefined && YEAR.test(first[1]) && !(w2 < to && isLowercase(tokens, w2))) return true;
  // a credit with "by": "Photo by Jane Doe/...", "Photo by the Associated Press", not "Photo by photo, the ..."
  if (first[0] !== undefined && CREDIT_BY_LABELS.has(first[0]) && first[1] === 'by' && w2 < to && (isCapitalized(tokens, w2) || (tokens.text[w2] === 'the' && isCapitalized(tokens, w2 + 1)))) return true;
  const last = wordsAt(tokens, from, to, 4, true);
  if (matchesAny(last, FURNITURE_ENDINGS, true)) return true;
  if (endsWith(tokens, from, to, FURNITURE_TAILS)) return true;
  // "Photo: ...", "Read more: ...": one or two label words, then a colon or a dash
  for (let i = from; i < Math.min(to, from + 2); i++) {
    if (tokens.kind[i] !== KIND_WORD || !CAPTION_LABELS.has(tokens.text[i]!.toLowerCase())) break;
    if (i + 1 < to && LABEL_MARKS.has(tokens.text[i + 1]!)) return true;
  }
  // "... (AP Photo/Jane Doe)" or "... [Reuters]" at the end
  let i = to - 1;
  if (i >= from && TERMINAL.has(tokens.text[i]!)) i--;
  if (i < from || !CLOSERS.has(tokens.text[i]!)) return false;
  for (let k = i - 1, steps = 0; k >= from && steps < 12; k--, steps++) {
    const t = tokens.text[k]!;
    if (OPEN_PARENS.has(t)) return false;
    if (tokens.kind[k] === KIND_WORD && CREDIT_WORDS.has(t.toLowerCase())) {
      // the bracket group must be the credit: find its opening bracket close by
      for (let o = k - 1, s2 = 0; o >= from && s2 < 12; o--, s2++) if (OPEN_PARENS.has(tokens.text[o]!)) return true;
      return false;
    }
  }
  return false;
}

/** The longest handoff, in words: "From member station KQED, Ann Lee has more from San Francisco." */
const HANDOFF_WORDS_MAX = 12;

/** The longest sign-off, in words: "For The World, this is Pamela McCall in the BBC news room in London." */
const SIGN_OFF_WORDS_MAX = 16;

/**
 * A reporter's sign-off that names the programme first: "For <programme>,
 * this is <Name> ..." or "For <programme>, I'm <Name> ...", the name two
 * capitalized words or more, not a possessive ("For Smith, this is Jane
 * Doe's best year." is story text).
 */
function signOff(tokens: Tokens, from: number, to: number): boolean {
  if (tokens.text[from] !== 'For') return false;
  let c = from + 1;
  while (c < to && c - from <= 6 && tokens.text[c] !== ',') c++;
  // the programme is a name ("For The World", "For NPR news"), not "For the first time" or "For fans"
  if (c >= to || tokens.text[c] !== ',' || !broadcastBefore(tokens, from + 1, c)) return false;
  let k = c + 1;
  const t = tokens.text[k];
  if (t === 'this' && tokens.text[k + 1] === 'is') k += 2;
  else if (t === "I'm" || t === 'I’m') k += 1;
  else return false;
  let n = k;
  while (n < to && isCapitalized(tokens, n)) n++;
  // after the name, the end or where the reporter is: "... in the BBC news room", not "World War Two all over again"
  const after = tokens.text[n];
  if (n < to && !TERMINAL.has(after!) && !SIGN_OFF_AFTER.has(after!)) return false;
  return n - k >= 2 && !/['’]s$/.test(tokens.text[n - 1]!) && after !== "'" && after !== '’';
}

/**
 * Words before a reporter's name or a sign-in, from `from` to `to`:
 * capitalized words, commas and a few broadcast words (HANDOFF_WORDS: "From
 * member station KQED, Ann Lee reports.", "CNN headline news, I'm ..."), no
 * number, no quotation mark and no other lower-case word ("She wrote: \"I'm
 * Ann Lee.\"", "The singer told the crowd, I'm ...").
 */
function broadcastBefore(tokens: Tokens, from: number, to: number): boolean {
  for (let b = from; b < to; b++) {
    const t = tokens.text[b]!;
    if (tokens.kind[b] === KIND_NUMBER || OPEN_QUOTES.has(t)) return false;
    if (isLowercase(tokens, b) && !HANDOFF_WORDS.has(t)) return false;
  }
  return true;
}

/** What may follow the name in a sign-off: where the reporter is, or "reporting". */
const SIGN_OFF_AFTER = new Set([',', 'in', 'at', 'from', 'on', 'reporting', 'for', 'with']);
const OPEN_QUOTES = new Set(['"', '“', '‘', '«', '`', '``']);

/** Does tokens[from, to) hold a possessive ("ABC's", "The Post’s")? */
function possessive(tokens: Tokens, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens.text[k]!;
    if (t.endsWith("'s") || t.endsWith('’s')) return true;
  }
  return false;
}

/**
 * A broadcast greeting opening a short line: "Good evening." or "Good
 * morning" before a comma, a name or a few words (AFTER_GREETING: "Good
 * evening from Havana.", "Good evening and welcome."), "Live from" before a
 * place that ends the line or a clause ("Live from Atlanta, good evening
 * ..."), "Here's" before a name that ends the line or hands over ("Here's
 * ABC's Jim Laurie with more."). Not a greeting that names something ("Good
 * Morning America hosted ...", "Good evening classes are ...", "Live from
 * Baghdad was a film ...", "Here's Johnny Carson at his best ..."), nor one
 * quoted with a reporting verb ("Good morning, the Speaker said as ...").
 */
function greeting(tokens: Tokens, from: number, to: number): boolean {
  const first = tokens.text[from]!;
  let k = from + 1;
  if (first === "Here's" || first === 'Here’s') {
    // "Here's" before a name ("Here's ABC's Jim Laurie with more."), not before a lower-case word ("Here's the deal")
    while (k < to && isCapitalized(tokens, k)) k++;
    return k > from + 1 && (k >= to || TERMINAL.has(tokens.text[k]!) || tokens.text[k] === 'with');
  }
  if (!matchesAny(wordsAt(tokens, from, to, 2, false), HANDOFF_OPENERS, false)) return false;
  for (let r = from; r < to; r++) if (REPORTING_VERBS.has(tokens.text[r]!)) return false;
  if (first === 'Live' || first === 'live' || first === 'LIVE') {
    // "Live from <place>" then a comma or the end
    k = from + 2;
    while (k < to && isCapitalized(tokens, k)) k++;
    return k > from + 2 && (k >= to || tokens.text[k] === ',' || TERMINAL.has(tokens.text[k]!));
  }
  // "Good evening", not "Good Morning America" (a line in capitals greets too: "GOOD EVENING.")
  if (!(isLowercase(tokens, k) || (isAllCaps(tokens, from) && isAllCaps(tokens, k)))) return false;
  k++;
  return k >= to || AFTER_GREETING.has(tokens.text[k]!.toLowerCase()) || TERMINAL.has(tokens.text[k]!) || isCapitalized(tokens, k);
}

/**
 * A broadcast handoff or sign-off rather than a sentence of the story: a
 * short line that ends, before an optional place ("from San Francisco"),
 * with a handoff phrase after a name of two capitalized words or more ("ABC's
 * Lisa Stark has more.", "Lisa Schlein reports from Geneva."), with no
 * number and no lower-case word before the name but a few broadcast words
 * ("From member station KQED, ..."); or a sign-in, "I'm" before the name
 * that ends the line ("CNN headline news, I'm Sachi Koto."); or a
 * greeting or "Here's" opening it ("Good evening from Havana.", "Here's
 * ABC's Jim Laurie with more.").
 */
function isHandoff(tokens: Tokens, from: number, to: number): boolean {
  // (stop counting past the limit: a long sentence costs no more than a short one)
  let words = 0;
  for (let i = from; i < to && words <= SIGN_OFF_WORDS_MAX; i++) if (tokens.kind[i] === KIND_WORD || tokens.kind[i] === KIND_NUMBER) words++;
  if (words > SIGN_OFF_WORDS_MAX) return false;
  if (signOff(tokens, from, to)) return true;
  if (words > HANDOFF_WORDS_MAX) return false;
  let end = to - 1;
  while (end >= from && tokens.kind[end] !== KIND_WORD) end--;
  if (end < from) return false;
  if (greeting(tokens, from, to)) return true;
  // a place after the phrase: "... has more from San Francisco"
  let k = end;
  while (k > from && (isCapitalized(tokens, k) || tokens.text[k] === ',')) k--;
  if (k < end && (tokens.text[k] === 'from' || tokens.text[k] === 'in') && !DATE_WORDS.has(tokens.text[k + 1]!)) end = k - 1;
  // a sign-in: "I'm Sachi Koto" ends the line (maybe with "in Washington")
  for (let i = Math.max(from, end - 4); i <= end; i++) {
    const t = tokens.text[i]!;
    if ((t === "I'm" || t === 'I’m') && i < end && isCapitalized(tokens, i + 1) && broadcastBefore(tokens, from, i)) {
      let j = i + 1;
      while (j <= end && isCapitalized(tokens, j)) j++;
      if (j > end) return true;
    }
  }
  for (const phrase of HANDOFF_ENDINGS) {
    const start = end - phrase.length + 1;
    if (start <= from + 1) continue;
    let match = true;
    for (let p = 0; p < phrase.length && match; p++) match = tokens.text[start + p] === phrase[p];
    if (!match) continue;
    // the name: two capitalized words or more right before the phrase
    let n = start - 1;
    while (n >= from && isCapitalized(tokens, n)) n--;
    if (start - 1 - n < 2) continue;
    // a person, not an organisation: "Acme Corp has the details.", "The Wall Street Journal reports."
    if (ORGANISATION_WORDS.has(tokens.text[start - 1]!)) continue;
    if (tokens.text[n + 1] === 'The' && !possessive(tokens, n + 1, start)) continue;
    // before the name: capitalized words, commas and a few broadcast words
    return broadcastBefore(tokens, from, n + 1);
  }
  return false;
}

// '_' is the dash of AP wire copy typed on old terminals: "MANILA, Philippines (AP) _ ", "WASHINGTON _ "
const DASHES = new Set(['-', '–', '—', '‐', '_']);
const TAG_INNER = new Set(['.', '/', '&', '-']);

/** A word in capitals ("CLEVELAND", "NEW"), as datelines write places. */
function isAllCaps(tokens: Tokens, i: number): boolean {
  if (tokens.kind[i] !== KIND_WORD) return false;
  const text = tokens.text[i]!;
  return text.length > 2 && text === text.toUpperCase() && isCapitalized(tokens, i);
}

/**
 * The first token after a source tag that opens a story and that the
 * document did not take as a dateline: "(CNN) -- ", "WASHINGTON (AP) — ",
 * "LONDON, England (Reuters) - ", "CLEVELAND — ", "(CNN)The ...", a byline in
 * capitals before the place ("BY JANE DOE ROME—"), a place in capitals
 * with a colon ("LONDON: "), and AP's
 * underscore dash ("MANILA, Philippines (AP) _ ", "WASHINGTON _ "). `from` when
 * there is none.
 */
export function afterSourceTag(tokens: Tokens, from: number, to: number): number {
  let i = from;
  // a place: up to 8 capitalized words, commas and abbreviation dots ("NEW YORK, N.Y.")
  while (i < to && i - from < 8 && (isCapitalized(tokens, i) || tokens.text[i]! === ',' || tokens.text[i]! === '.')) i++;
  let j = i;
  if (i < to && tokens.text[i]! === '(') {
    if (!isCapitalized(tokens, i + 1)) return from;
    j = i + 2;
    // the source: up to 4 more words, dots or slashes ("EW.com", "AP/Reuters")
    while (j < to && j - i < 6 && (tokens.kind[j] === KIND_WORD || TAG_INNER.has(tokens.text[j]!))) j++;
    if (j >= to || tokens.text[j]! !== ')') return from;
    j++;
  } else if (!(isAllCaps(tokens, from) || byline(tokens, from, i)) || tokens.text[i - 1] === ',') {
    // without a source in brackets, only a place in capitals: "CLEVELAND — "
    return from;
  }
  let k = j;
  // an underscore is a dash only with a space after it ("(AP)_ The", not "SNAKE_CASE")
  while (k < to && DASHES.has(tokens.text[k]!) && (tokens.text[k] !== '_' || (k + 1 < to && tokens.start[k + 1]! > tokens.end[k]!))) k++;
  // a place in capitals with a colon, as Asian and Gulf wires write it: "LONDON: Wayne Rooney scored ...";
  // not initials of three letters or fewer, which name the source of a claim ("FBI: The suspect acted alone ...")
  if (k === j && j === i && i > from && tokens.text[i] === ':' && tokens.start[i] === tokens.end[i - 1] && isCapitalized(tokens, i + 1) && (i - from > 1 || tokens.text[from]!.length > 3))
    k = i + 1;
  // "(CNN)The quake ...": a source in capitals opening the text needs no dash
  const bare = k === j && i === from && j > i && isAllCaps(tokens, i + 1) && isCapitalized(tokens, j);
  if ((k === j && !bare) || to - k < 3) return from;
  // a place with no source before a lower-case word is a phrase of the sentence: "USA _ the country that ... _ celebrates"
  if (j === i && isLowercase(tokens, k)) return from;
  return k;
}

/**
 * A byline in capitals before the place, tokens[from, i): "BY", a name of
 * two words or more and the place ("BY JANE DOE ROME"), not "BY AIR", "BY
 * DESIGN" or "BY THE NUMBERS", which open a sentence or a heading.
 */
function byline(tokens: Tokens, from: number, i: number): boolean {
  return tokens.text[from] === 'BY' && i - from >= 4 && tokens.text[from + 1] !== 'THE' && isAllCaps(tokens, from + 1);
}

/** Prose has lower-case words; a time stamp, a byline or a title-case line has (almost) none. */
function lowercaseWords(tokens: Tokens, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to && n < 2; i++) if (isLowercase(tokens, i)) n++;
  return n;
}

const HEADLINE_MARKS = new Set(['?', '!', '…', '.']);

/**
 * A short first line that asks or exclaims, alone in its paragraph, with the
 * story below it, is a headline ("Can Yahoo dominate next decade?",
 * "Rivals of the £400 Apple..."), not a lead.
 */
function isQuestionHeadline(tokens: Tokens, seg: Segmentation, s: SentenceRange, words: number): boolean {
  const paragraph = seg.paragraphs[s.paragraph];
  if (!paragraph || paragraph.from !== s.from || paragraph.to !== s.to) return false;
  if (words >= 10 || seg.paragraphs.length < 2) return false;
  let i = s.to - 1;
  while (i > s.from && CLOSERS.has(tokens.text[i]!)) i--;
  const last = tokens.text[i]!;
  // a plain period ends a lead; "?" "!" "…" or a run of dots end a headline
  return HEADLINE_MARKS.has(last) && (last !== '.' || tokens.text[i - 1] === '.');
}

/** Which sentences may be chosen, and which are headlines (their terms weigh more). */
function eligibility(
  doc: PrecisDocument,
  space: TermSpace,
): { eligible: Uint8Array; headline: boolean[]; firstToken: Int32Array } {
  const { tokens, seg } = internals(doc);
  const n = seg.sentences.length;
  const eligible = new Uint8Array(n);
  const firstToken = Int32Array.from(seg.sentences, (s) => s.from);
  const headline: boolean[] = new Array(n).fill(false);
  let any = false;
  let seenBody = false;
  for (let k = 0; k < n; k++) {
    const s = seg.sentences[k]!;
    const words = space.vectors[k]!.words;
    const terminal = endsWithTerminal(tokens, s.from, s.to);
    if (!terminal || (k === 0 && isQuestionHeadline(tokens, seg, s, words))) {
      // a line with no final punctuation before the story starts is a headline
      if (!seenBody) headline[k] = true;
      continue;
    }
    if (words < 4 || lowercaseWords(tokens, s.from, s.to) < 2 || isCaption(tokens, s.from, s.to) || isHandoff(tokens, s.from, s.to)) continue;
    eligible[k] = 1;
    // the lead may open with a source tag: leave it out of the sentence
    if (!seenBody) firstToken[k] = afterSourceTag(tokens, s.from, s.to);
    seenBody = true;
    any = true;
  }
  // a text with no punctuation at all: every sentence with words is a candidate
  if (!any) {
    for (let k = 0; k < n; k++) {
      if (space.vectors[k]!.words > 0 && !isCaption(tokens, seg.sentences[k]!.from, seg.sentences[k]!.to)) {
        eligible[k] = 1;
        headline[k] = false;
      }
    }
  }
  return { eligible, headline, firstToken };
}

/** Scale values to 0..1 by their maximum over eligible sentences. */
function scale(values: Float64Array, eligible: Uint8Array): void {
  let max = 0;
  for (let k = 0; k < values.length; k++) if (eligible[k] && values[k]! > max) max = values[k]!;
  if (max > 0) for (let k = 0; k < values.length; k++) values[k] = eligible[k] ? values[k]! / max : 0;
}

/** PacSum centrality over a bounded window, for eligible sentences. */
function centrality(space: TermSpace, eligible: Uint8Array, p: RankParams): Float64Array {
  const idx: number[] = [];
  for (let k = 0; k < eligible.length; k++) if (eligible[k]) idx.push(k);
  const m = idx.length;
  const w = Math.max(1, Math.floor(p.window));
  // similarities to the next w eligible sentences: sims[i * w + d - 1] = sim(i, i + d)
  const sims = new Float64Array(m * w);
  let lo = Number.POSITIVE_INFINITY;
  let hi = 0;
  for (let i = 0; i < m; i++) {
    const a = space.vectors[idx[i]!]!;
    for (let d = 1; d <= w && i + d < m; d++) {
      const v = cosine(a, space.vectors[idx[i + d]!]!);
      sims[i * w + d - 1] = v;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  const out = new Float64Array(eligible.length);
  if (!(hi > 0)) return out;
  const threshold = lo + p.beta * (hi - lo);
  const deg = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    for (let d = 1; d <= w && i + d < m; d++) {
      const v = sims[i * w + d - 1]! - threshold;
      if (v <= 0) continue;
      deg[i]! += p.forward * v; // i comes before i + d
      deg[i + d]! += p.backward * v;
    }
  }
  // shift so that the least central eligible sentence scores 0
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < m; i++) if (deg[i]! < min) min = deg[i]!;
  for (let i = 0; i < m; i++) out[idx[i]!] = deg[i]! - min;
  return out;
}

/** Vocabulary coverage of each eligible sentence. */
function coverage(space: TermSpace, eligible: Uint8Array, headline: boolean[], p: RankParams): Float64Array {
  const { vectors, sentenceFrequency } = space;
  const inHeadline = new Uint8Array(sentenceFrequency.length);
  for (let k = 0; k < vectors.length; k++) if (headline[k]) for (const id of vectors[k]!.ids) inHeadline[id] = 1;
  const out = new Float64Array(vectors.length);
  for (let k = 0; k < vectors.length; k++) {
    if (!eligible[k]) continue;
    const v = vectors[k]!;
    let sum = 0;
    for (const id of v.ids) {
      // terms found in one sentence only say nothing about the document
      const inBody = sentenceFrequency[id]! - inHeadline[id]!;
      sum += Math.log(Math.max(1, inBody)) + (inHeadline[id] ? p.headline : 0);
    }
    out[k] = sum / Math.max(1, v.words) ** p.lengthNorm;
  }
  return out;
}

/** Score every sentence of a document (cached per document for the default parameters). */
export function rank(doc: PrecisDocument, params: RankParams = DEFAULT_PARAMS): Ranking {
  if (params === DEFAULT_PARAMS) return memo(doc, 'summary:rank', () => computeRanking(doc, params));
  return computeRanking(doc, params);
}

function computeRanking(doc: PrecisDocument, p: RankParams): Ranking {
  const space = termSpace(doc);
  const n = space.vectors.length;
  const { eligible, headline, firstToken } = eligibility(doc, space);
  const pos = new Float64Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) if (eligible[i]) pos[i] = 1 / (1 + k++) ** p.alpha;
  const cent = centrality(space, eligible, p);
  const cov = coverage(space, eligible, headline, p);
  scale(cent, eligible);
  scale(cov, eligible);
  const total = p.position + p.centrality + p.coverage || 1;
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (!eligible[i]) continue;
    // a candidate always scores above 0 so that it ranks above the rest
    scores[i] = Math.max(1e-9, (p.position * pos[i]! + p.centrality * cent[i]! + p.coverage * cov[i]!) / total);
  }
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  return { scores, eligible, order, space, firstToken };
}
