import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenAccepted, givenCustomer, givenPartner, givenPendingRequest, REQUEST, type GivenTenant } from './support/given.js';
import { startServer, type TestServer } from './support/start-server.js';

// Rule 13: the partner sees eligibility before a link exists (requestEligibility), and the verdict
// is the mutation's: whenever the preview says "cannot", requestResellerRelationship refuses with
// the same code and reason; whenever it says "can", the request is made.

let server: TestServer;

const ELIGIBILITY = `query Eligibility($domain: String!, $adminAccess: Boolean) {
  requestEligibility(domain: $domain, adminAccess: $adminAccess) {
    domain known tenant { id domain country cloud } market marketName
    customer { id companyName resellerRelationship { status } adminRelationship { status } }
    agreementOnFile pendingRequest { id status } adminAccess canRequest blocker blockerCode blockerMessage
  }
}`;

interface Eligibility {
  domain: string;
  known: boolean;
  tenant: { id: string; domain: string; country: string; cloud: string } | null;
  market: string | null;
  marketName: string | null;
  customer: { id: string; companyName: string; resellerRelationship: { status: string } | null; adminRelationship: { status: string } | null } | null;
  agreementOnFile: boolean | null;
  pendingRequest: { id: string; status: string } | null;
  adminAccess: boolean;
  canRequest: boolean;
  blocker: string | null;
  blockerCode: string | null;
  blockerMessage: string | null;
}

async function eligibility(partner: GivenTenant, domain: string, adminAccess = false) {
  const sales = await partner.as('SALES_AGENT');
  return (await sales.data<{ requestEligibility: Eligibility }>(ELIGIBILITY, { domain, adminAccess })).requestEligibility;
}

/** What the mutation answers for the domain: 'OK', or the error's code and reason. */
async function requestOutcome(partner: GivenTenant, domain: string, adminAccess = false) {
  const sales = await partner.as('SALES_AGENT');
  const response = await sales.request(REQUEST, { input: { locale: 'en', domain, includeDelegatedAdmin: adminAccess, recipientEmail: `it@${domain}` } });
  const error = response.errors?.[0];
  return error ? { code: error.extensions?.code, reason: error.extensions?.reason ?? error.extensions?.code } : 'OK';
}

beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.stop());

describe('what the partner sees before a link exists', () => {
  it('an unknown domain: no organisation uses Partnerlink with it yet, and a request can be made', async () => {
    const partner = await givenPartner(server);
    const result = await eligibility(partner, '  New-Company.Example ');
    expect(result).toEqual({
      domain: 'new-company.example',
      known: false,
      tenant: null,
      market: null,
      marketName: null,
      customer: null,
      agreementOnFile: null,
      pendingRequest: null,
      adminAccess: false,
      canRequest: true,
      blocker: null,
      blockerCode: null,
      blockerMessage: null,
    });
  });

  it("a known customer of no relationship with this partner: only public directory facts, with its market", async () => {
    const partner = await givenPartner(server);
    const fabrikam = await givenCustomer(server, { name: 'Fabrikam Secret Name GmbH', country: 'AT' });
    const result = await eligibility(partner, fabrikam.domain);
    expect(result).toMatchObject({
      known: true,
      tenant: { id: fabrikam.id, domain: fabrikam.domain, country: 'AT', cloud: 'PUBLIC' },
      market: 'EUROPE',
      marketName: 'Europe',
      customer: null,
      agreementOnFile: null,
      canRequest: true,
    });
    expect(JSON.stringify(result)).not.toContain('Fabrikam Secret Name');
  });

  it("this partner's customer: its name, relationships and agreement, and the pending request with its id", async () => {
    const partner = await givenPartner(server);
    const northwind = await givenCustomer(server, { name: 'Northwind Eligibility AG' });
    await givenAccepted(partner, northwind, true);
    const related = await eligibility(partner, northwind.domain);
    expect(related).toMatchObject({
      customer: { id: northwind.id, companyName: 'Northwind Eligibility AG', resellerRelationship: { status: 'ACTIVE' }, adminRelationship: { status: 'ACTIVE' } },
      agreementOnFile: true,
      canRequest: false,
      blocker: 'ALREADY_RELATED',
      blockerCode: 'FAILED_PRECONDITION',
      blockerMessage: 'Northwind Eligibility AG already has a reseller relationship with you.',
    });

    const fresh = await givenCustomer(server, { name: 'Pending Eligibility AG' });
    const invitation = await givenPendingRequest(partner, { domain: fresh.domain });
    expect(await eligibility(partner, fresh.domain)).toMatchObject({ customer: null, pendingRequest: { id: invitation.request.id, status: 'PENDING' }, blocker: 'REQUEST_PENDING' });
  });

  it('an invalid domain is refused on its field with the reason the mutation gives', async () => {
    const partner = await givenPartner(server);
    const sales = await partner.as('SALES_AGENT');
    const error = await sales.error(ELIGIBILITY, { domain: 'not a domain' });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'domain' });
    const refused = await sales.error(REQUEST, { input: { locale: 'en', domain: 'not a domain', recipientEmail: 'a@b.example' } });
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: error.extensions?.reason });
  });

  it('an API key with the READ scope may ask', async () => {
    const partner = await givenPartner(server);
    const admin = await partner.as('ADMIN_AGENT');
    const created = await admin.data<{ createApiKey: { secret: string } }>(
      'mutation Key($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
      { input: { name: 'eligibility', scopes: ['READ'] } },
    );
    const key = server.client(created.createApiKey.secret);
    const data = await key.data<{ requestEligibility: Eligibility }>(ELIGIBILITY, { domain: 'someone.example' });
    expect(data.requestEligibility.canRequest).toBe(true);
  });
});

