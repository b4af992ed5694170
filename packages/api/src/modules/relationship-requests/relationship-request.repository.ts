import { Brackets, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { RelationshipRequestStatus } from '@partnerlink/shared';
import { RelationshipRequestEntity, TenantEntity } from '../../db/entities/index.js';

// The relationship requests' hand-written queries, in property paths (an UPDATE's conditions name
// properties without an alias). Dates go in as they are: TypeORM binds them as each engine stores time.

export interface RequestListFilter {
  readonly partnerTenantId: string;
  /** The effective status: a PENDING row past its expiry counts as EXPIRED. */
  readonly status?: RelationshipRequestStatus | null;
  /** Only PENDING requests that expire within this many days from `now`. */
  readonly expiringWithinDays?: number | null;
  /** Only the requests pinned to this customer. */
  readonly customerId?: string | null;
  /** Only the requests this user made. */
  readonly createdBy?: string | null;
  /** Lower-case text found in the company name, pinned domain, recipient email or recipient name. */
  readonly search?: string | null;
}

/** A LIKE pattern that finds `text` anywhere, with LIKE's own characters taken literally (ESCAPE '\\'). */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** The partner's requests matching the filter at `now`, unordered. */
export function requestsMatching(em: EntityManager, filter: RequestListFilter, now: Date): SelectQueryBuilder<RelationshipRequestEntity> {
  const query = em.createQueryBuilder(RelationshipRequestEntity, 'r').where('r.partnerTenantId = :partner', {
    partner: filter.partnerTenantId,
  });
  const { status } = filter;
  if (status === 'PENDING') query.andWhere("r.status = 'PENDING' AND r.expiresAt > :now", { now });
  else if (status === 'EXPIRED') {
    query.andWhere("(r.status = 'EXPIRED' OR (r.status = 'PENDING' AND r.expiresAt <= :now))", { now });
  } else if (status) query.andWhere('r.status = :status', { status });
  if (filter.expiringWithinDays) {
    const until = new Date(now.getTime() + filter.expiringWithinDays * 24 * 60 * 60 * 1000);
    query.andWhere("r.status = 'PENDING' AND r.expiresAt > :now AND r.expiresAt <= :until", { now, until });
  }
  if (filter.customerId) query.andWhere('r.customerTenantId = :customer', { customer: filter.customerId });
  if (filter.createdBy) query.andWhere('r.createdByUserId = :creator', { creator: filter.createdBy });
  if (filter.search) {
    // The company: the pinned customer's, or for an open link the one that accepted it (as the list shows it).
    query.leftJoin(TenantEntity, 'c', "c.id = COALESCE(r.customer_tenant_id, CASE WHEN r.status = 'ACCEPTED' THEN r.answered_by_tenant_id END)");
    query.andWhere(
      new Brackets((where) => {
        for (const column of ['c.name_key', 'r.pinned_domain', 'LOWER(r.recipient_email)', 'LOWER(r.recipient_name)']) {
          where.orWhere(`${column} LIKE :pattern ESCAPE '\\'`);
        }
      }),
      { pattern: containing(filter.search) },
    );
  }
  return query;
}

/** Sets the changes only while the request still has the status and link it was read with; whether it did. */
export async function updateIfLinkUnchanged(
  em: EntityManager,
  row: Pick<RelationshipRequestEntity, 'id' | 'status' | 'tokenHash'>,
  changes: Partial<RelationshipRequestEntity>,
): Promise<boolean> {
  const result = await em
    .createQueryBuilder()
    .update(RelationshipRequestEntity)
    .set(changes)
    .where('id = :id AND status = :status AND tokenHash = :previous', { id: row.id, status: row.status, previous: row.tokenHash })
    .execute();
  return result.affected === 1;
}

/** Marks the request EXPIRED if it is still PENDING and overdue at `now`; whether it did. */
export async function expireIfOverdue(em: EntityManager, id: string, now: Date): Promise<boolean> {
  const result = await em
    .createQueryBuilder()
    .update(RelationshipRequestEntity)
    .set({ status: 'EXPIRED' })
    .where("id = :id AND status = 'PENDING' AND expiresAt <= :now", { id, now })
    .execute();
  return result.affected === 1;
}

/** Up to `limit` PENDING requests overdue at `now`. */
export function overdueRequests(em: EntityManager, now: Date, limit: number): Promise<RelationshipRequestEntity[]> {
  return em.createQueryBuilder(RelationshipRequestEntity, 'r').where("r.status = 'PENDING' AND r.expiresAt <= :now", { now }).take(limit).getMany();
}
