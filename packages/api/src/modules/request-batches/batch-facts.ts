import { In, type EntityManager } from 'typeorm';
import {
  adminRelationshipAt,
  batchRowProblem,
  batchRowVerdict,
  duplicateRows,
  effectiveStatus,
  isSellingRelationship,
  TenantKind,
  type BatchRowFields,
  type BatchRowRefusal,
} from '@partnerlink/shared';
import { RelationshipEntity, RelationshipRequestEntity, TenantEntity } from '../../db/entities/index.js';
import type { UnitOfWork } from '../../events/unit-of-work.js';
import { defaultDisplayNames, displayNameCandidate, namesInUse } from '../relationship-requests/admin-display-name.js';

// The facts of a batch's rows, read in a few statements whatever the number of rows (each an
// `IN (…)` of at most CHUNK values), and the verdicts shared's batchRowVerdict gives with them.

/** Values per `IN (…)`: well inside SQLite's and PostgreSQL's limits on bound parameters. */
const CHUNK = 500;

async function inChunks<V, R>(values: readonly V[], read: (chunk: V[]) => Promise<R[]>): Promise<R[]> {
  const all: R[] = [];
  for (let i = 0; i < values.length; i += CHUNK) all.push(...(await read(values.slice(i, i + CHUNK))));
  return all;
}

const trimmed = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

/** A row as the batch understands it: its verdict, and for a creatable row the customer it is pinned to. */
export interface JudgedRow {
  readonly fields: BatchRowFields;
  /** Null: its request can be created. */
  readonly verdict: BatchRowRefusal | null;
  /** The known customer the request is pinned to (null: an unknown domain). */
  readonly tenant: TenantEntity | null;
  /** The domain the request is pinned to (the customer's, or the row's, lower-case). */
  readonly pinnedDomain: string | null;
}

export interface BatchJudgement {
  readonly rows: JudgedRow[];
  /** PENDING requests found overdue: the caller that writes marks them expired (a dry run only reads them as expired). */
  readonly overdue: RelationshipRequestEntity[];
}

/**
 * The verdict of every row, by the rules requestResellerRelationship applies one at a time:
 * input, duplicate rows, unknown customer ids, then the request blockers (partner's domain,
 * cloud, market, what the partner already has, a pending request).
 */
export async function judgeRows(
  em: EntityManager,
  partner: TenantEntity,
  indirectProvider: TenantEntity | null,
  fields: readonly BatchRowFields[],
  withAdmin: boolean,
  now: Date,
): Promise<BatchJudgement> {
  const valid = fields.map((row) => batchRowProblem(row) === null);
  const ids = [...new Set(fields.filter((_, i) => valid[i]).map((row) => trimmed(row.customerId)).filter((id): id is string => id !== null))];
  const domains = [
    ...new Set(fields.filter((row, i) => valid[i] && !trimmed(row.customerId)).map((row) => (row.domain ?? '').trim().toLowerCase())),
  ];
  // One after the other: a transaction is one connection (PostgreSQL's client runs one query at a time).
  const byIdRows = await inChunks(ids, (chunk) => em.findBy(TenantEntity, { id: In(chunk), kind: TenantKind.CUSTOMER }));
  const byDomainRows = await inChunks(domains, (chunk) => em.findBy(TenantEntity, { domain: In(chunk) }));
  const byId = new Map(byIdRows.map((tenant) => [tenant.id, tenant]));
  const byDomain = new Map(byDomainRows.map((tenant) => [tenant.domain, tenant]));
  const duplicates = duplicateRows(fields, (id) => byId.get(id)?.domain ?? null);

  const customerIds = [...new Set([...byId.values(), ...byDomain.values()].filter((t) => t.kind === TenantKind.CUSTOMER).map((t) => t.id))];
  const pinnedDomains = [...new Set([...domains, ...[...byId.values()].map((t) => t.domain)])];
  const relationships = await inChunks(customerIds, (chunk) => em.findBy(RelationshipEntity, { partnerTenantId: partner.id, customerTenantId: In(chunk), status: 'ACTIVE' }));
  const pendingByCustomer = await inChunks(customerIds, (chunk) => em.findBy(RelationshipRequestEntity, { partnerTenantId: partner.id, customerTenantId: In(chunk), status: 'PENDING' }));
  const pendingByDomain = await inChunks(pinnedDomains, (chunk) => em.findBy(RelationshipRequestEntity, { partnerTenantId: partner.id, pinnedDomain: In(chunk), status: 'PENDING' }));
  const reseller = new Map<string, string>();
  const admin = new Map<string, string>();
  for (const relationship of relationships) {
    if (adminRelationshipAt(relationship, now).status !== 'ACTIVE') continue;
    const held = isSellingRelationship(relationship.type) ? reseller : relationship.type === 'DELEGATED_ADMIN' ? admin : null;
    if (held && !held.has(relationship.customerTenantId)) held.set(relationship.customerTenantId, relationship.id);
  }
  const overdue = new Map<string, RelationshipRequestEntity>();
  const livePending = { byCustomer: new Map<string, string>(), byDomain: new Map<string, string>() };
  for (const request of [...pendingByCustomer, ...pendingByDomain]) {
    if (effectiveStatus(request, now) !== 'PENDING') {
      overdue.set(request.id, request);
      continue;
    }
    if (request.customerTenantId) livePending.byCustomer.set(request.customerTenantId, request.id);
    if (request.pinnedDomain) livePending.byDomain.set(request.pinnedDomain, request.id);
  }

  const rows = fields.map((row, index): JudgedRow => {
    if (!valid[index] || duplicates[index] !== null) return { fields: row, verdict: batchRowVerdict(row, duplicates[index] ?? null, null), tenant: null, pinnedDomain: null };
    const id = trimmed(row.customerId);
    const domain = (row.domain ?? '').trim().toLowerCase();
    const tenant = id ? (byId.get(id) ?? null) : (byDomain.get(domain) ?? null);
    const customer = tenant?.kind === TenantKind.CUSTOMER ? tenant : null;
    const pinnedDomain = tenant?.domain ?? (id ? null : domain);
    const pendingRequestId = (customer ? livePending.byCustomer.get(customer.id) : undefined) ?? (pinnedDomain ? livePending.byDomain.get(pinnedDomain) : undefined) ?? null;
    const verdict = batchRowVerdict(row, null, {
      customerFound: id ? customer !== null : true,
      request: {
        partner,
        indirectProvider,
        tenant,
        withAdmin,
        resellerId: customer ? (reseller.get(customer.id) ?? null) : null,
        adminId: customer ? (admin.get(customer.id) ?? null) : null,
        pendingRequestId,
      },
    });
    return { fields: row, verdict, tenant: customer, pinnedDomain };
  });
  return { rows, overdue: [...overdue.values()] };
}

