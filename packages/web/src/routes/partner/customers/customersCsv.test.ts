import { describe, expect, it } from 'vitest';
import { buildCsv, csvField } from './customersCsv.js';

describe('the customer CSV export', () => {
  it.each([
    ['Fabrikam GmbH', 'Fabrikam GmbH'],
    ['Smith, Jones & Co', '"Smith, Jones & Co"'],
    ['The "Best" Company', '"The ""Best"" Company"'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
    [7, '7'],
  ])('writes %j as %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('ends every row with CRLF so spreadsheet apps read the rows apart', () => {
    expect(buildCsv([['a', 'b'], ['c, d', 1]])).toBe('a,b\r\n"c, d",1\r\n');
  });
});