describe('the verdict is the mutation’s', () => {
  type Scenario = { case: string; setUp(partner: GivenTenant): Promise<string>; adminAccess?: boolean; blocker: string | null };
  const scenarios: Scenario[] = [
    { case: 'an unknown domain', setUp: async () => `unknown-${Math.random().toString(36).slice(2, 8)}.example`, blocker: null },
    { case: 'a known customer', setUp: async () => (await givenCustomer(server)).domain, blocker: null },
    { case: "a partner's domain", setUp: async () => (await givenPartner(server)).domain, blocker: 'DOMAIN_NOT_CUSTOMER' },
    { case: "the partner's own domain", setUp: async (partner) => partner.domain, blocker: 'DOMAIN_NOT_CUSTOMER' },
    { case: 'a customer in another cloud', setUp: async () => (await givenCustomer(server, { cloud: 'US_GOVERNMENT', country: 'DE' })).domain, blocker: 'CLOUD_MISMATCH' },
    { case: 'a customer in another market', setUp: async () => (await givenCustomer(server, { country: 'US' })).domain, blocker: 'REGION_NOT_ALLOWED' },
    {
      case: 'a customer already resold to',
      setUp: async (partner) => {
        const customer = await givenCustomer(server);
        await givenAccepted(partner, customer);
        return customer.domain;
      },
      blocker: 'ALREADY_RELATED',
    },
    {
      case: 'admin access for a customer resold to without it',
      setUp: async (partner) => {
        const customer = await givenCustomer(server);
        await givenAccepted(partner, customer);
        return customer.domain;
      },
      adminAccess: true,
      blocker: null,
    },
    {
      case: 'admin access for a customer resold to with it',
      setUp: async (partner) => {
        const customer = await givenCustomer(server);
        await givenAccepted(partner, customer, true);
        return customer.domain;
      },
      adminAccess: true,
      blocker: 'ALREADY_RELATED_WITH_ADMIN',
    },
    {
      case: 'a pending request for a known customer',
      setUp: async (partner) => {
        const customer = await givenCustomer(server);
        await givenPendingRequest(partner, { customerId: customer.id });
        return customer.domain;
      },
      blocker: 'REQUEST_PENDING',
    },
    {
      case: 'a pending request for an unknown domain',
      setUp: async (partner) => {
        const domain = `pending-${Math.random().toString(36).slice(2, 8)}.example`;
        await givenPendingRequest(partner, { domain });
        return domain;
      },
      blocker: 'REQUEST_PENDING',
    },
  ];

  it.each(scenarios)('$case: $blocker', async ({ setUp, adminAccess = false, blocker }) => {
    const partner = await givenPartner(server, { country: 'DE' });
    const domain = await setUp(partner);
    const preview = await eligibility(partner, domain, adminAccess);
    expect(preview.blocker).toBe(blocker);
    expect(preview.canRequest).toBe(blocker === null);
    const outcome = await requestOutcome(partner, domain, adminAccess);
    expect(outcome).toEqual(blocker === null ? 'OK' : { code: preview.blockerCode, reason: blocker });
    if (blocker === null) {
      // The request now made stands in the way of the next one, in the preview as in the mutation.
      expect((await eligibility(partner, domain, adminAccess)).blocker).toBe('REQUEST_PENDING');
    }
  });
});

