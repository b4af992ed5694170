import { adminRelationshipAt, DomainError, LIMITS } from '@partnerlink/shared';
import type { EntityManager } from 'typeorm';
import { RelationshipEntity, RelationshipRequestEntity } from '../../db/entities/index.js';
import { hydrate, selectColumns } from '../../db/hydrate.js';
import type { UnitOfWork } from '../../events/unit-of-work.js';
import type { Database } from '../../db/database.js';
import { queryNamed } from '../../db/named-query.js';
import { persistExpiry } from './request-expiry.js';

/**
 * The names a partner's admin access is known by are unique among its ACTIVE admin relationships
 * and its PENDING requests, as they are at `now`: a relationship whose end has come and a request
 * whose link has expired free their names. Overdue requests holding a wanted name are written down
 * as expired first, in the caller's transaction, because the unique index ux_request_admin_name
 * sees the stored status.
 */
export async function namesInUse(tx: UnitOfWork, partnerTenantId: string, names: readonly string[], now: Date): Promise<Set<string>> {
  // `IN ()` is no SQL: no names, none in use.
  if (names.length === 0) return new Set();
  return namesHeld(tx, partnerTenantId, { clause: 'IN (:...names)', params: { names } }, now);
}

async function namesHeld(tx: UnitOfWork, partnerTenantId: string, match: { clause: string; params: Record<string, unknown> }, now: Date): Promise<Set<string>> {
  const { em } = tx;
  // One after the other: a transaction is one connection (PostgreSQL's client does not run two queries at once).
  const requests = await em
    .createQueryBuilder(RelationshipRequestEntity, 'r')
    .where(`r.partnerTenantId = :partnerTenantId AND r.status = 'PENDING' AND r.adminDisplayName ${match.clause}`, { partnerTenantId, ...match.params })
    .getMany();
  const [sql, parameters] = heldNamesStatement(em, partnerTenantId, match);
  const relationships = ((await em.query(sql, parameters)) as Record<string, unknown>[]).flatMap((raw) => hydrate(em, RelationshipEntity, raw, 'r_') ?? []);
  const taken = new Set<string>();
  for (const request of requests) {
    await persistExpiry(tx, request, now);
    if (request.status === 'PENDING' && request.adminDisplayName) taken.add(request.adminDisplayName);
  }
  for (const relationship of relationships) {
    if (adminRelationshipAt(relationship, now).status === 'ACTIVE' && relationship.displayName) taken.add(relationship.displayName);
  }
  return taken;
}

/**
 * The statement reading the partner's ACTIVE admin relationships holding any of the names. On
 * SQLite it names its index: without statistics SQLite took the partner's (partner, status, ...)
 * indexes over ix_relationship_admin_name for a list of names, and read all of a large partner's
 * active relationships (100,000 in the benchmark) for every default name looked up: 400 ms per
 * request for admin access, one at a time on the writer (10 requests/s at 32 connections).
 */
export function heldNamesStatement(em: EntityManager, partnerTenantId: string, match: { clause: string; params: Record<string, unknown> }): [string, unknown[]] {
  const statement = em
    .createQueryBuilder()
    .select(selectColumns(em, RelationshipEntity, 'r', 'r_'))
    .from(RelationshipEntity, 'r')
    .where(`r.partner_tenant_id = :partnerTenantId AND r.status = 'ACTIVE' AND r.display_name ${match.clause}`, { partnerTenantId, ...match.params });
  const [sql, parameters] = statement.getQueryAndParameters();
  if (em.connection.options.type !== 'sqlite') return [sql, parameters];
  const from = 'FROM "relationship" "r"';
  if (!sql.includes(from)) throw new Error(`unexpected statement for admin display names: ${sql}`);
  return [sql.replace(from, `${from} INDEXED BY ix_relationship_admin_name`), parameters];
}

/** The partner's own name for the admin access: refused (BAD_USER_INPUT) when it is in use. */
export async function assertDisplayNameFree(tx: UnitOfWork, partnerTenantId: string, name: string, field: string, now: Date): Promise<string> {
  if ((await namesInUse(tx, partnerTenantId, [name], now)).has(name)) {
    throw new DomainError('BAD_USER_INPUT', { reason: 'ADMIN_DISPLAY_NAME_TAKEN', params: { name } }, field);
  }
  return name;
}

const MAX = LIMITS.adminDisplayName.max;

/**
 * The n-th name tried for an admin access named after `base`: with the day (` 2026-12-06`) when
 * `day` is given, then ` (2)`, ` (3)`… for n > 1; `base` is shortened to keep within 50 characters.
 */
