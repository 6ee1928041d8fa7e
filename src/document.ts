// PrecisDocument and input normalization: the only place that turns input
// into a document. Every public function calls `toDocument` first, so a text
// is tokenized and segmented once, however many functions read it.
import type { Root } from 'nlcst';
import { VFile } from 'vfile';
import {
  checkKnownOptions,
  checkOptions,
  optionalBoolean,
  optionalStringArray,
  rangeError,
  typeError,
} from './errors.js';
import { findDateline } from './text/dateline.js';
import { buildTree } from './text/nlcst.js';
import {
  type Abbreviations,
  compileAbbreviations,
  DEFAULT_ABBREVIATIONS,
  type Segmentation,
  segmentTokens,
} from './text/sentences.js';
import { type Tokens, tokenize } from './text/tokenize.js';
import type { Span } from './types.js';

// Long texts a window at a time. Re-exported from here so that the bundler
// keeps windows.ts in the core chunk every entry shares, not in a chunk with
// an extractor's code (importing `segment` alone would then pull in dates).
export { forEachWindow, type TextWindow } from './windows.js';

/** Options for {@link parse} (and for every function given a string or a VFile). */
export interface ParseOptions {
  /**
   * More abbreviations that take a period, without the final period
   * (`['Gen', 'approx', 'Ph.D']`). A period after one ends a sentence only
   * when the next word is a likely sentence opener, as for the built-in
   * "Inc." or "U.S.".
   */
  abbreviations?: readonly string[];
  /** Recognise a leading dateline (default `true`). With `false` the first line is body text. */
  dateline?: boolean;
}

/** A dateline: metadata at the start of a news text, with the date it states. */
export interface Dateline extends Span {
  /** The stated date, `YYYY-MM-DD`; `XXXX-MM-DD` when the dateline gives no year ("BEIJING, June 16 (Xinhua) --"). */
  date: string;
}

/**
 * A parsed document: the text, its syntax tree and its dateline. Made by
 * {@link parse}; every function accepts one in place of a string, so a
 * text is parsed once and read many times.
 *
 * @example
 * ```ts
 * import { parse } from 'precis';
 *
 * const doc = parse('date 2025-06-16 Leaders met in Astana. They signed a treaty.');
 * console.log(doc.dateline); // { text: 'date 2025-06-16', start: 0, end: 15, date: '2025-06-16' }
 * console.log(doc.body.text); // 'Leaders met in Astana. They signed a treaty.'
 * ```
 */
export interface PrecisDocument {
  /** The whole input text. All offsets index it. */
  readonly text: string;
  /**
   * The nlcst syntax tree of the whole text (Root > Paragraph > Sentence >
   * Word / Punctuation / Symbol / WhiteSpace), with positions. Built on first
   * access; retext plugins can run on it. A dateline is a paragraph of its
   * own with `data.precisDateline === true`.
   */
  readonly tree: Root;
  /** The VFile given, or a new one holding the text. */
  readonly file: VFile;
  /** The dateline, when the text starts with one. */
  readonly dateline?: Dateline;
  /** The text after the dateline, without leading and trailing white space. */
  readonly body: Span;
}

/** What the document caches for the layers above (not public). */
export interface Internals {
  readonly tokens: Tokens;
  /** Index of the first token after the dateline. */
  readonly bodyFrom: number;
  readonly seg: Segmentation;
  /** Per-document cache for derived data (tags, stems, vectors...), keyed by layer. */
  readonly memo: Map<string, unknown>;
}

// The internals live on the document under a private symbol (not enumerable,
// so spreading or comparing documents ignores them). A WeakMap keyed by the
// document made every parse twice as slow: its entries keep tokens alive past
// young-generation collections, so short-lived documents were promoted and
// swept as old objects.
const INTERNALS: unique symbol = Symbol('precis.internals');

type Branded = PrecisDocument & { readonly [INTERNALS]?: Internals };

