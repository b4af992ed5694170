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

  it.each([
    ['=HYPERLINK("https://evil.example","Click")', `"'=HYPERLINK(""https://evil.example"",""Click"")"`],
    ['=1+2', "'=1+2"],
    ['+49 30 123', "'+49 30 123"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=cmd|/C calc!A0', "'\t=cmd|/C calc!A0"],
    ['\r=cmd', `"'\r=cmd"`],
    ['Contoso = Fabrikam', 'Contoso = Fabrikam'],
    ['A-1 GmbH', 'A-1 GmbH'],
  ])('a hostile company name %j is written as text a spreadsheet will not run: %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('ends every row with CRLF so spreadsheet apps read the rows apart', () => {
    expect(buildCsv([['a', 'b'], ['c, d', 1]])).toBe('a,b\r\n"c, d",1\r\n');
  });
});
