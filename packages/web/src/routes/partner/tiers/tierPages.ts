import { canRun, type PartnerType, type Principal } from '@partnerlink/shared';
import type { MessageKey } from '../../../messages/en.js';

/** Which side of reseller authorisations a partner is on: the provider's resellers, or the reseller's providers. */
export type TierSide = 'PROVIDER' | 'RESELLER';

export interface TierPage {
  readonly side: TierSide;
  readonly path: '/resellers' | '/providers';
  readonly label: MessageKey;
}

const PAGES: { readonly [T in PartnerType]?: TierPage } = {
  INDIRECT_PROVIDER: { side: 'PROVIDER', path: '/resellers', label: 'nav.resellers' },
  INDIRECT_RESELLER: { side: 'RESELLER', path: '/providers', label: 'nav.providers' },
};

/**
 * The two-tier page a partner user has, if any: an indirect provider's Resellers, an indirect
 * reseller's Providers, for whoever may list authorisations (the api's rule, through canRun).
 * A direct partner, a customer or a user without the right has none.
 */
export function tierPageFor(principal: Principal | null, partnerType: PartnerType | null | undefined): TierPage | null {
  if (!principal || principal.tenantKind !== 'PARTNER' || !partnerType) return null;
  const page = PAGES[partnerType];
  return page && canRun(principal, 'resellerAuthorizations') ? page : null;
}
