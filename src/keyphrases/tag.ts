// Step 1 of extractKeyphrases: words with a coarse part of speech.
//
// Words are the document's tokens joined through inner hyphens (a compound
// such as "China-Central" or "win-win" is one word). Each gets a tag from a
// compact lexicon derived from Brill's (data/lexicon.ts, see lexicon.ts), then
// a few rules over capitalization, suffixes and the neighbouring words:
//   1. stop words, pronouns and contractions are Other; excluded words
//      (dates, numbers, quantities: data/lists.ts) are Other;
//   2. a capitalized word inside a sentence is a Proper noun, unless the
//      lexicon knows it as an adjective ("Asian", "Chinese");
//   3. an unknown lower-case word is tagged by its suffix;
//   4. a verb form after a determiner is a Noun ("the increase");
//   5. a verb form the lexicon also knows as an adjective or noun, standing
//      before a noun and not after one, modifies it ("distributed systems");
//   6. after a noun, a word the lexicon also knows as a verb is a verb when
//      an object follows ("farms need strong grids", "the Belt links ports");
//   7. an -ing word after a noun is a noun when the lexicon allows it
//      ("image processing"), and an -ing or -ed word before a noun phrase,
//      not after a noun, modifies it ("evolving fuzzy models", "generalized
//      conjunction operations"); a compound ending in a verb form modifies
//      ("rule-based", "car-based"); after "by", "of" or "for" an -ing word
//      takes an object ("by using fuzzy regression"); between two nouns an
//      -ing adjective modifies the second ("feedback sliding mode control");
//   8. after a singular noun, a base verb form is a noun ("memory recall")
//      and a verb in -s before "to" or a clause is a verb ("the company plans
//      to"); after an adjective a verb form is a noun ("quasi-weighted
//      means"); an adjective the lexicon also knows as a noun, ending a noun
//      phrase, is its head ("electrostatic potential");
//   9. an excluded time or vague noun before a noun modifies it ("time
//      management", "end users"); a stop word in capitals among lower-case
//      words is a name ("US", "IT", "WHO"); a digit with a capital is a code
//      ("3D", "5G"), and a number word with an adjective or a noun that is no
//      unit is no quantity ("two-dimensional", "one-child policy");
//  10. (checked before 4 to 8) verbs that the grammar around them fixes:
//      a verb in -s after "that" or "this", or before "itself" ("a report
//      that compares prices", "the firm positions itself"); a participle
//      after "have", "been" or "being", or after "be" unless the lexicon
//      knows it as an adjective ("has been hyped", "has stimulated
//      interest"), also with the curly contractions ("hasn’t", "they’d");
//      a past form after an adverb that modifies verbs, without a
//      determiner before it ("also raised prices"); an -ing verb that takes
//      an object ("using", "combining") or one of saying ("a critic
//      saying"), and a transitive one not after a determiner ("Capturing
//      niche markets": OBJECT_ING); a base form after a modal or its negation ("can't raise
//      cash"); a participle after an adverb in -ly ("widely used"); a
//      participle of naming ("called X"); an -ing form after "be", after
//      "and" with an -ing verb before it, or before an adjective and a noun
//      ("hiring new staff"), or after a person's name, ending the phrase
//      ("David Simelane listening"); after "noun that", a verb form is the
//      relative clause's verb ("programs that help students");
//  11. a middle initial between two names is part of the name ("Donald J.
//      Trump", "Samuel L Jackson"), and so is "St." before a name ("St. Louis");
//  12. in a headline, a word in -s the lexicon knows as a verb (or whose
//      base it knows as one), between its subject and a name, a determiner,
//      a number or a noun that cannot be a verb, is the verb ("Bill Pascrell
//      Defeats Steve Rothman", "India charges ex-minister");
//  13. in a title-case headline, a word the body writes capitalized inside
//      a sentence at the end of a name and never in lower case, or a pair
//      of words the body writes capitalized, is a name's word there too
//      ("Robinson out of Six Nations", "Will Leave Bellevue Hospital");
//  14. a form the lexicon does not know, opening a sentence, whose suffix
//      reads as no name ("Dokic", "Ivanovic" in "-ic", "Italy" in "-ly"), is
//      a name when the text writes it as one inside a sentence.
import { internals, memo, type PrecisDocument } from '../document.js';
import { STOPWORDS } from '../text/data/stopwords.js';
import { withCurlyApostrophes } from '../text/data/words.js';
import { stem } from '../text/stem.js';
import { KIND_NUMBER, KIND_PUNCT, KIND_SYMBOL, type Tokens } from '../text/tokenize.js';
import { forEachWord, isWordLike, wordEnd } from '../text/words.js';
import { GIVEN_NAMES } from './data/given-names.js';
import {
  ATTRIBUTION_VERBS,
  CAPITAL_ACRONYMS,
  DEMONYMS,
  EVENT_PREPOSITIONS,
  EXCLUDED,
  GENERAL_NOUNS,
  GENERIC_MODIFIERS,
  GENERIC_PREFIXES,
  JOINERS,
  MODIFIER_NOUNS,
  NAME_MODIFIER_PARTS,
  CORPORATE_SUFFIXES,
  NAME_OPENERS,
  NAME_PARTICLES,
  POSTPOSITIVE_ADJECTIVES,
  NAME_STOPWORDS,
  NAMING_PARTICIPLES,
  NEVER_ALONE,
  NUMBER_WORDS,
  OBJECT_ING,
  OCCUPATIONS,
  REPORTING_ING,
  RANK_ORDINALS,
  REPORTING_VERBS,
  STATE_ABBREVIATIONS,
  WEEKDAYS,
  QUESTION_STOPWORDS,
  SURNAME_STOPWORDS,
  TIME_ZONES,
  CLOCK_ZONES,
  TIMES_OF_DAY,
  TITLES,
  TRANSITIVE_ING,
} from './data/lists.js';
import { lexiconInfo } from './lexicon.js';
import { BITS, bySuffix, type LexiconInfo, type Tag } from './lexicon-rules.js';
import { specificity } from './specificity.js';

export type { Tag } from './lexicon-rules.js';

/** A word of the document with its tag. */
export interface Word {
  /** Offsets into the document text (a possessive "'s" is left out). */
  start: number;
  end: number;
  /** Lower-cased text. */
  lower: string;
  /**
   * A number for its key (the stems of its hyphen-separated parts, joined by
   * spaces) in this document, dense: the number of distinct keys before its
   * first occurrence (below the number of words), so arrays indexed by key
   * replace maps.
   */
  id: number;
  /** How specific the word is in general English, in (0, 1] (see specificity.ts). */
  specificity: number;
  tag: Tag;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Written in capitals, three letters or more ("LOS", "NATO"). */
  shouting: boolean;
  /** A title before a capitalized word ("President Xi"). */
  title: boolean;
  /** The lexicon also knows it as a common noun (for "Belt and Road Initiative"). */
  common: boolean;
  /**
   * Index of the sentence, and whether the word is adjacent to the previous
   * one (no punctuation between; the period of a middle initial does not
   * count: "Donald J. Trump").
   */
  sentence: number;
  joined: boolean;
  /** Ends with a possessive "'s": nothing joins after it. */
  possessive: boolean;
  /** Opens its sentence (so its capital letter says nothing). */
  initial: boolean;
  /** Which of the phrase lists hold its lower-case form (LISTED_* bits, for candidates.ts and rank.ts). */
  lists: number;
  /**
   * Its form's cached entry, for the tagger's context rules (a field of the
   * word, not an array beside the words: V8 stores a field of an object it
   * has just made without the checks and write barrier of an array's element).
   */
  entry: Entry;
}

// Bits of a word's `lists`: the word lists of data/lists.ts that the
// candidate and ranking steps ask about, looked up once per word form (with
// its cached entry), not per word and call.
/** GENERIC_MODIFIERS ("new", "former"). */
export const LISTED_GENERIC = 1;
/** JOINERS ("of", "and", "for"). */
export const LISTED_JOINER = 2;
/** NAME_OPENERS. */
export const LISTED_NAME_OPENER = 4;
/** NEVER_ALONE, as one word ("ap", "approach"). */
export const LISTED_NEVER_ALONE = 8;
/** The first word of a two-word NEVER_ALONE entry ("getty" of "getty images"). */
const LISTED_NEVER_ALONE_FIRST = 16;
/** The last word of a two-word NEVER_ALONE entry, a credit ("images" of "getty images", "photo", "press"). */
const LISTED_CREDIT_LAST = 32;
/** GENERAL_NOUNS ("company", "people"): no factor for standing alone. */
export const LISTED_GENERAL_NOUN = 64;
/**
 * A proper adjective, or the plural of one: the lexicon knows the
 * capitalized form as an adjective first ("Italian"), or it without its -s
 * as an adjective too ("Russians", "Italians"). Alone, a people or a
 * language: no name factor (see rank.ts). Set from the lexicon, not a list.
 */
