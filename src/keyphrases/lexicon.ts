// Look-ups in the compact part-of-speech lexicon (data/lexicon.ts, built by
// scripts/build-keyphrase-lexicon.ts from Brill's lexicon): what the tagger
// knows of a word form without context.
import { BACKGROUND_BANDS } from './data/background.js';
import { LEXICON_CAPITALIZED, LEXICON_CODES, LEXICON_ENTRIES } from './data/lexicon.js';
import { codeChar, fromSignature, guess, type LexiconInfo } from './lexicon-rules.js';

let table: Map<string, LexiconInfo | null> | undefined;

function load(): Map<string, LexiconInfo | null> {
  const map = new Map<string, LexiconInfo | null>();
  const byCode = new Map<string, LexiconInfo>(LEXICON_ENTRIES.map((sig, i) => [codeChar(i), fromSignature(sig)]));
  let k = 0;
  for (const band of BACKGROUND_BANDS) {
    if (!band) continue;
    for (const word of band.split(' ')) {
      const code = LEXICON_CODES[k++]!;
      map.set(word, code === '.' ? guess(word) : code === '-' ? null : (byCode.get(code) ?? null));
    }
  }
  for (const sig of Object.keys(LEXICON_CAPITALIZED)) {
    const info = fromSignature(sig);
    for (const word of LEXICON_CAPITALIZED[sig]!.split(' ')) map.set(word, info);
  }
  return map;
}

/** The lexicon entry of a word form as written, or undefined when the lexicon does not know it. */
export function lexiconInfo(form: string): LexiconInfo | undefined {
  table ??= load();
  return table.get(form) ?? undefined;
}
