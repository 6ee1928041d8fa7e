// The public API: re-exports only.
export type { Span, Sentence } from './types.js';
export { parse } from './document.js';
export type { Dateline, ParseOptions, PrecisDocument } from './document.js';
export { segment } from './segment.js';
export type { SegmentOptions, Segments } from './segment.js';
