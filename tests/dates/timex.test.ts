// The calendar arithmetic (integer, Hinnant's civil-day formulas) against what `Date` says, and
// against days known from calendars.
import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, isoWeek, weekday } from '../../src/dates/timex.js';

/** What `Date` makes of a day, its parts carried over as `setUTCFullYear` carries them. */
function viaDate(y: number, m: number, d: number): { days: number; ymd: { y: number; m: number; d: number }; weekday: number } {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return {
    days: Math.round(t.getTime() / 86_400_000),
    ymd: { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() },
    weekday: ((t.getUTCDay() + 6) % 7) + 1,
  };
}

/** The ISO week of a day by `Date`: the week's Thursday holds its year, and counts its weeks from that year's first day. */
function isoWeekViaDate(y: number, m: number, d: number): [number, number] {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  t.setUTCDate(t.getUTCDate() + 3 - ((t.getUTCDay() + 6) % 7));
  const jan1 = new Date(0);
  jan1.setUTCFullYear(t.getUTCFullYear(), 0, 1);
  return [t.getUTCFullYear(), Math.floor(Math.round((t.getTime() - jan1.getTime()) / 86_400_000) / 7) + 1];
}

describe('calendar arithmetic', () => {
  it('knows these days', () => {
    const table: [{ y: number; m: number; d: number }, number, number, [number, number]][] = [
      // day, days since 1970-01-01, ISO weekday, ISO week
      [{ y: 1970, m: 1, d: 1 }, 0, 4, [1970, 1]],
      [{ y: 2025, m: 6, d: 16 }, 20255, 1, [2025, 25]],
      [{ y: 2000, m: 2, d: 29 }, 11016, 2, [2000, 9]],
      [{ y: 2020, m: 12, d: 31 }, 18627, 4, [2020, 53]],
      [{ y: 2021, m: 1, d: 3 }, 18630, 7, [2020, 53]],
      [{ y: 2024, m: 12, d: 30 }, 20087, 1, [2025, 1]],
      [{ y: 1900, m: 3, d: 1 }, -25508, 4, [1900, 9]],
      [{ y: 1, m: 1, d: 1 }, -719162, 1, [1, 1]],
    ];
    for (const [day, days, wd, week] of table) {
      expect(dayNumber(day), JSON.stringify(day)).toBe(days);
      expect(weekday(day), JSON.stringify(day)).toBe(wd);
      expect(isoWeek(day), JSON.stringify(day)).toEqual(week);
      expect(addDays({ y: 1970, m: 1, d: 1 }, days)).toEqual(day);
    }
  });

  it('carries months and days over as Date does, and agrees with it on a grid of days', () => {
    for (const y of [-401, -1, 0, 1, 99, 100, 1600, 1899, 1900, 1970, 2000, 2023, 2024, 2100, 9999]) {
      for (let m = -13; m <= 26; m++) {
        for (const d of [-400, -31, -1, 0, 1, 15, 28, 29, 30, 31, 32, 366, 1000]) {
          const want = viaDate(y, m, d);
          const day = { y, m, d };
          expect(dayNumber(day), JSON.stringify(day)).toBe(want.days);
          expect(weekday(day), JSON.stringify(day)).toBe(want.weekday);
          expect(addDays({ y, m, d: 1 }, d - 1), JSON.stringify(day)).toEqual(want.ymd);
          expect(isoWeek(day), JSON.stringify(day)).toEqual(isoWeekViaDate(y, m, d));
        }
      }
    }
  });

  it('gives every day from 1999 to 2031 the ISO week Date gives it (the turns of the years included)', () => {
    for (let k = 0; k < 33 * 366; k++) {
      const day = addDays({ y: 1999, m: 1, d: 1 }, k);
      expect(isoWeek(day), JSON.stringify(day)).toEqual(isoWeekViaDate(day.y, day.m, day.d));
    }
    expect(isoWeek({ y: 2026, m: 12, d: 31 })).toEqual([2026, 53]);
    expect(isoWeek({ y: 2027, m: 1, d: 3 })).toEqual([2026, 53]);
    expect(isoWeek({ y: 2027, m: 1, d: 4 })).toEqual([2027, 1]);
  });

  it('goes through Date beyond the integer range (NaN, fractions, huge years)', () => {
    expect(dayNumber({ y: Number.NaN, m: 1, d: 1 })).toBeNaN();
    expect(addDays({ y: 1e9, m: 1, d: 1 }, 1).y).toBeNaN();
    expect(dayNumber({ y: 2000, m: 1.5, d: 2 })).toBe(viaDate(2000, 1.5, 2).days);
    expect(weekday({ y: 275_000, m: 1, d: 1 })).toBe(viaDate(275_000, 1, 1).weekday);
    expect(isoWeek({ y: Number.NaN, m: 1, d: 1 })).toEqual([Number.NaN, Number.NaN]);
  });
});
