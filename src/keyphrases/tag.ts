// Step 1 of extractKeyphrases: words with a coarse part of speech.
//
// Words are the document's tokens joined through inner hyphens (a compound
// such as "China-Central" or "win-win" is one word). Each gets a tag from
// Brill's lexicon (the one retext-pos uses, through the `pos` package), then
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
//      ("image processing"), and an -ing word before a noun modifies it.
import { internals, memo, type PrecisDocument } from '../document.js';
import { STOPWORDS } from '../text/data/stopwords.js';
import { stem } from '../text/stem.js';
import { forEachWord } from '../text/words.js';
import lexicon from 'pos/lexicon.js';
import { EXCLUDED, TITLES } from './data/lists.js';

/**
 * Coarse tags: Noun, Proper noun, Adjective (or a modifier), Gerund (-ing),
 * Participle (-ed), Verb, Other (never in a keyphrase).
 */
export type Tag = 'N' | 'P' | 'A' | 'G' | 'E' | 'V' | 'O';

/** A word of the document with its tag. */
export interface Word {
  /** Offsets into the document text (a possessive "'s" is left out). */
  start: number;
  end: number;
  /** Lower-cased text. */
  lower: string;
  /** The stems of its hyphen-separated parts, joined by spaces. */
  key: string;
  tag: Tag;
  /** Starts with a capital letter. */
  cap: boolean;
  /** A title before a capitalized word ("President Xi"). */
  title: boolean;
  /** The lexicon also knows it as a common noun (for "Belt and Road Initiative"). */
  common: boolean;
  /** Index of the sentence, and whether the word is adjacent to the previous one (no punctuation between). */
  sentence: number;
  joined: boolean;
  /** Ends with a possessive "'s": nothing joins after it. */
  possessive: boolean;
  /** Opens its sentence (so its capital letter says nothing). */
  initial: boolean;
}

const HAS_LETTER = /\p{L}/u;
const ALL_CAPS = /^[\p{Lu}\d&-]+$/u;
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'his', 'her', 'my', 'your', 'whose', 'each', 'every', 'any', 'some', 'no']);
const MODALS = new Set(['to', 'will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must']);
const SUBJECTS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'who', 'which', 'that']);
const OBJECTS = new Set(['me', 'us', 'him', 'them', 'it']);
const verbToo = (tags: string[] | undefined) => has(tags, 'VB') || has(tags, 'VBP') || has(tags, 'VBZ') || has(tags, 'VBD');
const ADJ_SUFFIXES = ['al', 'ic', 'ive', 'ous', 'able', 'ible', 'ful', 'less', 'ary', 'ian', 'ese', 'ish'];

function lookup(word: string): string[] | undefined {
  const found = Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
  return Array.isArray(found) ? found : undefined;
}

function coarse(penn: string | undefined): Tag {
  switch (penn) {
    case 'NN':
    case 'NNS':
    case 'FW':
      return 'N';
    case 'NNP':
    case 'NNPS':
      return 'P';
    case 'JJ':
    case 'JJR':
    case 'JJS':
      return 'A';
    case 'VBG':
      return 'G';
    case 'VBN':
    case 'VBD':
      return 'E';
    case 'VB':
    case 'VBP':
    case 'VBZ':
    case 'MD':
      return 'V';
    default:
      return 'O';
  }
}

function bySuffix(lower: string): Tag {
  if (lower.endsWith('ly')) return 'O';
  if (lower.endsWith('ing')) return 'G';
  if (lower.endsWith('ed')) return 'E';
  for (const s of ADJ_SUFFIXES) if (lower.endsWith(s) && lower.length > s.length + 2) return 'A';
  return 'N';
}

const has = (tags: string[] | undefined, wanted: string) => tags?.includes(wanted) ?? false;

/** Tag the words of a document (cached per document). */
export function taggedWords(doc: PrecisDocument): Word[] {
  return memo(doc, 'keyphrases:words', () => tagWords(doc));
}

