import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenAccepted, givenCustomer, givenPartner, type GivenTenant } from './support/given.js';
import { startServer, type TestServer } from './support/start-server.js';

let server: TestServer;
let contoso: GivenTenant;
let fourth: GivenTenant;

const MINE = `{ partnerRelationships(first: 20) { totalCount edges { node { id type status endedBy partner { name country partnerId } } } } }`;
const END = 'mutation($id: ID!) { endRelationship(id: $id) { id status endedBy endedAt } }';
type MineData = {
  partnerRelationships: {
    totalCount: number;
    edges: { node: { id: string; type: string; status: string; endedBy: string | null; partner: { name: string } } }[];
  };
};

beforeAll(async () => {
  server = await startServer();
  contoso = await givenPartner(server, { country: 'DE', name: 'Contoso Rel GmbH' });
  fourth = await givenPartner(server, { country: 'FR', name: 'Fourth Rel SAS' });
});
afterAll(() => server.stop());

describe("the customer's own partner list", () => {
  it('shows every partner relationship with the partner profile', async () => {
    const customer = await givenCustomer(server);
    await givenAccepted(contoso, customer, true);
    await givenAccepted(fourth, customer, false);
    const data = await (await customer.as('GLOBAL_ADMIN')).data<MineData>(MINE);
    expect(data.partnerRelationships.totalCount).toBe(3);
    expect(data.partnerRelationships.edges.map((e) => `${e.node.partner.name}:${e.node.type}`).sort()).toEqual([
      'Contoso Rel GmbH:DELEGATED_ADMIN',
      'Contoso Rel GmbH:RESELLER',
      'Fourth Rel SAS:RESELLER',
    ]);
    const billing = await (await customer.as('BILLING_ADMIN')).data<MineData>(MINE);
    expect(billing.partnerRelationships.totalCount).toBe(3);
  });

  it('pages one at a time, newest first, through relationships created at the same moment, without gaps or repeats', async () => {
    const customer = await givenCustomer(server);
    const older = await givenAccepted(fourth, customer, false);
    const pair = await givenAccepted(contoso, customer, true); // reseller and admin in one transaction
    const admin = await customer.as('GLOBAL_ADMIN');
    type Page = { partnerRelationships: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string; createdAt: string } }[] } };
    const seen: { id: string; createdAt: string }[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i += 1) {
      const page: Page = await admin.data<Page>(
        'query($after: String) { partnerRelationships(first: 1, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id createdAt } } } }',
        { after },
      );
      seen.push(...page.partnerRelationships.edges.map((e) => e.node));
      if (!page.partnerRelationships.pageInfo.hasNextPage) break;
      after = page.partnerRelationships.pageInfo.endCursor;
    }
    expect(seen[0]?.createdAt).toBe(seen[1]?.createdAt);
    const newest = [pair.reseller, pair.admin].sort().reverse(); // same time: the larger id first
    expect(seen.map((r) => r.id)).toEqual([...newest, older.reseller]);
  });

  it('the global admin ends admin permissions; the partner sees them ended by the customer', async () => {
    const customer = await givenCustomer(server);
    const { admin } = await givenAccepted(contoso, customer, true);
    const ended = await (await customer.as('GLOBAL_ADMIN')).data<{ endRelationship: { status: string; endedBy: string } }>(END, {
      id: admin,
    });
    expect(ended.endRelationship).toMatchObject({ status: 'TERMINATED', endedBy: 'CUSTOMER' });
    const partnerView = await (await contoso.as('SALES_AGENT')).data<{
      customer: { adminRelationship: { status: string; endedBy: string }; resellerRelationship: { status: string } };
    }>('query($id: ID!) { customer(id: $id) { adminRelationship { status endedBy } resellerRelationship { status } } }', {
      id: customer.id,
    });
    expect(partnerView.customer).toEqual({
      adminRelationship: { status: 'TERMINATED', endedBy: 'CUSTOMER' },
      resellerRelationship: { status: 'ACTIVE' },
    });
    const log = await (await contoso.as('HELPDESK_AGENT')).data<{ activityLog: { edges: { node: { type: string } }[] } }>(
      '{ activityLog(first: 1) { edges { node { type } } } }',
    );
    expect(log.activityLog.edges[0]?.node.type).toBe('RELATIONSHIP_ENDED');
  });

  it('a customer BILLING_ADMIN may read but not end (FORBIDDEN); ending twice is refused', async () => {
    const customer = await givenCustomer(server);
    const { reseller } = await givenAccepted(contoso, customer);
    expect(await (await customer.as('BILLING_ADMIN')).errorCode(END, { id: reseller })).toBe('FORBIDDEN');
    const admin = await customer.as('GLOBAL_ADMIN');
    await admin.data(END, { id: reseller });
    const again = await admin.error(END, { id: reseller });
    expect(again.extensions).toEqual({ code: 'FAILED_PRECONDITION', status: 'TERMINATED', reason: 'RELATIONSHIP_ENDED' });
    const partnerSide = await (await contoso.as('ADMIN_AGENT')).error(END, { id: reseller });
    expect(partnerSide.extensions).toEqual({ code: 'FAILED_PRECONDITION', status: 'TERMINATED', reason: 'RELATIONSHIP_ENDED' });
  });

  it('a customer can invite the same partner again after ending, and never holds two active relationships of a type (new admin terms replace the old)', async () => {
    const customer = await givenCustomer(server);
    const first = await givenAccepted(contoso, customer);
    const admin = await customer.as('GLOBAL_ADMIN');
    await admin.data(END, { id: first.reseller });
    const second = await givenAccepted(contoso, customer, true);
    expect(second.reseller).not.toBe(first.reseller);
    const again = await givenAccepted(contoso, customer, true);
    expect(again.reseller).toBe(second.reseller);
    expect(again.admin).not.toBe(second.admin);
    const data = await admin.data<MineData>(MINE);
    const active = data.partnerRelationships.edges.filter((e) => e.node.status === 'ACTIVE').map((e) => e.node.type);
    expect(active.sort()).toEqual(['DELEGATED_ADMIN', 'RESELLER']);
    const replaced = data.partnerRelationships.edges.find((e) => e.node.id === second.admin)?.node;
    expect(replaced).toMatchObject({ status: 'TERMINATED', endedBy: 'CUSTOMER' });
  });
});
