import { can, mayRelate, sameCloud, type AcceptanceSurface, type ErrorCode } from '@partnerlink/shared';
import type { InvitationData } from './useInvitation.js';

/** A link that can no longer be answered. */
export type ClosedReason = 'notFound' | 'EXPIRED' | 'REVOKED' | 'ACCEPTED' | 'DECLINED';

/** Signed in, but this user or this organisation cannot answer this link. */
export type BlockedReason = 'partnerUser' | 'notAdmin' | 'otherCustomer' | 'CLOUD_MISMATCH' | 'REGION_NOT_ALLOWED';

export type PageState =
  | { kind: 'redirect'; surface: AcceptanceSurface }
  | { kind: 'closed'; reason: ClosedReason }
  | { kind: 'signIn' }
  | { kind: 'blocked'; reason: BlockedReason }
  | { kind: 'answer'; needsAgreement: boolean };

/**
 * What the page shows for a loaded invitation and viewer, in the order the api checks an
 * answer (DESIGN.md rule 8), so the page says before the click what the click would say.
 */
export function pageStateOf(data: InvitationData, surface: AcceptanceSurface): PageState {
  const { invitation, viewer } = data;
  if (!invitation) return { kind: 'closed', reason: 'notFound' };
  if (invitation.surface !== surface) return { kind: 'redirect', surface: invitation.surface };
  if (invitation.status !== 'PENDING') return { kind: 'closed', reason: invitation.status };
  if (!viewer) return { kind: 'signIn' };
  const tenant = viewer.tenant;
  if (tenant.kind === 'PARTNER') return { kind: 'blocked', reason: 'partnerUser' };
  if (!can({ tenantKind: tenant.kind, roles: viewer.roles }, 'invitation.answer')) return { kind: 'blocked', reason: 'notAdmin' };
  if (invitation.customer && invitation.customer.domain.toLowerCase() !== tenant.domain.toLowerCase()) {
    return { kind: 'blocked', reason: 'otherCustomer' };
  }
  if (!sameCloud(invitation.partner.cloud, tenant.cloud)) return { kind: 'blocked', reason: 'CLOUD_MISMATCH' };
  if (!mayRelate(invitation.partner.country, tenant.country)) return { kind: 'blocked', reason: 'REGION_NOT_ALLOWED' };
  return { kind: 'answer', needsAgreement: !tenant.customerAgreementAccepted };
}

/** The state an answer's error code stands for (the race between reading and clicking), if any. */
export function stateOfAnswerError(code: ErrorCode): PageState | null {
  switch (code) {
    case 'INVITATION_EXPIRED': return { kind: 'closed', reason: 'EXPIRED' };
    case 'INVITATION_REVOKED': return { kind: 'closed', reason: 'REVOKED' };
    case 'INVITATION_ALREADY_USED': return { kind: 'closed', reason: 'ACCEPTED' };
    case 'INVITATION_DECLINED': return { kind: 'closed', reason: 'DECLINED' };
    case 'NOT_FOUND': return { kind: 'closed', reason: 'notFound' };
    case 'UNAUTHENTICATED': return { kind: 'signIn' };
    case 'FORBIDDEN': return { kind: 'blocked', reason: 'otherCustomer' };
    case 'CLOUD_MISMATCH':
    case 'REGION_NOT_ALLOWED':
      return { kind: 'blocked', reason: code };
    default:
      return null; // shown on the form (agreement, rate limit, server error), which stays usable
  }
}
