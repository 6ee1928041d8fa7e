// Look-ups in the compact part-of-speech lexicon (data/lexicon.ts, built by
// scripts/build-keyphrase-lexicon.ts from Brill's lexicon): what the tagger
// knows of a word form without context.
import { forEachBackgroundWord } from './data/background.js';
import { LEXICON_CAPITALIZED, LEXICON_CODES, LEXICON_ENTRIES } from './data/lexicon.js';
import { BITS, codeChar, fromSignature, guess, type LexiconInfo } from './lexicon-rules.js';

let table: Map<string, LexiconInfo | null> | undefined;

function load(): Map<string, LexiconInfo | null> {
  const map = new Map<string, LexiconInfo | null>();
  const byCode = new Map<string, LexiconInfo>(LEXICON_ENTRIES.map((sig, i) => [codeChar(i), fromSignature(sig)]));
  let k = 0;
  forEachBackgroundWord((word) => {
    const code = LEXICON_CODES[k++]!;
    map.set(word, code === '.' ? guess(word) : code === '-' ? null : (byCode.get(code) ?? null));
  });
  for (const sig of Object.keys(LEXICON_CAPITALIZED)) {
    const info = fromSignature(sig);
    for (const word of LEXICON_CAPITALIZED[sig]!.split(' ')) map.set(word, info);
  }
  return map;
}

/**
 * The lexicon entry of a word form as written, or undefined when the lexicon
 * does not know it. A lower-case form the lexicon does not list is read from
 * its base when it is a regular inflection of a known word ("fosters",
 * "convened" from "foster", "convene"; see `inflected`).
 */
export function lexiconInfo(form: string): LexiconInfo | undefined {
  table ??= load();
  const found = table.get(form);
  if (found) return found;
  return LOWER_WORD.test(form) ? inflected(form, table) : undefined;
}

const LOWER_WORD = /^[a-z]{4,}$/;
const { NN, VB, VBP, VBZ, VBD } = BITS;

/**
 * The entry of a regular inflection of a known word: "-s"/"-es"/"-ies" of a
 * verb that is no noun is a verb ("ensures"), of a noun a plural noun (that
 * may be a verb too); "-ed"/"-ied" of a verb is a past form ("convened").
 * Morphology rules of this kind are how lexicon taggers treat unknown words
 * (Brill 1994 learns them; these are the regular English ones).
 */
function inflected(form: string, map: Map<string, LexiconInfo | null>): LexiconInfo | undefined {
  const base = (...stems: string[]): LexiconInfo | undefined => {
    for (const s of stems) {
      const info = map.get(s);
      if (info) return info;
    }
    return undefined;
  };
  if (form.endsWith('s') && !/(?:ss|us|is)$/.test(form)) {
    const b = form.endsWith('ies') ? base(`${form.slice(0, -3)}y`) : form.endsWith('es') ? base(form.slice(0, -1), form.slice(0, -2)) : base(form.slice(0, -1));
    if (!b) return undefined;
    const verb = (b.mask & (VB | VBP)) !== 0;
    if (verb && (b.mask & NN) === 0 && b.tag !== 'N') return { tag: 'V', mask: VBZ };
    if (b.tag === 'N' || (b.mask & NN) !== 0) return { tag: 'N', mask: NN | (verb ? VBZ : 0) };
    return undefined;
  }
  if (form.endsWith('ed')) {
    const stem = form.slice(0, -2);
    const doubled = stem.length > 2 && stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : stem;
    const b = form.endsWith('ied') ? base(`${form.slice(0, -3)}y`) : base(form.slice(0, -1), stem, doubled);
    if (b && (b.mask & (VB | VBP)) !== 0) return { tag: 'E', mask: VBD };
  }
  return undefined;
}
