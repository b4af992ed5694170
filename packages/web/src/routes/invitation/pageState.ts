import { answerBlocker, type AcceptanceSurface, type AnswerForbidden, type ErrorCode } from '@partnerlink/shared';
import type { InvitationData } from './useInvitation.js';

/** A link that can no longer be answered (REPLACED: the partner sent a newer link for the request). */
export type ClosedReason = 'notFound' | 'REPLACED' | 'EXPIRED' | 'REVOKED' | 'ACCEPTED' | 'DECLINED';

/** Signed in, but this user or this organisation cannot answer this link. */
export type BlockedReason = AnswerForbidden | 'CLOUD_MISMATCH' | 'REGION_NOT_ALLOWED';

export type PageState =
  | { kind: 'redirect'; surface: AcceptanceSurface }
  | { kind: 'closed'; reason: ClosedReason }
  | { kind: 'signIn' }
  | { kind: 'blocked'; reason: BlockedReason }
  | { kind: 'answer'; needsAgreement: boolean };

/**
 * What the page shows for a loaded invitation and viewer: shared's `answerBlocker`, the checks the
 * api makes on an answer in the same order (DESIGN.md rule 8), so the page says before the click
 * what the click would say.
 */
export function pageStateOf(data: InvitationData, surface: AcceptanceSurface): PageState {
  const { invitation, viewer } = data;
  if (!invitation) return { kind: 'closed', reason: data.replacedInvitationLink ? 'REPLACED' : 'notFound' };
  if (invitation.surface !== surface) return { kind: 'redirect', surface: invitation.surface };
  // Pinned to a domain no organisation had when the link was made: only the one with it may answer.
  const pinned = invitation.customer ?? (invitation.pinnedDomain ? { domain: invitation.pinnedDomain } : null);
  const blocker = answerBlocker({ ...invitation, customer: pinned }, viewer);
  if (blocker?.code === 'FORBIDDEN') return { kind: 'blocked', reason: blocker.reason };
  // The customer agreement is what purchasing needs: an admin-only request does not ask for it (as the api).
  const needsAgreement = invitation.includesReseller && !viewer?.tenant.customerAgreementAccepted;
  return (blocker && stateOfAnswerError(blocker.code)) ?? { kind: 'answer', needsAgreement };
}

/** The state an answer's error code stands for (the race between reading and clicking), if any. */
export function stateOfAnswerError(code: ErrorCode): PageState | null {
  switch (code) {
    case 'INVITATION_EXPIRED': return { kind: 'closed', reason: 'EXPIRED' };
    case 'INVITATION_REVOKED': return { kind: 'closed', reason: 'REVOKED' };
    case 'INVITATION_ALREADY_USED': return { kind: 'closed', reason: 'ACCEPTED' };
    case 'INVITATION_DECLINED': return { kind: 'closed', reason: 'DECLINED' };
    case 'INVITATION_LINK_REPLACED': return { kind: 'closed', reason: 'REPLACED' };
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