describe('tenant isolation', () => {
  it("another partner's pending requests and relationships never show", async () => {
    const mine = await givenPartner(server);
    const theirs = await givenPartner(server);
    const shared = await givenCustomer(server, { name: 'Shared Customer AG' });
    await givenAccepted(theirs, shared, true);
    const other = await givenCustomer(server);
    await givenPendingRequest(theirs, { customerId: other.id });
    const unknownDomain = `theirs-${Math.random().toString(36).slice(2, 8)}.example`;
    await givenPendingRequest(theirs, { domain: unknownDomain });

    for (const domain of [shared.domain, other.domain, unknownDomain]) {
      const result = await eligibility(mine, domain);
      expect(result).toMatchObject({ customer: null, agreementOnFile: null, pendingRequest: null, canRequest: true, blocker: null });
      expect(JSON.stringify(result)).not.toContain('Shared Customer AG');
    }
    // The other partner sees its own.
    expect(await eligibility(theirs, other.domain)).toMatchObject({ blocker: 'REQUEST_PENDING' });
    expect(await eligibility(theirs, shared.domain)).toMatchObject({ customer: { companyName: 'Shared Customer AG' }, blocker: 'ALREADY_RELATED' });
  });
});

describe("the email of an admin-only request to a customer the partner resells to", () => {
  const ASK = 'mutation($input: RequestAdminRelationshipInput!) { requestAdminRelationship(input: $input) { email { subject body } request { id } } }';
  const REVOKE = 'mutation($id: ID!) { revokeRelationshipRequest(id: $id) { id } }';

  it('asks for admin access alone, says the reseller relationship stays and an admin access in force is replaced; in English and German', async () => {
    const partner = await givenPartner(server, { name: 'Contoso Eligibility GmbH' });
    const customer = await givenCustomer(server, { name: 'Fabrikam Eligibility GmbH' });
    await givenAccepted(partner, customer);
    const sales = await partner.as('SALES_AGENT');
    const ask = async (locale: 'en' | 'de') => {
      const { requestAdminRelationship: asked } = await sales.data<{ requestAdminRelationship: { email: { subject: string; body: string }; request: { id: string } } }>(ASK, {
        input: { customerId: customer.id, locale, recipientName: 'Frieda', adminAccess: { roles: ['HELPDESK_ADMINISTRATOR'], duration: 'P30D' } },
      });
      // One pending request per customer: withdrawn, so the next language can be asked.
      await sales.data(REVOKE, { id: asked.request.id });
      return asked.email;
    };

    const en = await ask('en');
    expect(en.subject).toBe('Contoso Eligibility GmbH asks for admin access to your organisation');
    expect(en.body).toContain(
      'Contoso Eligibility GmbH, your Cloud Solution Provider partner, asks for admin access to your organisation\'s Microsoft services. ' +
        'Your reseller relationship with Contoso Eligibility GmbH stays as it is, and no customer agreement is needed. ' +
        'If Contoso Eligibility GmbH already has admin access, accepting replaces it with the roles and term below.',
    );
    expect(en.body).toContain('The link is meant for Fabrikam Eligibility GmbH only');
    expect(en.body).not.toMatch(/would like to become|purchase/);

    const de = await ask('de');
    expect(de.subject).toBe('Contoso Eligibility GmbH bittet um Administratorzugriff auf Ihre Organisation');
    expect(de.body).toContain(
      'Ihre Handelspartnerbeziehung mit Contoso Eligibility GmbH bleibt, wie sie ist; eine Kundenvereinbarung ist nicht nötig. ' +
        'Hat Contoso Eligibility GmbH bereits Administratorzugriff, ersetzt die Annahme ihn durch die unten aufgeführten Rollen und die Laufzeit.',
    );
    expect(de.body).not.toMatch(/werden\. Wenn Sie zustimmen|kaufen/);
  });
});
