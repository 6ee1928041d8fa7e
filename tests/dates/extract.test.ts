import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document.js';
import { type DateMention, extractDates } from '../../src/dates/index.js';
import { BACKLOG, BACKLOG_FOUND } from './backlog.js';
import { ANCHORED_ROWS, CLOCK_REF, CLOCK_ROWS, FLOATING, GLUED_ROWS, NEGATIVE, NOT_CLOCKS, POSITIVE, REF, ROWS_AT } from './table.js';

const strip = (m: DateMention) => ({ text: m.text, value: m.value });

describe('extractDates: table', () => {
  for (const [text, ...want] of POSITIVE) {
    it(text, () => {
      const got = extractDates(text, { referenceDate: REF });
      expect(got.map(strip)).toEqual(want.map(([t, v]) => ({ text: t, value: v })));
      want.forEach(([, , extra], k) => {
        if (extra) expect(got[k]).toMatchObject(extra);
      });
      for (const m of got) expect(text.slice(m.start, m.end)).toBe(m.text);
    });
  }
});

describe('extractDates: rows under their own reference', () => {
  for (const [ref, text, ...want] of ROWS_AT) {
    it(`${text} (${ref})`, () => {
      const got = extractDates(text, { referenceDate: ref });
      expect(got.map(strip)).toEqual(want.map(([t, v]) => ({ text: t, value: v })));
      want.forEach(([, , extra], k) => {
        if (extra) expect(got[k]).toMatchObject(extra);
      });
      for (const m of got) expect(text.slice(m.start, m.end)).toBe(m.text);
    });
  }
});

describe('extractDates: a reference with a clock time', () => {
  for (const [text, ...want] of CLOCK_ROWS) {
    it(text, () => {
      const got = extractDates(text, { referenceDate: CLOCK_REF });
      expect(got.map(strip)).toEqual(want.map(([t, v]) => ({ text: t, value: v })));
      want.forEach(([, , extra], k) => {
        if (extra) expect(got[k]).toMatchObject(extra);
      });
    });
  }
});

describe('extractDates: counts and directions glued to their units', () => {
  for (const [text, ...want] of GLUED_ROWS) {
    it(text, () => {
      const got = extractDates(text, { referenceDate: CLOCK_REF });
      expect(got.map(strip)).toEqual(want.map(([t, v]) => ({ text: t, value: v })));
      want.forEach(([, , extra], k) => {
        if (extra) expect(got[k]).toMatchObject(extra);
      });
    });
  }
});

describe('extractDates: durations anchored to the reference get an interval', () => {
  for (const [text, ...want] of ANCHORED_ROWS) {
    it(text, () => {
      const got = extractDates(text, { referenceDate: CLOCK_REF });
      expect(got.map(strip)).toEqual(want.map(([t, v]) => ({ text: t, value: v })));
      want.forEach(([, , extra], k) => {
        if (extra) expect(got[k]).toMatchObject(extra);
      });
    });
  }
  it('keeps X placeholders without a reference: no interval', () => {
    expect(extractDates('Trading resumes in 10 minutes.')[0]).not.toHaveProperty('interval');
  });
});

describe('extractDates: free-floating durations have no interval', () => {
  it.each(FLOATING)('%s', (text, span) => {
    const got = extractDates(text, { referenceDate: CLOCK_REF });
    const m = got.find((d) => d.text === span);
    expect(m?.type).toBe('duration');
    expect(m).not.toHaveProperty('interval');
  });
});

describe('extractDates: a quarter with no tense cue is the nearest one', () => {
  // on 2025-01-20 (Q1) the fourth quarter just ended; the third is as far behind as ahead: this year's
  it.each([
    ['Profits for the fourth quarter: down 18%.', '2024-Q4'],
    ['Profits for the third quarter: down 18%.', '2025-Q3'],
    ['Profits for the fourth quarter will fall.', '2025-Q4'],
  ])('%s', (text, value) => {
    expect(extractDates(text, { referenceDate: '2025-01-20' }).map((m) => m.value)).toEqual([value]);
  });
});

