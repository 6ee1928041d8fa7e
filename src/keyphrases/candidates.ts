// Step 2 of extractKeyphrases: candidate phrases from tagged words.
//
// A candidate is a maximal run of adjacent words tagged Adjective, Noun or
// Proper noun that ends with a noun: (adjective | noun)* noun, the pattern of
// most unsupervised keyphrase extractors (Hulth 2003; Boudin 2016, pke).
// Hyphenated compounds are one word, so they stay whole. A run also ends:
//   - at punctuation, at a sentence boundary, after a possessive ("Bier's"),
//     after a photo credit ("Getty Images | Stefano Gabbana");
//   - where a lower-case word meets a capitalized name that ends the run
//     ("landmark | Belt"; but "decentralized PID loops" stays whole),
//     and where a run of capitals meets title case ("Mark Cina | LOS ANGELES",
//     but "Maclaurin PID controller" stays whole);
//   - after a title before a name ("Chinese President | Xi Jinping": the
//     title is dropped); a title word that also opens names of things is
//     dropped only before a person's name, a word that is no common noun
//     ("General Motors", "Justice Department" stay whole); likewise a
//     nationality before a person's name ("Italian | Roberta Vinci", not
//     "Welsh Rugby Union", "British Airways": DEMONYMS), and a hyphenated
//     modifier that places or describes a name ("Swiss-based | Xstrata",
//     "state-owned | Rosneft"; not "web-based application":
//     NAME_MODIFIER_PARTS); and an adjective that opens a sentence before
//     a name the text writes alone or first inside sentences, while never
//     capitalizing the adjective there ("Troubled | Marsh", "Dogged |
//     Federer"; round 11);
//   - generic modifiers at its start are dropped ("new tuning method", also
//     when the sentence opens with them: "New tuning methods", "Former
//     girlfriend"; but not before a name: "New York").
// Then two capitalized runs joined by "of", "and" or "for" become one name
// when the word before the join is a capitalized common noun: "Belt and
// Road Initiative", "Bank of England", but not "China and Kazakhstan" (nor
// "Shares of General Motors": a sentence's first word joins only when the
// lexicon reads its capital as a name's); with
// "and", only one word joins on the left ("Belt and Road Initiative", not
// "Nextel Communications and Nortel Networks": two names). After "of" or
// "for", the right run may end in the common nouns the name modifies ("the
// Bank of England governor", "a Hollywood Walk of Fame star"; round 11):
// the name is joined and the nouns are a candidate of their own ("Bank of
// England | governor"), when the left run is no person's name and opens no
// sentence, or opens one with a word capitalized inside a sentence too
// (review of round 11).
import { CURRENCY_UNITS, EXCLUDED, ING_ED_NAMES, NAME_PARTICLES, NO_NAME_MODIFIERS, POSSESSIVE_PLURALS, RATE_UNITS, STAGE_NAME_OPENERS, STAGE_NAME_TITLES } from './data/lists.js';
import { lexiconInfo } from './lexicon.js';
import { BITS } from './lexicon-rules.js';
import { LISTED_DEMONYM, LISTED_GENERIC, LISTED_GIVEN_NAME, LISTED_JOINER, LISTED_NAME_MODIFIER, LISTED_NAME_OPENER, LISTED_NEVER_ALONE, LISTED_OCCUPATION, LISTED_WEEKDAY, neverAlonePair, participleForm, DIGIT_START, type Word } from './tag.js';

/** One occurrence of a candidate: words [from, to) of the tagged words. */
export interface Occurrence {
  from: number;
  to: number;
}

/** Can the word stand inside a candidate? */
const inside = (w: Word) => w.tag === 'N' || w.tag === 'P' || w.tag === 'A';
/** Can the word end a candidate? */
const head = (w: Word) => w.tag === 'N' || w.tag === 'P';
/** Capitalized as a name (not only because it opens the sentence). */
const named = (w: Word) => w.tag === 'P' || (w.cap && w.tag === 'A');