export const LISTED_PROPER_ADJECTIVE = 128;
/** REPORTING_VERBS ("said", "told"): beside a name, a person speaks (see rank.ts givenNames). */
export const LISTED_REPORTING = 256;
/** GIVEN_NAMES ("gavin", "paula"): a first word that names a person (see rank.ts givenNames). */
export const LISTED_GIVEN_NAME = 512;
/** OCCUPATIONS ("sprinter", "producer"): a title only where it opens a sentence (see candidates.ts). */
export const LISTED_OCCUPATION = 1024;
/** EVENT_PREPOSITIONS ("at", "before"): "before the Olympics" names an event (see rank.ts). */
export const LISTED_EVENT_PREPOSITION = 2048;
/** DEMONYMS ("italian", "spaniard"): before a person's name, dropped as a title is (see candidates.ts). */
export const LISTED_DEMONYM = 4096;
/** ATTRIBUTION_VERBS ("said", "told"): the text reports speech, it is news (see rank.ts). */
export const LISTED_ATTRIBUTION = 8192;
/** A hyphenated word whose last part NAME_MODIFIER_PARTS holds ("swiss-based", "state-owned"): dropped before a name (see candidates.ts). */
export const LISTED_NAME_MODIFIER = 16384;
/** CORPORATE_SUFFIXES ("inc", "corp"): a firm's legal form ending its name (see rank.ts). */
export const LISTED_CORPORATE = 32768;
/** STATE_ABBREVIATIONS ("calif", "conn"): never alone after a town (see rank.ts). */
export const LISTED_STATE = 65536;
/** WEEKDAYS: a weekday after a name is wire copy's date (see candidates.ts; a bit, not a lookup for every capitalized word after a name). */
export const LISTED_WEEKDAY = 131072;
const NEVER_ALONE_PAIRS = [...NEVER_ALONE].filter((p) => p.includes(' '));
const NEVER_ALONE_FIRST = new Set(NEVER_ALONE_PAIRS.map((p) => p.slice(0, p.indexOf(' '))));
// the last words of the credits NEVER_ALONE lists ("getty images", "ap photo", "associated press")
const NEVER_ALONE_LAST = new Set(NEVER_ALONE_PAIRS.map((p) => p.slice(p.lastIndexOf(' ') + 1)));
/** A hyphenated generic modifier: "newly-crowned", "much-anticipated", "third-biggest" (see GENERIC_PREFIXES); not "third-Test". */
const genericCompound = (lower: string): boolean => {
  const dash = lower.indexOf('-');
  if (dash < 0) return false;
  const first = lower.slice(0, dash);
  // the ordinal before a superlative the lexicon reads as an adjective: not
  // "third-Test", "second-interest" (review of round 12)
  return GENERIC_PREFIXES.has(first) || (RANK_ORDINALS.has(first) && lower.endsWith('est') && lexiconInfo(lower.slice(dash + 1))?.tag === 'A');
};
const listsOf = (lower: string): number =>
  (GENERIC_MODIFIERS.has(lower) || genericCompound(lower) ? LISTED_GENERIC : 0) |
  (JOINERS.has(lower) ? LISTED_JOINER : 0) |
  (NAME_OPENERS.has(lower) ? LISTED_NAME_OPENER : 0) |
  (NEVER_ALONE.has(lower) ? LISTED_NEVER_ALONE : 0) |
  (NEVER_ALONE_FIRST.has(lower) ? LISTED_NEVER_ALONE_FIRST : 0) |
  (NEVER_ALONE_LAST.has(lower) ? LISTED_CREDIT_LAST : 0) |
  (GENERAL_NOUNS.has(lower) ? LISTED_GENERAL_NOUN : 0) |
  (REPORTING_VERBS.has(lower) ? LISTED_REPORTING : 0) |
  (GIVEN_NAMES.has(lower) ? LISTED_GIVEN_NAME : 0) |
  (OCCUPATIONS.has(lower) ? LISTED_OCCUPATION : 0) |
  (EVENT_PREPOSITIONS.has(lower) ? LISTED_EVENT_PREPOSITION : 0) |
  (DEMONYMS.has(lower) ? LISTED_DEMONYM : 0) |
  (ATTRIBUTION_VERBS.has(lower) ? LISTED_ATTRIBUTION : 0) |
  (lower.includes('-') && NAME_MODIFIER_PARTS.has(lower.slice(lower.lastIndexOf('-') + 1)) ? LISTED_NAME_MODIFIER : 0) |
  (CORPORATE_SUFFIXES.has(lower) ? LISTED_CORPORATE : 0) |
  (STATE_ABBREVIATIONS.has(lower) ? LISTED_STATE : 0) |
  (WEEKDAYS.has(lower) ? LISTED_WEEKDAY : 0);

/**
 * Are the two words a two-word entry of NEVER_ALONE ("Getty Images", "AP
 * Photo", "Associated Press")? The string is built only where the first
 * word opens such an entry and the second ends one (for candidates.ts and
 * rank.ts).
 */
export const neverAlonePair = (first: Word, second: Word): boolean =>
  (first.lists & LISTED_NEVER_ALONE_FIRST) !== 0 && (second.lists & LISTED_CREDIT_LAST) !== 0 && NEVER_ALONE.has(`${first.lower} ${second.lower}`);

/** Does the word end in "-ing" or "-ed" (a participle's form: "Fuming", "Mixed", "Unseeded")? */
export const participleForm = (w: Word): boolean => (w.entry.form & (ENDS_ING | ENDS_ED)) !== 0;

const HAS_LETTER = /\p{L}/u;
const HYPHEN = /[-‐‑]/;
const DIGIT = /\d/;
// a word that starts with a digit: "5th", "3-day", "2025-06-16"
/** A form that opens with a digit ("52", "2nd"). */
export const DIGIT_START = /^\d/;
// a digit and a capital letter: a technical code, not a quantity ("3D", "2-D", "5G")
const CODE = /^\d-?\p{Lu}$/u;
const ALL_CAPS = /^[\p{Lu}\d&-]+$/u;
// a clock written as one word: "9.30", "1830", "8am", "8.30pm" ("10:30" is
// three tokens: its minutes follow a colon, read where CLOCK is)
const CLOCK = /^(?:\d\d?\.\d\d|\d{4}|\d\d?(?:\.\d\d)?[ap]m)$/;
// a quarter or a fiscal year in short: a date ("Q3", "FY25", "FY2024"; "Q3 FY25" was a keyphrase)
const PERIOD_CODE = /^(?:q[1-4]|fy\d\d(?:\d\d)?)$/;
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'his', 'her', 'my', 'your', 'whose', 'each', 'every', 'any', 'some', 'no']);
/** Plural nouns without a final -s: a base verb after them is their verb ("people need"). */
const PLURALS = new Set(['people', 'police', 'children', 'men', 'women', 'staff', 'media', 'data', 'cattle', 'clergy', 'personnel']);
/** Does a noun read as singular (a base verb after it cannot be its verb)? */
const singular = (lower: string) => (!lower.endsWith('s') || lower.endsWith('ss')) && !PLURALS.has(lower);
const PREPOSITIONS = new Set(['of', 'by', 'for', 'without', 'after', 'before', 'about', 'through', 'via', 'upon', 'while', 'when', 'since']);
/** Words that follow a verb, not a noun, after a noun in -s: "plans to", "rises when". */
const CLAUSE_NEXT = new Set(['to', 'when', 'while', 'because', 'if', 'unless', 'although', 'though', 'whether']);
const RELATIVES = new Set(['that', 'whose']);
/**
 * Adverbs that modify verbs: a past form after one is the verb ("also raised
 * prices"), unless a determiner opens a noun phrase before them. Not the
 * adverbs that also open a clause, where the past form after them modifies:
 * "since" ("Since armed groups attacked"), "once" ("once elected officials
 * meet"), "now" ("Now closed factories dot the town").
 */
const VERB_ADVERBS = new Set(['also', 'then', 'so', 'still', 'already', 'never', 'just', 'even', 'again', 'often', 'always', 'ever', 'twice']);
/** Words after which a base form is a verb: "to", the modals and their negations ("can't raise cash", "don't need"). */
const MODALS = new Set([
  'to', 'will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must', 'cannot',
  ...withCurlyApostrophes(["can't", "won't", "wouldn't", "couldn't", "shouldn't", "mustn't", "mightn't", "don't", "doesn't", "didn't"]),
  // the contractions of "will" and "would" ("they'll raise taxes", "we'd need funds")
  ...withCurlyApostrophes(["i'll", "you'll", "he'll", "she'll", "it'll", "we'll", "they'll", "i'd", "you'd", "he'd", "she'd", "we'd", "they'd"]),
]);
/**
 * Forms of "be": a participle after one is a verb ("have been hyped", "is
 * called"), and so is an -ing form; with the contractions of "are" ("they're
 * planning cuts"). (A pronoun's "'s", "is" or "has", is read where the
 * possessive is cut off: see `CONTRACTED_S`.)
 */
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', ...withCurlyApostrophes(["isn't", "aren't", "wasn't", "weren't", "you're", "we're", "they're"])]);
/**
 * Forms of "have": a participle after one is a verb ("has stimulated
 * interest"), unless also an adjective ("has limited resources"); with the
 * contractions of "have" and of "had" ("we've finished talks", "they'd
 * raised prices"; "'d" is also "would", a modal: both read what follows as a verb).
 */