export function displayNameCandidate(base: string, n: number, day: Date | null): string {
  const suffix = `${day ? ` ${day.toISOString().slice(0, 10)}` : ''}${n > 1 ? ` (${n})` : ''}`;
  return `${base.trim().slice(0, MAX - suffix.length).trimEnd()}${suffix}`;
}

/**
 * Moves the partner's counters for the names numbered after each of `firsts` on by its count and
 * returns their new last numbers: the caller has the numbers after the old ones. The upsert holds
 * a counter's row until the commit, so two requests for the same company on the same day get
 * different numbers (the second waits for the first's commit); requests for other companies do
 * not wait at all.
 */
async function advanceCounters(tx: UnitOfWork, partnerTenantId: string, firsts: ReadonlyMap<string, number>, day: string): Promise<Map<string, number>> {
  const last = new Map<string, number>();
  const entries = [...firsts];
  for (let i = 0; i < entries.length; i += CHUNK / 4) {
    for (const [name, n] of await advance(tx.em, partnerTenantId, entries.slice(i, i + CHUNK / 4), day)) last.set(name, n);
  }
  return last;
}

/** One upsert of counters (at most CHUNK / 4, for SQLite's limit on parameters) and their new last numbers. */
async function advance(em: EntityManager, partnerTenantId: string, counts: readonly (readonly [string, number])[], day: string): Promise<[string, number][]> {
  const params: Record<string, unknown> = { partnerTenantId, day, names: counts.map(([first]) => first) };
  const values = counts.map(([first, count], k) => {
    params[`first${k}`] = first;
    params[`count${k}`] = count;
    return `(:partnerTenantId, :first${k}, :day, :count${k})`;
  });
  // SQLite's driver returns no rows for an INSERT (TypeORM runs it without reading): it reads them after.
  const postgres = em.connection.options.type === 'postgres';
  const upsert = `INSERT INTO admin_name_counter (partner_tenant_id, name, day, last_number) VALUES ${values.join(', ')}
     ON CONFLICT (partner_tenant_id, name) DO UPDATE SET last_number = admin_name_counter.last_number + excluded.last_number`;
  let rows = await queryNamed<{ name: string; last_number: number | string }>(em, postgres ? `${upsert} RETURNING name, last_number` : upsert, params);
  if (!postgres) rows = await queryNamed(em, 'SELECT name, last_number FROM admin_name_counter WHERE partner_tenant_id = :partnerTenantId AND name IN (:...names)', params);
  return rows.map((row) => [row.name, Number(row.last_number)]);
}

/** A number of a default name taken ahead of the request's transaction (`reserveDefaultNumber`). */
export interface ReservedNumber {
  /** The name numbered 1 it counts after. */
  readonly first: string;
  readonly n: number;
}

/**
 * PostgreSQL: takes the next number for a default name of `base` in a statement committed on its
 * own, before the request's transaction. Links any customer may answer all share one name a day
 * ("Admin access 2026-12-06"): taken inside the transaction, the counter's row stayed locked until
 * the commit, and a partner's links asked for at the same moment waited for each other, one commit
 * after the other (p99 about a second in the benchmark). A number taken ahead and not used (the
 * request failed, or its name turned out to be taken) is skipped.
 */
export async function reserveDefaultNumber(db: Database, partnerTenantId: string, base: string, now: Date): Promise<ReservedNumber> {
  const first = displayNameCandidate(base, 1, now);
  const [counted] = await db.autocommit((em) => advance(em, partnerTenantId, [[first, 1]], now.toISOString().slice(0, 10)));
  if (!counted) throw new Error(`admin name counter ${first} missing after its upsert`);
  return { first, n: counted[1] };
}

/** The names of `names` in use, looked up CHUNK at a time. */
async function takenAmong(tx: UnitOfWork, partnerTenantId: string, names: readonly string[], now: Date): Promise<Set<string>> {
  const taken = new Set<string>();
  for (let i = 0; i < names.length; i += CHUNK) for (const name of await namesInUse(tx, partnerTenantId, names.slice(i, i + CHUNK), now)) taken.add(name);
  return taken;
}

const CHUNK = 500;
const numbersFrom = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

/** The names a counter gives, and how many it still owes. */
interface Drawn {
  readonly base: string;
  readonly names: string[];
  need: number;
  /** The next number to try past the counter, and the highest given. */
  from: number;
  highest: number;
}

