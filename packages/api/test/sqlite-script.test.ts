import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sqlite3 from 'sqlite3';
import { sqliteLiteral, withLiterals } from '../src/db/sqlite-script.js';

// SQLite's writer runs a claimed write as one script with its values written in (sqlite-script.ts).
// Each literal must give SQLite what binding the value gives it: the same type and the same value,
// whatever the text holds; and placeholders are replaced only where SQLite would see them.

let db: sqlite3.Database;
beforeAll(async () => {
  db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const opened: sqlite3.Database = new sqlite3.Database(':memory:', (err) => (err ? reject(err) : resolve(opened)));
  });
});
afterAll(() => new Promise<void>((resolve) => db.close(() => resolve())));

type Row = { type: string; value: unknown; hex: string };
const all = (sql: string, params: unknown[] = []) =>
  new Promise<Row[]>((resolve, reject) => db.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows as Row[]))));
const exec = (sql: string) => new Promise<void>((resolve, reject) => db.exec(sql, (err) => (err ? reject(err) : resolve())));

const VALUES: [string, unknown][] = [
  ['plain text', 'Contoso GmbH'],
  ['quotes and a statement end', `It's "x"'); DROP TABLE t; --`],
  ['placeholders and comment marks', '? ?1 :name @x $1 /* */ -- [x]'],
  ['line breaks and tabs', 'a\nb\r\nc\td'],
  ['a NUL inside', 'before\u0000after'],
  ['non-ASCII and astral', 'Müller – 東京 🚀'],
  ['empty text', ''],
  ['a lone surrogate', 'x\ud800y'],
  ['int32', 42],
  ['negative int32', -2147483648],
  ['zero and minus zero', -0],
  ['beyond 32 bits (node-sqlite3 binds a real)', 5_000_000_000],
  ['a fraction', 0.1],
  ['tiny', 1e-300],
  ['huge', 1.7976931348623157e308],
  ['true', true],
  ['false', false],
  ['null', null],
  ['undefined', undefined],
  ['a Date (milliseconds, as a real)', new Date('2026-12-07T12:00:00.123Z')],
  ['a Buffer', Buffer.from([0, 1, 2, 255])],
];

describe('SQL literals give SQLite what binding gives it', () => {
  it.each(VALUES)('%s', async (_, value) => {
    const probe = (expr: string) => `SELECT typeof(${expr}) AS type, ${expr} AS value, hex(${expr}) AS hex`;
    const [bound] = await all(probe('?1'), [value]);
    const [written] = await all(probe(sqliteLiteral(value)));
    expect(written).toEqual(bound);
  });

  it('refuses values it cannot write exactly rather than guessing', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, { a: 1 }, [1], 10n, Symbol('s')]) expect(() => sqliteLiteral(value)).toThrow();
  });
});

describe('placeholders replaced where SQLite sees them', () => {
  it('leaves quoted text, quoted names and comments alone', () => {
    const sql = `UPDATE "t?" SET "a" = ?, [b?] = '?''?', \`c?\` = ? -- ?\nWHERE id = ? /* ? */`;
    expect(withLiterals(sql, [1, "it's", 'x'])).toBe(`UPDATE "t?" SET "a" = 1, [b?] = '?''?', \`c?\` = 'it''s' -- ?\nWHERE id = 'x' /* ? */`);
  });

  it('a value holding placeholders or quotes does not shift the ones after it', async () => {
    await exec(
      script([
        'CREATE TABLE t (a TEXT, b TEXT, c INTEGER)',
        withLiterals('INSERT INTO t (a, b, c) VALUES (?, ?, ?)', [`'?'); DELETE FROM t; --`, '?', 7]),
      ]),
    );
    expect(await all('SELECT a, b, c FROM t')).toEqual([{ a: `'?'); DELETE FROM t; --`, b: '?', c: 7 }]);
  });

  it('refuses a count of parameters that does not match, numbered and named parameters, and unterminated quotes', () => {
    expect(() => withLiterals('SELECT ?, ?', [1])).toThrow(/more placeholders/);
    expect(() => withLiterals('SELECT ?', [1, 2])).toThrow(/2 parameters given for 1/);
    expect(() => withLiterals('SELECT ?1', [1])).toThrow(/numbered/);
    for (const named of ['SELECT :id', 'SELECT @id', 'SELECT $id']) expect(() => withLiterals(named, [])).toThrow(/named/);
    expect(() => withLiterals("SELECT 'open", [])).toThrow(/unterminated/);
    expect(() => withLiterals('SELECT "open', [])).toThrow(/unterminated/);
    expect(() => withLiterals('SELECT 1 /* open', [])).toThrow(/unterminated/);
  });
});

function script(statements: string[]): string {
  return statements.join(';\n');
}