/**
 * Does the run of adjacent candidate words from i end with a capitalized
 * word? Then the capitals from i on are a name ("landmark | Belt and Road
 * Initiative"), split from the lower-case words before it; when a
 * lower-case noun ends the run, the capitals modify it ("decentralized PID
 * loops", "stochastic Fitzhugh-Nagumo model") and the run stays whole.
 */
function nameEnds(words: Word[], i: number): boolean {
  let last = i;
  for (let k = i + 1; k < words.length; k++) {
    const w = words[k]!;
    if (!inside(w) || !w.joined || words[k - 1]!.possessive) break;
    if (head(w)) last = k;
  }
  return words[last]!.cap;
}

/** Is word i in a run of two or more adjacent words in capitals? */
function shoutingRun(words: Word[], i: number): boolean {
  const w = words[i]!;
  if (!w.shouting) return false;
  const next = words[i + 1];
  return (next?.shouting === true && next.joined) || (w.joined && words[i - 1]?.shouting === true);
}

/**
 * End the run of words that opened at `from` (-1: none) before word `to`:
 * keep it, without the words after its last noun and the generic modifiers
 * before its first word, when a word is left. Returns -1 (no open run).
 */
function close(words: Word[], runs: Occurrence[], from: number, to: number): number {
  if (from < 0) return -1;
  let end = to;
  while (end > from && !head(words[end - 1]!)) end--;
  // a generic modifier in lower case, or capitalized only because it opens
  // the sentence before a lower-case word ("New tuning methods", but "New
  // York") or is a compound or a word of NO_NAME_MODIFIERS, which open no
  // name ("Newly-crowned Australian Open champion", "Former England
  // footballer": round 12)
  while (
    from < end - 1 &&
    (words[from]!.lists & LISTED_GENERIC) !== 0 &&
    (!words[from]!.cap || (words[from]!.initial && (!words[from + 1]!.cap || words[from]!.lower.includes('-') || noNameModifier(words, from, end))))
  )
    from++;
  if (end > from) runs.push({ from, to: end });
  return -1;
}

/**
 * By word id: bit 2 when the word is capitalized inside a sentence, bit 1
 * when it is also tagged a name there and follows no capitalized word (a
 * name's first word, or a name alone); bit 4 when it opens a sentence as a
 * name alone (news opens sentences with the surname: "Nadal said", "Zhang,
 * 21, shot a 66"; review of round 11); bit 8 when, capitalized inside a
 * sentence, it stands before "of" or "for" ("the Bank of England").
 */
function nameStarts(words: Word[]): Uint8Array {
  const out = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!w.cap) continue;
    const p = words[i - 1];
    const n = words[i + 1];
    if (w.initial) {
      // the sentence's first word (not any word of a title-case headline), a name alone
      const alone = !(n !== undefined && n.sentence === w.sentence && n.joined && n.cap);
      if (w.tag === 'P' && !w.shouting && alone && !(p !== undefined && p.sentence === w.sentence)) out[w.id] = out[w.id]! | 4;
      continue;
    }
    // 8: capitalized inside a sentence before "of" or "for" ("the Bank of England")
    if (n !== undefined && n.sentence === w.sentence && n.joined && (n.lists & LISTED_JOINER) !== 0 && n.lower !== 'and') out[w.id] = out[w.id]! | 8;
    // 2: capitalized inside a sentence; 1 more: a name's first word or a name alone
    const first = w.tag === 'P' && !(p !== undefined && w.joined && p.cap && p.sentence === w.sentence);
    out[w.id] = out[w.id]! | (first ? 3 : 2);
  }
  return out;
}

