// Step 3 of extractKeyphrases: score words, then phrases, then pick the best.
//
// Word scores combine two signals from the literature:
//   - PositionRank (Florescu & Caragea, ACL 2017): PageRank over the graph of
//     candidate words that co-occur within a window (SingleRank, Wan & Xiao
//     2008), with the random jump biased towards words that occur early and
//     often (each occurrence at word position p adds 1/p);
//   - a background specificity weight, the IDF of TF-IDF (Sparck Jones 1972)
//     with document frequencies replaced by general-English word frequencies
//     (SUBTLEX-US, data/background.ts): common words ("way", "issue") say
//     less than rare ones ("connectivity").
// A phrase scores the sum of its words' scores (SingleRank), times a
// frequency factor for the phrase itself, a factor for the headline's
// phrases and, in articles, one for one-word names that stand alone (a
// casing feature, as in YAKE, Campos et al. 2020), and, in articles, one for
// one-word common nouns that are always a whole noun phrase (a term of their
// own, not a part of longer terms). How much a text is an article grows
// with its length, and a short text that reports speech ("said") counts as
// half an article; a person's full name shares a part of the name factor
// of its surname standing alone. Variants (same stems) are one
// phrase. The selection then keeps a sub-phrase of a better phrase only when
// it also stands alone often enough (the "both matter" rule), and, in a text
// long enough for phrases to recur, a longer phrase that holds a better one
// likewise (a longer name that holds a chosen name excepted).
import type { Occurrence } from './candidates.js';
import { FLOAT64, float64, INT32, int32 } from './scratch.js';
import { LISTED_ATTRIBUTION, LISTED_CORPORATE, LISTED_DEMONYM, LISTED_EVENT_PREPOSITION, LISTED_GENERAL_NOUN, LISTED_GIVEN_NAME, LISTED_NEVER_ALONE, LISTED_PROPER_ADJECTIVE, LISTED_REPORTING, LISTED_STATE, neverAlonePair, type Word } from './tag.js';

/**
 * Tunable constants of the ranking, chosen on the KPCrowd train split only:
 * the best F@10 there among the settings that keep six of the worked
 * example's phrases in its top 10 (see docs/keyphrases.md).
 */
export interface RankParams {
  /** Co-occurrence window, in words. */
  window: number;
  /** PageRank damping factor. */
  damping: number;
  /** PageRank iterations. */
  iterations: number;
  /** Exponent of the background weight. */
  idfPower: number;
  /** Exponent of the phrase's own frequency (in a long document; scaled down in short ones). */
  tfPower: number;
  /** Weight of a phrase's length: score / length^lengthNorm (in a long document; scaled down in short ones). */
  lengthNorm: number;
  /** Documents of at most this many words rank by word scores alone (abstracts). */
  shortWords: number;
  /** From this many words on, tfPower and lengthNorm apply in full (articles). */
  longWords: number;
  /** A sub-phrase of a selected phrase stays only when it stands alone at least this many times. */
  subphraseMin: number;
  /** Longest phrase, in words. */
  maxWords: number;
  /** Boost of words in the first sentence (the title or lead). */
  leadBoost: number;
  /** A phrase in the document's title (a one-sentence first paragraph without a final stop) scores (1 + titleBoost) times more. */
  titleBoost: number;
  /** Also rank the sub-phrases of candidates that end with a noun ("Kutcher" in "Ashton Kutcher"). */
  subphrases: boolean;
  /**
   * A one-word name that stands alone at least once, capitalized inside a
   * sentence, scores (1 + α·nameBoost) times more (α: how much the text is an
   * article, see `rankPhrases`).
   */
  nameBoost: number;
  /**
   * A one-word common noun that stands alone at least twice and never
   * inside a longer candidate scores (1 + α·nounBoost) times more.
   */
  nounBoost: number;
  /**
   * A text that reports speech (ATTRIBUTION_VERBS: "said", "says", "told")
   * is news: α (how much the text is an article) is at least this, however
   * short the text.
   */
  newsFloor: number;
  /**
   * A full name of two or three words ("Tony Blair") whose last word stands
   * alone as a one-word name ("Blair") scores (1 + α·nameBoost·fullNameShare)
   * times more: the surname's factor, in part, for the person's name.
   */
  fullNameShare: number;
}

export const DEFAULT_PARAMS: RankParams = {
  window: 20,
  damping: 0.95,
  iterations: 10,
  idfPower: 1,
  tfPower: 1,
  lengthNorm: 0,
  shortWords: 150,
  longWords: 400,
  subphraseMin: 2,
  maxWords: 6,
  leadBoost: 1,
  subphrases: true,
  titleBoost: 1,
  nameBoost: 5,
  nounBoost: 3,
  newsFloor: 0.5,
  fullNameShare: 0.25,
};

/** A ranked phrase: its occurrences as candidates and its score. */
export interface RankedPhrase {
  /** The words' ids (see tag.ts): the same ids, the same stems (the phrase's words are those of its ids). */
  ids: number[];
  score: number;
  occurrences: Occurrence[];
  /** How many of the occurrences are whole candidates (not inside a longer one). */
  alone: number;
  /** The word index of its first occurrence (ties rank the earlier first). */
  first: number;
  /** Every word of its first occurrence is capitalized: a name ("Craig Spencer", "Spencer"). */
  name: boolean;
  /**
   * Never a keyphrase alone (NEVER_ALONE): a wire or photo credit ("AP",
   * "Getty Images"), whose sub-phrases are never chosen either ("Press" of
   * "Associated Press"), or a shell noun ("approach", "results"); or a given
   * name standing for a full name ("Gavin" after "Gavin Henson", see givenNames).
   */
  credit: boolean;
}

/** Is word i after a comma after a capitalized word of its sentence ("Stamford, | Conn.")? */
function afterTown(words: Word[], i: number): boolean {
  const w = words[i]!;
  const prev = words[i - 1];
  return !w.joined && prev !== undefined && prev.cap && prev.sentence === w.sentence;
}

/** Is words [from, to) a phrase of NEVER_ALONE (or a state's abbreviation after a town)? */
function neverAlone(words: Word[], from: number, to: number): boolean {
  const first = words[from]!;
  if (to - from === 1) return (first.lists & LISTED_NEVER_ALONE) !== 0 || ((first.lists & LISTED_STATE) !== 0 && afterTown(words, from));
  return to - from === 2 && neverAlonePair(first, words[from + 1]!);
}

/**
 * Count `occurrence` (words [from, to): a whole candidate when `alone`) as
 * one of the phrase of trie node `node` (`groupOf`, -1 for none yet), making
 * the phrase at its first occurrence. (A function of its own, not a closure
 * made per call of rankPhrases.)
 */
