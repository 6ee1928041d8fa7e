// `npm run eval dates`: extractDates beside chrono-node.
//   1. chrono-node's own English test suite (casual parser, no options): a case
//      passes when, for every expected result, a mention has the expected text
//      and index and its resolved interval agrees with the expected date
//      components (and the time, where the mention states a clock time:
//      "3 p.m." yes, "this evening" no). The 481 cases that expect a date are
//      the headline; the 86 that expect nothing are reported beside them.
//      Two stated, more lenient judging rules are reported beside the strict
//      one (never instead of it), each a reading of the issue's "a mention has
//      the expected text and index and its interval.start agrees with the
//      expected components":
//        + leading preposition: chrono's span may differ from ours only by one
//          leading preposition ("at 2:30" ⊃ "2:30", "on Tuesday morning"):
//          our span must be chrono's minus that word and a space, and the
//          resolved values must still agree;
//        + own granularity: a mention coarser than a day ("5 months ago", a
//          month; "next week", a week) is judged at its own granularity:
//          chrono's expected day must fall inside our interval (for a month,
//          that is: year and month agree). Ranges are still judged end by end.
//      A case's reference is its instant as a plain wall-clock time in the
//      case's reference zone (`refTimezone`, minutes or a zone name looked up
//      in this harness's own CASE_ZONES, not precis' lexicon), where it gives
//      one: chrono reads "tomorrow" in that zone, and a reference given to
//      precis is a wall-clock time. A year before the common era is expected
//      in chrono's notation (-345 for 345 BC); both systems' answers are
//      judged in ISO's (-0344, year 0 is 1 BC), chrono's own year turned into
//      that form first (isoYear), so the same answer scores the same.
//      Each strict failure is classified (DATES_FAILURES=1 lists them): which
//      leniency would pass it, a duration where chrono expects an instant ("in
//      5 minutes", "within two weeks": durations by the issue's contract), or a
//      coverage gap / wrong value.
//   2. TimeML news (TimeBank, AQUAINT) with TempEval-3 metrics: strict and
//      relaxed span F1, value F1 and type F1 (a relaxed match with an equal
//      attribute), the document creation date as reference. A range is scored
//      as its two parts. Values are compared modulo notation, since the
//      annotators wrote the same value two ways: a week number with or without
//      its leading zero ('2000-W7' = '2000-W07', ISO writes the zero) and a
//      decade or century with or without trailing X ('198X' = '198', '19XX' =
//      '19'); the exact-string value F1 is printed under each table.
// DATES_FAILURES=1 lists every miss, extra, span and value error (DATES_CONTEXT=1 adds the text
// around each);
// DATES_POLICY=past|future|nearest scores another resolution policy.
import * as chrono from 'chrono-node';
import { extractDates } from '../src/dates/index.js';
import { readJsonl, table } from './lib.js';

interface Components {
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  certain?: Record<string, boolean>;
  /** Some cases record only the instant chrono returned (the suite ran with TZ=UTC). */
  instant?: string;
  /** Set here for cases with a `refTimezone`. */
  zoned?: boolean;
}
interface ChronoCase {
  id: string;
  text: string;
  refDate: string | null;
  expected: { text: string | null; index: number | null; start: Components | null; end: Components | null }[];
  parser: string;
  options?: unknown;
  refTimezone?: string | number;
}
interface Timex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}
interface TimeMLDoc {
  id: string;
  dct: string;
  text: string;
  timexes: Timex[];
}
/** A found mention, reduced to what is scored. */
interface Found {
  start: number;
  end: number;
  type: string;
  value: string;
  /** ISO start and end of the interval ('2012-08-10' or '2012-08-10T15:00'). */
  from?: string;
  to?: string;
  text: string;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * The expected components. A case that records only an instant is judged by that instant's UTC
 * fields (the suite ran with TZ=UTC), not waved through; cases with a `refTimezone` are left as
 * recorded, since their instant is in another zone than their components.
 */
function components(want: Components): Components {
  if (want.year !== undefined || !want.instant || want.zoned) return want;
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)/.exec(want.instant);
  if (!m) return want;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour: Number(m[4]), minute: Number(m[5]) };
}

