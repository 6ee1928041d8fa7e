// extractKeyphrases: the phrases a news editor would tag, scored, with every occurrence.
//
// The pipeline, in order:
//   1. tag.ts         words (hyphenated compounds whole) with a coarse part of speech
//   2. candidates.ts  noun-phrase candidates: (adjective | noun)* noun, names joined by "of"/"and"
//   3. rank.ts        PositionRank word scores × background specificity → phrase scores,
//                     variants merged by stems, sub-phrases kept only when they matter
//   4. here           the best `limit`, each with its canonical text and every occurrence
import type { VFile } from 'vfile';
import { knownOptions, memo, type ParseOptions, type PrecisDocument, toDocument } from '../document.js';
import { checkKnownOptions, checkOptions, optionalInteger } from '../errors.js';
import type { Span } from '../types.js';
import { findCandidates, pluralPossessiveInName } from './candidates.js';
import { bestPhrases, DEFAULT_PARAMS, type RankedPhrase, scorePhrases, selectPhrases } from './rank.js';
import { INT32, int32 } from './scratch.js';
import { headline, taggedWords, type Word } from './tag.js';

/** Options for {@link extractKeyphrases}, besides the parse options. */
export interface KeyphraseOptions extends ParseOptions {
  /** At most this many keyphrases (default 10, from 1 to 1000); ties never make the list longer. */
  limit?: number;
}

/** A keyphrase of a document. */
export interface Keyphrase {
  /** Canonical surface form, as written in the document (its most frequent form). */
  text: string;
  /** Score in (0, 1]; the best keyphrase scores 1. */
  score: number;
  /** Every place the phrase, or a variant that differs by inflection or case, occurs. */
  occurrences: Span[];
}

/** The options `extractKeyphrases` takes: its own and the parse options (made once, not on every call). */
const KNOWN_OPTIONS = knownOptions('limit');

/**
 * Extract the keyphrases of a document: the multiword noun phrases and names
 * a news editor would tag, best first.
 *
 * Candidates are noun phrases found with a part-of-speech lexicon;
 * hyphenated compounds stay whole ("China-Central Asia relationship");
 * names of things may join with "of" or "and" ("Belt and Road Initiative");
 * dates, numbers, quantities, stop words, pronouns and contractions are
 * never keyphrases. Words are scored by PositionRank (a PageRank over word
 * co-occurrences biased towards early words) times their specificity in
 * general English; a phrase scores the sum of its words, and, in an
 * article (a long text, or a short one that reports speech: "said"),
 * one-word names and one-word nouns that always stand alone score more, and
 * a person's full name shares a part of its surname's factor. Wire and photo credits ("AP", "Getty Images") and shell nouns
 * ("approach", "results") are never keyphrases by themselves. Variants that
 * differ by inflection or case are one phrase, and a sub-phrase of a better
 * phrase is kept only when it also stands alone (in a longer text, a longer
 * phrase that holds a better one too). See docs/keyphrases.md.
 *
 * @param input - A string, a VFile or a document from `parse`.
 * @param options - `limit`, and parse options (only when `input` is not a document).
 * @returns At most `limit` keyphrases, best first, each with its occurrences.
 * @throws TypeError when `input` is not a string, VFile or document, or an option has the wrong type.
 * @throws RangeError when `limit` is not an integer from 1 to 1000, or an option is unknown.
 *
 * @example
 * ```ts
 * import { extractKeyphrases } from 'precis';
 *
 * const text =
 *   'Chinese President Xi Jinping proposed the Silk Road Economic Belt in Kazakhstan in 2013. ' +
 *   'The Silk Road Economic Belt is part of the Belt and Road Initiative.';
 * const phrases = extractKeyphrases(text, { limit: 3 });
 * console.log(phrases.map((p) => p.text));
 * // ['Silk Road Economic Belt', 'Belt and Road Initiative', 'Xi Jinping']
 * console.log(phrases[0].score); // 1
 * console.log(phrases[0].occurrences.map((o) => o.start)); // [42, 93]
 * ```
 */
export function extractKeyphrases(input: string | VFile | PrecisDocument, options?: KeyphraseOptions): Keyphrase[] {
  const raw = checkOptions('extractKeyphrases', options);
  checkKnownOptions('extractKeyphrases', raw, KNOWN_OPTIONS);
  const limit = optionalInteger('extractKeyphrases', raw, 'limit', 1, 1000) ?? 10;
  const doc = toDocument('extractKeyphrases', input, options);
  const words = taggedWords(doc);
  const scored = memo(doc, 'keyphrases:scored', () => scorePhrases(words, findCandidates(words), DEFAULT_PARAMS, headline(doc)));
  // the selection reads the ranking from the top and stops at `limit`: rank
  // only the best few (twice the limit and more), and more when they run out
  let chosen: RankedPhrase[];
  for (let m = Math.min(scored.length, 2 * limit + 8); ; m = Math.min(scored.length, 2 * m)) {
    chosen = selectPhrases(bestPhrases(scored, m), limit, DEFAULT_PARAMS, words.length, words);
    if (chosen.length >= limit || m >= scored.length) break;
  }
  if (chosen.length === 0) return [];
  const best = chosen[0]!.score;
  const spans = occurrences(doc.text, words, chosen);
  return chosen.map((phrase, i) => ({
    text: shownForm(doc.text, words, phrase, spans[i]!),
    score: best > 0 ? phrase.score / best : 1,
    occurrences: spans[i]!,
  }));
}

