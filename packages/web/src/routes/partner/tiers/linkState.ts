import type { ErrorCode, PartnerType } from '@partnerlink/shared';

/** Why a link can no longer be accepted (the preview's closedReason, or the accept's error). */
export type ClosedReason = 'INVITATION_EXPIRED' | 'INVITATION_REVOKED' | 'INVITATION_ALREADY_USED';
/** Why this organisation cannot become the provider's reseller. */
export type Refusal = 'NOT_INDIRECT_RESELLER' | 'ALREADY_AUTHORIZED' | 'CLOUD_MISMATCH' | 'REGION_NOT_ALLOWED';

/** What the reseller authorisation link page shows. */
export type LinkState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'closed'; readonly reason: ClosedReason; readonly yours: boolean }
  | { readonly kind: 'refused'; readonly reason: Refusal }
  | { readonly kind: 'open'; readonly mayAccept: boolean }
  | { readonly kind: 'accepted' };

export interface LinkFacts {
  /** The preview: undefined while loading, null for an unknown link. */
  readonly preview: { readonly closedReason: ErrorCode | null; readonly acceptedByYourOrganization: boolean } | null | undefined;
  readonly partnerType: PartnerType | null;
  /** Whether the user's roles allow accepting (canRun acceptResellerAuthorization). */
  readonly mayAccept: boolean;
  /** The accept's outcome so far: nothing yet, done, or refused with a code (and reason). */
  readonly outcome: { readonly accepted: true } | { readonly code: ErrorCode; readonly reason?: string } | null;
}

const CLOSED: readonly string[] = ['INVITATION_EXPIRED', 'INVITATION_REVOKED', 'INVITATION_ALREADY_USED'] satisfies ClosedReason[];
const REFUSALS: readonly string[] = ['NOT_INDIRECT_RESELLER', 'ALREADY_AUTHORIZED', 'CLOUD_MISMATCH', 'REGION_NOT_ALLOWED'] satisfies Refusal[];

const isClosed = (code: string | null | undefined): code is ClosedReason => CLOSED.includes(code ?? '');
const isRefusal = (code: string | null | undefined): code is Refusal => REFUSALS.includes(code ?? '');

/**
 * The page's state, in the server's order: the link (unknown, closed) before the organisation (not
 * an indirect reseller), then what accepting said. A direct partner or a provider learns before it
 * clicks that it cannot accept; a race (someone else accepted meanwhile) reads like the closed link.
 * Anything else an accept answers (a network failure, RATE_LIMITED) stays on the open page as an error.
 */
export function linkState({ preview, partnerType, mayAccept, outcome }: LinkFacts): LinkState {
  if (outcome && 'accepted' in outcome) return { kind: 'accepted' };
  if (preview === undefined) return { kind: 'loading' };
  if (preview === null || outcome?.code === 'NOT_FOUND') return { kind: 'unknown' };
  if (isClosed(preview.closedReason)) return { kind: 'closed', reason: preview.closedReason, yours: preview.acceptedByYourOrganization };
  if (outcome && isClosed(outcome.code)) return { kind: 'closed', reason: outcome.code, yours: false };
  if (partnerType !== 'INDIRECT_RESELLER') return { kind: 'refused', reason: 'NOT_INDIRECT_RESELLER' };
  const refusal = outcome?.code === 'FAILED_PRECONDITION' ? outcome.reason : outcome?.code;
  if (isRefusal(refusal)) return { kind: 'refused', reason: refusal };
  return { kind: 'open', mayAccept };
}
