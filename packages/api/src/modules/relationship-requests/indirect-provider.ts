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
 * works with the reseller. The pending rows are locked first (PostgreSQL: FOR UPDATE), so an accept
 * at that moment either commits before (its request stays answered) or waits and finds it revoked;
 * then one UPDATE per 500 requests, however many a batch made.
 */
export async function revokeRequestsThrough(tx: UnitOfWork, providerTenantId: string, resellerTenantId: string, actor: Actor, now: Date): Promise<number> {
  const query = tx.em
    .createQueryBuilder(RelationshipRequestEntity, 'r')
    .where("r.indirectProviderTenantId = :provider AND r.partnerTenantId = :reseller AND r.status = 'PENDING'", { provider: providerTenantId, reseller: resellerTenantId });
  const pending = await (tx.em.connection.options.type === 'postgres' ? query.setLock('pessimistic_write') : query).getMany();
  const changes = { status: 'REVOKED' as const, revokedAt: now, revokedByUserId: actor.userId };
  for (let i = 0; i < pending.length; i += 500) {
    const ids = pending.slice(i, i + 500).map((row) => row.id);
    await tx.em.createQueryBuilder().update(RelationshipRequestEntity).set(changes).where("id IN (:...ids) AND status = 'PENDING'", { ids }).execute();
  }
  for (const row of pending) tx.emit({ type: 'RequestRevoked', request: Object.assign(row, changes), actor, at: now });
  return pending.length;
}