/**
 * A free admin display name per base, in order: unique among the partner's active admin
 * relationships and pending requests and among the names given before it in the same batch.
 * Without a chosen name each is the base and the day (as a single request's default), numbered
 * (2), (3)… by the partner's counter for that name (defaultDisplayNames); a chosen name is
 * numbered from its second use. Each round checks, per chosen base, as many candidates as it
 * still needs names plus a margin, in a few statements.
 */
export async function allocateDisplayNames(tx: UnitOfWork, partnerTenantId: string, bases: readonly string[], chosen: boolean, now: Date): Promise<string[]> {
  if (!chosen) return defaultNames(tx, partnerTenantId, bases, now);
  const names: string[] = [];
  const given = new Set<string>();
  const waiting = new Map<string, number[]>();
  bases.forEach((base, index) => waiting.set(base, [...(waiting.get(base) ?? []), index]));
  const next = new Map([...waiting.keys()].map((base) => [base, 1]));
  while (waiting.size > 0) {
    const candidates = new Map<string, string[]>();
    for (const [base, indexes] of waiting) {
      const from = next.get(base) ?? 1;
      candidates.set(base, Array.from({ length: indexes.length + 20 }, (_, k) => displayNameCandidate(base, from + k, null)));
    }
    const all = [...new Set([...candidates.values()].flat())];
    const taken = new Set<string>();
    for (let i = 0; i < all.length; i += CHUNK) {
      for (const name of await namesInUse(tx, partnerTenantId, all.slice(i, i + CHUNK), now)) taken.add(name);
    }
    for (const [base, indexes] of [...waiting]) {
      const tried = candidates.get(base) ?? [];
      let k = 0;
      while (indexes.length > 0 && k < tried.length) {
        const name = tried[k] ?? '';
        k += 1;
        // Free in the database and not given to an earlier row (a shortened base may meet another).
        if (taken.has(name) || given.has(name)) continue;
        names[indexes.shift() ?? 0] = name;
        given.add(name);
      }
      next.set(base, (next.get(base) ?? 1) + k);
      if (indexes.length === 0) waiting.delete(base);
    }
  }
  return names;
}

/** Default names for the rows, in order: each base takes as many from its counter as it has rows, in one go for the batch. */
async function defaultNames(tx: UnitOfWork, partnerTenantId: string, bases: readonly string[], now: Date): Promise<string[]> {
  const counts = new Map<string, number>();
  for (const base of bases) counts.set(base, (counts.get(base) ?? 0) + 1);
  const names = await defaultDisplayNames(tx, partnerTenantId, counts, now);
  return bases.map((base) => {
    const name = names.get(base)?.shift();
    if (name === undefined) throw new Error(`no default admin display name for ${base}`);
    return name;
  });
}
