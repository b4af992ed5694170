import { describe, expect, it } from 'vitest';
import { timeFromRaw } from '../src/db/hydrate.js';

/** How the time columns were read before the digits' fast path: text made ISO, then Date's parser. */
function parsed(text: string): Date {
  let iso = text;
  if (/^\d{4}-\d\d-\d\d \d\d:\d\d/.test(iso)) iso = iso.replace(' ', 'T');
  if (/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?$/.test(iso)) iso += 'Z';
  return new Date(iso);
}

/** TypeORM's SQLite text of an instant: UTC, a space, milliseconds, no zone. */
const sqliteText = (date: Date) => date.toISOString().replace('T', ' ').replace('Z', '');

describe('timeFromRaw', () => {
  it('reads TypeORM’s SQLite time text as the instant it stores, across years, leap days and milliseconds', () => {
    const instants = [
      Date.UTC(2026, 0, 1, 0, 0, 0, 0),
      Date.UTC(2024, 1, 29, 23, 59, 59, 999),
      Date.UTC(1999, 11, 31, 12, 30, 15, 1),
      Date.UTC(2100, 5, 30, 7, 8, 9, 10),
      ...Array.from({ length: 500 }, (_, i) => Date.UTC(2000, 0, 1) + i * 7_919_113_271),
    ];
    for (const instant of instants) {
      const text = sqliteText(new Date(instant));
      expect(timeFromRaw(text).getTime(), text).toBe(instant);
    }
  });

  it('reads any other text as Date’s parser does, invalid dates included', () => {
    for (const text of [
      '2026-12-07T14:00:00.000Z',
      '2026-12-07 14:00:00',
      '2026-12-07 14:00',
      '2026-12-07',
      '2026-13-01 00:00:00.000',
      '2026-04-31 00:00:00.000',
      '2026-02-30 10:00:00.000',
      '2026-12-07 24:00:00.000',
      '2026-12-07 14:60:00.000',
      '2026-12-0x 14:00:00.000',
      '2026/12/07 14:00:00.000',
      'not a date at all here',
    ]) {
      const expected = parsed(text).getTime();
      const got = timeFromRaw(text).getTime();
      expect(Number.isNaN(got) ? 'invalid' : got, text).toBe(Number.isNaN(expected) ? 'invalid' : expected);
    }
  });

  it('passes PostgreSQL’s Date through as it is', () => {
    const date = new Date('2026-12-07T14:00:00.123Z');
    expect(timeFromRaw(date)).toBe(date);
  });
});