/** All candidate occurrences in text order. */
export function findCandidates(words: Word[]): Occurrence[] {
  const runs: Occurrence[] = [];
  let from = -1;
  // the names' first words and the capitalized words, by id (made when first asked)
  let starts: Uint8Array | undefined;
  const startsAt = (id: number): number => {
    starts ??= nameStarts(words);
    return starts[id]!;
  };
  // how often each name's word and the weekday after it occur together (made when first asked)
  let weekdayPairs: Map<number, number> | undefined;
  /**
   * Is the weekday at i a word of the name before it: a noun or a name follows it ("Cyber
   * Monday sales", "Easter Sunday mass", "Sheffield Wednesday manager"), or the text writes
   * the two together again ("Sheffield Wednesday beat Hull ... Sheffield Wednesday")? Wire
   * copy's date follows a name once, before its verb (review of round 13).
   */
  const dayInName = (i: number): boolean => {
    const next = words[i + 1];
    if (next?.joined && next.sentence === words[i]!.sentence && (next.tag === 'N' || next.tag === 'P')) return true;
    weekdayPairs ??= dayPairs(words);
    return (weekdayPairs.get(words[i - 1]!.id * words.length + words[i]!.id) ?? 0) >= 2;
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!inside(w) || (w.tag === 'N' && i >= 2 && rateUnit(words, i))) {
      from = close(words, runs, from, i);
      continue;
    }
    if ((w.lists & LISTED_NEVER_ALONE) !== 0 && w.tag === 'N' && afterAmount(words, from >= 0 ? from : i) && CURRENCY_UNITS.has(w.lower)) {
      // a currency unit after an amount, with the words between: a quantity ("52 Canadian
      // cents a share", "20 million dlrs"), no candidate; elsewhere it heads one ("Zimbabwe
      // dollars", "advertising dollars": review of round 13)
      from = -1;
      continue;
    }
    if (from >= 0) {
      const prev = words[i - 1]!;
      if (
        w.cap &&
        prev.cap &&
        prev.tag === 'P' &&
        w.joined &&
        !prev.possessive &&
        !w.initial &&
        (w.lists & LISTED_WEEKDAY) !== 0 &&
        ((lexiconInfo(prev.lower)?.mask ?? 0) & BITS.JJ) === 0 &&
        !dayInName(i)
      ) {
        // a weekday after a name is the date of wire copy, not a word of the
        // name: "the World Court | Friday rejected", "Bill Clinton | Thursday
        // condemned" (round 13); it opens no run either (a time word). After
        // an adjective it names a day of its own ("Black Friday", "Good Friday")
        from = close(words, runs, from, i);
        continue;
      }
      if (
        // punctuation or a possessive between, a name's end, a shouting run's edge
        !w.joined ||
        (prev.possessive && !pluralPossessiveInName(words, i)) ||
        (named(w) && w.cap && !named(prev) && nameEnds(words, i)) ||
        (w.cap && prev.cap && w.shouting !== prev.shouting && (shoutingRun(words, i) || shoutingRun(words, i - 1))) ||
        creditEnds(words, i)
      ) {
        from = close(words, runs, from, i);
      } else if (
        prev.title &&
        w.cap &&
        !w.title &&
        ((prev.lists & LISTED_NAME_OPENER) === 0 || personAt(words, i)) &&
        // a stage name of one word keeps its title ("DJ Khaled", "Agent Carter"),
        // and of two ("DJ Jazzy Jeff") where no employer's name stands before
        // the title ("Capital Radio DJ Margherita Taylor" is a person)
        (!STAGE_NAME_TITLES.has(prev.lower) || fullName(words, i, STAGE_NAME_OPENERS.has(prev.lower) && !(prev.joined && i >= 2 && words[i - 2]!.cap), startsAt)) &&
        // a capitalized occupation inside a sentence is a word of the name ("the Producer Price Index")
        ((prev.lists & LISTED_OCCUPATION) === 0 || prev.initial)
      ) {
        // drop the title and the modifiers before it
        from = -1;
      } else if (officeOfName(words, from, i)) {
        // the office of a title joined by "of" before a person's name, as the title
        // itself: "Secretary of State | Madeleine Albright", "Chief of Staff | John
        // Sununu" (round 13)
        from = -1;
      } else if ((prev.lists & LISTED_DEMONYM) !== 0 && prev.cap && personAfterDemonym(words, i)) {
        // a nationality before a person's name, as a title: "Italian | Roberta Vinci"
        from = -1;
      } else if (
        prev.initial &&
        i - 1 === from &&
        (prev.tag === 'A' || prev.tag === 'P') &&
        !prev.shouting &&
        w.cap &&
        w.tag === 'P' &&
        !w.shouting &&
        (prev.lists & (LISTED_DEMONYM | LISTED_GIVEN_NAME)) === 0 &&
        (startsAt(prev.id) & 3) === 0 &&
        openingModifier(prev, w, startsAt)
      ) {
        // an adjective that opens the sentence, before a name that stands
        // alone or opens a name inside a sentence elsewhere, or opens a
        // sentence alone ("Nadal said": review of round 11), and is never
        // capitalized there itself, describes the name: "Troubled | Marsh",
        // "Dogged | Federer", "Injured | Chelsea winger" (not "European
        // Union", "Labour Party": their first word is a name's inside sentences)
        from = -1;
      } else if ((prev.lists & LISTED_NAME_MODIFIER) !== 0 && w.cap && w.tag === 'P' && !w.initial) {
        // a modifier that places or describes a name, as a title: "Swiss-based | Xstrata"
        from = -1;
      }
    }
    if (from < 0) from = i;
  }
  close(words, runs, from, words.length);
  return dropRosters(words, joinNames(words, runs, startsAt));
}