const HAVE = new Set([
  'has', 'have', 'had',
  ...withCurlyApostrophes(["hasn't", "haven't", "hadn't", "i've", "you've", "we've", "they've", "i'd", "you'd", "he'd", "she'd", "we'd", "they'd"]),
]);
/** Singular reflexives: a word in -s before one is a verb, not a plural noun ("positions itself"). */
const SINGULAR_REFLEXIVES = new Set(['itself', 'himself', 'herself', 'myself', 'yourself', 'oneself']);
/** Singular determiners that also open a clause: a verb in -s after one is a verb ("that compares", "this means"). */
const SINGULAR_PRONOUNS = new Set(['that', 'this']);
/**
 * Pronouns whose "'s" is "is" or "has", not a possessive ("it's called",
 * "he's raised prices", "there's been talk"): the word the tagger keeps is the
 * pronoun, with the "'s" cut off as a possessive.
 */
const CONTRACTED_S = new Set(['he', 'she', 'it', 'that', 'there', 'here', 'who', 'what', 'where']);
/**
 * Of those, the ones whose "'s" is "is" alone in news text ("there's renewed
 * interest", "that's limited"): "has" after them is rare, so a participle the
 * lexicon knows as an adjective keeps modifying.
 */
const CONTRACTED_IS = new Set(['that', 'there', 'here', 'what', 'where']);
const SUBJECTS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'who', 'which', 'that']);
const OBJECTS = new Set(['me', 'us', 'him', 'them', 'it']);
// The word lists above as bits of an entry's `context`: one look-up per word
// form, not per rule and word.
const DET = 1;
const REL = 2;
const OBJ = 4;
const MODAL = 8;
const SUBJ = 16;
const PREP = 32;
const CLAUSE = 64;
const BE_FORM = 128;
const REFLEXIVE = 256;
const SINGULAR_PRONOUN = 512;
const HAVE_FORM = 1024;
/** "been", "being": a participle after them is a passive verb, even one the lexicon knows as an adjective. */
const PASSIVE = 2048;
const contextOf = (lower: string): number =>
  (DETERMINERS.has(lower) ? DET : 0) |
  (RELATIVES.has(lower) ? REL : 0) |
  (OBJECTS.has(lower) ? OBJ : 0) |
  (MODALS.has(lower) ? MODAL : 0) |
  (SUBJECTS.has(lower) ? SUBJ : 0) |
  (PREPOSITIONS.has(lower) ? PREP : 0) |
  (CLAUSE_NEXT.has(lower) ? CLAUSE : 0) |
  (BE.has(lower) ? BE_FORM : 0) |
  (SINGULAR_REFLEXIVES.has(lower) ? REFLEXIVE : 0) |
  (SINGULAR_PRONOUNS.has(lower) ? SINGULAR_PRONOUN : 0) |
  (HAVE.has(lower) ? HAVE_FORM : 0) |
  (lower === 'been' || lower === 'being' ? PASSIVE : 0);
// the lexicon tags as bits (tested as constants, not through `has` and a
// look-up by name, which a function as large as tagWords does not inline)
const { NN, JJ, VB, VBP, VBZ, VBG } = BITS;
/** The finite and base verb tags of the lexicon: a word with one of them may be a verb in context. */
const VERB_BITS = BITS.VB | BITS.VBP | BITS.VBZ | BITS.VBD;
/** Every verb tag of the lexicon, the -ing form too (see the context rules in tagWords). */
const VERB_TAGS = VERB_BITS | BITS.VBG;
/** Does the lexicon know the word as a finite or base verb too? */
const verbToo = (tags: number) => (tags & VERB_BITS) !== 0;

// What the context rules ask of a word's spelling, as bits of an entry's
// `form`: tested once per word form when its entry is made, not by string
// calls (endsWith, Set look-ups) per rule and word on every call.
const ENDS_S = 1;
const ENDS_SS = 2;
const ENDS_ING = 4;
const ENDS_LY = 8;
const ENDS_ED = 16;
/** In VERB_ADVERBS. */
const VERB_ADVERB = 32;
/** An adverb that may stand between a determiner and a participle: "-ly", "very", VERB_ADVERBS (see adverbLike). */
const ADVERBISH = 64;
/** In AUX_ADVERBS. */
const AUX_ADVERB = 128;
/** In NAMING_PARTICIPLES. */
const NAMING = 256;
/** In TRANSITIVE_ING. */
const TRANSITIVE = 512;
/** In REPORTING_ING. */
const REPORTING = 1024;
/** In OBJECT_ING. */
const OBJECT_TAKING = 2048;
/** "and", "or". */
const AND_OR = 4096;
/** "that". */
const THAT = 8192;
/** "to". */
const TO = 16384;
/** "st" ("St." before a name). */
const SAINT = 32768;
/** "i", "v", "x": a Roman numeral, not a middle initial. */
const ROMAN = 65536;
/** Reads as a singular noun (see `singular`). */
const SINGULAR = 1 << 17;
/** Starts with a digit. */
const DIGIT_FIRST = 1 << 18;
/** Holds a hyphen-minus. */
const HYPHENATED = 1 << 19;
/** In CONTRACTED_S: its "'s" is "is" or "has". */
const CONTRACTS_S = 1 << 20;
/** In CONTRACTED_IS: its "'s" is "is". */
const CONTRACTS_IS = 1 << 21;
/** In NUMBER_WORDS ("six", "million"; not the ordinals). */
const NUMBER_WORD = 1 << 22;
/** In NAME_PARTICLES ("de", "van", "da"). */
const PARTICLE = 1 << 23;
/** In TIME_ZONES ("gmt", "est"). */
const TIME_ZONE = 1 << 24;
/** In CLOCK_ZONES ("et", "ist"). */
const CLOCK_ZONE = 1 << 25;
const formOf = (lower: string): number => {
  const s = lower.endsWith('s');
  const ly = lower.endsWith('ly');
  const verbAdverb = VERB_ADVERBS.has(lower);
  return (
    (s ? ENDS_S : 0) |
    (lower.endsWith('ss') ? ENDS_SS : 0) |
    (lower.endsWith('ing') ? ENDS_ING : 0) |
    (ly ? ENDS_LY : 0) |
    (lower.endsWith('ed') ? ENDS_ED : 0) |
    (verbAdverb ? VERB_ADVERB : 0) |
    (ly || lower === 'very' || verbAdverb ? ADVERBISH : 0) |
    (AUX_ADVERBS.has(lower) ? AUX_ADVERB : 0) |
    (NAMING_PARTICIPLES.has(lower) ? NAMING : 0) |
    (TRANSITIVE_ING.has(lower) ? TRANSITIVE : 0) |
    (REPORTING_ING.has(lower) ? REPORTING : 0) |
    (OBJECT_ING.has(lower) ? OBJECT_TAKING : 0) |
    (lower === 'and' || lower === 'or' ? AND_OR : 0) |
    (lower === 'that' ? THAT : 0) |
    (lower === 'to' ? TO : 0) |
    (lower === 'st' ? SAINT : 0) |
    (lower === 'i' || lower === 'v' || lower === 'x' ? ROMAN : 0) |
    (singular(lower) ? SINGULAR : 0) |
    (DIGIT_START.test(lower) ? DIGIT_FIRST : 0) |
    (lower.includes('-') ? HYPHENATED : 0) |
    (CONTRACTED_S.has(lower) ? CONTRACTS_S : 0) |
    (CONTRACTED_IS.has(lower) ? CONTRACTS_IS : 0) |
    (NUMBER_WORDS.has(lower) ? NUMBER_WORD : 0) |
    (NAME_PARTICLES.has(lower) ? PARTICLE : 0) |
    (TIME_ZONES.has(lower) ? TIME_ZONE : 0) |
    (CLOCK_ZONES.has(lower) ? CLOCK_ZONE : 0)
  );
};

/** Does the text have a capital letter A to Z at `at`? */
const capitalAt = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  return c >= 65 && c <= 90;
};
/** Is the word (its entry `e`) an adverb that may stand between a determiner and a participle ("very", "often", "widely")? */
const adverbLike = (word: Word) => word.tag === 'O' && (word.entry.form & ADVERBISH) !== 0;
/**
 * Does a determiner open the phrase at `at`, walking back over up to three
 * adverbs: "A very often overlooked issue" (a bounded walk: linear time)?
 */
const determinerBefore = (out: Word[], at: number, sentence: number): boolean => {
  let j = at;
  for (let steps = 0; j >= 0 && steps < 3 && out[j]!.sentence === sentence && adverbLike(out[j]!); steps++) j--;
  return j >= 0 && out[j]!.sentence === sentence && (out[j]!.entry.context & DET) !== 0;
};

/** Adverbs that also open clauses (not in VERB_ADVERBS), which may stand between "have" and its participle: "has since hosted". */
const AUX_ADVERBS = new Set(['since', 'once', 'now', 'not']);
/** The context bits of the word at `k`; a pronoun's "'s" ("it's", "he's") is "is" or "has". */
const contextAt = (out: Word[], k: number): number => {
  const e = out[k]!.entry;
  return e.context | (out[k]!.possessive && (e.form & CONTRACTS_S) !== 0 ? ((e.form & CONTRACTS_IS) !== 0 ? BE_FORM : BE_FORM | HAVE_FORM) : 0);
};

