// The adapter between the command line and the library: each subcommand names
// the task (the public function, see ../node/tasks.ts), the flags it takes and
// how its result reads on a terminal. The results are read defensively: a field
// a function does not return is left blank rather than crashing the output.
import type { Task } from '../node/tasks.js';
import { count, inContext, offsets, oneLine, type SpanLike, type Style, score, table } from './format.js';

/** A flag that only some subcommands take. */
export type Flag = 'reference-date' | 'policy' | 'limit' | 'sentences' | 'ratio' | 'words';

/** What the flags ask for, checked, before it is shaped into a function's options. */
export interface Settings {
  /** `--no-dateline` gives `false`. */
  dateline?: boolean;
  /** `--reference-date`, an ISO date. */
  referenceDate?: string;
  /** `--policy`: where a weekday or month without a year goes. */
  policy?: string;
  /** `--limit`. */
  limit?: number;
  /** `--sentences`. */
  sentences?: number;
  /** `--ratio`. */
  ratio?: number;
  /** `--words`. */
  words?: number;
}

/** A subcommand. */
export interface Command {
  /** One line for `--help`. */
  summary: string;
  /** The function it calls, for `--help`. */
  calls: string;
  /** The command-specific flags it takes. */
  flags: readonly Flag[];
  /** The options of its function, from the flags. */
  options(settings: Settings): Record<string, unknown>;
  /** Human-readable lines for one document's result. */
  format(result: unknown, text: string, style: Style): string[];
}

interface SentenceLike extends SpanLike {
  index?: number;
  paragraph?: number;
  score?: number;
  rank?: number;
}
interface DateLike extends SpanLike {
  type?: string;
  value?: string;
  mod?: string;
  interval?: { start: string; end: string };
}
interface KeyphraseLike {
  text: string;
  score?: number;
  occurrences?: SpanLike[];
}

const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);
const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
const indent = (lines: string[]) => lines.map((l) => (l === '' ? l : `  ${l}`));

function formatSegments(result: unknown): string[] {
  const sentences = list<SentenceLike>(field(result, 'sentences'));
  const paragraphs = list<SpanLike>(field(result, 'paragraphs'));
  const words = list<SpanLike>(field(result, 'words'));
  const head = `${count(paragraphs.length, 'paragraph')}, ${count(sentences.length, 'sentence')}, ${count(words.length, 'word')}`;
  const rows = sentences.map((s, i) => [
    String((s.index ?? i) + 1),
    s.paragraph === undefined ? '' : String(s.paragraph + 1),
    offsets(s),
    oneLine(s.text),
  ]);
  return [head, ...indent(table(['#', '¶', 'offsets', 'sentence'], rows, [0, 1]))];
}

function formatDates(result: unknown, text: string, style: Style): string[] {
  const dates = list<DateLike>(result);
  if (dates.length === 0) return ['no dates'];
  const rows = dates.map((d) => [
    offsets(d),
    d.type ?? '',
    d.mod ? `${d.value ?? ''} (${d.mod})` : (d.value ?? ''),
    d.interval ? (d.interval.start === d.interval.end ? d.interval.start : `${d.interval.start}/${d.interval.end}`) : '',
    inContext(text, d, style),
  ]);
  return [count(dates.length, 'date'), ...indent(table(['offsets', 'type', 'value', 'interval', 'in context'], rows))];
}

function formatKeyphrases(result: unknown, text: string, style: Style): string[] {
  const phrases = list<KeyphraseLike>(result);
  if (phrases.length === 0) return ['no keyphrases'];
  const rows = phrases.map((k, i) => {
    const occurrences = list<SpanLike>(k.occurrences);
    const first = occurrences[0];
    return [String(i + 1), score(k.score), `${occurrences.length}×`, oneLine(k.text), first ? inContext(text, first, style) : ''];
  });
  return [
    count(phrases.length, 'keyphrase'),
    ...indent(table(['#', 'score', 'seen', 'keyphrase', 'first occurrence'], rows, [0, 1, 2])),
  ];
}

