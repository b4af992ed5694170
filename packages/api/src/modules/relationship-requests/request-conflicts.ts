import type { EntityManager } from 'typeorm';
import { adminRelationshipAt, DomainError, failedPrecondition } from '@partnerlink/shared';
import type { UnitOfWork } from '../../events/unit-of-work.js';
import { RelationshipEntity, RelationshipRequestEntity, type TenantEntity } from '../../db/entities/index.js';
import { persistExpiry } from './request-expiry.js';

// What a new request for a known customer must not collide with: what it already has, a pending request.

/**
 * The live PENDING request of a partner for a pinned customer, if any (at most one: the partial
 * unique index ux_request_pending_pair). The pair's overdue ones are written down as expired
 * first, in the caller's transaction, because the index sees the stored status.
 */
export async function livePendingRequest(
  tx: UnitOfWork,
  pair: { partnerTenantId: string; customerTenantId: string },
  now: Date,
): Promise<RelationshipRequestEntity | null> {
  const rows = await tx.em.findBy(RelationshipRequestEntity, { ...pair, status: 'PENDING' });
  for (const row of rows) await persistExpiry(tx, row, now);
  return rows.find((row) => row.status === 'PENDING') ?? null;
}

/** Asking again while a request is pending: FAILED_PRECONDITION pointing to the pending one. */
export function pendingRequestExists(requestId: string): DomainError {
  return failedPrecondition({ reason: 'REQUEST_PENDING' }, {
    requestId,
    status: 'PENDING',
  });
}

/**
 * A request for a customer that already has everything asked for would change nothing: a state
 * conflict (FAILED_PRECONDITION) naming the relationship(s) that already exist.
 */
export async function assertSomethingToRequest(em: EntityManager, partnerId: string, customer: TenantEntity, admin: boolean, now: Date) {
  const active = await activeRelationships(em, partnerId, customer.id, now);
  const reseller = active.find((r) => r.type === 'RESELLER');
  const adminRelationship = active.find((r) => r.type === 'DELEGATED_ADMIN');
  if (reseller && (!admin || adminRelationship)) {
    throw failedPrecondition(
      { reason: admin ? 'ALREADY_RELATED_WITH_ADMIN' : 'ALREADY_RELATED', params: { customerName: customer.name } },
      admin && adminRelationship ? { relationshipId: reseller.id, adminRelationshipId: adminRelationship.id } : { relationshipId: reseller.id },
    );
  }
}

/** The partner's relationships with the customer that are ACTIVE at `now` (an admin one may have expired unswept). */
async function activeRelationships(em: EntityManager, partnerTenantId: string, customerTenantId: string, now: Date) {
  const stored = await em.findBy(RelationshipEntity, { partnerTenantId, customerTenantId, status: 'ACTIVE' });
  return stored.filter((r) => adminRelationshipAt(r, now).status === 'ACTIVE');
}

/**
 * Admin access alone is asked of a customer the partner already resells to: without an ACTIVE
 * reseller relationship, RELATIONSHIP_REQUIRED (ask with requestResellerRelationship instead).
 */
export async function assertResells(em: EntityManager, partnerTenantId: string, customer: TenantEntity) {
  const reseller = await em.findOneBy(RelationshipEntity, { partnerTenantId, customerTenantId: customer.id, type: 'RESELLER', status: 'ACTIVE' });
  if (!reseller) {
    throw new DomainError(
      'RELATIONSHIP_REQUIRED',
      "You are not this customer's reseller: ask for a reseller relationship with admin access instead (requestResellerRelationship with adminAccess).",
      'customerId',
    );
  }
}
