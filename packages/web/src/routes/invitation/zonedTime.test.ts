import { describe, expect, it } from 'vitest';
import { zonedTime } from './zonedTime.js';

describe('zonedTime', () => {
  it('shows the time zone with the date and time, in both languages', () => {
    expect(zonedTime('de', '2027-01-05T13:00:00Z', 'Europe/Berlin')).toBe('5. Jan. 2027, 14:00 MEZ');
    const en = zonedTime('en', '2027-01-05T13:00:00Z', 'Europe/Berlin');
    expect(en).toMatch(/Jan 5, 2027/);
    expect(en).toMatch(/2:00\sPM/);
    expect(en).toMatch(/GMT\+1|CET/);
  });

  it('follows summer time and other zones', () => {
    expect(zonedTime('de', '2027-07-05T13:00:00Z', 'Europe/Berlin')).toBe('5. Juli 2027, 15:00 MESZ');
    expect(zonedTime('en', '2027-07-05T13:00:00Z', 'America/New_York')).toMatch(/9:00\sAM EDT/);
  });
});
