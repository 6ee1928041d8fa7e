import type { VFile } from 'vfile';
import { type DateMention, type DateOptions, extractDates } from './dates/index.js';
import { knownOptions, type ParseOptions, type PrecisDocument, toDocument } from './document.js';
import { checkKnownOptions, checkOptions, rangeError, typeError } from './errors.js';
import { extractKeyphrases, type Keyphrase, type KeyphraseOptions } from './keyphrases/index.js';
import { type Segments, segment } from './segment.js';
import { type Summary, type SummaryOptions, summarize } from './summary/index.js';

/**
 * The largest input {@link analyze} accepts, in UTF-16 code units (16 Mi,
 * about 16 MB of English text). Its working memory grows linearly with the
 * input; past this size it refuses with a `RangeError` instead of risking
 * the process running out of memory. `segment` and `extractDates` have no
 * such limit.
 */
export const MAX_ANALYZE_LENGTH = 16 * 1024 * 1024;

/** Options for {@link analyze}: parse options, and each extractor's options under its own name. */
export interface AnalyzeOptions extends ParseOptions {
  /** Options for {@link extractDates} (e.g. `referenceDate`). */
  dates?: DateOptions;
  /** Options for {@link extractKeyphrases} (e.g. `limit`). */
  keyphrases?: KeyphraseOptions;
  /** Options for {@link summarize} (`sentences`, `ratio` or `words`). */
  summary?: SummaryOptions;
}

/** Everything {@link analyze} finds in one document. */
export interface Analysis {
  /** The parsed document (pass it on to any other function). */
  document: PrecisDocument;
  /** Paragraphs, sentences and words, as {@link segment} returns them. */
  segmentation: Segments;
  /** Dates, as {@link extractDates} returns them. */
  dates: DateMention[];
  /** Keyphrases, as {@link extractKeyphrases} returns them. */
  keyphrases: Keyphrase[];
  /** The summary, as {@link summarize} returns it. */
  summary: Summary;
}

/** analyze's options: its own, then parse's. */
const KNOWN_OPTIONS = knownOptions('dates', 'keyphrases', 'summary');

function checkLength(length: number): void {
  if (length > MAX_ANALYZE_LENGTH) {
    throw rangeError('analyze', 'input', `at most ${MAX_ANALYZE_LENGTH} characters (use segment or extractDates, or split it)`, `${length} characters`);
  }
}

function nested(options: Record<string, unknown>, name: string): Record<string, unknown> | undefined {
  const value = options[name];
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw typeError('analyze', `options.${name}`, 'an object or undefined', value);
  }
  return value as Record<string, unknown>;
}

/**
 * Parse once and run every function on the same document: segmentation,
 * dates, keyphrases and summary. Work the functions share (tokens,
 * sentences, stems) is done once, so this costs less than calling them one
 * by one on a string.
 *
 * @param input - A string, a VFile or a document from `parse`.
 * @param options - Parse options, and `dates`, `keyphrases`, `summary` options.
 * @returns The document and every function's result.
 * @throws TypeError for wrong input or option types.
 * @throws RangeError for unknown or invalid options, and for input longer than {@link MAX_ANALYZE_LENGTH}.
 *
 * @example
 * ```ts
 * import { analyze } from 'precis';
 *
 * const text = 'date 2025-06-16 Leaders meet in Astana on June 17. They will sign a treaty on energy.';
 * const { segmentation, dates, summary } = analyze(text, { summary: { sentences: 1 } });
 * console.log(segmentation.sentences.length); // 2
 * console.log(dates.map((d) => d.value)); // ['2025-06-16', '2025-06-17']
 * console.log(summary.sentences.length); // 1
 * ```
 */
export function analyze(input: string | VFile | PrecisDocument, options?: AnalyzeOptions): Analysis {
  const raw = checkOptions('analyze', options);
  checkKnownOptions('analyze', raw, KNOWN_OPTIONS);
  const dateOptions = nested(raw, 'dates');
  const keyphraseOptions = nested(raw, 'keyphrases');
  const summaryOptions = nested(raw, 'summary');
  // refuse a long string before parsing it, and any other input once its text is known
  if (typeof input === 'string') checkLength(input.length);
  const { dates, keyphrases, summary, ...parseOptions } = raw;
  const document = toDocument('analyze', input, parseOptions);
  checkLength(document.text.length);
  return {
    document,
    segmentation: segment(document),
    dates: extractDates(document, dateOptions as DateOptions | undefined),
    keyphrases: extractKeyphrases(document, keyphraseOptions as KeyphraseOptions | undefined),
    summary: summarize(document, summaryOptions as SummaryOptions | undefined),
  };
}
