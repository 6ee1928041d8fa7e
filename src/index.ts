// The public API: re-exports only.
export type { Span, Sentence } from './types.js';
export { parse } from './document.js';
export type { Dateline, ParseOptions, PrecisDocument } from './document.js';
export { segment } from './segment.js';
export type { SegmentOptions, Segments } from './segment.js';
export { extractDates } from './dates/index.js';
export type { DateMention, DateOptions, DatePolicy, Granularity } from './dates/index.js';
export { extractKeyphrases } from './keyphrases/index.js';
export type { Keyphrase, KeyphraseOptions } from './keyphrases/index.js';
export { rankSentences, summarize } from './summary/index.js';
export type { RankedSentence, RankOptions, Summary, SummaryOptions } from './summary/index.js';
export { analyze, MAX_ANALYZE_LENGTH } from './analyze.js';
export type { Analysis, AnalyzeOptions } from './analyze.js';
