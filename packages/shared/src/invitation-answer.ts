import { assertSameCloud, sameCloud, type CloudInstance } from './clouds.js';
import { DomainError } from './errors.js';
import { assertMayRelate, mayRelate } from './markets.js';
import { closedLinkErrorOf, type RelationshipRequestStatus } from './relationship-request.js';
import { can, type PartnerRole } from './roles.js';
import type { TenantKind } from './tenants.js';

/**
 * The organisation a link was made for, as the caller knows it: the api by tenant id, the
 * acceptance page by domain (it never sees tenant ids).
 */
export type PinnedTenant = { readonly id: string } | { readonly domain: string };

/** The link being answered. */
export interface AnswerableInvitation {
  /** Its effective status (`effectiveStatus`: a pending link past its expiry is EXPIRED). */
  readonly status: RelationshipRequestStatus;
  readonly partner: { readonly cloud: CloudInstance; readonly country: string };
  /**
   * The indirect provider a two-tier request names (DESIGN.md rule 15): it becomes the customer's
   * reseller of record, so the cloud and market rules hold for it too. Absent or null otherwise.
   */
  readonly indirectProvider?: { readonly cloud: CloudInstance; readonly country: string } | null;
  /** The organisation it was made for, or null for an open link. */
  readonly customer: PinnedTenant | null;
}

/** Who answers: a signed-in person and their organisation. */
export interface Answerer {
  readonly roles: readonly PartnerRole[];
  readonly tenant: {
    readonly kind: TenantKind;
    readonly id: string;
    readonly domain: string;
    readonly cloud: CloudInstance;
    readonly country: string;
  };
}

/** Why a signed-in person may not answer: a partner's user, a customer user who is not its GLOBAL_ADMIN, another organisation than the pinned one. */
export type AnswerForbidden = 'partnerUser' | 'notAdmin' | 'otherCustomer';

export type AnswerBlocker =
  | { readonly code: 'INVITATION_EXPIRED' | 'INVITATION_REVOKED' | 'INVITATION_ALREADY_USED' | 'INVITATION_DECLINED' }
  | { readonly code: 'UNAUTHENTICATED' | 'CLOUD_MISMATCH' | 'REGION_NOT_ALLOWED' | 'CUSTOMER_AGREEMENT_REQUIRED' }
  | { readonly code: 'FORBIDDEN'; readonly reason: AnswerForbidden };

const CLOSED = {
  EXPIRED: 'INVITATION_EXPIRED',
  REVOKED: 'INVITATION_REVOKED',
  ACCEPTED: 'INVITATION_ALREADY_USED',
  DECLINED: 'INVITATION_DECLINED',
} as const;

/**
 * Why this viewer may not answer (accept or decline) the link now, or null; the first of
 * DESIGN.md rule 8's checks that fails: link state → signed in → a customer's GLOBAL_ADMIN →
 * pinned tenant → cloud → market → (accepting only) customer agreement; a two-tier request's cloud
 * and market are checked for the requesting reseller first, then for its indirect provider. The api authorises the
 * mutation before it reads the link, so there the viewer checks have already passed; the
 * acceptance page shows a closed link to anyone who opens it, and the rest before the click.
 * `accepting.withAgreement`: the agreement is on file or accepted with this answer.
 */