function addOccurrence(words: Word[], groups: RankedPhrase[], groupOf: Int32Array, node: number, occurrence: Occurrence, alone: boolean): void {
  if (groupOf[node]! < 0) {
    const from = occurrence.from;
    const to = occurrence.to;
    // an array of its final length (an array grown by push holds room for 16)
    const ids = new Array<number>(to - from);
    let name = true;
    for (let i = from; i < to; i++) {
      ids[i - from] = words[i]!.id;
      name &&= words[i]!.cap;
    }
    groupOf[node] = groups.length;
    groups.push({ ids, score: 0, first: from, occurrences: [occurrence], alone: alone ? 1 : 0, name, credit: neverAlone(words, from, to) });
    return;
  }
  const g = groups[groupOf[node]!]!;
  g.occurrences.push(occurrence);
  if (alone) g.alone++;
}

/** Score and rank the candidate phrases, best first (all of them). */
export function rankPhrases(words: Word[], candidates: Occurrence[], params: RankParams = DEFAULT_PARAMS, title = -1): RankedPhrase[] {
  return bestFirst(scorePhrases(words, candidates, params, title));
}

/** Score the candidate phrases, in the order they were first met (see {@link bestPhrases} and {@link rankPhrases} for the ranking). */
export function scorePhrases(words: Word[], candidates: Occurrence[], params: RankParams = DEFAULT_PARAMS, title = -1): RankedPhrase[] {
  // nodes: the distinct word keys that occur in candidates
  const count = words.length;
  // the parameters read in the loops, as locals
  const { maxWords, subphrases } = params;
  // the node of each word id (ids are below words.length; -1: none) and each node's word score
  let scored: WordScores | undefined;
  if (count <= fixedMax) {
    wordScoresFixed ??= makeWordScoresFixed();
    scored = wordScoresFixed(words, candidates, params);
  } else {
    scored = wordScores(words, candidates, params);
  }
  if (scored === undefined) return [];
  const { node, wordScore } = scored;
  // phrases: each candidate, and (with params.subphrases) each of its sub-runs
  // that ends with a noun, grouped by their words' ids in a trie read from the
  // last word back. The trie's nodes are numbers: the root's children by word
  // id, the others in a hash table keyed by (parent, word id), open
  // addressing with linear probing, at most half full (no key strings, no
  // maps: one probe per word, in scratch arrays)
  const groups: RankedPhrase[] = [];
  let runs = 0;
  for (const c of candidates) {
    const length = Math.min(c.to - c.from, maxWords);
    runs += (length * (length + 1)) / 2;
  }
  let tableSize = 1024;
  while (tableSize < 2 * runs) tableSize *= 2;
  const mask = tableSize - 1;
  const rootChild = int32(INT32.rootChild, count);
  rootChild.fill(-1, 0, count);
  const tableParent = int32(INT32.tableParent, tableSize);
  tableParent.fill(-1, 0, tableSize);
  const tableId = int32(INT32.tableId, tableSize);
  const tableChild = int32(INT32.tableChild, tableSize);
  // the group of each trie node, -1 for none yet (there are at most `runs` nodes)
  const groupOf = int32(INT32.groupOf, runs);
  let trieNodes = 0;
  for (const c of candidates) {
    const to = c.to;
    const from = Math.max(c.from, to - maxWords);
    for (let b = to; b > from; b--) {
      const w = words[b - 1]!;
      if (b < to) {
        if (!subphrases) break;
        if (w.tag !== 'N' && w.tag !== 'P') continue;
        // a name is not cut inside: "Perry" from "Katy Perry", never "Katy",
        // nor "Robert de" from "Robert de Niro" (a particle is a name's word)
        if ((w.cap || w.tag === 'P') && words[b]!.cap) continue;
      }
      // the sub-runs ending at b, longest last: [b-1, b), [b-2, b) ...
      let parent = -1;
      for (let a = b - 1; a >= from; a--) {
        const id = words[a]!.id;
        let node: number;
        if (parent < 0) {
          node = rootChild[id]!;
          if (node < 0) {
            node = trieNodes++;
            groupOf[node] = -1;
            rootChild[id] = node;
          }
        } else {
          let slot = (Math.imul(parent, 0x9e3779b1) ^ Math.imul(id, 0x85ebca6b)) & mask;
          for (;;) {
            const at = tableParent[slot]!;
            if (at < 0) {
              node = trieNodes++;
              groupOf[node] = -1;
              tableParent[slot] = parent;
              tableId[slot] = id;
              tableChild[slot] = node;
              break;
            }
            if (at === parent && tableId[slot] === id) {
              node = tableChild[slot]!;
              break;
            }
            slot = (slot + 1) & mask;
          }
        }
        // a whole candidate is its own occurrence (candidates are not changed after)
        if (a === from && b === to) addOccurrence(words, groups, groupOf, node, from === c.from ? c : { from, to }, true);
        else if (subphrases) addOccurrence(words, groups, groupOf, node, { from: a, to: b }, false);
        parent = node;
      }
    }
  }
  // How much phrase frequency and brevity count grows with the document's
  // length: nothing in an abstract (words rarely repeat), fully in an article.
  let alpha = Math.min(1, Math.max(0, (words.length - params.shortWords) / (params.longWords - params.shortWords)));
  // a short text that reports speech is news, not an abstract
  if (alpha < params.newsFloor && reportsSpeech(words)) alpha = params.newsFloor;
  const tfPower = alpha * params.tfPower;
  const lengthNorm = alpha * params.lengthNorm;
  // 1 ** y is 1 for every finite y (most phrases occur once): no library call
  const tfOfOne = Number.isFinite(tfPower) ? 1 : power(1, tfPower);
  // one-word names that stand alone and are no common nouns (surnames,
  // maybe), and two-word names (full names, maybe): see givenNames
  let lone: RankedPhrase[] | undefined;
  let pairs: RankedPhrase[] | undefined;
  // names of two or three words (full names, maybe): see fullNames
  let fulls: RankedPhrase[] | undefined;
  for (const g of groups) {
    let sum = 0;
    // (a phrase's words are words of candidates: each id has its node; its
    // ids are its words', read without the words)
    const ids = g.ids;
    for (let i = 0; i < ids.length; i++) sum += wordScore[node[ids[i]!]!]!;
    // occurrences are in text order: the first tells whether the phrase is in the title
    const inLead = title >= 0 && words[g.occurrences[0]!.from]!.sentence === title ? params.titleBoost : 0;
    // a one-word name that stands alone ("Kutcher", "Ebola", "China"): in
    // news, entities are what editors and readers tag; a nationality or a
    // people ("Spaniard", "Russian", "Scots": DEMONYMS) is none, it stands
    // for the person or the country the text names (round 11)
    let name = false;
    if (g.ids.length === 1 && g.alone > 0) {
      for (const o of g.occurrences) {
        const w = words[o.from]!;
        if (w.tag === 'P' && !w.initial && (w.lists & LISTED_DEMONYM) === 0 && ((w.lists & LISTED_PROPER_ADJECTIVE) === 0 || eventAt(words, o.from))) {
          name = true;
          break;
        }
      }
    }
    // a one-word common noun that is always a whole noun phrase, at least
    // twice ("bouquet", "ceremony"): a concept of its own, not a part of
    // longer terms ("development" in "regional development"); not a general
    // noun nor a nationality, which refer back to what the text names
    // ("the company", "the Italians": round 11), written with a capital
    // ("swedes", "kiwis", "poles" are vegetables, fruit and posts; review of round 11)
    const lead = words[g.first]!;
    const noun = !name && g.ids.length === 1 && g.alone >= 2 && g.alone === g.occurrences.length && (lead.lists & (lead.cap ? LISTED_GENERAL_NOUN | LISTED_DEMONYM : LISTED_GENERAL_NOUN)) === 0;
    if (name && !lead.common) {
      lone ??= [];
      lone.push(g);
    } else if (g.name && g.ids.length === 2) {
      pairs ??= [];
      pairs.push(g);
    }
    if (g.name && (g.ids.length === 2 || g.ids.length === 3)) {
      fulls ??= [];
      fulls.push(g);
    }
    g.score = (name ? 1 + alpha * params.nameBoost : noun ? 1 + alpha * params.nounBoost : 1) * (1 + inLead) * (sum / power(g.ids.length, lengthNorm)) * (g.occurrences.length === 1 ? tfOfOne : power(g.occurrences.length, tfPower));
  }
  if (lone !== undefined && fulls !== undefined && alpha > 0) fullNames(words, lone, fulls, 1 + alpha * params.nameBoost * params.fullNameShare);
  if (lone !== undefined && pairs !== undefined) givenNames(words, lone, pairs);
  return groups;
}