/** The cached tokens and segmentation of a document made by `parse`. */
export function internals(doc: PrecisDocument): Internals {
  const found = (doc as Branded)[INTERNALS];
  if (!found) throw new TypeError('precis: not a document made by parse()');
  return found;
}

/** Compute a value once per document and layer key. */
export function memo<T>(doc: PrecisDocument, key: string, compute: () => T): T {
  const cache = internals(doc).memo;
  if (cache.has(key)) return cache.get(key) as T;
  const value = compute();
  cache.set(key, value);
  return value;
}

/** Is this value a document made by {@link parse}? */
export function isDocument(value: unknown): value is PrecisDocument {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, INTERNALS);
}

function isVFile(value: unknown): value is VFile {
  if (value instanceof VFile) return true;
  // a VFile from another copy of the package
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { messages?: unknown; history?: unknown; value?: unknown };
  return Array.isArray(v.messages) && Array.isArray(v.history) && 'value' in v;
}

const PARSE_OPTIONS = ['abbreviations', 'dateline'] as const;

const abbreviationCache = new WeakMap<readonly string[], Abbreviations>();

function readParseOptions(fn: string, raw: Record<string, unknown>) {
  const abbreviations = optionalStringArray(fn, raw, 'abbreviations');
  // an abbreviation is one word: an empty one or one with white space could never match
  for (const word of abbreviations ?? []) {
    if (!/^\S+$/u.test(word) || word === '.') {
      throw rangeError(fn, 'options.abbreviations[]', 'a word without white space ("Gen", "Ph.D")', word);
    }
  }
  const dateline = optionalBoolean(fn, raw, 'dateline') ?? true;
  let abbr = DEFAULT_ABBREVIATIONS;
  if (abbreviations && abbreviations.length > 0) {
    abbr = abbreviationCache.get(abbreviations) ?? compileAbbreviations(abbreviations);
    abbreviationCache.set(abbreviations, abbr);
  }
  return { abbr, dateline };
}

function textOf(fn: string, input: unknown): { text: string; file?: VFile } {
  if (typeof input === 'string') return { text: input };
  if (isVFile(input)) {
    const value = input.value;
    if (typeof value === 'string') return { text: value, file: input };
    if (value instanceof Uint8Array) return { text: new TextDecoder().decode(value), file: input };
    if (value === undefined || value === null) return { text: '', file: input };
    throw typeError(fn, 'the VFile value', 'a string or a Uint8Array', value);
  }
  throw typeError(fn, 'input', 'a string, a VFile or a PrecisDocument', input);
}

// A class, not an object literal with getters: the literal's closures kept
// every document's tokens alive across young-generation collections (they
// were promoted, then swept as old objects), which halved the throughput of
// parse on articles. The tree and the VFile are made on first access.
class Doc implements PrecisDocument {
  readonly text: string;
  readonly body: Span;
  declare readonly dateline?: Dateline;
  #tree: Root | undefined;
  #file: VFile | undefined;
  readonly #datelineTo: number;

  constructor(text: string, body: Span, file: VFile | undefined, datelineTo: number, inner: Internals) {
    this.text = text;
    this.body = body;
    this.#file = file;
    this.#datelineTo = datelineTo;
    Object.defineProperty(this, INTERNALS, { value: inner });
  }

  get tree(): Root {
    if (!this.#tree) {
      const { tokens, seg } = internals(this);
      const to = this.#datelineTo;
      this.#tree = buildTree(this.text, tokens, seg, to > 0 ? { from: 0, to } : undefined);
    }
    return this.#tree;
  }

  get file(): VFile {
    this.#file ??= new VFile(this.text);
    return this.#file;
  }
}

