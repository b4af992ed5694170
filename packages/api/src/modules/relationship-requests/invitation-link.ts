import { invitationPath, surfaceFor } from '@partnerlink/shared';
import type { RelationshipRequestEntity, TenantEntity } from '../../db/entities/index.js';
import { invitationEmail } from './invitation-email.js';
import { adminAccessOf, toRelationshipRequest } from './relationship-request.mapper.js';
import type { RelationshipInvitation } from './relationship-request.type.js';

/** The link of a request (on the surface of the partner's cloud) with its templated email. */
export function invitationWithLink(
  publicUrl: string,
  row: RelationshipRequestEntity,
  partner: TenantEntity,
  /** The customer a pinned request was made for (null for an open link). */
  customer: Pick<TenantEntity, 'name'> | null,
  senderName: string,
  token: string,
  now: Date,
  /** Two tiers: the indirect provider the request names (null for a direct request). */
  indirectProvider: Pick<TenantEntity, 'name'> | null,
): RelationshipInvitation {
  const url = `${publicUrl}${invitationPath(surfaceFor(partner.cloud), token)}`;
  const email = invitationEmail({
    locale: row.locale,
    partnerName: partner.name,
    senderName,
    includesReseller: row.includesReseller,
    admin: adminAccessOf(row),
    message: row.message,
    url,
    expiresAt: row.expiresAt,
    pinnedCompany: customer?.name ?? null,
    pinnedDomain: row.pinnedDomain,
    recipientName: row.recipientName,
    indirectProviderName: indirectProvider?.name ?? null,
  });
  return { request: toRelationshipRequest(row, partner.cloud, now), url, email };
}