/** What a word form says by itself, out of context (cached per form). */
interface Entry {
  /** The form as written: the key of its cache slot. */
  surface: string;
  lower: string;
  /** The key's (the stems') index in keyPass and keyId, shared by the forms with the same key. */
  keyed: number;
  /** The tagging pass that saw the form last, and its key's number there (the key record is read once per form and pass). */
  pass: number;
  id: number;
  specificity: number;
  /** other: never in a phrase; excluded: a date or quantity word; noun: a word with digits ("mp3"); word: look at tags. */
  kind: 'other' | 'excluded' | 'noun' | 'word';
  /** An excluded noun that may modify a following noun ("time management", "time-domain"). */
  modifier: boolean;
  /** A stop word in capitals that may be a name ("US", "IT"), when its neighbours are not in capitals. */
  acronym: boolean;
  /** Which of the context rules' word lists hold it (DET, REL, OBJ ... bits). */
  context: number;
  /** What the context rules ask of its spelling (ENDS_S, VERB_ADVERB ... bits, see formOf). */
  form: number;
  /** The phrase lists that hold it (LISTED_* bits, see listsOf). */
  lists: number;
  cap: boolean;
  allCaps: boolean;
  /** Written in capitals, three letters or more (the word's `shouting`). */
  shouting: boolean;
  title: boolean;
  common: boolean;
  info: LexiconInfo | undefined;
  /** The lexicon tags the context rules ask about (see BITS in lexicon-rules.ts). */
  mask: number;
  /** The tag in lower case, without context. */
  tag: Tag;
  /** The tag when the word opens a sentence (its capital says nothing). */
  initialTag: Tag;
  /** The tag in a title-case headline: the lower-case word's when the lexicon knows it. */
  styledTag: Tag;
  /** Its index in entryList (its number in the form cache's slots, less one). */
  number: number;
  /** The tagging pass that last saw the form as a name inside a sentence (see tagWords). */
  named: number;
}

const entries = new Map<string, Entry>();
/** Each key's (stems') index in keyPass and keyId. */
const keyIds = new Map<string, number>();
/** Most keys kept: past this many, the caches start over (before the next pass). */
const KEYS_MAX = 200_000;
// The tagging pass that numbered each key last, and its number there, by
// the key's index: typed arrays, 8 bytes a key, which the processor's cache
// keeps (a record object per key lay scattered in memory: a cache miss per
// form and text)
let keyPass = new Int32Array(1024).fill(-1);
let keyId = new Int32Array(1024);
/** Tagging passes so far: a key's number holds in the pass that set it. */
let passes = 0;

// A small two-way cache in front of the map: most words of a text are
// among a few thousand forms, and an array slot is cheaper than a map probe.
// Over 100 BBC articles (6,300 forms) 1.7% of the look-ups miss it with 64K
// slots, 6.6% with 16K: a miss costs a map probe into scattered memory.
const FRONT_SIZE = 65536;
// Each slot holds an entry's number plus one (0: none), 2 bytes, where a
// reference took 8: the slots take 128 KB, which the processor's cache
// keeps; the entry holds its form, side by side in memory, read at once.
const frontSlots = new Uint16Array(FRONT_SIZE);
/** Most entries cached (their numbers fit the slots): past this many, the caches start over (before the next pass). */
const ENTRIES_MAX = 50_000;
/** The cached entries, by number. */
let entryList: Entry[] = [];
/** The limits in force ({@link setCacheLimits} lowers them in tests). */
let keysMax = KEYS_MAX;
let entriesMax = ENTRIES_MAX;

/**
 * Lower the caches' limits (tests: a cache that starts over must change no
 * output); called without arguments, restore them.
 */
export function setCacheLimits(keys = KEYS_MAX, entries = ENTRIES_MAX): void {
  keysMax = Math.min(keys, KEYS_MAX);
  entriesMax = Math.min(entries, ENTRIES_MAX);
}

/**
 * Bounded caches: empty them when they are past their limits. Only between
 * tagging passes: a form met before and after a reset within one pass would
 * get two entries and two keys, so one phrase would be two candidates, each
 * with part of its occurrences (a long-running process reached the limits in
 * the middle of a text). One text can take the caches past their limits;
 * the next pass empties them.
 */
function startOverIfFull(): void {
  if (entryList.length < entriesMax && keyIds.size < keysMax) return;
  // the slots hold numbers of entries, emptied with them
  entries.clear();
  entryList = [];
  frontSlots.fill(0);
  if (keyIds.size >= keysMax) {
    // the entries hold key indexes: the keys start over with them
    keyIds.clear();
    keyPass.fill(-1);
  }
}

function entryOf(surface: string): Entry {
  let h = surface.length;
  for (let k = 0; k < surface.length; k++) h = (Math.imul(h, 31) + surface.charCodeAt(k)) | 0;
  // two slots side by side (one line of the processor's cache): a form
  // whose slot another form of the same text holds is found in the other
  // (over 100 BBC articles, 5.2 map probes per article with one slot)
  const slot = (h ^ (h >>> 13)) & (FRONT_SIZE - 2);
  const first = frontSlots[slot]!;
  if (first !== 0) {
    const held = entryList[first - 1]!;
    if (held.surface === surface) return held;
  }
  const second = frontSlots[slot + 1]!;
  if (second !== 0) {
    const held = entryList[second - 1]!;
    if (held.surface === surface) return held;
  }
  const e = entryOfSlow(surface);
  // the newer form first, the one it displaces second (read again: the
  // slots are emptied when the caches start over)
  // (one text can number more entries than the slots hold: those past it
  // are found in the map)
  if (e.number < 0xffff) {
    frontSlots[slot + 1] = frontSlots[slot]!;
    frontSlots[slot] = e.number + 1;
  }
  return e;
}

function entryOfSlow(surface: string): Entry {
  let e = entries.get(surface);
  if (e) return e;
  const lower = surface.toLowerCase();
  const parts = lower.split(HYPHEN);
  const ch = surface[0] ?? '';
  const key = parts.map(stem).join(' ');
  const allCaps = ALL_CAPS.test(surface);
  let keyed = keyIds.get(key);
  if (keyed === undefined) {
    keyed = keyIds.size;
    keyIds.set(key, keyed);
    if (keyed >= keyPass.length) {
      const pass = new Int32Array(2 * keyPass.length).fill(-1);
      pass.set(keyPass);
      keyPass = pass;
      const id = new Int32Array(2 * keyId.length);
      id.set(keyId);
      keyId = id;
    }
  }
  e = {
    surface,
    lower,
    keyed,
    pass: -1,
    id: -1,
    specificity: specificity(parts),
    kind: 'word',
    modifier: false,
    acronym: false,
    context: contextOf(lower),
    form: formOf(lower),
    lists: listsOf(lower),
    cap: ch !== ch.toLowerCase(),
    allCaps,
    shouting: allCaps && lower.length >= 3,
    title: TITLES.has(lower),
    common: false,
    info: undefined,
    mask: 0,
    tag: 'O',
    initialTag: 'O',
    styledTag: 'O',
    number: entryList.length,
    named: -1,
  };
  if (CODE.test(surface)) {
    e.kind = 'noun';
  } else if (!HAS_LETTER.test(surface) || STOPWORDS.has(lower) || lower.length < 2 || DIGIT_START.test(lower)) {
    e.kind = 'other';
    e.acronym = e.allCaps && CAPITAL_ACRONYMS.has(lower);
  } else if (
    (EXCLUDED.has(lower) && !(allCaps && TIME_ZONES.has(lower))) ||
    PERIOD_CODE.test(lower) ||
    (parts.length > 1 && EXCLUDED.has(parts[0]!) && quantityCompound(parts))
  ) {
    e.kind = 'excluded';
    e.modifier = MODIFIER_NOUNS.has(parts[0]!) && (parts.length === 1 || !EXCLUDED.has(parts.at(-1)!));
  } else if (DIGIT.test(lower) && !e.cap) {
    e.kind = 'noun';
  } else {
    const lowerInfo = lexiconInfo(lower);
    // the form as written, where it is not the lower-case one
    const written = surface === lower ? undefined : lexiconInfo(surface);
    const whole = written ?? lowerInfo;
    e.info = whole ?? (parts.length > 1 ? lexiconInfo(parts.at(-1)!) : undefined);
    e.common = lowerInfo !== undefined && (lowerInfo.mask & NN) !== 0;
    e.mask = e.info?.mask ?? 0;
    e.tag = e.info ? e.info.tag : bySuffix(lower);
    // a compound that ends in a verb form modifies: "rule-based", "well-known", "fast-growing"
    if (!whole && parts.length > 1 && (e.tag === 'E' || e.tag === 'G' || e.tag === 'V')) e.tag = 'A';
    // a form the lexicon does not know, opening a sentence, is taken for a
    // name unless its suffix says otherwise ("Adaptive", "Interpolated")
    const suffixTag = bySuffix(lower);
    e.initialTag = whole ? whole.tag : suffixTag === 'N' ? 'P' : suffixTag;
    e.styledTag = lowerInfo ? lowerInfo.tag : e.initialTag;
    if (e.cap && surface !== lower && properAdjective(surface, written)) e.lists |= LISTED_PROPER_ADJECTIVE;
  }
  entries.set(surface, e);
  entryList.push(e);
  return e;
}

