import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { adminRelationshipAt, DomainError, isSellingRelationship, requestPendingError, SELLING_RELATIONSHIP_TYPES, TenantKind } from '@partnerlink/shared';
import type { UnitOfWork } from '../../events/unit-of-work.js';
import { RelationshipEntity, RelationshipRequestEntity, TenantEntity } from '../../db/entities/index.js';
import { persistExpiry } from './request-expiry.js';

// What a new request for a known customer must not collide with: what it already has, a pending
// request. The rules themselves are shared (request-eligibility.ts); these read their facts.

/** What a request is pinned to: the customer tenant when known, and its domain. */
export interface PinnedPair {
  readonly customerTenantId: string | null;
  readonly pinnedDomain: string | null;
}

/**
 * The customer a new request is pinned to, checked: by id (NOT_FOUND for no customer), by domain
 * (a partner's domain is refused; an unknown one pins no tenant yet), or both (they must agree).
 */
export async function pinnedCustomer(em: EntityManager, customerId: string | null, domain: string | null): Promise<TenantEntity | null> {
  if (customerId) {
    const customer = await em.findOneBy(TenantEntity, { id: customerId, kind: TenantKind.CUSTOMER });
    if (!customer) throw new DomainError('NOT_FOUND', 'No customer tenant has this id.', 'customerId');
    if (domain && domain !== customer.domain) throw new DomainError('BAD_USER_INPUT', { reason: 'DOMAIN_NOT_OF_CUSTOMER' }, 'domain');
    return customer;
  }
  if (!domain) return null;
  const tenant = await em.findOneBy(TenantEntity, { domain });
  if (tenant && tenant.kind !== TenantKind.CUSTOMER) throw new DomainError('BAD_USER_INPUT', { reason: 'DOMAIN_NOT_CUSTOMER' }, 'domain');
  return tenant;
}

/** The partner's stored-PENDING requests pinned to the customer or its domain (either may be unset). */
export async function pendingFor(em: EntityManager, pinned: PinnedPair & { readonly partnerTenantId: string }): Promise<RelationshipRequestEntity[]> {
  const { partnerTenantId, customerTenantId, pinnedDomain } = pinned;
  // One statement: pinned to the tenant, or to its domain (either may be all there is).
  const where = [
    ...(customerTenantId ? [{ partnerTenantId, customerTenantId, status: 'PENDING' as const }] : []),
    ...(pinnedDomain ? [{ partnerTenantId, pinnedDomain, status: 'PENDING' as const }] : []),
  ];
  return where.length > 0 ? em.find(RelationshipRequestEntity, { where }) : [];
}

/**
 * The live PENDING request of a partner for a pinned customer or domain, if any (at most one: the
 * partial unique indexes ux_request_pending_pair and ux_request_pending_domain). The overdue ones
 * are written down as expired first, in the caller's transaction, because the indexes see the
 * stored status.
 */
export async function livePendingRequest(
  tx: UnitOfWork,
  pinned: PinnedPair & { readonly partnerTenantId: string },
  now: Date,
): Promise<RelationshipRequestEntity | null> {
  const rows = await pendingFor(tx.em, pinned);
  for (const row of rows) await persistExpiry(tx, row, now);
  return rows.find((row) => row.status === 'PENDING') ?? null;
}

/** Asking again while a request is pending: FAILED_PRECONDITION pointing to the pending one. */
export function pendingRequestExists(requestId: string): DomainError {
  return requestPendingError(requestId);
}

/**
 * The ids of the partner's reseller and admin relationships with the customer that are ACTIVE at
 * `now`, as the request rules need them; an indirect reseller's INDIRECT_RESELLER relationship is
 * its reseller relationship.
 */
export async function activeRelationshipIds(em: EntityManager, partnerTenantId: string, customerTenantId: string, now: Date) {
  const active = await activeRelationships(em, partnerTenantId, customerTenantId, now);
  return {
    resellerId: active.find((r) => isSellingRelationship(r.type))?.id ?? null,
    adminId: active.find((r) => r.type === 'DELEGATED_ADMIN')?.id ?? null,
  };
}

/** The partner's relationships with the customer that are ACTIVE at `now` (an admin one may have expired unswept). */
async function activeRelationships(em: EntityManager, partnerTenantId: string, customerTenantId: string, now: Date) {
  const stored = await em.findBy(RelationshipEntity, { partnerTenantId, customerTenantId, status: 'ACTIVE' });
  return stored.filter((r) => adminRelationshipAt(r, now).status === 'ACTIVE');
}

/**
 * Admin access alone is asked of a customer the partner already resells to (as reseller of record,
 * or as an indirect reseller through a provider): without such an ACTIVE relationship,
 * RELATIONSHIP_REQUIRED (ask with requestResellerRelationship instead).
 */
export async function assertResells(em: EntityManager, partnerTenantId: string, customer: TenantEntity) {
  const reseller = await em.findOneBy(RelationshipEntity, {
    partnerTenantId,
    customerTenantId: customer.id,
    type: In([...SELLING_RELATIONSHIP_TYPES]),
    status: 'ACTIVE',
  });
  if (!reseller) {
    throw new DomainError(
      'RELATIONSHIP_REQUIRED',
      "You are not this customer's reseller: ask for a reseller relationship with admin access instead (requestResellerRelationship with adminAccess).",
      'customerId',
    );
  }
}
