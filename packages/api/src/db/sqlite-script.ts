/**
 * Statements with their parameters written in as SQL literals, so that several run in one call to
 * SQLite (node-sqlite3's `exec`): one trip to libuv's thread pool for all of them instead of one
 * trip per statement, each of which waits for the event loop on its way back. SQLite's writer is
 * one connection and its statements run one after another, so those waits add up to the writer's
 * pace (see GroupCommit.runScript).
 *
 * A literal says what node-sqlite3 would have bound: text as text, a whole number of 32 bits as an
 * integer and any other number as a real, booleans as 1 and 0, a Date as its milliseconds (a real),
 * a Buffer as a blob, null and undefined as NULL. Text is quoted by doubling its quotes, SQLite's
 * only escape in a string literal, so nothing in a value can end the literal; text with a NUL
 * (which would end the script for SQLite's C API) is written as the hex of its UTF-8 bytes, cast
 * back to text.
 */

/** SQLite's default limit on the length of one SQL text is 1,000,000 bytes; a script stays well below it. */
export const MAX_SCRIPT_LENGTH = 500_000;

/** The SQL literal of a value, as node-sqlite3 would bind it. */
export function sqliteLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'string') {
    if (value.includes('\0')) return `CAST(X'${Buffer.from(value, 'utf8').toString('hex')}' AS TEXT)`;
    return `'${value.replaceAll("'", "''")}'`;
  }
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') return numberLiteral(value);
  if (value instanceof Date) return numberLiteral(value.getTime(), true);
  if (Buffer.isBuffer(value)) return `X'${value.toString('hex')}'`;
  throw new TypeError(`no SQLite literal for a value of type ${typeof value}`);
}

function numberLiteral(value: number, real = false): string {
  if (!Number.isFinite(value)) throw new RangeError(`no SQLite literal for ${value}`);
  // node-sqlite3 binds a number that fits 32 bits as an integer and any other as a double.
  if (!real && (value | 0) === value) return String(value);
  const text = String(value);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

/**
 * The statement with each `?` replaced by the literal of the next parameter. Placeholders are
 * found outside string literals, quoted names and comments only. Numbered (`?1`) and named
 * (`:name`, `@name`, `$name`) parameters are refused: TypeORM writes neither for SQLite, and left
 * in a script they would silently be NULL.
 */
export function withLiterals(sql: string, params: readonly unknown[]): string {
  let out = '';
  let used = 0;
  let from = 0;
  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    const skipTo = quotedEnd(sql, i);
    if (skipTo !== undefined) {
      i = skipTo;
      continue;
    }
    if (c === '?') {
      if (/[0-9]/.test(sql[i + 1] ?? '')) throw new Error(`numbered parameters are not supported: ${sql.slice(i, i + 8)}`);
      if (used >= params.length) throw new Error(`more placeholders than the ${params.length} parameters given`);
      out += sql.slice(from, i) + sqliteLiteral(params[used]);
      used += 1;
      i += 1;
      from = i;
      continue;
    }
    if ((c === ':' || c === '@' || c === '$') && /[A-Za-z_]/.test(sql[i + 1] ?? '')) {
      throw new Error(`named parameters are not supported: ${sql.slice(i, i + 16)}`);
    }
    i += 1;
  }
  if (used !== params.length) throw new Error(`${params.length} parameters given for ${used} placeholders`);
  return out + sql.slice(from);
}

/** Where the string literal, quoted name or comment starting at `i` ends (the index after it), or undefined if none starts there. */
function quotedEnd(sql: string, i: number): number | undefined {
  const c = sql[i];
  if (c === "'" || c === '"' || c === '`') {
    // A doubled quote stays inside: it is the quote character itself.
    for (let j = i + 1; j < sql.length; j += 1) {
      if (sql[j] !== c) continue;
      if (sql[j + 1] === c) j += 1;
      else return j + 1;
    }
    throw new Error(`unterminated ${c} in: ${sql.slice(i, i + 40)}`);
  }
  if (c === '[') return endOf(sql, i, ']');
  if (c === '-' && sql[i + 1] === '-') {
    const end = sql.indexOf('\n', i);
    return end < 0 ? sql.length : end + 1;
  }
  if (c === '/' && sql[i + 1] === '*') return endOf(sql, i + 2, '*/');
  return undefined;
}

function endOf(sql: string, from: number, closing: string): number {
  const end = sql.indexOf(closing, from);
  if (end < 0) throw new Error(`unterminated ${closing === ']' ? '[' : '/*'} in: ${sql.slice(from, from + 40)}`);
  return end + closing.length;
}

/** Statements as one script: run in order, and the first that fails ends it with its error. */
export function script(statements: readonly string[]): string {
  return statements.join(';\n');
}
