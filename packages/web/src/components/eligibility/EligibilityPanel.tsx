import { useQuery } from '@apollo/client/react';
import { domainProblem } from '@partnerlink/shared';
import { Link } from 'react-router';
import { graphql } from '../../gql/index.js';
import type { RequestEligibilityQueryQuery } from '../../gql/graphql.js';
import { useDebouncedValue } from '../../hooks/useDebouncedValue.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useViewer } from '../../viewer/ViewerContext.js';
import { useEligibilityText } from './messages.js';

// DESIGN.md rule 13: while the partner types a domain, what it may know before a link exists, and
// whether the request can be made (the api's requestEligibility; the mutation still checks).

export const RequestEligibilityQuery = graphql(`
  query RequestEligibilityQuery($domain: String!, $adminAccess: Boolean, $indirectProviderId: ID) {
    requestEligibility(domain: $domain, adminAccess: $adminAccess, indirectProviderId: $indirectProviderId) {
      domain
      known
      tenant { id country cloud }
      customer { id companyName resellerRelationship { id status } adminRelationship { id status } }
      agreementOnFile
      pendingRequest { id }
      canRequest
      blocker
    }
  }
`);

export type Eligibility = RequestEligibilityQueryQuery['requestEligibility'];

/** How long typing must pause before the domain is checked. */
export const ELIGIBILITY_DEBOUNCE_MS = 300;

/**
 * The eligibility of the domain typed, checked once typing pauses and only for a valid domain:
 * `eligibility` is for the domain now typed (null while it is being checked, or with none),
 * `checking` the domain being checked, `blocked` whether the request cannot be made. An indirect
 * reseller passes the provider it chose: the customer is checked against both partners.
 */
export function useRequestEligibility(typed: string, adminAccess: boolean, enabled: boolean, indirectProviderId: string | null = null) {
  const domain = typed.trim().toLowerCase();
  const valid = enabled && domain !== '' && domainProblem(domain) === null;
  const settled = useDebouncedValue(valid ? domain : '', ELIGIBILITY_DEBOUNCE_MS);
  const { data, error } = useQuery(RequestEligibilityQuery, {
    variables: indirectProviderId ? { domain: settled, adminAccess, indirectProviderId } : { domain: settled, adminAccess },
    skip: settled === '',
    fetchPolicy: 'network-only',
  });
  const answer = data?.requestEligibility;
  const eligibility = valid && answer?.domain === domain ? answer : null;
  // A failed check shows nothing: the server still checks when the request is made.
  return { eligibility, checking: valid && !eligibility && !error ? domain : null, blocked: eligibility ? !eligibility.canRequest : false };
}

/** What the partner may know of the domain's organisation, in plain words, and why a request cannot be made. */
export function EligibilityPanel({ eligibility, checking }: { eligibility: Eligibility | null; checking: string | null }) {
  const { t, country } = useI18n();
  const et = useEligibilityText();
  const viewer = useViewer();
  if (!eligibility) {
    return checking ? <p className="muted" role="status" data-testid="eligibility">{et('elig.checking', { domain: checking })}</p> : null;
  }
  const { tenant, customer, blocker, pendingRequest } = eligibility;
  const reseller = customer?.resellerRelationship ?? null;
  const where = tenant ? { country: country(tenant.country), cloud: t(`cloud.${tenant.cloud}`) } : null;
  const customerLink = customer ? <Link to={`/customers/${encodeURIComponent(customer.id)}`}>{et('elig.openCustomer')}</Link> : null;
  return (
    <div className={`notice ${blocker ? 'notice--warning' : 'notice--info'} eligibility`} role="status" data-testid="eligibility">
      <ul className="eligibility__facts">
        {where ? (
          <li>{customer ? et('elig.knownCustomer', { company: customer.companyName, ...where }) : et('elig.knownOrganisation', where)}</li>
        ) : blocker === 'DOMAIN_NOT_CUSTOMER' ? null : (
          <li>{et('elig.unknown')}</li>
        )}
        {reseller?.status === 'ACTIVE' ? <li>{et('elig.resells')} {customerLink}</li> : reseller ? <li>{et('elig.resellsEnded')} {customerLink}</li> : null}
        {customer?.adminRelationship?.status === 'ACTIVE' ? <li>{et('elig.admin')}</li> : null}
        {pendingRequest ? (
          <li>
            {et('elig.pending')}{' '}
            <Link to={`/requests?status=PENDING&request=${encodeURIComponent(pendingRequest.id)}`}>{et('elig.openPending')}</Link>
          </li>
        ) : null}
        {eligibility.agreementOnFile === null ? null : <li>{et(eligibility.agreementOnFile ? 'elig.agreement' : 'elig.noAgreement')}</li>}
      </ul>
      {blocker ? (
        <p className="eligibility__blocker">
          <strong>{et('elig.cannot')}</strong>{' '}
          {et(`elig.blocker.${blocker}`, { cloud: where?.cloud ?? '', partnerCloud: t(`cloud.${viewer.tenant.cloud}`), country: where?.country ?? '' })}
        </p>
      ) : null}
    </div>
  );
}
