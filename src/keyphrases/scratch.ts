// Scratch arrays of extractKeyphrases, reused from call to call and grown
// when a document needs more: a typed array costs more to allocate than to
// fill. Each slot holds one array, named here, in one place, so that two
// stages cannot silently share a slot: a slot is asked for by its name
// (INT32.heap, FLOAT64.share), the names' numbers are checked to be distinct
// when this module loads, and a bare number does not type-check.
//
// A function reads only the elements it wrote in the same call (the contents
// are whatever the last user left), and none of the users re-enters itself
// or another user of its slots while it holds them. Arrays longer than
// SCRATCH_MAX are not kept (a long document's graph is not held after its
// call): what stays held is at most 64K elements per slot (about 10 MB over
// all the slots), 150 KB after news articles. A text of at most 2,048 words
// builds its word graph and runs PageRank in rank.ts's fixed arrays instead
// (constants of two closures, which V8 reads faster: about 260 KB, made on
// the first call and kept), so the graph's slots here grow only for longer
// texts.

declare const int32Slot: unique symbol;
declare const float64Slot: unique symbol;
/** The number of a scratch Int32Array: only the names of {@link INT32} have one. */
export type Int32Slot = number & { readonly [int32Slot]: true };
/** The number of a scratch Float64Array: only the names of {@link FLOAT64} have one. */
export type Float64Slot = number & { readonly [float64Slot]: true };

const i32 = (n: number) => n as Int32Slot;
const f64 = (n: number) => n as Float64Slot;

/** The scratch Int32Arrays, by the stage that uses them (a new one takes the next free number). */
export const INT32 = {
  // rank.ts scorePhrases: the graph
  /** The node of each word id (-1: none yet). */
  wordNode: i32(0),
  /** The word positions that hold a node. */
  positions: i32(1),
  /** The node at each position. */
  positionNode: i32(2),
  /** Each position's window: its first position, and its end. */
  windowFrom: i32(3),
  windowTo: i32(4),
  /** The positions of a position's own node in its window. */
  selfPairs: i32(5),
  /** The previous position of each position's node, and the last position of each node so far. */
  previousSame: i32(6),
  lastOf: i32(7),
  /** Each node's degree. */
  degree: i32(8),
  // rank.ts scorePhrases: the phrase trie
  /** The trie node of each word id under the root. */
  rootChild: i32(9),
  /** The hash table of the other trie nodes: parent, word id, child. */
  tableParent: i32(10),
  tableId: i32(11),
  tableChild: i32(12),
  /** The phrase of each trie node. */
  groupOf: i32(13),
  // rank.ts pageRank
  /** Each node's range of windows, and the windows grouped by node. */
  nodeStart: i32(14),
  fromOf: i32(15),
  toOf: i32(16),
  // rank.ts bestPhrases
  /** The heap of the best phrases so far. */
  heap: i32(17),
  // index.ts occurrences
  /** The phrases' lists by the id of their first word. */
  occurrenceHeads: i32(18),
  // rank.ts givenNames
  /** Per word id: a surname (bit 1), a given name (bit 2), a person cue read (bit 4) and found (bit 3), and the given name's first full name's word index, plus one (from bit 5 on). */
  nameMark: i32(19),
  /** Per word id of a surname: its index among the one-word names standing alone. */
  loneIndex: i32(20),
  // rank.ts fullNames
  /** Per word id: the last word of a full name (0), and of a one-word name standing alone (1). */
  fullNameMark: i32(21),
} as const;

/** The scratch Float64Arrays, by the stage that uses them (a new one takes the next free number). */
export const FLOAT64 = {
  // rank.ts scorePhrases
  /** Each node's specificity, its jump bias, and its word score. */
  specificity: f64(0),
  bias: f64(1),
  wordScore: f64(2),
  // rank.ts pageRank
  /** The jump distribution, each node's inverse degree, its score, share per edge and jump. */
  start: f64(3),
  inverse: f64(4),
  scores: f64(5),
  share: f64(6),
  jump: f64(7),
  /** The shares summed by position. */
  prefix: f64(8),
  /** How many times a node's own share is in its windows' sums. */
  own: f64(9),
} as const;

/**
 * Throw when two names of a slot table share a number (or a number is not a
 * small integer): a slot is one stage's array. Run on both tables when the
 * module loads.
 */
export function checkSlots(table: Readonly<Record<string, number>>): void {
  const owner = new Map<number, string>();
  for (const [name, slot] of Object.entries(table)) {
    if (!Number.isInteger(slot) || slot < 0 || slot > 255) throw new RangeError(`scratch slot ${name}: ${slot} is not a slot number (an integer from 0 to 255)`);
    const other = owner.get(slot);
    if (other !== undefined) throw new RangeError(`scratch slots ${other} and ${name} share the number ${slot}`);
    owner.set(slot, name);
  }
}
checkSlots(INT32);
checkSlots(FLOAT64);

const SCRATCH_MAX = 1 << 16;
const int32Scratch: Int32Array[] = [];
const float64Scratch: Float64Array[] = [];

/** Scratch array number `slot` of `pool` (made by `make`), at least `length` long. */
function scratch<T extends Int32Array | Float64Array>(pool: T[], make: new (length: number) => T, slot: number, length: number): T {
  const a = pool[slot];
  if (a && a.length >= length) return a;
  if (length > SCRATCH_MAX) return new make(length);
  const grown = new make(Math.min(SCRATCH_MAX, Math.max(length, 1024, (a?.length ?? 0) * 2)));
  pool[slot] = grown;
  return grown;
}

/**
 * The scratch Int32Array of `slot` (a name of {@link INT32}), at least
 * `length` long, reused from call to call: its contents are whatever the last
 * user left, so a caller clears the range it reads before use.
 */
export function int32(slot: Int32Slot, length: number): Int32Array {
  return scratch(int32Scratch, Int32Array, slot, length);
}

/** The scratch Float64Array of `slot` (a name of {@link FLOAT64}), at least `length` long (see {@link int32}). */
export function float64(slot: Float64Slot, length: number): Float64Array {
  return scratch(float64Scratch, Float64Array, slot, length);
}