/** How often each capitalized word and a capitalized weekday joined after it occur, by the pair's ids (see dayInName). */
function dayPairs(words: Word[]): Map<number, number> {
  const pairs = new Map<number, number>();
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if ((w.lists & LISTED_WEEKDAY) === 0 || !w.cap || !w.joined || !words[i - 1]!.cap) continue;
    const key = words[i - 1]!.id * words.length + w.id;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  return pairs;
}

/**
 * Does word i open a person's full name (a name no common noun, or a given
 * name of GIVEN_NAMES, in capitals inside a sentence, before another such
 * name) after the run of one or two capitalized common nouns or adjectives that opened
 * at `from` just after "of" after a title ("Secretary of State Madeleine
 * Albright", "Chief of Staff John Sununu", "Minister of Foreign Affairs Ali
 * Alatas")? Then the run so far is the title's office, no part of the name.
 */
function officeOfName(words: Word[], from: number, i: number): boolean {
  const w = words[i]!;
  if (!w.cap || w.initial || w.tag !== 'P' || (w.common && (w.lists & LISTED_GIVEN_NAME) === 0) || from < 2 || i - from > 2) return false;
  const next = words[i + 1];
  if (next === undefined || !next.cap || next.common || next.tag !== 'P' || !next.joined || next.sentence !== w.sentence) return false;
  const of = words[from - 1]!;
  if (of.lower !== 'of' || !of.joined || !words[from]!.joined || !words[from - 2]!.title || of.sentence !== w.sentence) return false;
  // the office: common nouns and adjectives ("State", "Staff", "Foreign Affairs")
  for (let k = from; k < i; k++) {
    const o = words[k]!;
    if (!o.cap || !(o.common || ((lexiconInfo(o.lower)?.mask ?? 0) & BITS.JJ) !== 0)) return false;
  }
  return true;
}

/**
 * Is word i - 1 an irregular plural's possessive inside a name, capitalized
 * inside a sentence before a capitalized word ("International Women's Day",
 * "the People's Bank of China", "Great Ormond Street Children's Hospital")? A
 * people's possessive there is a word of the name, not its owner (round 13).
 */
export function pluralPossessiveInName(words: Word[], i: number): boolean {
  const prev = words[i - 1]!;
  const w = words[i]!;
  return w.cap && w.joined && prev.cap && !prev.initial && POSSESSIVE_PLURALS.has(prev.lower);
}

/**
 * Is word i the unit of a rate, a noun after "a" or "per" after an amount
 * ("52 cents a share", "$18 a share", "$20 a barrel", "9 pence per
 * share")? It says what the amount is counted in, not what the text is
 * about: no candidate (round 13: "share" was in 51 of the 266 TimeBank and
 * AQUAINT lists, most from "cents a share").
 */
function rateUnit(words: Word[], i: number): boolean {
  // "a" or "per" first: a test of two short strings for every noun, the list's lookup after
  const a = words[i - 1]!;
  if ((a.lower !== 'a' && a.lower !== 'per') || !words[i]!.joined || !RATE_UNITS.has(words[i]!.lower)) return false;
  // the amount: a number ("$18", "9.5") or a quantity's word ("cents", "million")
  return afterAmount(words, i - 1, true);
}