/** Does an ISO day or time agree with the expected components? */
function agrees(iso: string | undefined, expected: Components | null, yearKnown: boolean, clock = true): boolean {
  if (!expected) return true;
  const want = components(expected);
  if (!iso) return false;
  // X fields (no reference date given, nothing stated) are not compared; an ISO year may be signed ('-0344')
  const m = /^(-?\d{4,}|XXXX)-(\d\d|XX)-(\d\d|XX)(?:T(\d\d)(?::(\d\d))?)?/.exec(iso);
  if (!m) return false;
  const same = (got: string, expected: number | undefined) => expected === undefined || got.startsWith('X') || Number(got) === expected;
  // chrono writes 345 BC as -345, ISO as -0344 (its year 0 is 1 BC)
  const year = want.year !== undefined && want.year < 0 ? want.year + 1 : want.year;
  if (yearKnown && !same(m[1]!, year)) return false;
  if (!same(m[2]!, want.month) || !same(m[3]!, want.day)) return false;
  if (clock && m[4] !== undefined && want.hour !== undefined && want.certain?.hour !== false) {
    if (Number(m[4]) !== want.hour) return false;
    if (m[5] !== undefined && want.minute !== undefined && Number(m[5]) !== want.minute) return false;
  }
  return true;
}

function precisFound(text: string, ref: string | undefined): Found[] {
  return extractDates(text, ref ? { referenceDate: ref, dateline: false } : { dateline: false }).map((d) => {
    const f: Found = { start: d.start, end: d.end, type: d.type, value: d.value, text: d.text };
    if (d.interval) {
      f.from = d.interval.start;
      f.to = d.interval.end;
    } else if (/^XXXX-WXX-\d$/.test(d.value)) {
      // a weekday with no reference: no calendar field is known
      f.from = 'XXXX-XX-XX';
      f.to = f.from;
    } else if (/^[\dX]{4}-[\dX]{2}-[\dX]{2}/.test(d.value)) {
      // unresolved (no reference): compare the stated fields
      const [a, b] = d.value.split('/');
      f.from = a;
      f.to = b ?? a;
    }
    return f;
  });
}

/** precis mentions with ranges split into their parts (TimeML annotates the ends). */
function precisParts(text: string, ref: string): Found[] {
  const out: Found[] = [];
  for (const d of extractDates(text, { referenceDate: ref, dateline: false, policy: (process.env.DATES_POLICY as never) ?? 'auto' })) {
    for (const p of d.parts ?? [d]) out.push({ start: p.start, end: p.end, type: p.type, value: p.value, text: p.text });
  }
  return out;
}

/** chrono's year in ISO form: chrono writes 345 BC as -345, ISO as -0344 (ISO's year 0 is 1 BC). */
function isoYear(y: number): string {
  return y < 0 ? `-${pad(-(y + 1), 4)}` : pad(y, 4);
}