/** The word scores of {@link scorePhrases}: the node of each word id (-1: none), and each node's score. */
interface WordScores {
  node: Int32Array;
  wordScore: Float64Array;
}

/**
 * The words' scores: PositionRank over the candidates' words (the nodes)
 * times their specificity; undefined when no candidate holds a word. In
 * the scratch pool's arrays (see {@link makeWordScoresFixed} for texts of
 * at most FIXED_MAX words).
 */
function wordScores(words: Word[], candidates: Occurrence[], params: RankParams): WordScores | undefined {
  // the node of each word id (ids are below words.length), -1 for none yet
  const count = words.length;
  // the parameters read in the loops, as locals
  const { window: windowWords, leadBoost } = params;
  const node = int32(INT32.wordNode, count);
  node.fill(-1, 0, count);
  let n = 0;
  // the word positions that hold a node, and the node at each (candidates
  // are in text order and do not overlap: positions ascend)
  const positions = int32(INT32.positions, count);
  const nodes = int32(INT32.positionNode, count);
  let size = 0;
  const spec = float64(FLOAT64.specificity, count);
  const bias = float64(FLOAT64.bias, count);
  const firstSentence = words[0]?.sentence ?? 0;
  for (const c of candidates) {
    for (let i = c.from; i < c.to; i++) {
      const w = words[i]!;
      let id = node[w.id]!;
      if (id < 0) {
        id = n++;
        node[w.id] = id;
        spec[id] = w.specificity;
        bias[id] = 0;
      }
      positions[size] = i;
      nodes[size++] = id;
      bias[id]! += (w.sentence === firstSentence ? leadBoost : 1) / (i + 1);
    }
  }
  if (n === 0) return undefined;
  // co-occurrence edges within the window, as a multigraph (a pair seen k
  // times is k edges: the same walk as one edge of weight k), never written
  // out: the positions paired with position k are those from windowFrom[k]
  // to k - 1 and from k + 1 to windowTo[k] - 1, two runs of positions, less
  // the positions of the same node (selfPairs[k] of them)
  const windowFrom = int32(INT32.windowFrom, size);
  const windowTo = int32(INT32.windowTo, size);
  const selfPairs = int32(INT32.selfPairs, size);
  selfPairs.fill(0, 0, size);
  // the previous position of each position's node (-1: none), and the last
  // position of each node so far: the same-node pairs are found along these
  // chains, not among all the pairs of a window
  const previousSame = int32(INT32.previousSame, size);
  const lastOf = int32(INT32.lastOf, n);
  lastOf.fill(-1, 0, n);
  let first = 0;
  let last = 0;
  for (let k = 0; k < size; k++) {
    const i = positions[k]!;
    while (i - positions[first]! >= windowWords) first++;
    if (last < k + 1) last = k + 1;
    while (last < size && positions[last]! - i < windowWords) last++;
    windowFrom[k] = first;
    windowTo[k] = last;
    const a = nodes[k]!;
    let m = lastOf[a]!;
    previousSame[k] = m;
    lastOf[a] = k;
    for (; m >= first; m = previousSame[m]!) {
      selfPairs[k]!++;
      selfPairs[m]!++;
    }
  }
  // each node's degree: its positions' pairs with other nodes
  const degree = int32(INT32.degree, n);
  degree.fill(0, 0, n);
  for (let k = 0; k < size; k++) degree[nodes[k]!]! += windowTo[k]! - windowFrom[k]! - 1 - selfPairs[k]!;
  const scores = pageRank(n, size, nodes, windowFrom, windowTo, selfPairs, degree, bias, params);
  const wordScore = float64(FLOAT64.wordScore, n);
  for (let i = 0; i < n; i++) wordScore[i] = scores[i]! * power(spec[i]!, params.idfPower);
  return { node, wordScore };
}

/**
 * {@link wordScores} for a text of at most FIXED_MAX words, in arrays of its
 * own, constants of the closure (made on the first call: about 120 KB,
 * kept), which V8 reads without checking each array's map, length and data
 * pointer (see {@link makePageRankFixed}): the same arithmetic in the same
 * order, the same scores bit for bit. (The returned arrays are longer than
 * the text's ids and nodes, and the next call reuses them.)
 */
