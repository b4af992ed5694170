import type { DeepPartial, EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';

/** How a raw value of a column becomes the entity's: the column types our entities use. */
type Kind = 'time' | 'boolean' | 'number' | 'as-is';

type Column = EntityMetadata['columns'][number];

interface Field {
  readonly column: string;
  readonly property: string;
  readonly kind: Kind;
  /** The column's transformers' `from`, in TypeORM's order (the last declared runs first). */
  readonly from: (value: unknown) => unknown;
}

/** The column's kind; a type this mapping does not know fails loudly rather than loading wrong values. */
function kindOf(column: Column): Kind {
  const { type } = column;
  if (type === Date || type === 'datetime' || (typeof type === 'string' && type.startsWith('timestamp'))) return 'time';
  if (type === Boolean || type === 'boolean') return 'boolean';
  if (type === Number || type === 'integer' || type === 'int') return 'number';
  if (type === String || type === 'text' || type === 'varchar' || type === 'character varying') return 'as-is';
  throw new Error(`hydrate cannot map ${column.entityMetadata.name}.${column.propertyName}: column type ${String(type)}`);
}

/** Each entity's columns, read once from its public metadata. */
const fieldsByEntity = new WeakMap<EntityMetadata, readonly Field[]>();

function fieldsOf(metadata: EntityMetadata): readonly Field[] {
  let fields = fieldsByEntity.get(metadata);
  if (!fields) {
    fields = metadata.columns.map((c) => ({ column: c.databaseName, property: c.propertyName, kind: kindOf(c), from: transformFrom(c) }));
    fieldsByEntity.set(metadata, fields);
  }
  return fields;
}

/** What the column's transformers make of a value read (as TypeORM applies them: last declared first). */
function transformFrom(column: Column): (value: unknown) => unknown {
  const { transformer } = column;
  if (!transformer) return (value) => value;
  const chain = Array.isArray(transformer) ? [...transformer].reverse() : [transformer];
  return (value) => chain.reduce((current: unknown, t) => t.from(current) as unknown, value);
}

/** Positions of the digits in TypeORM's SQLite time text, `YYYY-MM-DD HH:MM:SS.mmm`. */
const TIME_TEXT_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22];

/**
 * The number written by `count` digits of `text` from `at`. At module level, as the other helpers
 * of the hot read paths: the bundle (esbuild's keepNames) names every function it creates, so a
 * closure made per call costs a property definition per call.
 */
function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let k = at; k < at + count; k += 1) value = value * 10 + text.charCodeAt(k) - 48;
  return value;
}

/**
 * The instant of TypeORM's SQLite time text (UTC), from its digits: a page reads about 50 of them,
 * and this takes 0.16 µs each where building an ISO string for Date's parser took 0.86 µs.
 * Undefined for any other text, and for fields out of range (Date.UTC would roll them over).
 */
function sqliteTime(text: string): Date | undefined {
  if (text.length !== 23 || text[4] !== '-' || text[7] !== '-' || text[10] !== ' ' || text[13] !== ':' || text[16] !== ':' || text[19] !== '.') return undefined;
  for (const i of TIME_TEXT_DIGITS) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
  }
  const [month, day, hour, minute, second] = [digitsAt(text, 5, 2), digitsAt(text, 8, 2), digitsAt(text, 11, 2), digitsAt(text, 14, 2), digitsAt(text, 17, 2)];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return undefined;
  const date = new Date(Date.UTC(digitsAt(text, 0, 4), month - 1, day, hour, minute, second, digitsAt(text, 20, 3)));
  // A day past the month's end (31 April) rolled over: left to Date's parser, like any other text.
  return date.getUTCDate() === day ? date : undefined;
}

/** A time column's raw value: SQLite returns TypeORM's UTC text (space, no zone), PostgreSQL a Date. */
export function timeFromRaw(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'string') {
    const fast = sqliteTime(value);
    if (fast) return fast;
  }
  let text = String(value);
  if (/^\d{4}-\d\d-\d\d \d\d:\d\d/.test(text)) text = text.replace(' ', 'T');
  if (/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?$/.test(text)) text += 'Z';
  return new Date(text);
}

function fromRaw(value: unknown, kind: Kind): unknown {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'time':
      return timeFromRaw(value);
    case 'boolean':
      return Boolean(value); // SQLite: 0 or 1
    case 'number':
      return typeof value === 'number' ? value : Number(value);
    case 'as-is':
      return value;
  }
}

/**
 * Builds an entity from the columns of a raw row that carry `prefix` (`<prefix><column name>`),
 * converting each value as the engine returns it (dates from SQLite text, SQLite's 0/1
 * booleans, numbers). Returns null when the row's primary key column is null (the missing side
 * of a LEFT JOIN). Lets one hand-written statement fill several entities without TypeORM's
 * per-query join machinery.
 */
export function hydrate<T extends ObjectLiteral>(
  em: EntityManager,
  target: EntityTarget<T>,
  raw: Record<string, unknown>,
  prefix: string,
): T | null {
  const metadata = em.connection.getMetadata(target);
  const primary = metadata.primaryColumns[0];
  const key = primary ? raw[`${prefix}${primary.databaseName}`] : null;
  if (key === null || key === undefined) return null;
  const values: Record<string, unknown> = {};
  for (const field of fieldsOf(metadata)) values[field.property] = field.from(fromRaw(raw[`${prefix}${field.column}`], field.kind));
  return em.create(target, values as DeepPartial<T>);
}

/** `alias.column AS "<prefix>column"` for every column of the entity, for use with `hydrate`. */
export function selectColumns(em: EntityManager, target: EntityTarget<ObjectLiteral>, alias: string, prefix: string): string {
  return em.connection
    .getMetadata(target)
    .columns.map((column) => `${alias}.${column.databaseName} AS "${prefix}${column.databaseName}"`)
    .join(', ');
}