/**
 * Is word `start` right after an amount in its sentence: a number ("52",
 * "$18"), a quantity's word ("million") or, with `units`, a currency's
 * ("52 cents a share")?
 */
function afterAmount(words: Word[], start: number, units = false): boolean {
  if (start < 1 || !words[start]!.joined) return false;
  const amount = words[start - 1]!;
  return amount.sentence === words[start]!.sentence && (DIGIT_START.test(amount.lower) || EXCLUDED.has(amount.lower) || (units && CURRENCY_UNITS.has(amount.lower)));
}

/** Fewest names that make a sentence a roster. */
const ROSTER_NAMES = 5;

/**
 * Leave out the candidates of rosters: sentences that are lists of names
 * and nothing else, as a sports report's line-ups ("De Marigny; Mi
 * Bergamasco, Canale, Masi, Nitoglia; Orquera, Troncon ...", "Replacements:
 * R McBryde (Llanelli), J Yapp (Cardiff) ..."), credits or casts. A roster
 * names everyone who played, not what the text is about: its names would
 * each count as a name standing alone. A roster has at least ROSTER_NAMES
 * capitalized candidates (not in capitals, nor in a title-case headline,
 * where every word has a capital: those are no lists) and no lower-case
 * noun, adjective or verb but a word of NEVER_ALONE (a title abbreviation,
 * "capt"; see rosterSentence): "Leaders of China, Russia, India, Brazil and South Africa met"
 * is prose. A name the prose also mentions stays a candidate there.
 */
function dropRosters(words: Word[], runs: Occurrence[]): Occurrence[] {
  let out = runs;
  for (let r = 0; r < runs.length; ) {
    const sentence = words[runs[r]!.from]!.sentence;
    let e = r;
    let names = 0;
    for (; e < runs.length && words[runs[e]!.from]!.sentence === sentence; e++) {
      const run = runs[e]!;
      const first = words[run.from]!;
      if (!first.shouting && !first.initial && allNamed(words, run)) names++;
    }
    if (names >= ROSTER_NAMES && rosterSentence(words, runs[r]!.from, sentence)) {
      // the first roster: copy the runs before it (most texts have none, and keep `runs`)
      if (out === runs) out = runs.slice(0, r);
    } else if (out !== runs) {
      for (let k = r; k < e; k++) out.push(runs[k]!);
    }
    r = e;
  }
  return out;
}

/**
 * Has sentence `sentence` (word `at` is in it) no lower-case noun, adjective
 * or verb but a word of NEVER_ALONE: a title abbreviation ("capt"), a credit,
 * the "com" of a domain ("... Copyright © 2011 LiveScience.com": a line of
 * related stories' titles is a roster too), or a shell noun?
 */
function rosterSentence(words: Word[], at: number, sentence: number): boolean {
  let from = at;
  while (from > 0 && words[from - 1]!.sentence === sentence) from--;
  for (let i = from; i < words.length && words[i]!.sentence === sentence; i++) {
    const w = words[i]!;
    if (!w.cap && w.tag !== 'O' && w.tag !== 'P' && (w.lists & LISTED_NEVER_ALONE) === 0) return false;
  }
  return true;
}

/** Longest name read after a title (bounds the look-ahead). */
const NAME_WORDS = 6;

/**
 * Is the capitalized run from word i a person's name, the name a title
 * precedes ("President | Bill Clinton", "Chief Executive | Mary Barra")?
 * Not when every word of it is a common noun: then the title word is part of
 * the name of a thing ("General Motors", "Justice Department", "Major League
 * Baseball", "Star Wars").
 */
function personAt(words: Word[], i: number): boolean {
  for (let k = i; k < words.length && k < i + NAME_WORDS; k++) {
    const w = words[k]!;
    if (k > i && (!w.joined || !inside(w) || !w.cap || words[k - 1]!.possessive)) break;
    if (!w.common) return true;
  }
  return false;
}