function makeWordScoresFixed() {
  const FIXED_WORD_NODE = new Int32Array(FIXED_MAX);
  const FIXED_POSITIONS = new Int32Array(FIXED_MAX);
  const FIXED_POSITION_NODE = new Int32Array(FIXED_MAX);
  const FIXED_SPECIFICITY = new Float64Array(FIXED_MAX);
  const FIXED_BIAS = new Float64Array(FIXED_MAX);
  const FIXED_WINDOW_FROM = new Int32Array(FIXED_MAX);
  const FIXED_WINDOW_TO = new Int32Array(FIXED_MAX);
  const FIXED_SELF_PAIRS = new Int32Array(FIXED_MAX);
  const FIXED_PREVIOUS_SAME = new Int32Array(FIXED_MAX);
  const FIXED_LAST_OF = new Int32Array(FIXED_MAX);
  const FIXED_DEGREE = new Int32Array(FIXED_MAX);
  const FIXED_WORD_SCORE = new Float64Array(FIXED_MAX);
  return function wordScoresFixed(words: Word[], candidates: Occurrence[], params: RankParams): WordScores | undefined {
    // the node of each word id (ids are below words.length), -1 for none yet
    const count = words.length;
    // the parameters read in the loops, as locals
    const { window: windowWords, leadBoost } = params;
    const node = FIXED_WORD_NODE;
    node.fill(-1, 0, count);
    let n = 0;
    // the word positions that hold a node, and the node at each (candidates
    // are in text order and do not overlap: positions ascend)
    const positions = FIXED_POSITIONS;
    const nodes = FIXED_POSITION_NODE;
    let size = 0;
    const spec = FIXED_SPECIFICITY;
    const bias = FIXED_BIAS;
    const firstSentence = words[0]?.sentence ?? 0;
    for (const c of candidates) {
      for (let i = c.from; i < c.to; i++) {
        const w = words[i]!;
        let id = node[w.id]!;
        if (id < 0) {
          id = n++;
          node[w.id] = id;
          spec[id] = w.specificity;
          bias[id] = 0;
        }
        positions[size] = i;
        nodes[size++] = id;
        bias[id]! += (w.sentence === firstSentence ? leadBoost : 1) / (i + 1);
      }
    }
    if (n === 0) return undefined;
    // co-occurrence edges within the window, as a multigraph (a pair seen k
    // times is k edges: the same walk as one edge of weight k), never written
    // out: the positions paired with position k are those from windowFrom[k]
    // to k - 1 and from k + 1 to windowTo[k] - 1, two runs of positions, less
    // the positions of the same node (selfPairs[k] of them)
    const windowFrom = FIXED_WINDOW_FROM;
    const windowTo = FIXED_WINDOW_TO;
    const selfPairs = FIXED_SELF_PAIRS;
    selfPairs.fill(0, 0, size);
    // the previous position of each position's node (-1: none), and the last
    // position of each node so far: the same-node pairs are found along these
    // chains, not among all the pairs of a window
    const previousSame = FIXED_PREVIOUS_SAME;
    const lastOf = FIXED_LAST_OF;
    lastOf.fill(-1, 0, n);
    let first = 0;
    let last = 0;
    for (let k = 0; k < size; k++) {
      const i = positions[k]!;
      while (i - positions[first]! >= windowWords) first++;
      if (last < k + 1) last = k + 1;
      while (last < size && positions[last]! - i < windowWords) last++;
      windowFrom[k] = first;
      windowTo[k] = last;
      const a = nodes[k]!;
      let m = lastOf[a]!;
      previousSame[k] = m;
      lastOf[a] = k;
      for (; m >= first; m = previousSame[m]!) {
        selfPairs[k]!++;
        selfPairs[m]!++;
      }
    }
    // each node's degree: its positions' pairs with other nodes
    const degree = FIXED_DEGREE;
    degree.fill(0, 0, n);
    for (let k = 0; k < size; k++) degree[nodes[k]!]! += windowTo[k]! - windowFrom[k]! - 1 - selfPairs[k]!;
    const scores = pageRank(n, size, nodes, windowFrom, windowTo, selfPairs, degree, bias, params);
    const wordScore = FIXED_WORD_SCORE;
    for (let i = 0; i < n; i++) wordScore[i] = scores[i]! * power(spec[i]!, params.idfPower);
    return { node, wordScore };
  };
}

/** {@link makeWordScoresFixed}'s function, made on the first text that fits. */
let wordScoresFixed: ReturnType<typeof makeWordScoresFixed> | undefined;

/**
 * Does the text report speech: does it use a verb of attribution
 * (ATTRIBUTION_VERBS: "said", "says", "told")? News does; a scientific
 * abstract does not.
 */
function reportsSpeech(words: Word[]): boolean {
  for (let i = 0; i < words.length; i++) if ((words[i]!.lists & LISTED_ATTRIBUTION) !== 0) return true;
  return false;
}

/**
 * A full name ("Tony Blair", "Joshua Rifkin") whose last word stands alone
 * as a one-word name of the text ("Blair", in `lone`) scores `factor` times
 * more: the name factor the surname gets, in part, for the person's name,
 * which is how an editor tags a person (the surname alone scored up to six
 * times more and pushed the full name out). Its words are names the
 * lexicon knows as no common noun ("Manchester United", "Labour Party" get
 * nothing). Marks per word id in a scratch array: each mark read is
 * written first.
 */
function fullNames(words: Word[], lone: RankedPhrase[], fulls: RankedPhrase[], factor: number): void {
  const mark = int32(INT32.fullNameMark, words.length);
  for (const g of fulls) mark[g.ids[g.ids.length - 1]!] = 0;
  for (const g of lone) mark[g.ids[0]!] = 1;
  for (const g of fulls) {
    if (mark[g.ids[g.ids.length - 1]!] === 0) continue;
    let person = true;
    for (let k = g.first; k < g.first + g.ids.length; k++) {
      const w = words[k]!;
      // a given name may be a common noun too ("Maria", "Bill", "Mark")
      if ((w.common && (k > g.first || (w.lists & LISTED_GIVEN_NAME) === 0)) || w.tag !== 'P') {
        person = false;
        break;
      }
    }
    if (person) g.score *= factor;
  }
}

/**
 * Does word i follow "the" after a preposition of time or place ("before
 * the Olympics", "at the Europeans", "in the Balkans")? A plural of a proper
 * adjective there names an event or a place, not a people ("the Italians"):
 * it keeps the name factor.
 */
function eventAt(words: Word[], i: number): boolean {
  if (i < 2) return false;
  const the = words[i - 1]!;
  const preposition = words[i - 2]!;
  return the.lower === 'the' && the.joined && words[i]!.joined && the.sentence === preposition.sentence && (preposition.lists & LISTED_EVENT_PREPOSITION) !== 0;
}

/** A word that may be a person's name: three letters or more, no digit, not in capitals ("DS", "A380", "MEPs" of "Nintendo DS", "Airbus A380" are products and bodies). */
const plainName = (w: Word): boolean => !w.shouting && w.lower.length >= 3 && !DIGIT.test(w.lower);
const DIGIT = /\d/;

