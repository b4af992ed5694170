import type { DataSource, EntityManager, EntityMetadata, EntityTarget, ObjectLiteral, UpdateQueryBuilder } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import type { DomainEvent } from '../events/domain-events.js';
import type { TenantEntity } from './entities/index.js';
import { insertRows } from './insert-rows.js';
import { MAX_SCRIPT_LENGTH, script, sqliteLiteral, withLiterals } from './sqlite-script.js';

/** Rows for one table. */
export interface Insert<T extends ObjectLiteral = ObjectLiteral> {
  readonly entity: EntityTarget<T>;
  readonly rows: readonly T[];
}

/** A change of one row, found by its id. */
export interface RowUpdate<T extends ObjectLiteral = ObjectLiteral> {
  readonly entity: EntityTarget<T>;
  readonly id: string;
  readonly set: QueryDeepPartialEntity<T>;
}

/**
 * The update that decides a claimed write: it changes the row only while `condition` (SQL on the
 * row's columns with :named parameters) still holds, e.g. "the request is still pending on this link".
 */
export interface Claim<T extends ObjectLiteral = ObjectLiteral> extends RowUpdate<T> {
  readonly condition: string;
  readonly params: ObjectLiteral;
}

/**
 * A rate-limit count that goes into the write's statement (PostgreSQL's table store): the claim is
 * made only while the key stays within its limit, and the count commits either way.
 */
export interface CountedHit {
  /** The upsert as a data-modifying statement, returning `count` and `remaining_ms`. */
  readonly sql: string;
  readonly params: readonly unknown[];
  readonly limit: number;
}

/** A partner's enabled webhook endpoint as the outbox needs it: where a delivery goes, and what it is subscribed to. */
export interface WebhookTarget {
  readonly id: string;
  readonly partnerTenantId: string;
  /** Subscribed event types (wire names), comma-separated, as stored. */
  readonly events: string;
}

/**
 * What the caller of a claimed write has read already and its events' outbox would read again:
 * the enabled webhook endpoints of the partners (every partner the events name, none left out) and
 * the tenants the events name. Read with the claim's other reads, it saves the outbox its own
 * statements (an accept on PostgreSQL: one round trip of four).
 */
export interface OutboxFacts {
  readonly webhookTargets: ReadonlyMap<string, readonly WebhookTarget[]>;
  readonly tenants: ReadonlyMap<string, TenantEntity>;
}

/**
 * A unit of work whose reads are done: one claim decides, and everything else (updates,
 * inserts, and what its domain events write: activity, webhook outbox, the notice to other
 * instances) is written only with it, atomically. Nothing is written when the claim finds the row
 * changed. Database.claimedWrite runs it: one statement on PostgreSQL.
 */
export interface ClaimedWrite {
  readonly claim: Claim;
  readonly updates: readonly RowUpdate[];
  readonly inserts: readonly Insert[];
  readonly events: readonly DomainEvent[];
  readonly hit?: CountedHit | undefined;
  /** What the outbox of `events` need not read again. */
  readonly facts?: OutboxFacts | undefined;
}

/** A NOTIFY a write sends (PostgreSQL delivers it only when the write commits). */
export interface ChannelNotice {
  readonly channel: string;
  readonly payload: string;
}

/** What a claimed write did: whether it claimed, and the rate-limit window when a hit was counted with it. */
export interface ClaimedWriteOutcome {
  readonly claimed: boolean;
  readonly window: { readonly count: number; readonly remainingMs: number } | null;
}

/** A SQL statement with positional parameters ($1, $2, … on PostgreSQL). */
interface Statement {
  readonly sql: string;
  readonly params: unknown[];
}

/** Builds one PostgreSQL statement out of parts, numbering their parameters as they are added. */
class StatementBuilder {
  readonly params: unknown[] = [];

  /** A fragment with its own $1…$n, renumbered after what came before. */
  renumbered(sql: string, params: readonly unknown[]): string {
    const offset = this.params.length;
    this.params.push(...params);
    return sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
  }