/**
 * Default names for admin access, `count` per base (a company name, or "Admin access" for links
 * any customer may answer): the base and the day of `now`, then " (2)", " (3)"… in the order they
 * are asked for that day, each at most 50 characters with the base shortened to make room; all
 * different. The numbers come from the partner's counter per name numbered 1 (admin_name_counter),
 * one upsert for all of a batch's bases. A number can be taken all the same, by a name given before
 * the counter existed (a database upgraded that day) or chosen by the partner: then the first free
 * numbers after the counter's are used, looked up in growing rounds, and the counter moves past them.
 */
export async function defaultDisplayNames(tx: UnitOfWork, partnerTenantId: string, counts: ReadonlyMap<string, number>, now: Date): Promise<Map<string, string[]>> {
  // Bases that shorten to the same first name share its counter (and every later name).
  const byFirst = new Map<string, { base: string; count: number }>();
  for (const [base, count] of counts) {
    const first = displayNameCandidate(base, 1, now);
    byFirst.set(first, { base: byFirst.get(first)?.base ?? base, count: (byFirst.get(first)?.count ?? 0) + count });
  }
  const last = await advanceCounters(tx, partnerTenantId, new Map([...byFirst].map(([first, { count }]) => [first, count])), now.toISOString().slice(0, 10));
  const drawn = new Map<string, Drawn>();
  for (const [first, { base, count }] of byFirst) {
    const highest = last.get(first);
    if (highest === undefined) throw new Error(`admin name counter ${first} missing after its upsert`);
    drawn.set(first, { base, names: numbersFrom(highest - count + 1, count).map((n) => displayNameCandidate(base, n, now)), need: 0, from: highest + 1, highest });
  }
  const given = new Set<string>();
  const taken = await takenAmong(tx, partnerTenantId, [...drawn.values()].flatMap((d) => d.names), now);
  for (const d of drawn.values()) {
    const free = d.names.filter((name) => !taken.has(name) && !given.has(name));
    d.need = d.names.length - free.length;
    d.names.splice(0, d.names.length, ...free);
    for (const name of free) given.add(name);
  }
  for (let round = 32; [...drawn.values()].some((d) => d.need > 0); round *= 2) {
    const short = [...drawn.values()].filter((d) => d.need > 0);
    const tried = short.map((d) => numbersFrom(d.from, round).map((n) => [n, displayNameCandidate(d.base, n, now)] as const));
    const held = await takenAmong(tx, partnerTenantId, tried.flat().map(([, name]) => name), now);
    short.forEach((d, i) => {
      for (const [n, name] of tried[i] ?? []) {
        if (d.need === 0 || held.has(name) || given.has(name)) continue;
        d.names.push(name);
        given.add(name);
        d.need -= 1;
        d.highest = n;
      }
      d.from += round;
    });
  }
  for (const [first, d] of drawn) {
    if (d.highest === last.get(first)) continue;
    // The row is this transaction's since the upsert: no one else moved the counter meanwhile.
    await queryNamed(tx.em, 'UPDATE admin_name_counter SET last_number = :highest WHERE partner_tenant_id = :partnerTenantId AND name = :first', {
      highest: d.highest,
      partnerTenantId,
      first,
    });
  }
  const names = new Map<string, string[]>();
  for (const [base, count] of counts) {
    const pool = drawn.get(displayNameCandidate(base, 1, now))?.names ?? [];
    names.set(base, pool.splice(0, count));
  }
  return names;
}

/**
 * The name for one request when the partner gave none: after the customer's company name (or
 * "Admin access"), with the number taken ahead when there is one for that name and it is still
 * free, else `defaultDisplayNames` for one.
 */
export async function defaultDisplayName(tx: UnitOfWork, partnerTenantId: string, customerName: string | null, now: Date, reserved: ReservedNumber | null = null): Promise<string> {
  const base = customerName ?? 'Admin access';
  if (reserved && reserved.first === displayNameCandidate(base, 1, now)) {
    const name = displayNameCandidate(base, reserved.n, now);
    if (!(await namesInUse(tx, partnerTenantId, [name], now)).has(name)) return name;
  }
  const [name] = (await defaultDisplayNames(tx, partnerTenantId, new Map([[base, 1]]), now)).get(base) ?? [];
  if (name === undefined) throw new Error('no default admin display name');
  return name;
}

/** Forgets the counters of days before yesterday (a sweep task): their names carry a day no request is named after again. */
export async function forgetOldNameCounters(tx: UnitOfWork, now: Date): Promise<void> {
  const yesterday = new Date(now.getTime() - 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  await queryNamed(tx.em, 'DELETE FROM admin_name_counter WHERE day < :yesterday', { yesterday });
}