/**
 * Given names standing for a person: a one-word name that stands alone
 * ("Gavin", "Doug") after the text has named the person in full with it
 * ("Gavin Henson", "Doug Smith"), where the last word of the full name
 * stands alone as a name too ("Henson"): news names a person in full, then
 * by surname, and by given name in quotes ("get Gavin settled"). The full
 * name is the keyphrase; the given name alone is never one (an editor tags
 * "Gavin Henson"): marked as `credit`, which selection leaves out. The full
 * name must name a person: its first word is a common given name
 * (GIVEN_NAMES, a gazetteer), or it or its surname stands beside a title
 * or a reporting verb at least once ("Mr Mozgov", "Mozgov said", "said
 * Mozgov."), for the given names no list holds. A place, a firm or a feast
 * that opens a name is neither ("Manchester United", "Athens Olympics",
 * "Christmas Day", "Inter Milan", "Skype Voip", "Mac Mini"; round 9's
 * first form dropped their first words). Neither word may be a common noun of the lexicon
 * ("Labour Party", "Marvel Comics"; so "Serge" and "Heath" are missed),
 * nor a product's code ("Nintendo DS", "Airbus A380"); a name met alone
 * before its full name ("Nintendo ... the Nintendo Wii") is no given name,
 * unless GIVEN_NAMES holds it (quotations name a person by the given name
 * before the text names him in full: '"Steven is above money" ... Steven
 * Gerrard'; round 11).
 */
function givenNames(words: Word[], lone: RankedPhrase[], pairs: RankedPhrase[]): void {
  const mark = int32(INT32.nameMark, words.length);
  // (only the entries written here are read)
  for (const p of pairs) {
    mark[p.ids[0]!] = 0;
    mark[p.ids[1]!] = 0;
  }
  const loneIndex = int32(INT32.loneIndex, words.length);
  for (let k = 0; k < lone.length; k++) {
    mark[lone[k]!.ids[0]!] = SURNAME;
    loneIndex[lone[k]!.ids[0]!] = k;
  }
  // pairs are in the order of their first occurrence: a given name's first full name comes first
  let any = false;
  for (const p of pairs) {
    const given = p.ids[0]!;
    const surname = p.ids[1]!;
    if ((mark[surname]! & SURNAME) === 0 || (mark[given]! & GIVEN) !== 0) continue;
    const first = words[p.first]!;
    if (first.common || !plainName(first) || !plainName(words[p.first + 1]!)) continue;
    if ((first.lists & LISTED_GIVEN_NAME) === 0 && !personCue(words, p)) {
      // the surname's cue, read once, only for a first word no list holds
      if ((mark[surname]! & CUE_READ) === 0) mark[surname] = mark[surname]! | CUE_READ | (personCue(words, lone[loneIndex[surname]!]!) ? PERSON : 0);
      if ((mark[surname]! & PERSON) === 0) continue;
    }
    mark[given] = mark[given]! | GIVEN | ((p.first + 1) << 4);
    any = true;
  }
  if (!any) return;
  for (const g of lone) {
    const m = mark[g.ids[0]!]!;
    if ((m & GIVEN) !== 0 && ((m >>> 4) - 1 < g.first || (words[g.first]!.lists & LISTED_GIVEN_NAME) !== 0) && !placeCue(words, g)) g.credit = true;
  }
}

/**
 * Does an occurrence of `g` stand right after "in" ("fans in Manchester",
 * "hotels in Athens")? Nothing happens "in" a person: the name is a
 * place's, whatever stands beside its full name ("United said ..."). (Not
 * "at", "before", "after": "looked at Gavin", "before Jamie knew", "After
 * Tim's announcement".)
 */
function placeCue(words: Word[], g: RankedPhrase): boolean {
  for (const o of g.occurrences) {
    const w = words[o.from]!;
    const before = words[o.from - 1];
    if (before !== undefined && w.joined && before.sentence === w.sentence && before.lower === 'in') return true;
  }
  return false;
}

/** Bits of a word id's `nameMark` (see givenNames). */
const SURNAME = 1;
const GIVEN = 2;
/** A surname seen with a person cue (see personCue). */
const PERSON = 4;
/** The surname's person cue has been read. */
const CUE_READ = 8;

/**
 * Does an occurrence of `g` stand after a title ("Mr Henson", "coach Mike
 * Ruddock") or beside a reporting verb in its sentence ("Henson said",
 * "said Henson")?
 */
function personCue(words: Word[], g: RankedPhrase): boolean {
  for (const o of g.occurrences) {
    const sentence = words[o.from]!.sentence;
    const before = words[o.from - 1];
    const after = words[o.to];
    if (before !== undefined && before.sentence === sentence) {
      if (before.title) return true;
      // "said Henson." but not "said Voip would be ...": the name ends the clause
      if ((before.lists & LISTED_REPORTING) !== 0 && (after === undefined || after.sentence !== sentence || !after.joined)) return true;
    }
    // "Henson said", not "adoption of Voip," said ...: a quotation's last word is no speaker
    if (after?.joined === true && after.sentence === sentence && (after.lists & LISTED_REPORTING) !== 0) return true;
  }
  return false;
}

/**
 * x ** y without the library call when y is 0 or 1 (the defaults' exponents,
 * and an article's): x ** 0 is 1 and x ** 1 is x, bit for bit, for every x.
 */
const power = (x: number, y: number): number => (y === 1 ? x : y === 0 ? 1 : x ** y);

/** Better score first, then the earlier first occurrence (stable: creation order last). */
const byRank = (a: RankedPhrase, b: RankedPhrase) => b.score - a.score || a.first - b.first;

/**
 * The phrases in `byRank` order, as the stable `groups.sort(byRank)` would
 * give them (ties in creation order), by a bottom-up merge sort with the
 * comparison written out: no comparator call per pair, no typed arrays to
 * allocate. Scores that are not numbers are left to the comparator. `groups`
 * stays as it is (extractKeyphrases keeps it per document).
 */
function bestFirst(groups: RankedPhrase[]): RankedPhrase[] {
  const n = groups.length;
  for (let i = 0; i < n; i++) if (Number.isNaN(groups[i]!.score)) return groups.slice().sort(byRank);
  let from = groups.slice();
  let to = new Array<RankedPhrase>(n);
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        const x = from[i]!;
        const y = from[j]!;
        // the right one goes first only when it ranks strictly before (stable)
        if (y.score > x.score || (y.score === x.score && y.first < x.first)) {
          to[k++] = y;
          j++;
        } else {
          to[k++] = x;
          i++;
        }
      }
      while (i < mid) to[k++] = from[i++]!;
      while (j < hi) to[k++] = from[j++]!;
    }
    const t = from;
    from = to;
    to = t;
  }
  return from;
}