describe('extractDates: a range whose ends would be placed apart', () => {
  // on 2023-04-09 "May" alone is the coming May and "December" alone the last one: in a range they share a year
  it.each([
    ['The fair runs from May to December.', '2023-05/2023-12'],
    ['The fair ran from December to May.', '2022-12/2023-05'],
  ])('%s', (text, value) => {
    expect(extractDates(text, { referenceDate: '2023-04-09' }).map((m) => m.value)).toEqual([value]);
  });
});

describe('extractDates: an overnight range and its parts agree', () => {
  // the second clock before the first is on the next day: in the range's value and interval and in its part
  it.each([
    ['Bars open from 11pm to 2am.', '2025-06-17T02:00'],
    ['A curfew runs between 2200 and 0700.', '2025-06-17T07:00'],
    ['The show airs 23:00 - 01:00.', '2025-06-17T01:00'],
    ['The vigil lasts 10pm - 1am.', '2025-06-17T01:00'],
    ['Talks ran from 1pm to 5pm.', '2025-06-16T17:00'], // in order: the same day
  ])('%s', (text, end) => {
    const [r, ...rest] = extractDates(text, { referenceDate: REF });
    expect(rest).toEqual([]);
    const [a, b] = r!.parts!;
    expect(r!.interval).toEqual({ start: a!.interval!.start, end: b!.interval!.end });
    expect(r!.value).toBe(`${a!.value}/${b!.value}`);
    expect(b!.value).toBe(end);
    expect(b!.interval).toEqual({ start: end, end });
  });
});

describe('extractDates: four digits that are no clock', () => {
  for (const text of NOT_CLOCKS) {
    it(text, () => {
      const got = extractDates(text, { referenceDate: REF });
      expect(got.filter((m) => m.type === 'time' || /T\d/.test(m.value)).map((m) => m.text)).toEqual([]);
    });
  }
});

describe('extractDates: negative', () => {
  for (const text of NEGATIVE) {
    it(text, () => {
      expect(extractDates(text, { referenceDate: REF }).map((m) => m.text)).toEqual([]);
    });
  }
});

describe('extractDates: backlog of false positives (still found)', () => {
  for (const [text, span, why] of BACKLOG_FOUND) {
    it(`${text} (${why})`, () => {
      expect(extractDates(text, { referenceDate: REF }).some((m) => m.text === span)).toBe(true);
    });
  }
});

describe('extractDates: backlog (known failures, still failing)', () => {
  for (const [text, span, value, why] of BACKLOG) {
    it(`${text} (${why})`, () => {
      const got = extractDates(text, { referenceDate: REF });
      expect(got.some((m) => m.text === span && m.value === value)).toBe(false);
    });
  }
});

describe('extractDates: the worked example', () => {
  const text = readFileSync(new URL('../fixtures/summit.txt', import.meta.url), 'utf8');
  const got = extractDates(text);
  const find = (t: string) => got.find((m) => m.text === t);
  it('reports the dateline and resolves against it', () => {
    expect(find('2025-06-16')).toMatchObject({ value: '2025-06-16', type: 'date', granularity: 'day' });
  });
  it('finds the durations and vague periods', () => {
    expect(find('millennia')).toMatchObject({ type: 'duration', value: 'PXML' });
    expect(find('three decades')).toMatchObject({ type: 'duration', value: 'P30Y' });
    expect(find('the years')).toMatchObject({ type: 'duration', value: 'PXY' });
  });
  it('finds the range with its parts', () => {
    const r = find('June 16-18')!;
    expect(r.interval).toEqual({ start: '2025-06-16', end: '2025-06-18' });
    expect(r.inferred).toEqual(['year']);
    expect(r.parts!.map((p) => [p.text, p.value])).toEqual([
      ['June 16', '2025-06-16'],
      ['18', '2025-06-18'],
    ]);
  });
  it('finds the year', () => {
    expect(find('2013')).toMatchObject({ value: '2013', interval: { start: '2013-01-01', end: '2013-12-31' } });
  });
  it('finds nothing in ordinals and counted nouns', () => {
    for (const m of got) expect(m.text).not.toMatch(/second|three forces|five countries|first countries/);
    expect(got.map((m) => m.text)).toEqual(['2025-06-16', 'millennia', 'three decades', 'June 16-18', 'the years', '2013']);
  });
});