function chronoIso(c: chrono.ParsedComponents): string {
  const base = `${isoYear(c.get('year') ?? 0)}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;
  return c.isCertain('hour') ? `${base}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}` : base;
}

function chronoFound(text: string, ref: chrono.ParsingReference | Date | undefined): Found[] {
  return chrono.parse(text, ref).map((r) => {
    const c = r.start;
    const timed = c.isCertain('hour');
    let value = isoYear(c.get('year') ?? 0);
    if (c.isCertain('month') || c.isCertain('day')) value += `-${pad(c.get('month') ?? 1)}`;
    if (c.isCertain('day') || c.isCertain('weekday')) value += `-${pad(c.get('day') ?? 1)}`;
    if (timed) value = `${value.length === 10 ? value : chronoIso(c).slice(0, 10)}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`;
    const f: Found = { start: r.index, end: r.index + r.text.length, type: timed ? 'TIME' : 'DATE', value, text: r.text };
    f.from = chronoIso(c);
    f.to = r.end ? chronoIso(r.end) : f.from;
    return f;
  });
}

/**
 * The zones named by chrono's cases, in minutes east of UTC: the harness's own table, so that the
 * system under test does not decide its own input (precis has a zone lexicon of its own).
 */
const CASE_ZONES: ReadonlyMap<string, number> = new Map([
  ['bst', 60],
  ['cdt', -300],
  ['jst', 540],
  ['pst', -480],
]);

/**
 * The reference of a chrono case as precis takes it: the instant as a plain wall-clock time in the
 * case's reference zone (minutes east of UTC, or a zone name) when it has one, else as recorded (UTC).
 */
function zonedReference(ref: string, zone: string | number | undefined): string {
  if (zone === undefined) return ref;
  let minutes = typeof zone === 'number' ? zone : Number.NaN;
  if (typeof zone === 'string') minutes = CASE_ZONES.get(zone.toLowerCase()) ?? (/^[+-]?\d+$/.test(zone) ? Number(zone) : Number.NaN);
  if (Number.isNaN(minutes)) throw new Error(`chrono case: unknown reference zone ${zone}`);
  return new Date(Date.parse(ref) + minutes * 60_000).toISOString().slice(0, 19);
}

/** How a chrono case is judged (see the header): strictly, or with one or both stated leniencies. */
interface Judge {
  /** Accept our span when chrono's is the same mention with a leading preposition ("at 2:30" ⊃ "2:30"). */
  preposition: boolean;
  /** Judge a mention coarser than a day at its own granularity: chrono's date must fall inside our interval. */
  granularity: boolean;
}
const STRICT: Judge = { preposition: false, granularity: false };

/** Leading prepositions that chrono puts inside its spans and TimeML (and precis) leaves outside. */
const LEADING = new Set(['at', 'on', 'in', 'within', 'for', 'by', 'after', 'before', 'from', 'since', 'until', 'till', 'during']);

/** Is `found` the expected mention: the same text and index, or (leniently) the same after one leading preposition? */
function sameSpan(f: Found, e: ChronoCase['expected'][number], judge: Judge): boolean {
  if ((e.text === null || f.text === e.text) && (e.index === null || f.start === e.index)) return true;
  if (!judge.preposition || e.text === null || e.index === null) return false;
  const m = /^(\p{L}+)\s+/u.exec(e.text);
  if (!m || !LEADING.has(m[1]!.toLowerCase())) return false;
  return e.text.slice(m[0].length) === f.text && e.index + m[0].length === f.start;
}

const isoDay = (c: Components) => `${pad(c.year ?? 0, 4)}-${pad(c.month ?? 1)}-${pad(c.day ?? 1)}`;

/** Does chrono's expected point fall inside our (coarser than a day) interval? */
function inside(f: Found, expected: Components | null): boolean {
  if (!expected) return true;
  const want = components(expected);
  if (!f.from || !f.to || f.from.includes('T') || want.year === undefined || want.month === undefined || want.day === undefined) return false;
  if (f.from === f.to) return false; // a single day: judged by the components
  const day = isoDay(want);
  return f.from <= day && day <= f.to.slice(0, 10);
}

function passes(c: ChronoCase, found: Found[], judge: Judge): boolean {
  if (c.expected.length === 0) return found.length === 0;
  return c.expected.every((e) =>
    found.some((f) => {
      if (!sameSpan(f, e, judge)) return false;
      // the time is judged only where the mention states a clock time ("3 p.m.", not "this evening")
      const clock = /T\d\d/.test(f.value);
      const exact = agrees(f.from, e.start, c.refDate !== null || !f.from?.startsWith('X'), clock) && (!e.end || agrees(f.to, e.end, c.refDate !== null, clock));
      if (exact) return true;
      // a week, month or year: chrono's point (and end) inside our interval
      return judge.granularity && !e.end && inside(f, e.start);
    }),
  );
}

/** Why a case fails strictly: which stated leniency (if any) lets it pass, else what kind of miss it is. */
function classify(c: ChronoCase, found: Found[]): string {
  if (c.expected.length === 0) return 'found where chrono expects nothing';
  const p = passes(c, found, { preposition: true, granularity: false });
  const g = passes(c, found, { preposition: false, granularity: true });
  if (p || g || passes(c, found, { preposition: true, granularity: true })) {
    return p && g ? 'span or granularity' : p ? 'span: leading preposition' : g ? 'granularity: a period, not a point' : 'span and granularity';
  }
  // our mention sits inside chrono's expected span but is a duration (no interval): "in 5 minutes"
  const durationInside = c.expected.some((e) =>
    found.some((f) => f.type === 'duration' && (e.index === null || e.text === null || (f.start >= e.index && f.end <= e.index + e.text.length))),
  );
  if (durationInside) return 'duration where chrono expects an instant';
  return 'coverage gap or wrong value';
}

function chronoSuite(): void {
  const cases = readJsonl<ChronoCase>('dates-chrono-suite.jsonl');
  if (!cases) return;
  const all = cases.filter((c) => c.parser === 'casual' && !c.options);
  for (const c of all) {
    if (!c.refTimezone) continue;
    for (const e of c.expected) for (const x of [e.start, e.end]) if (x) x.zoned = true;
  }
  const score = (used: ChronoCase[], find: (c: ChronoCase) => Found[], judge: Judge, log?: string[], kinds?: Map<string, number>) => {
    let pass = 0;
    for (const c of used) {
      let found: Found[];
      try {
        found = find(c);
      } catch {
        found = [];
      }
      if (passes(c, found, judge)) pass++;
      else {
        const kind = classify(c, found);
        kinds?.set(kind, (kinds.get(kind) ?? 0) + 1);
        log?.push(
          `[${kind}] ${c.id} ${JSON.stringify(c.text.slice(0, 70))} want ${c.expected.map((e) => e.text).join(' | ') || '∅'} got ${found.map((f) => `${f.text}=${f.from ?? f.value}`).join(' | ') || '∅'}`,
        );
      }
    }
    return (100 * pass) / used.length;
  };
  const failures: string[] = [];
  const kinds = new Map<string, number>();
  const positive = all.filter((c) => c.expected.length > 0);
  const negative = all.filter((c) => c.expected.length === 0);
  const ours = (c: ChronoCase) => precisFound(c.text, c.refDate === null ? undefined : zonedReference(c.refDate, c.refTimezone));
  // chrono gets the case's reference zone too, as its test gave it
  const theirs = (c: ChronoCase) =>
    chronoFound(c.text, c.refDate ? (c.refTimezone === undefined ? new Date(c.refDate) : { instant: new Date(c.refDate), timezone: c.refTimezone }) : undefined);
  const span: Judge = { preposition: true, granularity: false };
  const gran: Judge = { preposition: false, granularity: true };
  const both: Judge = { preposition: true, granularity: true };
  console.log(`### chrono-node's English suite (casual parser, no options)\n`);
  table(['system', 'judge', `pass % (${positive.length} cases)`, `nothing found % (${negative.length} cases that expect nothing)`], [
    ['precis', 'strict', score(positive, ours, STRICT, failures, kinds), score(negative, ours, STRICT, failures, kinds)],
    ['precis', '+ leading preposition', score(positive, ours, span), '—'],
    ['precis', '+ own granularity', score(positive, ours, gran), '—'],
    ['precis', '+ both', score(positive, ours, both), '—'],
    ['chrono-node', 'strict', score(positive, theirs, STRICT), score(negative, theirs, STRICT)],
  ]);
  console.log();
  table(
    ['why precis fails a case (strict judge)', 'cases'],
    [...kinds].sort((a, b) => b[1] - a[1]),
  );
  if (process.env.DATES_FAILURES) for (const f of failures) console.log(`  ✗ ${f}`);
  if (process.env.DATES_FAILURES) {
    const theirFailures: string[] = [];
    score(positive, theirs, STRICT, theirFailures);
    for (const f of theirFailures) console.log(`  ✗ chrono-node ${f}`);
  }
  console.log();
}