function tagWords(doc: PrecisDocument): Word[] {
  const { text } = doc;
  const { tokens, seg } = internals(doc);
  const out: Word[] = [];
  const tagsOf: (string[] | undefined)[] = [];
  seg.sentences.forEach((sentence, index) => {
    let previousTo = -1;
    let first = true;
    forEachWord(tokens, sentence.from, sentence.to, (from, to) => {
      const start = tokens[from]!.start;
      let end = tokens[to - 1]!.end;
      let surface = text.slice(start, end);
      let possessive = false;
      const last = surface.slice(-2);
      if (last === "'s" || last === '’s' || last === "'S") {
        surface = surface.slice(0, -2);
        end -= 2;
        possessive = true;
      }
      const lower = surface.toLowerCase();
      const parts = lower.split(/[-‐‑]/);
      const word: Word = {
        start,
        end,
        lower,
        key: parts.map(stem).join(' '),
        tag: 'O',
        cap: false,
        title: false,
        common: false,
        sentence: index,
        joined: previousTo === from,
        possessive,
        initial: first,
      };
      previousTo = to;
      const isFirst = first;
      first = false;
      let tags: string[] | undefined;
      const ch = surface[0] ?? '';
      word.cap = ch !== ch.toLowerCase();
      if (!HAS_LETTER.test(surface) || STOPWORDS.has(lower) || lower.length < 2 || (parts[0] !== '' && /^\d/.test(parts[0]!))) {
        word.tag = 'O';
      } else if (
        (EXCLUDED.has(lower) && !(word.cap && word.joined && out.at(-1)?.tag === 'P' && tokens[to]?.kind !== 'number')) ||
        (parts.length > 1 && EXCLUDED.has(parts[0]!))
      ) {
        // a date, a number, a quantity ("three-minute"); a capitalized month after a name is a name ("Theresa May")
        word.tag = 'O';
      } else if (/\d/.test(lower) && !word.cap) {
        // "5th", "3d": ordinals and measures; "mp3" stays a noun
        word.tag = /^\d+(st|nd|rd|th|s|d|m|k|km|kg|bn|am|pm)$/.test(lower) ? 'O' : 'N';
      } else {
        tags = lookup(surface) ?? lookup(lower) ?? (parts.length > 1 ? lookup(parts.at(-1)!) : undefined);
        const lowerTags = lookup(lower);
        word.common = has(lowerTags, 'NN') || has(lowerTags, 'NNS');
        if (word.cap && !isFirst) {
          // a capitalized word inside a sentence: a name, or a proper adjective
          word.tag = ALL_CAPS.test(surface) || tags?.[0] !== 'JJ' ? 'P' : 'A';
        } else if (word.cap && isFirst) {
          const t = lookup(surface)?.[0] ?? lowerTags?.[0];
          word.tag = t === undefined ? 'P' : t === 'NNP' || t === 'NNPS' ? 'P' : coarse(t);
        } else {
          word.tag = tags ? coarse(tags[0]) : bySuffix(lower);
        }
        word.title = TITLES.has(lower);
      }
      tagsOf.push(tags);
      out.push(word);
    });
  });
  // contextual rules, left to right
  for (let i = 0; i < out.length; i++) {
    const w = out[i]!;
    const prev = i > 0 && out[i - 1]!.sentence === w.sentence ? out[i - 1] : undefined;
    const next = i + 1 < out.length && out[i + 1]!.sentence === w.sentence ? out[i + 1] : undefined;
    const tags = tagsOf[i];
    if (w.tag === 'O' || w.tag === 'P') continue;
    const nextNounish = next?.joined === true && (next.tag === 'N' || next.tag === 'P');
    const nextObject = next?.joined === true && (DETERMINERS.has(next.lower) || OBJECTS.has(next.lower));
    if ((w.tag === 'V' || w.tag === 'E') && prev && DETERMINERS.has(prev.lower) && has(tags, 'NN')) {
      w.tag = 'N';
    } else if (w.tag === 'N' && prev && MODALS.has(prev.lower) && (has(tags, 'VB') || has(tags, 'VBP'))) {
      w.tag = 'V';
    } else if (w.tag === 'N' && prev && (SUBJECTS.has(prev.lower) || (nextObject && w.joined && prev.tag !== 'O')) && verbToo(tags)) {
      w.tag = 'V';
    } else if (
      w.tag === 'N' &&
      prev?.tag === 'N' &&
      w.joined &&
      prev.lower.endsWith('s') &&
      !w.lower.endsWith('s') &&
      has(tags, 'VBP') &&
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
      w.lower.endsWith('s') &&
      has(tags, 'VBZ') &&
      next?.joined === true &&
      next.tag === 'N' &&
      next.lower.endsWith('s')
    ) {
      // a noun, a verb in -s, a plural object: "the Belt links ports"
      w.tag = 'V';
    } else if (w.tag === 'N' && (prev?.tag === 'N' || prev?.tag === 'P') && w.joined && verbToo(tags) && next?.joined && next.tag === 'A') {
      // a noun, a verb, an adjective: "the farms of the North Sea need stronger grids"
      w.tag = 'V';
    } else if (
      (w.tag === 'V' || w.tag === 'E') &&
      nextNounish &&
      next.tag === 'N' &&
      !(prev && (MODALS.has(prev.lower) || SUBJECTS.has(prev.lower))) &&
      !(prev && w.joined && (prev.tag === 'N' || prev.tag === 'P')) &&
      (has(tags, 'JJ') || has(tags, 'NN'))
    ) {
      w.tag = has(tags, 'JJ') ? 'A' : 'N';
    } else if (w.tag === 'G') {
      const afterNoun = prev !== undefined && w.joined && (prev.tag === 'N' || prev.tag === 'A' || prev.tag === 'P');
      if (afterNoun && has(tags, 'NN')) w.tag = 'N';
      else if (nextNounish && (!prev || !w.joined || prev.tag === 'O')) w.tag = 'A';
    }
  }
  return out;
}
