import { DEFAULT_ADMIN_DURATION, effectiveStatus, surfaceFor, type CloudInstance } from '@partnerlink/shared';
import type { RelationshipRequestEntity } from '../../db/entities/index.js';
import type { AdminAccess, RelationshipRequest } from './relationship-request.type.js';

export function toRelationshipRequest(row: RelationshipRequestEntity, partnerCloud: CloudInstance, now: Date): RelationshipRequest {
  return {
    id: row.id,
    status: effectiveStatus(row, now),
    includesReseller: row.includesReseller,
    includesDelegatedAdmin: row.includesDelegatedAdmin,
    adminAccess: adminAccessOf(row),
    approvedRoles: row.approvedRoles,
    locale: row.locale,
    message: row.message,
    recipientEmail: row.recipientEmail,
    recipientName: row.recipientName,
    pinnedDomain: row.pinnedDomain,
    surface: surfaceFor(partnerCloud),
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    viewedAt: row.viewedAt,
    answeredAt: row.answeredAt,
    declineReason: row.declineReason,
    declineReasonText: row.declineReasonText,
    revokedAt: row.revokedAt,
    linkRotatedAt: row.linkRotatedAt,
    sentTo: row.sentTo,
    sentAt: row.sentAt,
    partnerTenantId: row.partnerTenantId,
    customerTenantId: row.customerTenantId,
    indirectProviderTenantId: row.indirectProviderTenantId,
    answeredByTenantId: row.answeredByTenantId,
    answeredByUserId: row.answeredByUserId,
    createdByUserId: row.createdByUserId,
    revokedByUserId: row.revokedByUserId,
  };
}

/** The admin access a request asks for, or null. */
export function adminAccessOf(row: RelationshipRequestEntity): AdminAccess | null {
  if (!row.adminRoles) return null;
  return {
    roles: row.adminRoles,
    duration: row.adminDuration ?? DEFAULT_ADMIN_DURATION,
    autoExtend: row.adminAutoExtend,
    displayName: row.adminDisplayName ?? '',
  };
}