  /** A placeholder for a value, cast to the column's type (needed inside SELECT, where PostgreSQL cannot infer it). */
  value(value: unknown, type: string): string {
    this.params.push(value);
    return `$${this.params.length}::${type}`;
  }
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * The claimed write as one PostgreSQL statement (so one round trip and one commit): data-modifying
 * CTEs for the hit, the claim, the updates and the inserts, each gated on the claim's RETURNING;
 * the outer SELECT sends the NOTIFY (also only with the claim) and reports. A unique violation
 * anywhere rolls the whole statement back.
 */
export function claimedWriteStatement(
  dataSource: DataSource,
  plan: ClaimedWrite,
  extraInserts: readonly Insert[],
  notices: readonly ChannelNotice[],
): Statement {
  const b = new StatementBuilder();
  const ctes: string[] = [];
  if (plan.hit) ctes.push(`hit AS (${b.renumbered(plan.hit.sql, plan.hit.params)})`);

  const claimMeta = dataSource.getMetadata(plan.claim.entity);
  const [claimSql, claimParams] = claimUpdate(dataSource, plan.claim).getQueryAndParameters();
  const limited = plan.hit ? ` AND (SELECT count FROM hit) <= ${b.value(plan.hit.limit, 'integer')}` : '';
  ctes.push(`claim AS (${b.renumbered(claimSql, claimParams)}${limited} RETURNING ${quote(claimMeta.tableName)}.id)`);

  plan.updates.forEach((update, i) => {
    const [sql, params] = dataSource
      .createQueryBuilder()
      .update(update.entity)
      .set(update.set)
      .where('id = :updatedId', { updatedId: update.id })
      .getQueryAndParameters();
    ctes.push(`u${i} AS (${b.renumbered(sql, params)} AND EXISTS (SELECT 1 FROM claim))`);
  });

  [...plan.inserts, ...extraInserts]
    .filter((insert) => insert.rows.length > 0)
    .forEach((insert, i) => ctes.push(`i${i} AS (${gatedInsert(dataSource, b, insert)})`));

  const notify = notices.map((n) => `(SELECT count(pg_notify(${b.value(n.channel, 'text')}, ${b.value(n.payload, 'text')})) FROM claim)`);
  const select = [
    '(SELECT count(*) FROM claim)::integer AS claimed',
    ...(plan.hit ? ['(SELECT count FROM hit)::integer AS hit_count', '(SELECT remaining_ms FROM hit)::integer AS hit_remaining_ms'] : []),
    ...notify.map((sql, i) => `${sql} AS notified${i}`),
  ];
  return { sql: `WITH ${ctes.join(',\n')}\nSELECT ${select.join(', ')}`, params: b.params };
}

/** The columns an insert's rows set (the fixtures set every column; a column left undefined takes its default). */
function insertedColumns(meta: EntityMetadata, insert: Insert): ColumnMetadata[] {
  const first = insert.rows[0] ?? {};
  return meta.columns.filter((column) => column.isInsert && column.getEntityValue(first) !== undefined);
}

/** INSERT … SELECT of the rows, each value cast to its column's type, only when the claim returned a row. */
function gatedInsert(dataSource: DataSource, b: StatementBuilder, insert: Insert): string {
  const meta = dataSource.getMetadata(insert.entity);
  const columns = insertedColumns(meta, insert);
  const rows = insert.rows.map((row) => {
    const values = columns.map((column) => {
      // The driver applies the column's transformer too (as for any insert).
      const value = dataSource.driver.preparePersistentValue(column.getEntityValue(row), column);
      return b.value(value, dataSource.driver.normalizeType(column));
    });
    return `(${values.join(', ')})`;
  });
  const names = columns.map((column) => quote(column.databaseName)).join(', ');
  return `INSERT INTO ${quote(meta.tableName)} (${names}) SELECT * FROM (VALUES ${rows.join(', ')}) v WHERE EXISTS (SELECT 1 FROM claim)`;
}

/** The claim's UPDATE: its row, changed only while the condition holds. */
function claimUpdate<T extends ObjectLiteral>(source: DataSource | EntityManager, claim: Claim<T>): UpdateQueryBuilder<T> {
  return source
    .createQueryBuilder()
    .update(claim.entity)
    .set(claim.set)
    .where(`id = :claimedId AND (${claim.condition})`, { ...claim.params, claimedId: claim.id });
}

/** Makes the claim in an open transaction; true when it changed the row. */
export async function claimRow<T extends ObjectLiteral>(em: EntityManager, claim: Claim<T>): Promise<boolean> {
  return (await claimUpdate(em, claim).execute()).affected === 1;
}

/**
 * SQLite's writer: the temporary table whose CHECK stops a claimed write's script when the claim
 * changed no row. It never keeps a row: the guard inserts one only when the claim failed, and
 * that insert fails.
 */
export const SQLITE_CLAIM_GUARD_TABLE = 'CREATE TEMP TABLE IF NOT EXISTS claim_guard (claimed INTEGER NOT NULL, CONSTRAINT claim_lost CHECK (claimed = 1))';

/** Right after the claim: `changes()` is the number of rows the claim's UPDATE changed. */
const CLAIM_GUARD = 'INSERT INTO temp.claim_guard (claimed) SELECT changes() WHERE changes() <> 1';

/**
 * The claimed write as one SQLite script (sqlite-script.ts) for GroupCommit.runScript: the claim,
 * its guard, then the updates and inserts. When the claim finds the row changed, the guard's
 * error (`isClaimLost`) ends the script before anything else is written, and the group commit
 * rolls the unit back. Undefined when the script would be too long for one SQL text.
 *
 * The statements are written from the entities' metadata, each value through the driver's
 * preparePersistentValue (transformers included) as the query builder would: building them with
 * the query builder took about 100 µs of the event loop per answer, more than the rest of it.
 */
export function claimedWriteScript(dataSource: DataSource, plan: ClaimedWrite): string | undefined {
  const { claim } = plan;
  const [condition, conditionParams] = dataSource.driver.escapeQueryWithParameters(claim.condition, claim.params, {});
  const statements = [sqliteUpdate(dataSource, claim, withLiterals(condition, conditionParams)), CLAIM_GUARD];
  for (const update of plan.updates) statements.push(sqliteUpdate(dataSource, update));
  for (const insert of plan.inserts) if (insert.rows.length > 0) statements.push(sqliteInsert(dataSource, insert));
  const text = script(statements);
  return text.length <= MAX_SCRIPT_LENGTH ? text : undefined;
}

/** The value of a column as SQLite stores it, written in. */
function stored(dataSource: DataSource, column: ColumnMetadata, value: unknown): string {
  return sqliteLiteral(dataSource.driver.preparePersistentValue(value, column));
}

/** UPDATE of one row by id (and `condition`, SQL with its values written in), the set values written in. */
function sqliteUpdate(dataSource: DataSource, update: RowUpdate, condition?: string): string {
  const meta = dataSource.getMetadata(update.entity);
  const assignments = Object.entries(update.set).map(([property, value]) => {
    const column = meta.findColumnWithPropertyPath(property);
    if (!column) throw new Error(`${meta.name} has no column ${property}`);
    return `${quote(column.databaseName)} = ${stored(dataSource, column, value)}`;
  });
  const id = meta.findColumnWithPropertyPath('id');
  if (!id) throw new Error(`${meta.name} has no id column`);
  return `UPDATE ${quote(meta.tableName)} SET ${assignments.join(', ')} WHERE ${quote(id.databaseName)} = ${stored(dataSource, id, update.id)}${condition ? ` AND (${condition})` : ''}`;
}

/** INSERT of complete rows (as fixtures.ts builds them), their values written in. */
function sqliteInsert(dataSource: DataSource, insert: Insert): string {
  const meta = dataSource.getMetadata(insert.entity);
  const columns = insertedColumns(meta, insert);
  const rows = insert.rows.map((row) => `(${columns.map((column) => stored(dataSource, column, column.getEntityValue(row))).join(', ')})`);
  return `INSERT INTO ${quote(meta.tableName)} (${columns.map((column) => quote(column.databaseName)).join(', ')}) VALUES ${rows.join(', ')}`;
}

/** Whether a claimed write's script stopped at its guard: the claim found the row changed. */
export function isClaimLost(error: unknown): boolean {
  return error instanceof Error && /CHECK constraint failed: claim_lost/.test(error.message);
}

/**
 * The claimed write statement by statement in an open transaction (SQLite's writer, for a script
 * too long for one SQL text): the claim, then, only if it changed the row, the updates and inserts
 * (without reading back defaults).
 */
export async function claimedWriteIn(em: EntityManager, plan: ClaimedWrite): Promise<boolean> {
  if (!(await claimRow(em, plan.claim))) return false;
  for (const update of plan.updates) await em.update(update.entity, { id: update.id }, update.set);
  for (const insert of plan.inserts) await insertRows(em, insert.entity, insert.rows);
  return true;
}
