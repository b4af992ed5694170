import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../../test/render.js';
import { NewRequestDialog } from '../NewRequestDialog.js';
import { EligibilityPanel, RequestEligibilityQuery, type Eligibility } from './EligibilityPanel.js';
import { ELIGIBILITY_MESSAGES, type EligibilityMessageKey } from './messages.js';

const UNKNOWN: Eligibility = {
  __typename: 'RequestEligibility',
  domain: 'new.example',
  known: false,
  tenant: null,
  customer: null,
  agreementOnFile: null,
  pendingRequest: null,
  canRequest: true,
  blocker: null,
};
const FABRIKAM_TENANT = { __typename: 'TenantLookup' as const, id: 'c1', country: 'DE', cloud: 'PUBLIC' as const };
const MINE: Eligibility = {
  ...UNKNOWN,
  domain: 'fabrikam.example',
  known: true,
  tenant: FABRIKAM_TENANT,
  customer: {
    __typename: 'Customer',
    id: 'c1',
    companyName: 'Fabrikam GmbH',
    resellerRelationship: { __typename: 'Relationship', id: 'r1', status: 'ACTIVE' },
    adminRelationship: null,
  },
  agreementOnFile: false,
  canRequest: false,
  blocker: 'ALREADY_RELATED',
};

function panelText(eligibility: Eligibility, locale: 'en' | 'de' = 'en') {
  renderPage(<EligibilityPanel eligibility={eligibility} checking={null} />, { locale });
  return screen.getByTestId('eligibility').textContent;
}

describe('the eligibility panel', () => {
  it('an unknown domain: only the organisation that gets it can accept', () => {
    expect(panelText(UNKNOWN)).toBe('No organisation with this domain uses Partnerlink yet — only the one that gets it can accept.');
  });

  it('your customer: its name, country and cloud, that you resell to it (a link), the agreement, and why no new request', () => {
    expect(panelText(MINE)).toBe(
      'Known customer: Fabrikam GmbH (Germany, Public cloud)' +
        'You already resell to this customer — open it' +
        'Customer agreement not on file yet.' +
        'You cannot ask for a reseller relationship here: you already resell to this customer, so a new request would change nothing. For admin access, use “Request admin access” on its page.',
    );
    expect(screen.getByRole('link', { name: 'open it' }).getAttribute('href')).toBe('/customers/c1');
  });

  it('in German', () => {
    expect(panelText(MINE, 'de')).toContain('Bekannter Kunde: Fabrikam GmbH (Deutschland, ');
    expect(screen.getByTestId('eligibility').textContent).toContain('Kundenvereinbarung liegt noch nicht vor.');
  });

  it("another partner's customer shows no name; another market says why", () => {
    const text = panelText({ ...UNKNOWN, domain: 'adatum.example', known: true, tenant: { ...FABRIKAM_TENANT, country: 'US' }, canRequest: false, blocker: 'REGION_NOT_ALLOWED' });
    expect(text).toBe(
      'An organisation with this domain uses Partnerlink (United States, Public cloud).' +
        'You cannot ask for a reseller relationship here: this customer’s country (United States) is outside your market.',
    );
  });

  it('another cloud names both clouds', () => {
    const text = panelText({ ...UNKNOWN, known: true, tenant: { ...FABRIKAM_TENANT, cloud: 'US_GOVERNMENT' }, canRequest: false, blocker: 'CLOUD_MISMATCH' });
    expect(text).toContain('this customer is in Microsoft Cloud for US Government; you are in Public cloud');
  });

  it('a pending request links to it', () => {
    panelText({ ...UNKNOWN, pendingRequest: { __typename: 'RelationshipRequest', id: 'req-1' }, canRequest: false, blocker: 'REQUEST_PENDING' });
    expect(screen.getByRole('link', { name: 'open it' }).getAttribute('href')).toBe('/requests?status=PENDING&request=req-1');
    expect(screen.getByTestId('eligibility').textContent).toContain('A request from you is pending for this domain');
  });

  it("a partner's domain is not called unknown", () => {
    expect(panelText({ ...UNKNOWN, canRequest: false, blocker: 'DOMAIN_NOT_CUSTOMER' })).toBe(
      'You cannot ask for a reseller relationship here: this domain belongs to a partner organisation, not a customer.',
    );
  });

  it('every text is in German too, with the same placeholders', () => {
    const keys = Object.keys(ELIGIBILITY_MESSAGES.en) as EligibilityMessageKey[];
    expect(keys.filter((key) => ELIGIBILITY_MESSAGES.de[key] === ELIGIBILITY_MESSAGES.en[key])).toEqual([]);
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join();
    expect(keys.filter((key) => names(ELIGIBILITY_MESSAGES.en[key]) !== names(ELIGIBILITY_MESSAGES.de[key]))).toEqual([]);
  });
});

describe('the request dialog checks the domain typed', () => {
  it('once typing pauses: the panel says why, and Create is disabled', async () => {
    renderPage(<NewRequestDialog onClose={() => undefined} />, {
      mocks: [{ request: { query: RequestEligibilityQuery, variables: { domain: 'fabrikam.example', adminAccess: false } }, result: { data: { requestEligibility: MINE } } }],
    });
    fireEvent.change(screen.getByLabelText('Customer’s domain (optional)'), { target: { value: 'not a domain' } });
    expect(screen.queryByTestId('eligibility')).toBeNull();
    fireEvent.change(screen.getByLabelText('Customer’s domain (optional)'), { target: { value: 'Fabrikam.example' } });
    expect(screen.getByTestId('eligibility').textContent).toBe('Checking fabrikam.example…');
    await screen.findByText('Known customer: Fabrikam GmbH (Germany, Public cloud)');
    expect((screen.getByRole('button', { name: 'Create request' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