describe('extractDates: reference date and tense policy', () => {
  it('keeps X placeholders and no interval without a reference', () => {
    const [m] = extractDates('The minister resigned yesterday.');
    expect(m).toMatchObject({ value: 'XXXX-XX-XX' });
    expect(m!.interval).toBeUndefined();
    const [j] = extractDates('They met on June 16.');
    expect(j).toMatchObject({ value: 'XXXX-06-16', inferred: ['year'] });
  });
  it('uses the dateline as reference, and options.referenceDate over it', () => {
    const text = 'date 2025-06-16 The minister resigned yesterday.';
    expect(extractDates(text).at(-1)!.value).toBe('2025-06-15');
    expect(extractDates(text, { referenceDate: '2020-01-02' }).at(-1)!.value).toBe('2020-01-01');
    expect(extractDates(text, { referenceDate: new Date(2020, 0, 2) }).at(-1)!.value).toBe('2020-01-01');
  });
  it('places a bare weekday by tense, both ways, and by the policy option', () => {
    expect(extractDates('The talks ended Friday.', { referenceDate: REF })[0]!.value).toBe('2025-06-13');
    expect(extractDates('The talks will end Friday.', { referenceDate: REF })[0]!.value).toBe('2025-06-20');
    expect(extractDates('The talks will end Friday.', { referenceDate: REF, policy: 'past' })[0]!.value).toBe('2025-06-13');
    expect(extractDates('The talks ended Friday.', { referenceDate: REF, policy: 'future' })[0]!.value).toBe('2025-06-20');
  });
  it('reads a deadline as ahead and "since" as behind', () => {
    expect(extractDates('He said he could leave as soon as Tuesday.', { referenceDate: REF })[0]!.value).toBe('2025-06-17');
    expect(extractDates('Prices have risen since Friday.', { referenceDate: REF, policy: 'auto' })[0]!.value).toBe('2025-06-13');
  });
  it('places a month without a year by tense, both ways', () => {
    expect(extractDates('Prices rose in September.', { referenceDate: REF })[0]!.value).toBe('2024-09');
    expect(extractDates('Prices will rise in September.', { referenceDate: REF })[0]!.value).toBe('2025-09');
    expect(extractDates('Prices rose in March.', { referenceDate: REF, policy: 'future' })[0]!.value).toBe('2026-03');
  });
  it('returns "next month" as the whole month', () => {
    const [m] = extractDates('Rates will rise next month.', { referenceDate: '2025-06-16' });
    expect(m).toMatchObject({ value: '2025-07', granularity: 'month', interval: { start: '2025-07-01', end: '2025-07-31' } });
  });
  it('keeps explicit zones in the value and gives dates no zone', () => {
    expect(extractDates('At 5pm EST.', { referenceDate: REF })[0]!.value).toBe('2025-06-16T17:00-05:00');
    expect(extractDates('On June 16.', { referenceDate: REF })[0]!.value).toBe('2025-06-16');
  });
  it('accepts a document made by parse and caches per document', () => {
    const doc = parse('date 2025-06-16 Talks ended last week.');
    const a = extractDates(doc);
    const b = extractDates(doc);
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
    a[0]!.inferred.push('x');
    expect(extractDates(doc)[0]!.inferred).toEqual([]);
  });
});