/**
 * Is word `from`, capitalized as it opens the sentence, a word of
 * NO_NAME_MODIFIERS before the name or term it describes ("Former | England
 * footballer", "Former | Cabinet minister"; round 12)? Not before one
 * capitalized plural common noun that ends the phrase: that is a title's
 * ("Recent Trends", "Recent Arrivals", "Upcoming Releases": review of round
 * 12), where a singular one is a title of a person ("Former | Rep. Dick
 * Armey").
 */
function noNameModifier(words: Word[], from: number, end: number): boolean {
  if (!NO_NAME_MODIFIERS.has(words[from]!.lower)) return false;
  const next = words[from + 1]!;
  return !(end === from + 2 && next.common && next.lower.endsWith('s') && !next.lower.endsWith('ss'));
}

/**
 * Is word i the first of a person's full name: two words or more, the
 * first no common noun ("Pete Mitchell", "Jesse Jackson"; not "Khaled" nor
 * "Carter" alone)? With `strict`, also a listed given name or a surname
 * the text writes alone (not "Jazzy Jeff", "Cody Banks", whose last words
 * stand in the stage name only). See STAGE_NAME_TITLES, STAGE_NAME_OPENERS.
 */
function fullName(words: Word[], i: number, strict: boolean, startsAt: (id: number) => number): boolean {
  const w = words[i]!;
  if (w.common || w.possessive) return false;
  let k = i + 1;
  for (; k < words.length && k < i + NAME_WORDS; k++) {
    const next = words[k]!;
    if (!next.joined || !next.cap || !inside(next) || words[k - 1]!.possessive) break;
  }
  if (k === i + 1) return false;
  return !strict || (w.lists & LISTED_GIVEN_NAME) !== 0 || (startsAt(words[k - 1]!.id) & 5) !== 0;
}

/**
 * Is word i, after a nationality word (DEMONYMS), the first word of a
 * person's name of two words or more ("Italian | Roberta Vinci", "Dane |
 * Kenneth Carlsen", "American | Taylor Dent")? A run of capitalized words
 * that the lexicon reads as names, none of them a common noun nor a
 * nationality (after a listed given name, which may be a common noun
 * itself, a surname may be one: "Taylor Dent", "Briton | Jack Draper"). Not the name of a thing: "Welsh Rugby Union", "British
 * Olympic Association", "Indian Petrochemicals Corporation" (a common noun
 * in it), "Scottish National Party", "Spanish Grand Prix" (an adjective,
 * also as its first word: review of round 10), "British American
 * Tobacco" (a nationality), "French Open" (one word). A particle may
 * stand inside the name ("Ruud van Nistelrooy": review of round 10).
 */
function personAfterDemonym(words: Word[], i: number): boolean {
  const given = (words[i]!.lists & LISTED_GIVEN_NAME) !== 0;
  let k = i;
  for (; k < words.length && k < i + NAME_WORDS; k++) {
    const w = words[k]!;
    // a particle inside the name, before a capitalized word: "Dutchman | Ruud van Nistelrooy"
    if (k > i && !w.cap && w.joined && NAME_PARTICLES.has(w.lower) && k + 1 < words.length && words[k + 1]!.cap && words[k + 1]!.joined) continue;
    if (k > i && (!w.joined || !w.cap || !inside(w) || words[k - 1]!.possessive)) break;
    if (w.tag !== 'P' || w.title || (w.lists & LISTED_DEMONYM) !== 0) return false;
    if (w.common && !given) return false;
    // a name that opens with an adjective names a thing: "Spanish | Grand Prix" is one name
    if (k === i && !given && w.entry.styledTag === 'A') return false;
  }
  return k - i >= 2;
}

/**
 * Does `prev`, which opens the sentence and is never capitalized inside
 * one, describe the name `w` after it? An adjective of the lexicon before
 * a name the text writes alone or first inside a sentence, or alone
 * opening one ("Troubled | Marsh", "Dogged | Federer"; round 11); or a
 * participle ("Fuming | Robinson", "Mixed | Christmas", "Unseeded |
 * Nicolas Almagro"; round 12) before such a name that is no common noun
 * ("Hunting Act", "Carling Cup" stay whole), or before a given name.
 */