/**
 * The best `m` of the scored phrases, in the order of {@link rankPhrases}
 * (its first `m`): one pass over them that keeps the best `m` so far in a
 * binary heap with the worst of them on top, so that most phrases cost one
 * comparison with the top and taking a few of many costs no sort. Ties rank
 * in creation order, as in the stable sort (the order is total: score, first
 * occurrence, creation).
 */
export function bestPhrases(groups: RankedPhrase[], m: number): RankedPhrase[] {
  const n = groups.length;
  if (m >= n) return bestFirst(groups);
  if (m <= 0) return [];
  const heap = int32(INT32.heap, m);
  let size = 0;
  for (let i = 0; i < n; i++) {
    // scores that are not numbers are left to the comparator (checked in the same pass)
    if (Number.isNaN(groups[i]!.score)) return bestFirst(groups).slice(0, m);
    if (size < m) {
      // up the heap while it ranks after its parent
      let at = size++;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!ranksBefore(groups, heap[parent]!, i)) break;
        heap[at] = heap[parent]!;
        at = parent;
      }
      heap[at] = i;
    } else if (ranksBefore(groups, i, heap[0]!)) {
      heap[0] = i;
      siftDown(heap, groups, size, 0);
    }
  }
  // the worst of the best first off the top: filled from the end
  const out = new Array<RankedPhrase>(m);
  for (let k = m - 1; k >= 0; k--) {
    out[k] = groups[heap[0]!]!;
    heap[0] = heap[--size]!;
    siftDown(heap, groups, size, 0);
  }
  return out;
}

/**
 * Does phrase a rank before phrase b (better score, then earlier first
 * occurrence, then made earlier)? (`groups` a parameter, not a module
 * variable: those are read through the module's context, each read checked
 * for initialization.)
 */
function ranksBefore(groups: RankedPhrase[], a: number, b: number): boolean {
  const x = groups[a]!;
  const y = groups[b]!;
  return x.score > y.score || (x.score === y.score && (x.first < y.first || (x.first === y.first && a < b)));
}

/** Move the phrase at `at` down the heap of `size`, the worst on top, to its place (see ranksBefore). */
function siftDown(heap: Int32Array, groups: RankedPhrase[], size: number, at: number): void {
  const x = heap[at]!;
  for (;;) {
    let child = 2 * at + 1;
    if (child >= size) break;
    // the worse child
    if (child + 1 < size && ranksBefore(groups, heap[child]!, heap[child + 1]!)) child++;
    if (!ranksBefore(groups, x, heap[child]!)) break;
    heap[at] = heap[child]!;
    at = child;
  }
  heap[at] = x;
}

/**
 * Personalized PageRank over the co-occurrence multigraph (see scorePhrases:
 * the node at each of `size` positions, paired with the positions from
 * windowFrom[k] to windowTo[k] - 1 but itself and the selfPairs[k] positions
 * of its own node), in scratch arrays. A position's neighbours are a run of
 * positions, so the sum of their shares is a difference of two prefix sums
 * of the shares by position: each iteration costs a pass over the positions,
 * not one over the edges (in a news article ~200 positions against ~1,400
 * edges). The sums' order differs from a sum edge by edge: the scores differ
 * by rounding only (about 1e-13 relative).
 */
function pageRank(
  n: number,
  size: number,
  nodes: Int32Array,
  windowFrom: Int32Array,
  windowTo: Int32Array,
  selfPairs: Int32Array,
  degree: Int32Array,
  bias: Float64Array,
  params: RankParams,
): Float64Array {
  // (n is at most size: each node holds a position)
  if (size <= fixedMax) {
    pageRankFixed ??= makePageRankFixed();
    return pageRankFixed(n, size, nodes, windowFrom, windowTo, selfPairs, degree, bias, params);
  }
  let total = 0;
  for (let i = 0; i < n; i++) total += bias[i]!;
  const p = float64(FLOAT64.start, n);
  for (let i = 0; i < n; i++) p[i] = bias[i]! / total;
  // each node's share of its score per edge (0 for a node without edges, whose score is spread as the jump)
  const inverse = float64(FLOAT64.inverse, n);
  for (let j = 0; j < n; j++) inverse[j] = degree[j] === 0 ? 0 : 1 / degree[j]!;
  const damping = params.damping;
  const s = float64(FLOAT64.scores, n);
  // each node's share of its score per edge, and the score of the nodes
  // without edges (spread as the jump), for the first iteration
  const share = float64(FLOAT64.share, n);
  let dangling = 0;
  let hasDangling = false;
  for (let j = 0; j < n; j++) {
    if (inverse[j] === 0) {
      dangling += p[j]!;
      hasDangling = true;
    }
    share[j] = p[j]! * inverse[j]!;
    s[j] = p[j]!;
  }
  // each node's random jump, the same in every iteration
  const jump = float64(FLOAT64.jump, n);
  for (let j = 0; j < n; j++) jump[j] = (1 - damping) * p[j]!;
  // prefix[k]: the shares of the nodes at positions 0 to k - 1
  const prefix = float64(FLOAT64.prefix, size + 1);
  // how many times each node's own share is in the sums of its positions'
  // windows: once for each position, once for each pair of its positions
  const own = float64(FLOAT64.own, n);
  own.fill(0, 0, n);
  // the windows' ends grouped by node (its positions in text order, node
  // after node): a node's sum is added up in a local variable, in the same
  // order as position by position, not in memory read and written back per
  // position. A counting sort: node j's count goes to nodeStart[j + 2], the
  // prefix sums make nodeStart[j + 1] its start, which serves as the cursor
  // while placing; after that [nodeStart[j], nodeStart[j + 1]) is its range.
  const nodeStart = int32(INT32.nodeStart, n + 2);
  nodeStart.fill(0, 0, n + 2);
  for (let k = 0; k < size; k++) {
    const node = nodes[k]!;
    own[node]! += 1 + selfPairs[k]!;
    nodeStart[node + 2]!++;
  }
  for (let j = 2; j < n + 2; j++) nodeStart[j]! += nodeStart[j - 1]!;
  const fromOf = int32(INT32.fromOf, size);
  const toOf = int32(INT32.toOf, size);
  for (let k = 0; k < size; k++) {
    const q = nodeStart[nodes[k]! + 1]!++;
    fromOf[q] = windowFrom[k]!;
    toOf[q] = windowTo[k]!;
  }
  const iterations = params.iterations;
  for (let it = 0; it < iterations; it++) {
    let sum = 0;
    prefix[0] = 0;
    for (let k = 0; k < size; k++) {
      sum += share[nodes[k]!]!;
      prefix[k + 1] = sum;
    }
    // the new scores, and the shares and dangling score for the next
    // iteration; the scores are kept (in s) only by the last one
    const last = it === iterations - 1;
    let nextDangling = 0;
    // node j's windows are [nodeStart[j], nodeStart[j + 1]): each node's
    // start is the previous node's end, carried in q
    let q = 0;
    for (let j = 0; j < n; j++) {
      // its positions' windows, its own position and the other positions of
      // its node included (taken out here, once per node)
      let sums = 0;
      for (const end = nodeStart[j + 1]!; q < end; q++) sums += prefix[toOf[q]!]! - prefix[fromOf[q]!]!;
      // with no node without edges the dangling score is +0 and p[j] is
      // finite, so its term adds +0, which changes no sum but -0; and a -0
      // there, times damping, added to the jump (never -0) gives the jump
      // as +0 would: the term is left out, the same score bit for bit
      const score = jump[j]! + damping * (hasDangling ? sums - own[j]! * share[j]! + dangling * p[j]! : sums - own[j]! * share[j]!);
      if (last) s[j] = score;
      if (hasDangling && inverse[j] === 0) nextDangling += score;
      share[j] = score * inverse[j]!;
    }
    dangling = nextDangling;
  }
  return s;
}

