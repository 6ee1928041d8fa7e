// The part of a word's lexicon entry the keyphrase tagger reads, and how it
// guesses it for a word by its suffix. Shared by the tagger (tag.ts, at run
// time) and by the script that builds the compact lexicon
// (scripts/build-keyphrase-lexicon.ts), so both read entries the same way.

/**
 * Coarse tags: Noun, Proper noun, Adjective (or a modifier), Gerund (-ing),
 * Participle (-ed), Verb, Other (never in a keyphrase).
 */
export type Tag = 'N' | 'P' | 'A' | 'G' | 'E' | 'V' | 'O';

/** What the tagger reads from a lexicon entry: the coarse first tag and a mask of the tags it may take. */
export interface LexiconInfo {
  tag: Tag;
  mask: number;
}

/** The lexicon tags the context rules ask about, as bits of a mask. */
export const BITS = { NN: 1, JJ: 2, VB: 4, VBP: 8, VBZ: 16, VBD: 32, VBG: 64 } as const;
/** A tag the context rules ask about. */
export type Asked = keyof typeof BITS;


/** The coarse tag of a Penn Treebank tag. */
export function coarse(penn: string | undefined): Tag {
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

/** The mask of a word's Penn tags ("VBN|JJ" counts as both; NNS as NN). */
export function maskOf(tags: readonly string[] | undefined): number {
  let mask = 0;
  for (const tag of tags ?? []) {
    for (const t of tag.split('|')) if (Object.hasOwn(BITS, t)) mask |= BITS[t as Asked];
    if (tag === 'NNS') mask |= BITS.NN;
  }
  return mask;
}

const ADJ_SUFFIXES = ['al', 'ic', 'ive', 'ous', 'able', 'ible', 'ful', 'less', 'ary', 'ian', 'ese', 'ish'];

/** The coarse tag of a lower-case word by its suffix alone. */
export function bySuffix(lower: string): Tag {
  if (lower.endsWith('ly')) return 'O';
  if (lower.endsWith('ing')) return 'G';
  if (lower.endsWith('ed')) return 'E';
  for (const s of ADJ_SUFFIXES) if (lower.endsWith(s) && lower.length > s.length + 2) return 'A';
  return 'N';
}

const GUESSED_MASK: Record<Tag, number> = { N: BITS.NN, P: 0, A: BITS.JJ, G: BITS.VBG, E: BITS.VBD, V: BITS.VB, O: 0 };

/** The entry guessed for a frequent lower-case word the compact lexicon leaves out. */
export function guess(lower: string): LexiconInfo {
  const tag = bySuffix(lower);
  return { tag, mask: GUESSED_MASK[tag] };
}

/** The key of an entry in the compact lexicon: its tag and its mask in base 36 ("N5"). */
export const signature = (info: LexiconInfo): string => `${info.tag}${info.mask.toString(36)}`;

/** The entry of a key of the compact lexicon. */
export const fromSignature = (sig: string): LexiconInfo => ({ tag: sig[0] as Tag, mask: Number.parseInt(sig.slice(1), 36) });

/**
 * The character that codes entry i in the compact lexicon: printable ASCII
 * from "0" to "~" without the backslash (77 codes), then Latin-1 letters from
 * U+00C0. "." and "-" lie below "0": they mean something else.
 */
export function codeChar(i: number): string {
  const c = 0x30 + i;
  if (c < 0x5c) return String.fromCharCode(c);
  if (c < 0x7e) return String.fromCharCode(c + 1);
  return String.fromCharCode(0xc0 + c - 0x7e);
}