/** One TIMEX3 value in one notation: ISO's two-digit week, no X after a decade or century. */
function canonicalValue(v: string): string {
  return v.replace(/-W(\d)(?!\d)/, '-W0$1').replace(/^(\d{2,3})X+$/, '$1');
}

interface Scores {
  strict: number;
  relaxed: number;
  value: number;
  /** Value F1 with exact string equality. */
  exactValue: number;
  type: number;
}

const f1 = (tp: number, sys: number, gold: number) => {
  const p = sys ? tp / sys : 0;
  const r = gold ? tp / gold : 0;
  return p + r ? (200 * p * r) / (p + r) : 0;
};

function tempeval(docs: TimeMLDoc[], find: (d: TimeMLDoc) => Found[], log?: string[]): Scores {
  let sys = 0;
  let gold = 0;
  let strict = 0;
  let relaxed = 0;
  let value = 0;
  let exactValue = 0;
  let type = 0;
  for (const doc of docs) {
    const found = find(doc);
    // DATES_CONTEXT=1: each logged line ends with the sentence around the gold span
    const at = (g: { start: number; end: number }) =>
      process.env.DATES_CONTEXT ? `  «${doc.text.slice(Math.max(0, g.start - 90), g.start)}[${doc.text.slice(g.start, g.end)}]${doc.text.slice(g.end, g.end + 60)}»`.replace(/\s+/g, ' ') : '';
    sys += found.length;
    gold += doc.timexes.length;
    const used = new Set<number>();
    for (const g of doc.timexes) {
      let k = found.findIndex((f, i) => !used.has(i) && f.start === g.start && f.end === g.end);
      if (k >= 0) strict++;
      else {
        k = found.findIndex((f, i) => !used.has(i) && f.start < g.end && g.start < f.end);
        if (k >= 0) log?.push(`SPAN ${doc.id} "${g.text}" got "${found[k]!.text}"${at(g)}`);
      }
      if (k < 0) {
        log?.push(`MISS ${doc.id} "${g.text}" ${g.type} ${g.value}${at(g)}`);
        continue;
      }
      used.add(k);
      relaxed++;
      const f = found[k]!;
      if (f.value === g.value) exactValue++;
      if (canonicalValue(f.value) === canonicalValue(g.value)) value++;
      else log?.push(`VALUE ${doc.id} "${g.text}" want ${g.value} got "${f.text}" ${f.value} (dct ${doc.dct})${at(g)}`);
      if (f.type.toUpperCase() === g.type) type++;
    }
    found.forEach((f, i) => {
      if (!used.has(i)) log?.push(`EXTRA ${doc.id} "${f.text}" ${f.value}${at(f)}`);
    });
  }
  return {
    strict: f1(strict, sys, gold),
    relaxed: f1(relaxed, sys, gold),
    value: f1(value, sys, gold),
    exactValue: f1(exactValue, sys, gold),
    type: f1(type, sys, gold),
  };
}