/**
 * Most positions the fixed arrays of {@link pageRankFixed} take (a news
 * article has about 110, a long one a few hundred), and most words those of
 * {@link makeWordScoresFixed} take (a news article has about 300); a longer
 * graph or text goes to arrays from the scratch pool.
 */
const FIXED_MAX = 2048;

/**
 * {@link pageRank} for a graph of at most FIXED_MAX positions, in arrays of
 * its own: the same arithmetic in the same order, so the same scores bit
 * for bit. The arrays are constants of the closure (made once, on the first
 * call: about 150 KB, kept), and V8 takes a closure's constant typed arrays
 * as constants in optimized code: a read skips the checks of the array's
 * map, length and data pointer that V8 makes for an array passed in or
 * looked up in the scratch pool, most of the instructions of the
 * iterations' loops (a read, a read and a write: 21 instructions against 32
 * in a micro-benchmark). Module-level constants would do as well, but a
 * bundler turns them into `var`s, which V8 must read each time. (The
 * returned array is longer than `n`, and the next call reuses it.)
 */
function makePageRankFixed() {
  const FIXED_NODES = new Int32Array(FIXED_MAX);
  const FIXED_START = new Float64Array(FIXED_MAX);
  const FIXED_INVERSE = new Float64Array(FIXED_MAX);
  const FIXED_SCORES = new Float64Array(FIXED_MAX);
  const FIXED_SHARE = new Float64Array(FIXED_MAX);
  const FIXED_JUMP = new Float64Array(FIXED_MAX);
  const FIXED_PREFIX = new Float64Array(FIXED_MAX + 1);
  const FIXED_OWN = new Float64Array(FIXED_MAX);
  const FIXED_NODE_START = new Int32Array(FIXED_MAX + 2);
  const FIXED_FROM_OF = new Int32Array(FIXED_MAX);
  const FIXED_TO_OF = new Int32Array(FIXED_MAX);
  return function pageRankFixed(
    n: number,
    size: number,
    nodes: Int32Array,
    windowFrom: Int32Array,
    windowTo: Int32Array,
    selfPairs: Int32Array,
    degree: Int32Array,
    bias: Float64Array,
    params: RankParams,
  ): Float64Array {
    // the node at each position, copied where the iterations read it
    const nodeAt = FIXED_NODES;
    for (let k = 0; k < size; k++) nodeAt[k] = nodes[k]!;
    let total = 0;
    for (let i = 0; i < n; i++) total += bias[i]!;
    const p = FIXED_START;
    for (let i = 0; i < n; i++) p[i] = bias[i]! / total;
    // each node's share of its score per edge (0 for a node without edges, whose score is spread as the jump)
    const inverse = FIXED_INVERSE;
    for (let j = 0; j < n; j++) inverse[j] = degree[j] === 0 ? 0 : 1 / degree[j]!;
    const damping = params.damping;
    const s = FIXED_SCORES;
    // each node's share of its score per edge, and the score of the nodes
    // without edges (spread as the jump), for the first iteration
    const share = FIXED_SHARE;
    let dangling = 0;
    let hasDangling = false;
    for (let j = 0; j < n; j++) {
      if (inverse[j] === 0) {
        dangling += p[j]!;
        hasDangling = true;
      }
      share[j] = p[j]! * inverse[j]!;
      s[j] = p[j]!;
    }
    // each node's random jump, the same in every iteration
    const jump = FIXED_JUMP;
    for (let j = 0; j < n; j++) jump[j] = (1 - damping) * p[j]!;
    // prefix[k]: the shares of the nodes at positions 0 to k - 1
    const prefix = FIXED_PREFIX;
    // how many times each node's own share is in the sums of its positions'
    // windows: once for each position, once for each pair of its positions
    const own = FIXED_OWN;
    own.fill(0, 0, n);
    // the windows' ends grouped by node (its positions in text order, node
    // after node): a node's sum is added up in a local variable, in the same
    // order as position by position, not in memory read and written back per
    // position. A counting sort: node j's count goes to nodeStart[j + 2], the
    // prefix sums make nodeStart[j + 1] its start, which serves as the cursor
    // while placing; after that [nodeStart[j], nodeStart[j + 1]) is its range.
    const nodeStart = FIXED_NODE_START;
    nodeStart.fill(0, 0, n + 2);
    for (let k = 0; k < size; k++) {
      const node = nodes[k]!;
      own[node]! += 1 + selfPairs[k]!;
      nodeStart[node + 2]!++;
    }
    for (let j = 2; j < n + 2; j++) nodeStart[j]! += nodeStart[j - 1]!;
    const fromOf = FIXED_FROM_OF;
    const toOf = FIXED_TO_OF;
    for (let k = 0; k < size; k++) {
      const q = nodeStart[nodes[k]! + 1]!++;
      fromOf[q] = windowFrom[k]!;
      toOf[q] = windowTo[k]!;
    }
    const iterations = params.iterations;
    for (let it = 0; it < iterations; it++) {
      let sum = 0;
      prefix[0] = 0;
      for (let k = 0; k < size; k++) {
        sum += share[nodeAt[k]!]!;
        prefix[k + 1] = sum;
      }
      // the new scores, and the shares and dangling score for the next
      // iteration; the scores are kept (in s) only by the last one
      const last = it === iterations - 1;
      let nextDangling = 0;
      // node j's windows are [nodeStart[j], nodeStart[j + 1]): each node's
      // start is the previous node's end, carried in q
      let q = 0;
      for (let j = 0; j < n; j++) {
        // its positions' windows, its own position and the other positions of
        // its node included (taken out here, once per node)
        let sums = 0;
        for (const end = nodeStart[j + 1]!; q < end; q++) sums += prefix[toOf[q]!]! - prefix[fromOf[q]!]!;
        // with no node without edges the dangling score is +0 and p[j] is
        // finite, so its term adds +0, which changes no sum but -0; and a -0
        // there, times damping, added to the jump (never -0) gives the jump
        // as +0 would: the term is left out, the same score bit for bit
        const score = jump[j]! + damping * (hasDangling ? sums - own[j]! * share[j]! + dangling * p[j]! : sums - own[j]! * share[j]!);
        if (last) s[j] = score;
        if (hasDangling && inverse[j] === 0) nextDangling += score;
        share[j] = score * inverse[j]!;
      }
      dangling = nextDangling;
    }
    return s;
  };
}