function formatSummary(result: unknown): string[] {
  const sentences = list<SentenceLike>(field(result, 'sentences'));
  if (sentences.length === 0) return ['empty summary'];
  const rows = sentences.map((s) => [
    s.rank === undefined ? '' : String(s.rank),
    score(s.score),
    s.index === undefined ? '' : String(s.index + 1),
    oneLine(s.text),
  ]);
  return [
    `summary: ${count(sentences.length, 'sentence')} in document order`,
    ...indent(table(['rank', 'score', '#', 'sentence'], rows, [0, 1, 2])),
  ];
}

function formatAnalysis(result: unknown, text: string, style: Style): string[] {
  const lines: string[] = [];
  const dateline = field(field(result, 'document'), 'dateline') as (SpanLike & { date?: string }) | undefined;
  if (dateline) lines.push(`dateline: ${oneLine(dateline.text)}${dateline.date ? ` (${dateline.date})` : ''}`);
  const sections: [string, unknown, (r: unknown, t: string, s: Style) => string[]][] = [
    // the sentence table is `precis segment`'s; here the counts are enough
    ['segmentation', field(result, 'segmentation'), (r) => formatSegments(r).slice(0, 1)],
    ['dates', field(result, 'dates'), formatDates],
    ['keyphrases', field(result, 'keyphrases'), formatKeyphrases],
    ['summary', field(result, 'summary'), formatSummary],
  ];
  for (const [, value, format] of sections) {
    if (value === undefined) continue;
    if (lines.length > 0) lines.push('');
    lines.push(...format(value, text, style));
  }
  return lines;
}

/** Copy the named settings that are set. */
function pick(settings: Settings, names: readonly (keyof Settings)[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of names) if (settings[name] !== undefined) out[name] = settings[name];
  return out;
}

const PARSE = ['dateline'] as const;
const DATES = ['referenceDate', 'policy'] as const;
const KEYPHRASES = ['limit'] as const;
const SUMMARY = ['sentences', 'ratio', 'words'] as const;

/** analyze takes parse options flat and each extractor's options under its own name. */
function analyzeOptions(settings: Settings): Record<string, unknown> {
  const out = pick(settings, PARSE);
  const parts: [string, readonly (keyof Settings)[]][] = [
    ['dates', DATES],
    ['keyphrases', KEYPHRASES],
    ['summary', SUMMARY],
  ];
  for (const [name, names] of parts) {
    const options = pick(settings, names);
    if (Object.keys(options).length > 0) out[name] = options;
  }
  return out;
}

/** The subcommands, by name. */
export const COMMANDS: Readonly<Record<Task, Command>> = {
  segment: {
    summary: 'paragraphs, sentences and words, with offsets',
    calls: 'segment',
    flags: [],
    options: (s) => pick(s, PARSE),
    format: formatSegments,
  },
  dates: {
    summary: 'dates, times, durations and sets, with TIMEX3 values',
    calls: 'extractDates',
    flags: ['reference-date', 'policy'],
    options: (s) => pick(s, [...PARSE, ...DATES]),
    format: formatDates,
  },
  keyphrases: {
    summary: 'the phrases an editor would tag, best first, with every occurrence',
    calls: 'extractKeyphrases',
    flags: ['limit'],
    options: (s) => pick(s, [...PARSE, ...KEYPHRASES]),
    format: formatKeyphrases,
  },
  summarize: {
    summary: 'an extractive summary: the key sentences in document order',
    calls: 'summarize',
    flags: ['sentences', 'ratio', 'words'],
    options: (s) => pick(s, [...PARSE, ...SUMMARY]),
    format: formatSummary,
  },
  analyze: {
    summary: 'all of the above in one pass',
    calls: 'analyze',
    flags: ['reference-date', 'policy', 'limit', 'sentences', 'ratio', 'words'],
    options: analyzeOptions,
    format: formatAnalysis,
  },
};