/**
 * Is the capitalized form an adjective first in the lexicon ("Italian",
 * "Jewish"), or the plural of a form it knows as an adjective too, and only
 * with its capital ("Russians", "Italians", "Asians"; not "News", "Commons",
 * "Rights", "Conservatives", whose lower-case "new", "common", "right",
 * "conservative" are words)? Not a form that is a name first and an
 * adjective too: "London", "White", "Welsh". (`written`: the lexicon's
 * entry of `surface`, which the caller has looked up.)
 */
function properAdjective(surface: string, written: LexiconInfo | undefined): boolean {
  if (written?.tag === 'A') return true;
  if (!surface.endsWith('s')) return false;
  const singular = surface.slice(0, -1);
  const info = lexiconInfo(singular);
  // an adjective only with its capital ("russian" is no word): not "News", "Commons", "Rights"
  return info !== undefined && (info.mask & JJ) !== 0 && lexiconInfo(singular.toLowerCase()) === undefined;
}

/**
 * Is a word in -s the third person of a verb the lexicon knows ("grips" of
 * "grip", "reaches" of "reach"), where its entry, counted in one corpus,
 * lists only the plural noun?
 */
function baseVerb(lower: string): boolean {
  const base = lexiconInfo(lower.slice(0, -1)) ?? (lower.endsWith('es') ? lexiconInfo(lower.slice(0, -2)) : undefined);
  return base !== undefined && ((base.mask & VB) !== 0 || (base.mask & VBP) !== 0);
}

/**
 * A compound that starts with a number word is a quantity when it ends with
 * a unit, time or number word ("three-minute", "five-day", "two-thirds");
 * otherwise it names a kind of thing: "two-dimensional", "first-order",
 * "one-child policy", "eight-character passwords".
 */
function quantityCompound(parts: string[]): boolean {
  const last = parts.at(-1)!;
  return EXCLUDED.has(last) || (last.endsWith('s') && EXCLUDED.has(last.slice(0, -1)));
}

/**
 * Does the text write "amp" as a word, not as the remnant of an escaped
 * ampersand between capitalized words: "amps", or a bare "amp" before no
 * capitalized word ("the Fender amp was stolen")?
 */
function ampIsWord(tokens: Tokens, text: string): boolean {
  const n = tokens.text.length;
  for (let k = 0; k < n; k++) {
    const t = tokens.text[k]!;
    if (t.length < 3 || t.length > 4 || (t[0] !== 'a' && t[0] !== 'A')) continue;
    const lower = t.toLowerCase();
    if (lower === 'amps') return true;
    if (lower !== 'amp' || tokens.text[k - 1] === '&' || tokens.text[k + 1] === ';') continue;
    if (k + 1 >= n || !isWordLike(tokens, k + 1) || !capitalAt(text, tokens.start[k + 1]!)) return true;
  }
  return false;
}

/** Longest headline, in tokens. */
const HEADLINE_TOKENS = 30;

/**
 * The index of the headline's sentence, or -1: a first paragraph of one short
 * sentence without a final stop ("Phish Phavors New York With 3-Day
 * Phestival", "Waiting for the wave to crest") is a headline.
 */
export function headline(doc: PrecisDocument): number {
  const { tokens, seg } = internals(doc);
  const first = seg.sentences[0];
  const second = seg.sentences[1];
  if (!first || !second || second.paragraph === first.paragraph) return -1;
  if (first.to - first.from > HEADLINE_TOKENS) return -1;
  const last = first.to - 1;
  if (tokens.kind[last] === KIND_PUNCT && /^[.!?…:]+$/.test(tokens.text[last]!)) return -1;
  return 0;
}

/**
 * Is the sentence written in title case ("Phish Phavors New York With 3-Day
 * Phestival")? Then its capitals are the style's, not the words': they say
 * no more than the capital that opens a sentence. Most of its content words
 * (four in five, three at least) start with a capital.
 */
function titleCase(doc: PrecisDocument, sentence: number): boolean {
  const { tokens, seg } = internals(doc);
  const s = seg.sentences[sentence];
  if (!s) return false;
  let content = 0;
  let capitals = 0;
  forEachWord(tokens, s.from, s.to, (from, to) => {
    const text = to - from === 1 ? tokens.text[from]! : doc.text.slice(tokens.start[from]!, tokens.end[to - 1]!);
    const e = entryOf(text);
    if (e.kind === 'other') return;
    content++;
    if (e.cap) capitals++;
  });
  return content >= 3 && capitals * 5 >= content * 4;
}

/** The tag of a form written with a capital inside a sentence: a name, or a proper adjective ("French"). */
const capitalTag = (entry: Entry): Tag => (entry.allCaps || entry.info?.tag !== 'A' ? 'P' : 'A');

/**
 * In a title-case headline the capitals are the style's, so its words are
 * read as written in lower case; but a word the body writes with a capital
 * inside a sentence, and never in lower case, is a name's word there too
 * ("Robinson out of Six Nations" beside "the rest of the Six Nations";
 * "Bellevue Hospital" beside "Bellevue Hospital Center"), and keeps the
 * reading of a capital inside a sentence. Runs only for such a headline,
 * before the context rules.
 */
function namesInStyledHeadline(out: Word[], head: number): void {
  // the body's forms written with a capital inside a sentence, those written
  // in lower case, and its pairs of adjacent capitalized words
  const named = new Set<string>();
  const lower = new Set<string>();
  const pairs = new Set<string>();
  for (let i = 0; i < out.length; i++) {
    const w = out[i]!;
    if (w.sentence === head) continue;
    if (!w.cap) lower.add(w.lower);
    else if (!w.initial) {
      // a word that ends its name ("Robinson" of "Jason Robinson"), not a
      // given name before a surname ("Diane Von Furstenberg")
      const next = out[i + 1];
      if (next === undefined || !next.cap || !next.joined || next.sentence !== w.sentence) named.add(w.lower);
      const prev = out[i - 1];
      if (prev?.cap && w.joined && prev.sentence === w.sentence) pairs.add(`${prev.lower} ${w.lower}`);
    }
  }
  let previous: Word | undefined;
  for (const w of out) {
    if (w.sentence !== head) break;
    const pair = previous !== undefined && w.joined && previous.cap && w.cap && pairs.has(`${previous.lower} ${w.lower}`);
    if (pair) name(previous!);
    if (pair || (w.cap && named.has(w.lower) && !lower.has(w.lower))) name(w);
    previous = w;
  }
}

/** Read a word of a title-case headline as a capitalized word inside a sentence (see namesInStyledHeadline). */
function name(w: Word): void {
  // a common noun's capital in a headline still says nothing of its lone
  // occurrences in the body ("Hospital" of "Bellevue Hospital" beside "the
  // hospital"): it stays out of the name factor (rank.ts)
  if (!w.common) w.initial = false;
  const entry = w.entry;
  if (entry.kind === 'word') w.tag = capitalTag(entry);
}

/** Is out[k] a noun, a name or an adjective joined to the word before it, in sentence `sentence`? */
const nounishAt = (out: Word[], k: number, sentence: number): boolean => {
  const w = out[k];
  return w !== undefined && w.sentence === sentence && w.joined && (w.tag === 'N' || w.tag === 'P' || w.tag === 'A');
};

/** Is out[i] joined after a "that" joined after a noun or a name (a relative clause's "that")? */
const relativeThat = (out: Word[], i: number): boolean => {
  const w = out[i]!;
  const that = out[i - 1];
  const noun = out[i - 2];
  return that !== undefined && (out[i - 1]!.entry.form & THAT) !== 0 && w.joined && that.joined && noun !== undefined && noun.sentence === w.sentence && that.sentence === w.sentence && (noun.tag === 'N' || noun.tag === 'P');
};

/** Tag the words of a document (cached per document). */
export function taggedWords(doc: PrecisDocument): Word[] {
  return memo(doc, 'keyphrases:words', () => tagWords(doc));
}

