import type { EntityManager } from 'typeorm';
import { assertIndirectProviderChoice, providerNotAuthorizedError } from '@partnerlink/shared';
import { RelationshipRequestEntity, ResellerAuthorizationEntity, TenantEntity } from '../../db/entities/index.js';
import type { Actor } from '../../events/domain-events.js';
import type { UnitOfWork } from '../../events/unit-of-work.js';

/**
 * The indirect provider a reseller request names, checked (DESIGN.md rule 15): an indirect
 * reseller must name one, any other partner may not (shared `assertIndirectProviderChoice`), and
 * it must be a provider whose authorisation of this reseller is ACTIVE now (PROVIDER_NOT_AUTHORIZED,
 * also for an id no tenant has: the reseller learns nothing of other partners). Null for a direct request.
 */
export async function indirectProviderFor(em: EntityManager, partner: TenantEntity, indirectProviderId: string | null): Promise<TenantEntity | null> {
  assertIndirectProviderChoice(partner.partnerType, indirectProviderId);
  if (!indirectProviderId) return null;
  const authorized = await em.existsBy(ResellerAuthorizationEntity, { providerTenantId: indirectProviderId, resellerTenantId: partner.id, status: 'ACTIVE' });
  const provider = authorized ? await em.findOneBy(TenantEntity, { id: indirectProviderId }) : null;
  if (!provider) throw providerNotAuthorizedError(indirectProviderId);
  return provider;
}

/**
 * When a reseller authorisation ends, the reseller's pending requests naming that provider can no
 * longer be accepted: they are revoked in the same transaction (each with REQUEST_REVOKED in the
 * reseller's log and its webhook), so no customer accepts a link through a provider that no longer
 * works with the reseller. Conditional on PENDING: a request answered at that moment stays answered.
 */
export async function revokeRequestsThrough(tx: UnitOfWork, providerTenantId: string, resellerTenantId: string, actor: Actor, now: Date): Promise<number> {
  const pending = await tx.em.findBy(RelationshipRequestEntity, { indirectProviderTenantId: providerTenantId, partnerTenantId: resellerTenantId, status: 'PENDING' });
  let revoked = 0;
  for (const row of pending) {
    const changes = { status: 'REVOKED' as const, revokedAt: now, revokedByUserId: actor.userId };
    const result = await tx.em
      .createQueryBuilder()
      .update(RelationshipRequestEntity)
      .set(changes)
      .where("id = :id AND status = 'PENDING'", { id: row.id })
      .execute();
    if (result.affected !== 1) continue;
    tx.emit({ type: 'RequestRevoked', request: Object.assign(row, changes), actor, at: now });
    revoked += 1;
  }
  return revoked;
}