describe('extractDates: arguments', () => {
  it('rejects wrong types with a TypeError naming the function and option', () => {
    expect(() => extractDates(42 as never)).toThrow(TypeError);
    expect(() => extractDates('x', 'y' as never)).toThrow(/extractDates: options/);
    expect(() => extractDates('x', { referenceDate: 5 as never })).toThrow(/extractDates: options.referenceDate must be a Date or an ISO date string, got 5/);
    expect(() => extractDates('x', { policy: 1 as never })).toThrow(TypeError);
  });
  it('rejects bad values with a RangeError', () => {
    expect(() => extractDates('x', { referenceDate: 'yesterday' })).toThrow(RangeError);
    expect(() => extractDates('x', { referenceDate: new Date(Number.NaN) })).toThrow(RangeError);
    expect(() => extractDates('x', { policy: 'sometimes' as never })).toThrow(/options.policy must be one of "auto", "past", "future", "nearest", got "sometimes"/);
    expect(() => extractDates('x', { nope: 1 } as never)).toThrow(/unknown option "nope"/);
    expect(() => extractDates(parse('x'), { dateline: false })).toThrow(RangeError);
  });
});

const check = (text: string, ms: DateMention[]) => {
  let last = 0;
  for (const m of ms) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.start).toBeGreaterThanOrEqual(last);
    expect(m.end).toBeGreaterThan(m.start);
    last = m.end;
    if (m.interval) expect(m.interval.start <= m.interval.end).toBe(true);
    for (const p of m.parts ?? []) expect(text.slice(p.start, p.end)).toBe(p.text);
  }
};

describe('extractDates: properties', () => {
  const pieces = ['June', 'May', 'December', ' ', '16', '2', '-', '18', ',', '2025', '2019', 'the', 'last', 'week', 'Friday', '3', 'p.m.', ':', '30', '\n', '\r\n', '\u0000', '\ud800', '😀', 'שלום', 'early', 'mid', 'years', 'ago', '1990s', "'", '/', '.', 'from', 'to', 'between', 'and', 'Q3', 'of', 'half', 'an', 'hour', 'UTC', '+', 'tonight', 'at', 'after', 'yesterday'];
  it('never throws, keeps offsets, never overlaps', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.string(), (parts, noise) => {
        const text = parts.join('') + noise;
        check(text, extractDates(text, { referenceDate: REF }));
        check(text, extractDates(text));
      }),
      { numRuns: 300 },
    );
  });
  it('gives anchored durations and sums ISO bounds in order', () => {
    const leads = ['in ', 'within ', 'after ', 'the past ', 'the next ', 'for ', 'in around ', ''];
    const units = ['minutes', 'hours', 'days', 'weeks', 'months', 'quarters', 'years', 'decades', 'seconds'];
    fc.assert(
      fc.property(fc.constantFrom(...leads), fc.integer({ min: 1, max: 5000 }), fc.constantFrom(...units), fc.option(fc.constantFrom('', ' and 30 seconds', ', 5 minutes')), (lead, n, unit, more) => {
        const text = `Prices move ${lead}${n} ${unit}${more ?? ''}.`;
        for (const ref of [CLOCK_REF, REF]) {
          const got = extractDates(text, { referenceDate: ref });
          check(text, got);
          for (const m of got) {
            if (!m.interval) continue;
            expect(m.interval.start).toMatch(/^\d{4}-\d\d-\d\d(T\d\d:\d\d)?$/);
            expect(m.interval.end).toMatch(/^\d{4}-\d\d-\d\d(T\d\d:\d\d)?$/);
            expect(m.interval.start <= m.interval.end).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
  it('handles edge inputs', () => {
    for (const text of ['', ' ', '\r\n\r\n', '\u0000June 16', '\udc00 2013', '1-1-1-1-1-1-1-1', '-'.repeat(1000), 'June '.repeat(500), '9'.repeat(5000), 'x'.repeat(100_000)]) {
      check(text, extractDates(text, { referenceDate: REF }));
    }
  });
});