/**
 * The form shown: {@link canonical}, which is one of the places listed but
 * where the listing skipped, as overlapping the place before, every
 * candidate place that wrote it (a phrase of repeated words: "men Men's
 * Men", "weeknext weeknext ... weEKNEXT"; found by fuzzing); then the most
 * frequent form among the listed places. The contract: the shown form is
 * the text of one of its occurrences.
 */
function shownForm(text: string, words: Word[], phrase: RankedPhrase, listed: Span[]): string {
  const form = canonical(text, words, phrase);
  // (an indexed loop: no iterator; a place of another length is no match without reading its text)
  for (let k = 0; k < listed.length; k++) {
    const o = listed[k]!;
    if (o.end - o.start === form.length && o.text === form) return form;
  }
  return mostFrequentForm(listed, form);
}

/** The most frequent form among the listed places (the first on ties), `form` where none is listed (see shownForm). */
function mostFrequentForm(listed: Span[], form: string): string {
  let best = listed[0]?.text ?? form;
  let bestCount = 0;
  const counts = new Map<string, number>();
  for (const o of listed) {
    const c = (counts.get(o.text) ?? 0) + 1;
    counts.set(o.text, c);
    if (c > bestCount) {
      bestCount = c;
      best = o.text;
    }
  }
  return best;
}

const span = (text: string, words: Word[], from: number, to: number): Span => {
  const start = words[from]!.start;
  const end = words[to - 1]!.end;
  return { text: text.slice(start, end), start, end };
};

/** Forms of a phrase searched in a list before {@link canonical} makes a map. */
const FORMS_SCANNED = 8;

/**
 * The most frequent surface form among the phrase's candidate occurrences
 * (the first on ties), preferring forms that do not open a sentence: their
 * capitals are the writer's, not the grammar's.
 */
function canonical(text: string, words: Word[], phrase: RankedPhrase): string {
  // the forms seen so far and their counts, in order: a phrase has few
  // forms, so a map is made only past FORMS_SCANNED of them
  const forms: string[] = [];
  const counts: number[] = [];
  let index: Map<string, number> | undefined;
  let bestText = '';
  let bestCount = 0;
  for (const o of phrase.occurrences) {
    const t = text.slice(words[o.from]!.start, words[o.to - 1]!.end);
    const weight = words[o.from]!.initial ? 0.01 : 1;
    let f = index ? (index.get(t) ?? -1) : forms.indexOf(t);
    if (f < 0) {
      f = forms.length;
      forms.push(t);
      counts.push(0);
      if (index) index.set(t, f);
      else if (forms.length > FORMS_SCANNED) index = new Map(forms.map((form, k) => [form, k]));
    }
    const c = counts[f]! + weight;
    counts[f] = c;
    if (c > bestCount) {
      bestCount = c;
      bestText = t;
    }
  }
  return bestText;
}

/** Every place each phrase occurs as a run of adjacent words with its stems, in text order. */
function occurrences(text: string, words: Word[], phrases: RankedPhrase[]): Span[][] {
  const count = words.length;
  const n = phrases.length;
  // the phrases by the id of their first word (ids are below words.length),
  // in lists through `next`, each in the order of the phrases; `head` is a
  // reused scratch array, cleared here over the range used (not after use:
  // a call that throws midway leaves nothing behind for the next one)
  const head = int32(INT32.occurrenceHeads, count);
  head.fill(0, 0, count);
  const next = new Array<number>(n);
  const nextFree = new Array<number>(n);
  // how many times each phrase is found
  const found = new Array<number>(n);
  for (let p = n - 1; p >= 0; p--) {
    const first = phrases[p]!.ids[0]!;
    next[p] = head[first]!;
    head[first] = p + 1;
    nextFree[p] = 0;
    found[p] = 0;
  }
  // the places found, in text order, as pairs (phrase, first word): the
  // spans are made after, into arrays of their final length (arrays made
  // empty and grown by push, one per phrase, cost V8 an elements-kind
  // transition and a growth each: 33K instructions per article)
  const hits: number[] = [];
  for (let i = 0; i < count; i++) {
    for (let q = head[words[i]!.id]!; q !== 0; q = next[q - 1]!) {
      const p = q - 1;
      // a place overlapping the one before is skipped (a phrase of repeated words: "men Men's
      // Men"; the shown form is then taken among the places listed: see shownForm)
      if (i < nextFree[p]!) continue;
      const ids = phrases[p]!.ids;
      let ok = i + ids.length <= count;
      for (let k = 1; k < ids.length && ok; k++) {
        const w = words[i + k]!;
        // (a possessive ends a phrase, but a people's inside a name: "International Women's Day")
        ok = w.id === ids[k] && w.joined && (!words[i + k - 1]!.possessive || pluralPossessiveInName(words, i + k));
      }
      if (!ok) continue;
      hits.push(p, i);
      found[p]!++;
      nextFree[p] = i + ids.length;
    }
  }
  const out = new Array<Span[]>(n);
  for (let p = 0; p < n; p++) {
    out[p] = new Array<Span>(found[p]!);
    found[p] = 0;
  }
  for (let h = 0; h < hits.length; h += 2) {
    const p = hits[h]!;
    const i = hits[h + 1]!;
    out[p]![found[p]!++] = span(text, words, i, i + phrases[p]!.ids.length);
  }
  return out;
}
