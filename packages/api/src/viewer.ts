import type { ApiKeyScope, PartnerRole, TenantKind } from '@partnerlink/shared';

/** The signed-in user (or a partner's API key acting for its creator), as every service sees it. */
export interface Viewer {
  /** The person; for an API key, the user who created it. */
  readonly userId: string;
  /** The session, or null when an API key authenticated the request. */
  readonly sessionId: string | null;
  /** Set when an API key authenticated the request. */
  readonly apiKey?: { readonly id: string; readonly scopes: readonly ApiKeyScope[] };
  readonly email: string;
  readonly displayName: string;
  readonly tenantId: string;
  readonly tenantKind: TenantKind;
  readonly roles: readonly PartnerRole[];
}