function tagWords(doc: PrecisDocument): Word[] {
  const { text } = doc;
  const { tokens, seg } = internals(doc);
  const out: Word[] = [];
  const head = headline(doc);
  const styled = head >= 0 && titleCase(doc, head) ? head : -1;
  startOverIfFull();
  // number the keys in order of first occurrence
  const pass = ++passes;
  let keys = 0;
  // the words that open a sentence with a form the lexicon does not know (see below)
  let unknownOpeners: number[] | undefined;
  // the word before was joined to this one through an ampersand ("Marsh & McLennan")
  let ampersand = false;
  // does the text write "amp" as a word (made when first asked)?
  let ampWord: boolean | undefined;
  // the words of each sentence: forEachWord written out, so that the loop's
  // state stays in local variables (no closure call per word)
  for (let index = 0; index < seg.sentences.length; index++) {
    const sentence = seg.sentences[index]!;
    let previousTo = -1;
    let first = true;
    // in a title-case headline every word is read as if it opened the sentence
    const asFirst = index === styled;
    for (let from = sentence.from, to = from; from < sentence.to; from = to) {
      if (!isWordLike(tokens, from)) {
        to = from + 1;
        if (
          previousTo === from &&
          to < sentence.to &&
          tokens.text[from] === '&' &&
          out[out.length - 1]!.cap &&
          !out[out.length - 1]!.entry.allCaps &&
          isWordLike(tokens, to) &&
          capitalAt(text, tokens.start[to]!)
        ) {
          // an ampersand between capitalized words is inside a firm's name:
          // "Marsh & McLennan", "Procter & Gamble", "Standard & Poor's"
          // (round 12): the words are adjacent, and both are names' words
          previousTo = to;
          ampersand = true;
        }
        continue;
      }
      to = wordEnd(tokens, from, sentence.to);
      if (to === from + 1 && tokens.text[from] === 'amp' && previousTo >= 0) {
        // the remnant of an escaped ampersand between capitalized words, "Savings amp
        // Loan", "Dow Jones &amp; Co.", is the ampersand of a firm's name (round 13)
        const next = tokens.text[to] === ';' ? to + 1 : to;
        const before = out[out.length - 1]!;
        const escaped = previousTo === from - 1 && tokens.text[from - 1] === '&';
        if (
          (previousTo === from || escaped) &&
          before.cap &&
          !before.entry.allCaps &&
          next < sentence.to &&
          isWordLike(tokens, next) &&
          capitalAt(text, tokens.start[next]!)
        ) {
          // a bare "amp" is the amplifier where the text writes the word elsewhere ("the
          // Marshall amp Hendrix used ... Marshall amps"; review of round 13)
          const bare = !escaped && next === to;
          if (bare) ampWord ??= ampIsWord(tokens, text);
          if (!bare || !ampWord) {
            previousTo = next;
            ampersand = true;
            continue;
          }
        }
      }
      const start = tokens.start[from]!;
      let end = tokens.end[to - 1]!;
      // one token: its own string (no new slice to hash)
      let surface = to - from === 1 ? tokens.text[from]! : text.slice(start, end);
      let possessive = false;
      const n = surface.length;
      if (n > 2 && (surface.charCodeAt(n - 1) === 115 || surface.charCodeAt(n - 1) === 83)) {
        const apostrophe = surface.charCodeAt(n - 2);
        if (apostrophe === 39 || apostrophe === 0x2019) {
          surface = surface.slice(0, -2);
          end -= 2;
          possessive = true;
        }
      }
      const entry = entryOf(surface);
      if (entry.pass !== pass) {
        entry.pass = pass;
        const keyed = entry.keyed;
        if (keyPass[keyed] !== pass) {
          keyPass[keyed] = pass;
          keyId[keyed] = keys++;
        }
        entry.id = keyId[keyed]!;
      }
      const word: Word = {
        start,
        end,
        lower: entry.lower,
        id: entry.id,
        specificity: entry.specificity,
        tag: 'O',
        cap: entry.cap,
        shouting: entry.shouting,
        title: entry.title,
        common: entry.common,
        sentence: index,
        joined: previousTo === from,
        possessive,
        initial: first || asFirst,
        lists: entry.lists,
        entry,
      };
      previousTo = to;
      const opens = first;
      const isFirst = first || asFirst;
      first = false;
      if (entry.kind === 'other') {
        word.tag = 'O';
      } else if (entry.kind === 'excluded') {
        // a date, a number, a quantity; a capitalized month after a name is a name ("Los Angeles June" is not)
        const name = word.cap && word.joined && out.at(-1)?.tag === 'P' && tokens.kind[to] !== KIND_NUMBER;
        word.tag = name ? 'P' : 'O';
      } else if (entry.kind === 'noun') {
        word.tag = 'N';
      } else if (word.cap && !isFirst) {
        // a capitalized word inside a sentence: a name, or a proper adjective
        word.tag = capitalTag(entry);
        if (word.tag === 'P') entry.named = pass;
      } else if (word.cap) {
        word.tag = opens ? entry.initialTag : entry.styledTag;
        // a form the lexicon does not know, opening a sentence, that its
        // suffix reads as no name ("Nadal", "Ivanovic" as adjectives): a
        // name if the text writes it as one inside a sentence (read below)
        if (opens && word.tag !== 'P' && entry.info === undefined) {
          unknownOpeners ??= [];
          unknownOpeners.push(out.length);
        }
      } else {
        word.tag = entry.tag;
      }
      if (entry.allCaps && (entry.form & (TIME_ZONE | CLOCK_ZONE)) !== 0) {
        // a time zone in capitals after a time of day is a time word ("by
        // 1830 GMT", "9:30 a.m. EST"); elsewhere a name's ("GMT Games",
        // "UTC Aerospace Systems": review of round 12). The zones of
        // CLOCK_ZONES only after a clock ("3 p.m. ET", "10:30 IST", "1830 CT";
        // not "4 CT scans"), those of TIME_ZONES after any number too
        const before = out.at(-1);
        if (
          before !== undefined &&
          before.sentence === index &&
          (TIMES_OF_DAY.has(before.lower) ||
            ((entry.form & TIME_ZONE) !== 0
              ? (before.entry.form & DIGIT_FIRST) !== 0
              : // the minutes of "10:30" are a word of their own after the colon
                CLOCK.test(before.lower) || ((before.entry.form & DIGIT_FIRST) !== 0 && text.charCodeAt(before.start - 1) === 58)))
        )
          word.tag = 'O';
      }
      if (ampersand) {
        ampersand = false;
        const before = out[out.length - 1]!;
        if (word.tag !== 'O' && before.tag !== 'O') {
          word.tag = 'P';
          before.tag = 'P';
        }
      }
      out.push(word);
    }
  }
  if (unknownOpeners !== undefined) {
    // or, read as an adverb by its "-ly" and the text never writing it in
    // lower case, when it opens two sentences or more ("Italy Beat Wales In Rome ... Italy beat Wales
    // ... Italy play France next": a match report names the side first;
    // review of round 11)
    let opened: Uint8Array | undefined;
    for (const k of unknownOpeners) {
      const w = out[k]!;
      if (w.entry.named === pass) w.tag = 'P';
      else if (w.tag === 'O') {
        // read by its suffix as an adverb (not "Adaptive by design ...
        // Adaptive by nature", an adjective; nor "Postprocessing", a gerund)
        opened ??= new Uint8Array(keys);
        if (opened[w.id]! < 2) opened[w.id]!++;
      }
    }
    if (opened !== undefined) {
      for (const w of out) if (!w.cap) opened[w.id] = 0;
      for (const k of unknownOpeners) {
        const w = out[k]!;
        if (opened[w.id] === 2 && w.tag === 'O') w.tag = 'P';
      }
    }
  }
  if (styled >= 0) namesInStyledHeadline(out, styled);
  // a stop word that opens names (NAME_STOPWORDS), capitalized before a name:
  // the pairs the rules below read as names inside a sentence, and the
  // words that open a sentence with such a pair (review of round 11)
  let namedPairs: Set<string> | undefined;
  let openingStopwords: number[] | undefined;
  // contextual rules, left to right
  for (let i = 0; i < out.length; i++) {
    const w = out[i]!;
    const prev = i > 0 && out[i - 1]!.sentence === w.sentence ? out[i - 1] : undefined;
    const next = i + 1 < out.length && out[i + 1]!.sentence === w.sentence ? out[i + 1] : undefined;
    const entry = w.entry;
    const form = entry.form;
    if (
      (form & SAINT) !== 0 &&
      w.cap &&
      // after a capitalized word joined to it "St." is "Street", which ends
      // a name: "He lives on Main St. Police said"
      !(prev?.cap === true && w.joined) &&
      next?.cap === true &&
      (next.tag === 'P' || next.tag === 'N') &&
      !next.joined &&
      next.start - w.end === 2 &&
      text.charCodeAt(w.end) === 46 &&
      text.charCodeAt(w.end + 1) === 32
    ) {
      // "St." (Saint) opens the name it abbreviates a word of: "St. Louis",
      // "St. Pauli" (a name itself: before the test that skips names)
      w.tag = 'P';
      next.joined = true;
      continue;
    }
    if (
      (form & PARTICLE) !== 0 &&
      !w.cap &&
      prev?.cap === true &&
      // after a name's word, an initial ("R de Marigny" in a line-up) or a
      // title, also abbreviated ("Mr de Vabres", "Mr. de Betak")
      (w.joined ? prev.tag !== 'O' || prev.end - prev.start === 1 || prev.title : prev.title) &&
      next?.joined === true &&
      next.cap &&
      (next.tag === 'P' || next.tag === 'N')
    ) {
      // a lower-case particle between two capitalized words is a word of
      // the name: "Robert de Niro", "Stade de France", "Renaud Donnedieu de
      // Vabres", "Rio de Janeiro", "Mr de Vabres", "R de Marigny" in a
      // line-up (round 12; the lexicon reads "de" as a noun)
      w.tag = 'P';
      continue;
    }
    const tag = w.tag;
    // a name stays as it is
    if (tag === 'P') continue;
    if (tag === 'O') {
      // a word out of phrases (a stop word, a number, a date) comes in only
      // by one of these rules (a new rule for such words goes here)
      if (entry.acronym && !(prev?.shouting && w.joined) && !(next?.shouting && next.joined)) {
        // "US", "IT" among words not in capitals: a name
        w.tag = 'P';
      } else if (entry.modifier && next?.joined === true && (next.tag === 'N' || next.tag === 'A' || next.tag === 'P')) {
        // an excluded noun before a noun modifies it: "time management", "end users"
        w.tag = 'A';
      } else if (
        w.cap &&
        !entry.allCaps &&
        next?.joined === true &&
        next.cap &&
        next.tag === 'P' &&
        (w.initial || (w.joined && prev !== undefined && prev.tag !== 'P')) &&
        NAME_STOPWORDS.has(w.lower)
      ) {
        if (w.initial) {
          // opening a sentence: read after this loop (see below)
          openingStopwords ??= [];
          openingStopwords.push(i);
        } else {
          // a stop word that opens names, with a capital inside a sentence,
          // after a word that is no name and before a name: "The All Blacks",
          // "actor Will Smith" (not "Dior Will Replace Galliano", a headline's verb)
          w.tag = 'P';
          namedPairs ??= new Set();
          namedPairs.add(`${w.lower} ${next.id}`);
        }
      } else if (w.cap && !w.initial && !entry.allCaps && w.joined && ((prev?.tag === 'P' && (prev.lists & LISTED_GIVEN_NAME) !== 0) || prev?.title === true) && SURNAME_STOPWORDS.has(w.lower)) {
        // a stop word that is a surname, with a capital after a given name
        // or a title: "Theresa May", "Brian May", "Mrs May" (review of round 11)
        w.tag = 'P';
      } else if ((form & NUMBER_WORD) !== 0 && w.cap && !w.initial && !entry.allCaps && next?.joined === true && next.cap && next.tag === 'P') {
        // a number word written with a capital inside a sentence, before a
        // name, is part of the name: "the Six Nations", "the Three Gorges Dam"
        w.tag = 'P';
      } else if (
        w.end - w.start === 1 &&
        w.cap &&
        // not a Roman numeral ("NCAA Division I. Moore", "World War I")
        (form & ROMAN) === 0 &&
        prev?.tag === 'P' &&
        w.joined &&
        next?.tag === 'P' &&
        next.cap &&
        (next.joined || (next.start - w.end === 2 && text.charCodeAt(w.end) === 46 && text.charCodeAt(w.end + 1) === 32))
      ) {
        // a middle initial inside a name is part of it: "Donald J. Trump", "Samuel L Jackson"
        w.tag = 'P';
        next.joined = true;
      }
      continue;
    }
    // the rules below turn a noun into something else only when the lexicon
    // also knows it as a verb, and an adjective only when it knows it as a
    // noun: most nouns and adjectives need none of them read (a new rule for
    // other nouns or adjectives goes above, or widens this test)
    // (in the headline a noun in -s goes on to the headline-verb rule, read
    // against its base: "grips"; the rules after that one skip it as well)
    const tags = entry.mask;
    const noVerb = tag === 'N' && (tags & VERB_TAGS) === 0;
    if ((noVerb && (w.sentence !== head || (form & ENDS_S) === 0)) || (tag === 'A' && (tags & NN) === 0)) continue;
    // the entries of the neighbours (their spelling's bits)
    const prevForm = prev ? prev.entry.form : 0;
    const nextForm = next ? next.entry.form : 0;
    // a pronoun's "'s" ("it's", "he's") is "is" or "has"
    const prevContext = prev ? contextAt(out, i - 1) : 0;
    const nextContext = next ? next.entry.context : 0;
    const nextNounish = next?.joined === true && (next.tag === 'N' || next.tag === 'P');
    const nextAdjective = next?.joined === true && next.tag === 'A';
    // "that" and "whose" open a relative clause as often as an object ("filters that adapt")
    const nextObject = next?.joined === true && (((nextContext & DET) !== 0 && (nextContext & REL) === 0) || (nextContext & OBJ) !== 0);
    if (
      (w.tag === 'N' || w.tag === 'V') &&
      (form & (ENDS_S | ENDS_SS)) === ENDS_S &&
      (tags & VBZ) !== 0 &&
      w.joined &&
      ((prevContext & SINGULAR_PRONOUN) !== 0 || (next?.joined === true && (nextContext & REFLEXIVE) !== 0))
    ) {
      // a verb in -s after "that" or "this", or before "itself": a plural noun
      // cannot follow a singular determiner nor take a singular reflexive
      // ("a simulation that compares conveyor-based transport", "the firm positions itself")
      w.tag = 'V';
      continue;
    }
    if (
      w.sentence === head &&
      w.tag === 'N' &&
      // in capitals every word is tagged P: the test for a name says nothing
      // ("HEALTH CARE COSTS RISE AGAIN", "BANK SHARES FALL IN LONDON")
      !w.shouting &&
      (form & (ENDS_S | ENDS_SS)) === ENDS_S &&
      ((tags & VBZ) !== 0 || baseVerb(w.lower)) &&
      w.joined &&
      (prev?.tag === 'P' || prev?.tag === 'N') &&
      next?.joined === true &&
      ((next.tag === 'P' && !next.shouting) ||
        ((nextContext & DET) !== 0 && (nextContext & REL) === 0) ||
        // after a singular subject (a plural one takes no -s: "Electronics
        // firms eye"), before a noun that cannot be the verb, or before a
        // number or a quantity ("five-year"; not a time word: "Library
        // services today"; not an adjective: a headline drops its "be",
        // "Birth Rates Biggest in 30 Years"): "India charges ex-minister", "eBay
        // releases iPad", "rupee hits five-year high" (but "consulting
        // projects benefit faculty": "benefit" may be the verb)
        ((prevForm & SINGULAR) !== 0 && ((next.tag === 'N' && !verbToo(next.entry.mask)) || (nextForm & DIGIT_FIRST) !== 0 || (next.entry.kind === 'excluded' && (nextForm & HYPHENATED) !== 0))))
    ) {
      // a headline is a clause: a word in -s the lexicon also knows as a
      // verb (or whose base it knows as one: "grips"), after its subject and before a name or a determiner (a noun
      // phrase's first word, where a plural head cannot go on), is its verb
      // ("Bill Pascrell Defeats Steve Rothman", "Twitter Ditches the QuickBar")
      w.tag = 'V';
      continue;
    }
    // a headline noun let through for the rule above: the rules below assume the lexicon knows a verb reading
    if (noVerb) continue;
    // an -ing form that may be a verb, at the start of a noun phrase (not after a determiner or a modifier)
    // (a form the lexicon does not know is tagged G by its suffix alone)
    const ing = (form & ENDS_ING) !== 0 && (w.tag === 'G' || (w.tag === 'N' && (tags & VBG) !== 0));
    if (
      w.tag === 'E' &&
      w.joined &&
      prev !== undefined &&
      (prevForm & VERB_ADVERB) !== 0 &&
      !determinerBefore(out, i - 2, w.sentence)
    ) {
      // a past form after an adverb of time or degree that modifies verbs,
      // with no determiner before the adverb, is the verb: "the ruling so
      // angered fans", "the firm also raised prices" (but "an often
      // overlooked issue", "the already crowded market" modify)
      continue;
    }
    if ((w.tag === 'E' || w.tag === 'G') && w.joined && prev?.tag === 'O' && (prevForm & ENDS_LY) !== 0) {
      // a participle after an adverb heads its own modifier ("the widely used
      // index structure", "a newly elected president"): not a word of the term
      continue;
    }
    if (w.tag === 'E' && (form & NAMING) !== 0) {
      // a participle of naming takes the name as its complement: "a scheme, called differential switching"
      continue;
    }
    if (w.tag === 'G' && w.joined && (prevContext & BE_FORM) !== 0 && (tags & JJ) === 0) {
      // an -ing form after "be" is a progressive verb: "the library is creating systems"
      continue;
    }
    if (ing && w.joined && (prevForm & AND_OR) !== 0 && i >= 2 && out[i - 2]!.sentence === w.sentence && out[i - 2]!.tag === 'G' && (out[i - 2]!.entry.form & ENDS_ING) !== 0) {
      // coordinated with an -ing verb, an -ing form is one too: "for designing and implementing outreach programs"
      w.tag = 'G';
      continue;
    }
    if (
      ing &&
      nextAdjective &&
      (!prev || !w.joined || (prev.tag !== 'N' && prev.tag !== 'A' && prev.tag !== 'P' && prev.tag !== 'G' && (prevContext & DET) === 0)) &&
      nounishAt(out, i + 2, w.sentence) &&
      ((w.initial ? (lexiconInfo(w.lower)?.mask ?? 0) : tags) & JJ) === 0
    ) {
      // before an adjective and a noun, an -ing form opening a phrase is a
      // verb with its object (when it opens a phrase: not after a determiner
      // or a modifier): a noun does not precede an adjective inside a
      // noun phrase ("for hiring new staff", "Building digital collections");
      // not one the lexicon (in lower case: capitalized entries are names')
      // also knows as an adjective ("Growing economic concerns")
      w.tag = 'G';
      continue;
    }
    // "be" or "have" before the participle, or before an adverb before it ("has since hosted", "had never seen")
    const auxContext =
      prev !== undefined && ((prev.tag === 'O' && (prevForm & ADVERBISH) !== 0) || (prevForm & AUX_ADVERB) !== 0) && i >= 2 && out[i - 2]!.sentence === w.sentence && prev.joined
        ? contextAt(out, i - 2)
        : prevContext;
    if (w.tag === 'E' && w.joined && (auxContext & (BE_FORM | HAVE_FORM)) !== 0 && ((tags & JJ) === 0 || (auxContext & PASSIVE) !== 0)) {
      // a participle after a form of "be" or "have" is a verb (a passive, a
      // perfect): "have been hyped ad nauseam", "has stimulated interest";
      // after "be" or "have" one the lexicon also knows as an adjective may
      // modify ("is limited", "has experienced staff", "has qualified
      // teachers"), not after "been" or "being", a passive ("are being
      // promised energy savings")
      continue;
    }
    if (w.tag === 'G' && (form & TRANSITIVE) !== 0 && !(w.joined && (prev?.tag === 'N' || prev?.tag === 'P'))) {
      // an -ing verb that takes an object, never a modifier: "by using
      // support vector machines" (data/lists.ts, TRANSITIVE_ING); after a
      // noun the rules below decide ("decision making" is a compound)
      continue;
    }
    if (
      w.tag === 'V' &&
      prev?.tag === 'N' &&
      w.joined &&
      (prevForm & SINGULAR) !== 0 &&
      (form & ENDS_S) === 0 &&
      (tags & NN) !== 0 &&
      !(next?.joined === true && (next.tag === 'N' || next.tag === 'A' || nextObject || (nextForm & TO) !== 0))
    ) {
      // after a singular noun, a base verb form cannot be the verb of the
      // clause (that would be "monitors", "transforms"): "the computer
      // monitor.", "wavelet transform and", "memory recall in"
      w.tag = 'N';
      continue;
    }
    // ("that" after a noun opens a relative clause: "programs that help", not a determiner)
    if ((w.tag === 'V' || w.tag === 'E') && prev && (((prevContext & DET) !== 0 && !relativeThat(out, i)) || (prev.tag === 'A' && w.joined)) && (tags & NN) !== 0) {
      // after a determiner or an adjective: "the increase", "the quasi-weighted means"
      w.tag = 'N';
    } else if (
      w.tag === 'N' &&
      (tags & VBZ) !== 0 &&
      (form & ENDS_S) !== 0 &&
      w.joined &&
      (prev?.tag === 'N' || prev?.tag === 'P') &&
      (prevForm & SINGULAR) !== 0 &&
      next?.joined === true &&
      (nextContext & CLAUSE) !== 0
    ) {
      // a singular noun, then a verb in -s, then "to" or a clause: "the company plans to", "the rate rises when"
      w.tag = 'V';
    } else if (w.tag === 'N' && (prevContext & MODAL) !== 0 && ((tags & VB) !== 0 || (tags & VBP) !== 0)) {
      w.tag = 'V';
    } else if (w.tag === 'N' && prev && ((prevContext & SUBJ) !== 0 || (nextObject && w.joined && prev.tag !== 'O')) && verbToo(tags)) {
      w.tag = 'V';
    } else if (
      w.tag === 'N' &&
      prev?.tag === 'N' &&
      w.joined &&
      (prevForm & ENDS_S) !== 0 &&
      (form & ENDS_S) === 0 &&
      (tags & VBP) !== 0 &&
      next?.joined === true &&
      next.tag !== 'N' &&
      next.tag !== 'P'
    ) {
      // a plural noun, then a verb: "libraries need to", "farms need strong grids"
      w.tag = 'V';
    } else if (
      w.tag === 'N' &&
      (prev?.tag === 'N' || prev?.tag === 'P') &&
      w.joined &&
      (form & ENDS_S) !== 0 &&
      (tags & VBZ) !== 0 &&
      next?.joined === true &&
      next.tag === 'N' &&
      (nextForm & ENDS_S) !== 0
    ) {
      // a noun, a verb in -s, a plural object: "the Belt links ports"
      w.tag = 'V';
    } else if (
      w.tag === 'N' &&
      (form & ENDS_ING) !== 0 &&
      (tags & VBG) !== 0 &&
      prev?.tag === 'N' &&
      w.joined &&
      (prevForm & (ENDS_S | ENDS_SS)) === ENDS_S &&
      !nextNounish
    ) {
      // a plural noun, then an -ing verb: "stars spending millions" (but "systems engineering approach")
      w.tag = 'V';
    } else if (w.tag === 'N' && (prev?.tag === 'N' || prev?.tag === 'P') && w.joined && verbToo(tags) && next?.joined && next.tag === 'A') {
      // a noun, a verb, an adjective: "the farms of the North Sea need stronger grids"
      w.tag = 'V';
    } else if (
      (w.tag === 'V' || w.tag === 'E') &&
      nextNounish &&
      next.tag === 'N' &&
      (prevContext & (MODAL | SUBJ)) === 0 &&
      !(prev && w.joined && (prev.tag === 'N' || prev.tag === 'P')) &&
      ((tags & JJ) !== 0 || (tags & NN) !== 0)
    ) {
      w.tag = (tags & JJ) !== 0 ? 'A' : 'N';
    } else if (
      w.tag === 'A' &&
      (tags & NN) !== 0 &&
      w.joined &&
      (prev?.tag === 'A' || prev?.tag === 'N' || prev?.tag === 'G') &&
      !(next?.joined === true && (next.tag === 'N' || next.tag === 'P' || next.tag === 'A')) &&
      !(prev?.tag === 'N' && (prevForm & (ENDS_S | ENDS_SS)) === ENDS_S && POSTPOSITIVE_ADJECTIVES.has(w.lower))
    ) {
      // an adjective the lexicon also knows as a noun, ending a noun phrase,
      // is its head: "the electrostatic potential", "the switching variable";
      // after a plural a postpositive one follows its noun: "debentures due
      // 2007" (round 13), but "emissions standard", "sales chief" are heads
      // (review of round 13)
      w.tag = 'N';
    } else if (w.tag === 'G') {
      const afterNoun = prev !== undefined && w.joined && (prev.tag === 'N' || prev.tag === 'A' || prev.tag === 'P');
      // "image processing" is a noun; "stars spending", "critic saying the" are verbs
      const plural = (prevForm & (ENDS_S | ENDS_SS)) === ENDS_S;
      // a form the lexicon does not know ("partitioning", "queuing") may be a noun too
      // but after a person's name (a capitalized word inside the sentence
      // that is no common noun), ending the phrase, it is a participle
      // clause: "David Simelane listening to the verdict", "Joran van der
      // Sloot living in Peru" (while "Web authoring" is a compound); so is a
      // verb of saying after any noun ("the Herald newspaper saying")
      const clause = (prev?.tag === 'P' && !prev.initial && !prev.common && !nextNounish) || (form & REPORTING) !== 0;
      if (afterNoun && ((tags & NN) !== 0 || tags === 0) && !plural && !nextObject && !clause) w.tag = 'N';
      // between a noun and a noun, an -ing adjective modifies: "feedback sliding mode control"
      else if (afterNoun && nextNounish && (tags & JJ) !== 0 && !plural) w.tag = 'A';
      // between an adjective and a noun, an -ing word modifies the noun: "a key stabilizing force"
      else if (prev?.tag === 'A' && w.joined && nextNounish && next.tag === 'N') w.tag = 'A';
      // after a preposition an -ing word takes an object ("by using fuzzy
      // regression", "of estimating camera parameters"), unless the lexicon
      // knows it as an adjective ("of existing methods")
      else if (
        (nextNounish || nextAdjective) &&
        (!prev || !w.joined || prev.tag === 'O') &&
        (prevContext & (MODAL | SUBJ)) === 0 &&
        !(w.joined && (prevContext & PREP) !== 0 && (tags & JJ) === 0) &&
        // a transitive -ing verb (not after a determiner) takes the noun phrase as its object
        !((form & OBJECT_TAKING) !== 0 && (prevContext & DET) === 0)
      )
        w.tag = 'A';
    } else if (
      w.tag === 'E' &&
      (nextNounish || nextAdjective) &&
      (form & ENDS_ED) !== 0 &&
      (prevContext & (MODAL | SUBJ)) === 0 &&
      !(prev && w.joined && (prev.tag === 'N' || prev.tag === 'P'))
    ) {
      // a participle before a noun phrase modifies it: "generalized conjunction operations"
      w.tag = 'A';
    }
  }
  if (openingStopwords !== undefined) {
    for (const k of openingStopwords) {
      const w = out[k]!;
      // opening a sentence, such a word opens the name when the text writes
      // the pair as a name inside a sentence ("All Saints had hits ... the
      // girl group All Saints"), and a modal that opens only questions
      // (QUESTION_STOPWORDS) does in a sentence that asks none ("Will Jordan
      // scored a hat-trick", not "Will Labour win?"; review of round 11)
      if (namedPairs?.has(`${w.lower} ${out[k + 1]!.id}`) || (QUESTION_STOPWORDS.has(w.lower) && w.sentence !== head && !asksQuestion(tokens, seg.sentences[w.sentence]!))) w.tag = 'P';
    }
  }
  return out;
}

/** Closing quotes and brackets that may follow a sentence's question mark. */
const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']']);

/** Does the sentence end in a question mark (before closing quotes and brackets)? */
function asksQuestion(tokens: Tokens, sentence: { from: number; to: number }): boolean {
  // (white space is never a token: a word or a number ends the search)
  for (let k = sentence.to - 1; k >= sentence.from; k--) {
    if (tokens.kind[k] !== KIND_PUNCT && tokens.kind[k] !== KIND_SYMBOL) return false;
    const t = tokens.text[k]!;
    if (!CLOSERS.has(t)) return t.includes('?');
  }
  return false;
}
