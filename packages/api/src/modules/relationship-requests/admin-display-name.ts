import { adminRelationshipAt, DomainError, LIMITS } from '@partnerlink/shared';
import type { EntityManager } from 'typeorm';
import { RelationshipEntity, RelationshipRequestEntity } from '../../db/entities/index.js';
import { hydrate, selectColumns } from '../../db/hydrate.js';
import type { UnitOfWork } from '../../events/unit-of-work.js';
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

/**
 * Makes the transactions that pick default admin-access names take turns, per partner (PostgreSQL:
 * a transaction-scoped advisory lock, released by the commit). Without it concurrent requests all
 * pick the same next number, all but one collide on ux_request_admin_name and start over, and 32
 * at once took seconds (the benchmark's request case, with errors when the attempts ran out).
 * SQLite's writes run one at a time anyway.
 */
export async function takeTurnNaming(tx: UnitOfWork, partnerTenantId: string): Promise<void> {
  if (tx.em.connection.options.type !== 'postgres') return;
  await tx.em.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`admin-display-names:${partnerTenantId}`]);
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
 * A name when the partner gave none: the customer's company name (or "Admin access" for a link
 * any customer may answer) and the day, then " (2)", " (3)"… until it is free; at most 50
 * characters, the company name shortened to make room.
 */
export async function defaultDisplayName(tx: UnitOfWork, partnerTenantId: string, customerName: string | null, now: Date): Promise<string> {
  await takeTurnNaming(tx, partnerTenantId);
  const candidate = (n: number) => displayNameCandidate(customerName ?? 'Admin access', n, now);
  const free = async (numbers: readonly number[]) => {
    const taken = await namesInUse(tx, partnerTenantId, numbers.map(candidate), now);
    return numbers.find((n) => !taken.has(candidate(n)));
  };
  // One look-up of 1…15 and of the powers of two up to 65,536 brackets the numbers in use; then the
  // first free number after the last power taken, 500 at a time. A partner with thousands of
  // admin-access requests on one day needs a handful of statements, not one per 20 names.
  const small = Array.from({ length: 15 }, (_, i) => i + 1);
  const powers = Array.from({ length: 13 }, (_, i) => 2 ** (i + 4));
  const taken = await namesInUse(tx, partnerTenantId, [...small, ...powers].map(candidate), now);
  const firstSmall = small.find((n) => !taken.has(candidate(n)));
  if (firstSmall !== undefined) return candidate(firstSmall);
  const high = powers.find((n) => !taken.has(candidate(n))) ?? Number.POSITIVE_INFINITY;
  const low = [15, ...powers].filter((n) => n < high).at(-1) ?? 15;
  for (let from = low + 1; ; from += 500) {
    const numbers = Array.from({ length: 500 }, (_, i) => from + i).filter((n) => n <= high);
    const found = await free(numbers);
    if (found !== undefined) return candidate(found);
  }
}
