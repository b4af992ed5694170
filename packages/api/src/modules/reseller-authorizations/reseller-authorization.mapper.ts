import { effectiveAuthorizationStatus } from '@partnerlink/shared';
import { In, type EntityManager } from 'typeorm';
import { TenantEntity, type ResellerAuthorizationEntity } from '../../db/entities/index.js';
import type { Viewer } from '../../viewer.js';
import type { AuthorizationPartner, ResellerAuthorization } from './reseller-authorization.type.js';

/** One side of an authorisation as GraphQL shows it. */
export function partnerOf(tenant: TenantEntity): AuthorizationPartner {
  return {
    id: tenant.id,
    name: tenant.name,
    partnerId: tenant.partnerId,
    country: tenant.country,
    cloud: tenant.cloud,
    partnerType: tenant.partnerType ?? 'DIRECT',
  };
}

/** The node as the viewer's side sees it (the recipient's address is the provider's business). */
export function toNode(row: ResellerAuthorizationEntity, tenants: ReadonlyMap<string, TenantEntity>, viewer: Viewer, now: Date): ResellerAuthorization {
  const provider = tenants.get(row.providerTenantId);
  if (!provider) throw new Error(`reseller authorisation ${row.id} has no provider`);
  const reseller = row.resellerTenantId ? tenants.get(row.resellerTenantId) : undefined;
  return {
    id: row.id,
    status: effectiveAuthorizationStatus(row, now),
    provider: partnerOf(provider),
    reseller: reseller ? partnerOf(reseller) : null,
    recipientEmail: row.providerTenantId === viewer.tenantId ? row.recipientEmail : null,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    acceptedAt: row.acceptedAt,
    endedAt: row.endedAt,
    endedBy: row.endedBySide,
  };
}

/** The tenants of both sides of the rows, by id, in one query. */
export async function tenantsOf(em: EntityManager, rows: readonly ResellerAuthorizationEntity[]): Promise<Map<string, TenantEntity>> {
  const ids = [...new Set(rows.flatMap((row) => [row.providerTenantId, row.resellerTenantId ?? []].flat()))];
  const tenants = ids.length > 0 ? await em.findBy(TenantEntity, { id: In(ids) }) : [];
  return new Map(tenants.map((tenant) => [tenant.id, tenant]));
}
