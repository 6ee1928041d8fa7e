// Vague references: "now", "currently", "recently", "the past", "the
// future", "soon", "nowadays", "these days" (PRESENT_REF, PAST_REF,
// FUTURE_REF). Must reject: "current" in "current account", "electric
// current"; "now" is always a time reference.
import { words } from '../../text/data/words.js';
import { UNITS, VAGUE_QUANTITIES, VAGUE_REFS } from '../lexicon.js';
import { numberAt } from './common.js';
import { dateMeaning } from '../resolve.js';
import { type Context, type Meaning, type Rule, type Scan, fixed, followedBy, startsWith } from '../scan.js';
import { ymdValue } from '../timex.js';
import { KIND_WORD } from '../../text/tokenize.js';

const NOT_AFTER_CURRENT = new Set(['account', 'accounts', 'affairs', 'events', 'flows', 'flow', 'of', 'and']);

/** Words after "the future" that leave it the time (a verb, a conjunction, a relative): "the future is bright", "the future that awaits him". */
const AFTER_THE_FUTURE = new Set(
  words(`is was will would looks look holds held lies lay that which and or but may might could can seems remains
  depends depend belongs belong rests rest hangs hang appears appear looms loom beckons beckon
  he she we they it you i as when if because`),
);
/** Prepositions before "the future" that make it the time whatever follows ("in the future, prices…", "worried about the future"). */
const PREPOSITIONS_BEFORE_FUTURE = new Set(words(`in into for about to towards toward near from until till`));

/**
 * Can w, after "the future", be the noun "future" modifies ("the future king", "the future generations")? Not a verb
 * or a word of {@link AFTER_THE_FUTURE} ("the future he wants"), a past form or an adverb ("the future looked
 * bleak", "plan the future carefully"): after those "the future" is the time.
 */
function futureNoun(w: string): boolean {
  return !AFTER_THE_FUTURE.has(w) && !w.endsWith('ed') && (!w.endsWith('ly') || NOUNS_IN_LY.has(w));
}
/** Nouns in -ly, no adverbs: "the future supply", "the future family". */
const NOUNS_IN_LY = new Set(words(`supply family assembly ally rally monopoly`));

/** A word of the vague phrases' tree: the phrase's value when the words so far make one, and the words that can follow. */
interface PhraseNode {
  value?: string;
  next: Map<string, PhraseNode>;
}

/** The vague phrases word by word ("the" → "near" → "future"): a phrase is read on only while it can still become one, and no phrase string is built to look it up. */
const PHRASES: PhraseNode = { next: new Map() };
for (const [phrase, value] of VAGUE_REFS) {
  let node = PHRASES;
  for (const w of phrase.split(' ')) {
    let child = node.next.get(w);
    if (!child) {
      child = { next: new Map() };
      node.next.set(w, child);
    }
    node = child;
  }
  node.value = value;
}

/** Does token i open a sentence (nothing before it in the piece, or an end mark or an opening quote)? */
function sentenceOpens(s: Scan, i: number): boolean {
  const before = s.at(i - 1);
  return before === undefined || SENTENCE_OPENERS.has(before);
}
const SENTENCE_OPENERS = new Set(['.', '!', '?', '"', '“', '``', "''", ':', ';']);

/** The longest vague phrase at i (up to four words). */
const vagueRule: Rule = (s, i) => {
  let best: [string, number] | undefined;
  let node = PHRASES;
  for (let k = i; k < i + 4; k++) {
    const w = s.word(k);
    if (w === undefined) break;
    const child = node.next.get(w);
    if (!child) break;
    node = child;
    if (node.value) best = [node.value, k + 1];
    if (node.next.size === 0) break;
  }
  if (!best) return undefined;
  const [value, to] = best;
  const first = s.word(i);
  // "the past two months", "the past year", "the past few days": durations, not the past
  const after = s.word(to);
  if (numberAt(s, to) || (after !== undefined && (UNITS.has(after) || VAGUE_QUANTITIES.has(after)))) {
    if (value !== 'PRESENT_REF') return undefined;
  }
  if (first === 'once') return undefined;
  // "Now, he says, …": opening a sentence before a comma, "now" is a discourse marker, not the present
  if (first === 'now' && to === i + 1 && s.at(to) === ',' && s.cap(i) && sentenceOpens(s, i)) return undefined;
  // "the then current price": "then" as an adjective, after "the" only ("and then current prices fell" is no time)
  if (first === 'then' && s.word(i - 1) !== 'the') return undefined;
  if (first === 'current' || first === 'recent' || first === 'future' || first === 'then') {
    // an adjective: only before a noun, and not in set phrases
    const next = s.word(to);
    if (next === undefined || NOT_AFTER_CURRENT.has(next) || s.tokens.kind[i] !== KIND_WORD) return undefined;
    if (first === 'recent' && (next === 'years' || next === 'months' || next === 'weeks' || next === 'days' || next === 'decades')) return undefined;
  }
  // "the future wife of Johnny Cash", "the future king": an adjective before a noun, not the time (after a preposition,
  // "in the future, prices…", it is the time); "the future of the plant": its fate (TimeBank leaves "important to the
  // future of our peoples" out)
  // "Cinema of the Future", "James Cameron and the Future of Cinema": capitalized after a lower-case "the", a title's
  if (first === 'the' && to === i + 2 && (value === 'FUTURE_REF' || value === 'PAST_REF') && s.titleWord(i + 1) && !s.cap(i)) return undefined;
  if (first === 'the' && value === 'FUTURE_REF' && to === i + 2) {
    const next = s.token(to);
    const adjective = next?.kind === 'word' && !s.cap(to) && s.tokens.br[to]! === 0 && futureNoun(s.word(to)!);
    if (s.word(to) === 'of' || (adjective && !PREPOSITIONS_BEFORE_FUTURE.has(s.word(i - 1) ?? ''))) return undefined;
  }
  // "in the past" → span "the past", as TimeBank annotates it
  // "now" is the reference day when there is one
  const mean =
    value === 'PRESENT_REF'
      ? (ctx: Context): Meaning => {
          if (!ctx.ref) return dateMeaning(value);
          const d = ymdValue(ctx.ref);
          // one object literal, in dateMeaning's order (PRESENT_REF alone has neither granularity nor interval)
          return { type: 'date', value, inferred: [], granularity: 'day', interval: { start: d, end: d } };
        }
      : fixed(dateMeaning(value));
  if (first === 'in' && to - i >= 3) return { from: i + 1, to, rule: 'vague', mean };
  return { from: i, to, rule: 'vague', mean };
};

/** The first words that make no phrase alone ("the", "in", "these"…): a phrase from them needs one of their second words next. */
const OPEN_FIRST_WORDS = [...PHRASES.next].filter(([, node]) => node.value === undefined).map(([w]) => w);
const SECOND_WORDS = OPEN_FIRST_WORDS.flatMap((w) => [...PHRASES.next.get(w)!.next.keys()]);

/** The vague rules: a phrase starts with the first word of one of the phrases. */
export const VAGUE: Rule[] = [followedBy(startsWith(vagueRule, PHRASES.next.keys()), { words: OPEN_FIRST_WORDS }, 0, SECOND_WORDS)];