function openingModifier(prev: Word, w: Word, startsAt: (id: number) => number): boolean {
  if (prev.tag === 'A' && ((lexiconInfo(prev.lower)?.mask ?? 0) & BITS.JJ) !== 0) return (startsAt(w.id) & 5) !== 0;
  // (five letters or more: "Reed", "Ming", "Wing" are names' words more often than participles)
  // (not a name's word in "-ing", "-ed": "Khaled Meshaal", "Beijing Olympics"; review of round 12)
  if (!participleForm(prev) || prev.end - prev.start < 5 || w.common || ING_ED_NAMES.has(prev.lower)) return false;
  return (startsAt(w.id) & 5) !== 0 || (w.lists & LISTED_GIVEN_NAME) !== 0;
}

/**
 * Does a photo credit end just before word i ("Getty Images | Stefano
 * Gabbana", "AP Photo | Natacha Pisarenko")? A caption runs the credit into
 * the names after it; the credit names no one in them.
 */
function creditEnds(words: Word[], i: number): boolean {
  if (i < 2) return false;
  const prev = words[i - 1]!;
  return prev.joined && neverAlonePair(words[i - 2]!, prev);
}

function allNamed(words: Word[], run: Occurrence): boolean {
  for (let i = run.from; i < run.to; i++) if (!words[i]!.cap) return false;
  return true;
}

/**
 * May the name `left`, joined by "of" or "for", take the name and the common
 * noun after it ("the Bank of England governor")? Not a person's name, which
 * the joiner ties to a firm or a band ("Joe Mount of Metronomy dresses";
 * review of round 11), and, opening the sentence, only a name of two words
 * or more ("State Administration of Taxation officials") or a word the text
 * writes capitalized before "of" or "for" inside a sentence too ("Bank of
 * England governor Andrew Bailey said ... The Bank of England has", not
 * "Design of PID-type controllers", nor "Hope for Rose Bay residents" beside
 * "Resident Hope Carter").
 */
function nameBeforeNoun(words: Word[], left: Occurrence, startsAt: (id: number) => number): boolean {
  const first = words[left.from]!;
  return (first.lists & LISTED_GIVEN_NAME) === 0 && (!first.initial || left.to - left.from >= 2 || (startsAt(first.id) & 8) !== 0);
}

function joinNames(words: Word[], runs: Occurrence[], startsAt: (id: number) => number): Occurrence[] {
  const out: Occurrence[] = [];
  for (let r = 0; r < runs.length; r++) {
    const left = runs[r]!;
    const right = runs[r + 1];
    const joiner = words[left.to];
    if (
      right &&
      joiner &&
      right.from === left.to + 1 &&
      (joiner.lists & LISTED_JOINER) !== 0 &&
      joiner.joined &&
      words[right.from]!.joined &&
      allNamed(words, left) &&
      // the right run a name, or (after "of", "for") a name and the common
      // noun it modifies: "Hollywood Walk of Fame star", "Department of Health posts"
      (allNamed(words, right) || (joiner.lower !== 'and' && words[right.from]!.cap && words[right.from]!.tag === 'P' && nameBeforeNoun(words, left, startsAt))) &&
      // a word capitalized because it opens the sentence names a thing only
      // when the lexicon reads its capital as a name's ("Bank of England",
      // not "Shares of General Motors", "Part of Apple")
      (!words[left.from]!.initial || words[left.from]!.tag === 'P') &&
      words[left.to - 1]!.common &&
      !words[left.to - 1]!.possessive &&
      !words[left.to - 1]!.title &&
      (joiner.lower !== 'and' || (left.to - left.from === 1 && right.to - right.from >= 2 && words[right.to - 1]!.common))
    ) {
      // the name, then the common nouns it modifies on their own ("Bank of
      // England | governor": an editor tags the name; review of round 11)
      let k = right.from;
      while (k < right.to && words[k]!.cap) k++;
      out.push({ from: left.from, to: k });
      if (k < right.to) out.push({ from: k, to: right.to });
      r++;
      continue;
    }
    out.push(left);
  }
  return out;
}