function timeml(): void {
  for (const [name, file] of [
    ['TimeBank', 'dates-timebank.jsonl'],
    ['AQUAINT', 'dates-aquaint.jsonl'],
  ] as const) {
    const docs = readJsonl<TimeMLDoc>(file);
    if (!docs) continue;
    const log: string[] = [];
    const p = tempeval(docs, (d) => precisParts(d.text, d.dct), log);
    const c = tempeval(docs, (d) => chronoFound(d.text, new Date(`${d.dct}T12:00:00Z`)));
    console.log(`### ${name} (${docs.length} documents, ${docs.reduce((n, d) => n + d.timexes.length, 0)} TIMEX3), TempEval-3 F1\n`);
    table(['system', 'strict', 'relaxed', 'value', 'type'], [
      ['precis', p.strict, p.relaxed, p.value, p.type],
      ['chrono-node', c.strict, c.relaxed, c.value, c.type],
    ]);
    console.log(`\nValue F1 with exact strings ('2000-W7' ≠ '2000-W07'): precis ${p.exactValue.toFixed(1)}, chrono-node ${c.exactValue.toFixed(1)}.\nprecis to two decimals: strict ${p.strict.toFixed(2)}, relaxed ${p.relaxed.toFixed(2)}, value ${p.value.toFixed(2)}, type ${p.type.toFixed(2)}.\n`);
    if (process.env.DATES_FAILURES) for (const l of log) console.log(`  ${l}`);
    console.log();
  }
}

/** Run the dates evaluation. */
export async function run(): Promise<void> {
  chronoSuite();
  timeml();
}
