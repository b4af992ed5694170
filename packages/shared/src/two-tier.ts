import { DomainError, failedPrecondition } from './errors.js';
import { PartnerType } from './tenants.js';

// Two tiers (DESIGN.md rule 15): an indirect reseller's customer request names one of its active
// indirect providers; the provider becomes the customer's reseller of record, the reseller gets an
// INDIRECT_RESELLER relationship. These rules decide who names a provider; the api reads the facts.

/**
 * Whether a reseller request must, may or may not name an indirect provider, by the requesting
 * partner's type: an INDIRECT_RESELLER cannot be reseller of record itself, so it must name one
 * (BAD_USER_INPUT, reason INDIRECT_PROVIDER_REQUIRED); any other partner is reseller of record
 * and may not (FAILED_PRECONDITION, reason INDIRECT_PROVIDER_NOT_ALLOWED).
 */
export function assertIndirectProviderChoice(partnerType: PartnerType | null, indirectProviderId: string | null): void {
  const isReseller = partnerType === PartnerType.INDIRECT_RESELLER;
  if (isReseller && !indirectProviderId) throw new DomainError('BAD_USER_INPUT', { reason: 'INDIRECT_PROVIDER_REQUIRED' }, 'indirectProviderId');
  if (!isReseller && indirectProviderId) throw failedPrecondition({ reason: 'INDIRECT_PROVIDER_NOT_ALLOWED' }, { partnerType: partnerType ?? 'NONE' });
}

/** The named provider is not one the reseller has an ACTIVE authorisation with (also for an unknown id). */
export function providerNotAuthorizedError(indirectProviderId: string): DomainError {
  return failedPrecondition({ reason: 'PROVIDER_NOT_AUTHORIZED' }, { indirectProviderId });
}

/**
 * The associated partner an indirect provider's order is tagged with: the one it names, which must
 * be among the customer's indirect resellers through this provider (FAILED_PRECONDITION, reason
 * NOT_ASSOCIATED_RESELLER), else the one the customer came through most recently; none for a
 * customer the provider serves directly. `resellers` are newest first.
 */
export function associatedPartnerFor(named: string | null, resellers: readonly string[]): string | null {
  if (named === null) return resellers[0] ?? null;
  if (!resellers.includes(named)) throw failedPrecondition({ reason: 'NOT_ASSOCIATED_RESELLER' }, { associatedPartnerId: named });
  return named;
}