function build(text: string, file: VFile | undefined, abbr: Abbreviations, withDateline: boolean): PrecisDocument {
  const lines: number[] = [];
  const tokens = tokenize(text, undefined, lines);
  const found = withDateline ? findDateline(tokens, tokens.length) : undefined;
  const bodyFrom = found ? found.next : 0;
  const seg = segmentTokens(text, tokens, bodyFrom, tokens.length, abbr, lines);
  const last = tokens.length - 1;
  const body: Span =
    bodyFrom <= last
      ? { text: text.slice(tokens.start[bodyFrom]!, tokens.end[last]!), start: tokens.start[bodyFrom]!, end: tokens.end[last]! }
      : { text: '', start: found ? found.end : 0, end: found ? found.end : 0 };
  const doc = new Doc(text, body, file, found ? found.next : 0, { tokens, bodyFrom, seg, memo: new Map() });
  if (found) {
    (doc as { dateline?: Dateline }).dateline = {
      text: text.slice(found.start, found.end),
      start: found.start,
      end: found.end,
      date: found.date,
    };
  }
  return doc;
}

/**
 * Parse a text once: tokens, paragraphs, sentences, dateline and (on first
 * access) its nlcst tree. Pass the result to any other function so the work
 * is shared.
 *
 * @param input - A string, a VFile, or a document (returned as it is).
 * @param options - See {@link ParseOptions}.
 * @returns The document.
 * @throws TypeError when `input` is not a string, VFile or document, or an option has the wrong type.
 * @throws RangeError when an option is unknown.
 *
 * @example
 * ```ts
 * import { parse, segment } from 'precis';
 *
 * const doc = parse('June 16, 2025 — Leaders met. They agreed.');
 * console.log(doc.dateline?.date); // '2025-06-16'
 * console.log(segment(doc).sentences.length); // 2
 * ```
 */
export function parse(input: string | VFile | PrecisDocument, options?: ParseOptions): PrecisDocument {
  return parseStrict('parse', input, options);
}

/** An input read and checked, before it is parsed: see {@link readInput}. */
export interface RawInput {
  text: string;
  file: VFile | undefined;
  abbr: Abbreviations;
  /** Recognise a leading dateline. */
  dateline: boolean;
}

/**
 * Check an input and its parse options as {@link toDocument} does, without
 * parsing: a document comes back as it is, a string or a VFile as its text
 * and parse settings (for the windowed path of long texts).
 */
export function readInput(fn: string, input: unknown, options?: unknown): PrecisDocument | RawInput {
  const raw = checkOptions(fn, options);
  if (isDocument(input)) {
    for (const name of PARSE_OPTIONS) {
      if (raw[name] !== undefined) {
        throw new RangeError(
          `${fn}: options.${name} cannot change a document that is already parsed; pass it to parse() instead`,
        );
      }
    }
    return input;
  }
  const { abbr, dateline } = readParseOptions(fn, raw);
  const { text, file } = textOf(fn, input);
  return { text, file, abbr, dateline };
}

/**
 * Turn any accepted input into a document (the shared entry of every public
 * function). Parse options apply only when the input is not a document yet.
 */
export function toDocument(fn: string, input: unknown, options?: unknown): PrecisDocument {
  const read = readInput(fn, input, options);
  return isDocument(read) ? read : build(read.text, read.file, read.abbr, read.dateline);
}

/**
 * The names of the options a function accepts: its own, then the parse
 * options. Made once per function, when its module loads, for
 * `checkKnownOptions`: `knownOptions('limit')` is `['limit', 'abbreviations',
 * 'dateline']`. (Internal: not exported from the package.)
 */
export function knownOptions(...own: readonly string[]): readonly string[] {
  return [...own, ...PARSE_OPTIONS];
}

/** Check that `options` holds parse options only (rejecting unknown ones), then build the document: `parse` and `segment`. */
export function parseStrict(fn: string, input: unknown, options: unknown): PrecisDocument {
  const read = readInputStrict(fn, input, options);
  return isDocument(read) ? read : build(read.text, read.file, read.abbr, read.dateline);
}

/** {@link readInput} for a function whose only options are the parse options. */
export function readInputStrict(fn: string, input: unknown, options: unknown): PrecisDocument | RawInput {
  checkKnownOptions(fn, checkOptions(fn, options), PARSE_OPTIONS);
  return readInput(fn, input, options);
}