/** Most words wordScoresFixed and positions pageRankFixed take (FIXED_MAX, but while a test compares the two ways). */
let fixedMax = FIXED_MAX;

/**
 * For tests: score texts of more than `max` words, and rank graphs of more
 * than `max` positions (at most FIXED_MAX), in the scratch pool's arrays, as
 * longer ones are; no argument restores the default.
 */
export function setFixedMax(max = FIXED_MAX): void {
  fixedMax = Math.min(max, FIXED_MAX);
}

/** {@link makePageRankFixed}'s function, made on the first graph that fits. */
let pageRankFixed: ReturnType<typeof makePageRankFixed> | undefined;

/** Is `inner` a contiguous run of `outer` (word ids)? */
function contains(outer: number[], inner: number[]): boolean {
  if (inner.length >= outer.length) return false;
  for (let i = 0; i + inner.length <= outer.length; i++) {
    let ok = true;
    for (let k = 0; k < inner.length && ok; k++) ok = outer[i + k] === inner[k];
    if (ok) return true;
  }
  return false;
}

/** Is `ids` a shorter run inside one of the phrases? (a loop, not a closure made per phrase) */
function inAny(phrases: RankedPhrase[], ids: number[]): boolean {
  for (const s of phrases) if (contains(s.ids, ids)) return true;
  return false;
}

/** Does `r` hold one of the chosen phrases, not a name inside a longer name? */
function holdsChosen(chosen: RankedPhrase[], r: RankedPhrase): boolean {
  for (const s of chosen) if (contains(r.ids, s.ids) && !(r.name && s.name)) return true;
  return false;
}

/**
 * Pick the best `limit` phrases without letting a phrase and the phrases
 * nested in it crowd the list unless both matter: a sub-phrase of a chosen
 * phrase stays only when it also stands alone at least `subphraseMin` times;
 * in a text longer than `shortWords` words (`words`, where phrases that
 * matter recur), so does a longer phrase that holds a chosen one. A longer
 * name that holds a chosen name stays ("Craig Spencer" after "Spencer"): the
 * full name is how an editor tags the person.
 */
export function selectPhrases(ranked: RankedPhrase[], limit: number, params: RankParams = DEFAULT_PARAMS, words = 0, tagged?: Word[]): RankedPhrase[] {
  const out: RankedPhrase[] = [];
  // longer phrases left out as redundant: their sub-phrases are no better
  const dropped: RankedPhrase[] = [];
  const long = words > params.shortWords;
  for (const r of ranked) {
    if (out.length >= limit) break;
    // a wire or photo credit ("AP", "Getty Images") or a shell noun ("approach") is never a keyphrase by itself
    if (r.credit) {
      dropped.push(r);
      continue;
    }
    // the same name with a middle initial or a firm's legal form, or without ("James C. Kopp" and
    // "James Kopp", "Jayark Corp." and "Jayark"): one person, one firm, shown without them, where
    // the better of the two ranks (round 13); the other's sub-phrases stay out ("Corp")
    if (tagged !== undefined && r.name) {
      const k = sameNameChosen(tagged, out, r);
      if (k >= 0) {
        const s = out[k]!;
        if (r.ids.length < s.ids.length) out[k] = { ...r, score: s.score };
        dropped.push(r.ids.length < s.ids.length ? s : r);
        continue;
      }
    }
    if (r.alone < params.subphraseMin) {
      if (inAny(out, r.ids) || inAny(dropped, r.ids)) continue;
      if (long && holdsChosen(out, r)) {
        dropped.push(r);
        continue;
      }
    }
    out.push(r);
  }
  return out;
}

/**
 * The ids of name `g` without its middle initials ("James C. Kopp" →
 * "James Kopp") and a firm's legal form at its end ("Jayark Corp." →
 * "Jayark": CORPORATE_SUFFIXES); `g.ids` itself when it has neither.
 */
function nameCore(words: Word[], g: RankedPhrase): number[] {
  const n = g.ids.length;
  if (n < 2) return g.ids;
  let end = n;
  if ((words[g.first + n - 1]!.lists & LISTED_CORPORATE) !== 0) end--;
  let core: number[] | undefined;
  // a letter between a name's words is an initial when written with its period ("James C.
  // Kopp") or after a given name ("George W Bush"); not "Vitamin D Council", "Plan B Foods"
  // (review of round 13)
  const given = (words[g.first]!.lists & LISTED_GIVEN_NAME) !== 0;
  for (let k = 0; k < end; k++) {
    const w = words[g.first + k]!;
    const initial = k > 0 && k < n - 1 && w.lower.length === 1 && (given || words[g.first + k + 1]!.start - w.end === 2);
    if (initial && core === undefined) core = g.ids.slice(0, k);
    else if (!initial) core?.push(g.ids[k]!);
  }
  return core ?? (end === n ? g.ids : g.ids.slice(0, end));
}

/** The index of the chosen name that is name `r` with or without a middle initial or a firm's legal form (see nameCore), or -1. */
function sameNameChosen(words: Word[], chosen: RankedPhrase[], r: RankedPhrase): number {
  let core: number[] | undefined;
  for (let k = 0; k < chosen.length; k++) {
    const s = chosen[k]!;
    if (!s.name || s.ids.length === r.ids.length) continue;
    core ??= nameCore(words, r);
    const other = nameCore(words, s);
    if (other.length !== core.length) continue;
    let same = true;
    for (let j = 0; j < core.length && same; j++) same = other[j] === core[j];
    if (same) return k;
  }
  return -1;
}