export function answerBlocker(
  invitation: AnswerableInvitation,
  viewer: Answerer | null,
  accepting?: { readonly withAgreement: boolean },
): AnswerBlocker | null {
  const { status, customer: pinned } = invitation;
  const partners = partiesOf(invitation);
  if (status !== 'PENDING') return { code: CLOSED[status] };
  if (!viewer) return { code: 'UNAUTHENTICATED' };
  const { tenant } = viewer;
  if (tenant.kind !== 'CUSTOMER') return { code: 'FORBIDDEN', reason: 'partnerUser' };
  if (!can({ tenantKind: tenant.kind, roles: viewer.roles }, 'invitation.answer')) return { code: 'FORBIDDEN', reason: 'notAdmin' };
  if (pinned && ('id' in pinned ? pinned.id !== tenant.id : pinned.domain.toLowerCase() !== tenant.domain.toLowerCase())) {
    return { code: 'FORBIDDEN', reason: 'otherCustomer' };
  }
  if (partners.some((partner) => !sameCloud(partner.cloud, tenant.cloud))) return { code: 'CLOUD_MISMATCH' };
  if (partners.some((partner) => !mayRelate(partner.country, tenant.country))) return { code: 'REGION_NOT_ALLOWED' };
  if (accepting && !accepting.withAgreement) return { code: 'CUSTOMER_AGREEMENT_REQUIRED' };
  return null;
}

/** The api's side of `answerBlocker`: throws the first blocker as the contract's error, with the message of the rule that refused. */
export function assertMayAnswer(invitation: AnswerableInvitation, viewer: Answerer | null, accepting?: { readonly withAgreement: boolean }): void {
  const blocker = answerBlocker(invitation, viewer, accepting);
  if (!blocker) return;
  switch (blocker.code) {
    case 'UNAUTHENTICATED':
      throw new DomainError(blocker.code, 'Sign in to continue.');
    case 'FORBIDDEN':
      throw new DomainError(
        blocker.code,
        blocker.reason === 'otherCustomer'
          ? 'This invitation was sent to another organisation; only that organisation can answer it.'
          : "Only a global administrator of the customer's organisation can answer an invitation.",
      );
    case 'CUSTOMER_AGREEMENT_REQUIRED':
      throw new DomainError(
        blocker.code,
        'Your organisation has to accept the customer agreement before a partner can purchase for it. Accept it together with this request.',
      );
    default:
      // The link state, the cloud and the market word their own refusals.
      if (invitation.status !== 'PENDING') throw closedLinkErrorOf(invitation.status);
      if (viewer) {
        for (const partner of partiesOf(invitation)) assertSameCloud(partner.cloud, viewer.tenant.cloud);
        for (const partner of partiesOf(invitation)) assertMayRelate(partner.country, viewer.tenant.country);
      }
      throw new Error(`answerBlocker found ${blocker.code}, but its rule did not`);
  }
}

/** The partners the customer would relate to: the requesting partner, then any indirect provider. */
function partiesOf(invitation: AnswerableInvitation): readonly { readonly cloud: CloudInstance; readonly country: string }[] {
  return invitation.indirectProvider ? [invitation.partner, invitation.indirectProvider] : [invitation.partner];
}

/** How a pending request reached a customer's inbox. */
export const InvitationSource = {
  /** The partner made it for this customer (by its id, or by a domain Partnerlink knew). */
  TENANT: 'TENANT',
  /** The partner pinned it to the customer's domain before the customer was in Partnerlink. */
  DOMAIN: 'DOMAIN',
  /** An open link someone in the customer's organisation opened while signed in. */
  OPENED_LINK: 'OPENED_LINK',
} as const;
export type InvitationSource = (typeof InvitationSource)[keyof typeof InvitationSource];

/** What an answer names: the link (its token, from the email) or the request (its id, from the inbox). */
export type AnswerTarget = { readonly token: string } | { readonly requestId: string };

/**
 * The request an answer is for: exactly one of the link's token and the request's id
 * (BAD_USER_INPUT, reason TOKEN_OR_REQUEST_ID, for both or neither). An empty string counts as
 * given: it is a wrong token or id, which the caller reports as not found.
 */
export function answerTarget(token: string | null | undefined, requestId: string | null | undefined): AnswerTarget {
  const hasToken = token !== null && token !== undefined;
  const hasId = requestId !== null && requestId !== undefined;
  if (hasToken === hasId) throw new DomainError('BAD_USER_INPUT', { reason: 'TOKEN_OR_REQUEST_ID' }, hasToken ? 'requestId' : 'token');
  return hasToken ? { token } : { requestId: requestId as string };
}
