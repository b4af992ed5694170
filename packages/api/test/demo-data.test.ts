import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, loadDemoData } from '../src/db/demo-data.js';
import { signIn } from './support/given.js';
import type { Client } from './support/gql.js';
import { startServer, type TestServer } from './support/start-server.js';

interface DemoRequest {
  status: string;
  includesDelegatedAdmin: boolean;
  approvedRoles: string[] | null;
  viewedAt: string | null;
  answeredAt: string | null;
  revokedAt: string | null;
  sentTo: string | null;
  customer: { companyName: string; resellerRelationship: { status: string } | null } | null;
  answeredBy: { displayName: string } | null;
  revokedBy: { displayName: string } | null;
}

describe('the demo data', () => {
  let server: TestServer;
  let gina: Client;
  let requests: DemoRequest[];

  beforeAll(async () => {
    server = await startServer();
    expect(await loadDemoData(server.db)).toBe(true);
    gina = await signIn(server, 'gina.global@contoso-partner.example', DEMO_PASSWORD);
    const data = await gina.data<{ relationshipRequests: { edges: { node: DemoRequest }[] } }>(`{
      relationshipRequests(first: 100) { edges { node {
        status includesDelegatedAdmin approvedRoles viewedAt answeredAt revokedAt sentTo
        customer { companyName resellerRelationship { status } }
        answeredBy { displayName } revokedBy { displayName }
      } } }
    }`);
    requests = data.relationshipRequests.edges.map((edge) => edge.node);
  });
  afterAll(() => server?.stop());

  it('gives Contoso requests in every state, so the requests page shows each', () => {
    expect(new Set(requests.map((r) => r.status))).toEqual(new Set(['PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'REVOKED']));
    const pending = requests.filter((r) => r.status === 'PENDING');
    expect(pending.some((r) => r.viewedAt !== null)).toBe(true);
    expect(pending.some((r) => r.sentTo !== null)).toBe(true);
  });

  it('has accepted requests for customers whose relationships they created, answered and timed', () => {
    const accepted = requests.filter((r) => r.status === 'ACCEPTED');
    expect(accepted.length).toBeGreaterThan(1);
    for (const request of accepted) {
      expect(request.customer?.resellerRelationship?.status).toBe('ACTIVE');
      expect(request.answeredAt).not.toBeNull();
      expect(request.answeredBy?.displayName).toBe('IT Director');
      expect(request.viewedAt).not.toBeNull();
      if (request.includesDelegatedAdmin) expect(request.approvedRoles?.length).toBeGreaterThan(0);
    }
    expect(accepted.some((r) => r.includesDelegatedAdmin)).toBe(true);
  });

  it('records who declined and who revoked', () => {
    const declined = requests.find((r) => r.status === 'DECLINED');
    expect(declined?.answeredBy?.displayName).toBe('Frieda Fabrikam');
    expect(declined?.customer?.companyName).toBe('Fabrikam GmbH');
    expect(requests.find((r) => r.status === 'REVOKED')?.revokedBy?.displayName).toBe('Sam Sales');
  });

  it('has an activity entry for every answer, revocation, expiry and email', async () => {
    const types: string[] = [];
    let after: string | null = null;
    for (;;) {
      const data: { activityLog: { edges: { node: { type: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await gina.data(
        'query Log($after: String) { activityLog(first: 100, after: $after) { edges { node { type } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      types.push(...data.activityLog.edges.map((edge) => edge.node.type));
      if (!data.activityLog.pageInfo.hasNextPage) break;
      after = data.activityLog.pageInfo.endCursor;
    }
    expect(types.filter((type) => type === 'REQUEST_ACCEPTED')).toHaveLength(requests.filter((r) => r.status === 'ACCEPTED').length);
    for (const type of ['REQUEST_DECLINED', 'REQUEST_REVOKED', 'REQUEST_EXPIRED', 'REQUEST_EMAILED']) expect(types).toContain(type);
  });

  it('puts a request in Wingtip’s inbox: Litware asks to resell, with helpdesk roles, and Wendy Wingtip sees it on signing in', async () => {
    const wendy = await signIn(server, 'admin@wingtip-gov.example', DEMO_PASSWORD);
    const data = await wendy.data<{ pendingInvitations: { edges: { node: { partner: { name: string }; reachedBy: string; includesReseller: boolean; adminAccess: { roles: string[] } | null } }[] } }>(
      '{ pendingInvitations(first: 10) { edges { node { partner { name } reachedBy includesReseller adminAccess { roles } } } } }',
    );
    expect(data.pendingInvitations.edges.map((edge) => edge.node)).toEqual([
      { partner: { name: 'Litware Federal LLC' }, reachedBy: 'TENANT', includesReseller: true, adminAccess: { roles: expect.arrayContaining(['HELPDESK_ADMINISTRATOR']) } },
    ]);
  });

  it('has two tiers: Tailspin Distribution (indirect provider) authorised Proseware IT Services (indirect reseller); Contoso is direct', async () => {
    const tina = await signIn(server, 'tina.provider@tailspin-distribution.example', DEMO_PASSWORD);
    const paul = await signIn(server, 'paul.reseller@proseware-it.example', DEMO_PASSWORD);
    const query = '{ viewer { roles tenant { partnerType } } resellerAuthorizations { totalCount edges { node { status provider { name } reseller { name } } } } }';
    type Answer = { viewer: { roles: string[]; tenant: { partnerType: string } }; resellerAuthorizations: { totalCount: number; edges: { node: unknown }[] } };
    const authorization = { status: 'ACTIVE', provider: { name: 'Tailspin Distribution GmbH' }, reseller: { name: 'Proseware IT Services GmbH' } };
    const fromTina = await tina.data<Answer>(query);
    expect(fromTina.viewer).toEqual({ roles: ['ADMIN_AGENT'], tenant: { partnerType: 'INDIRECT_PROVIDER' } });
    expect(fromTina.resellerAuthorizations.edges.map((edge) => edge.node)).toEqual([authorization]);
    const fromPaul = await paul.data<Answer>(query);
    expect(fromPaul.viewer).toEqual({ roles: ['SALES_AGENT'], tenant: { partnerType: 'INDIRECT_RESELLER' } });
    expect(fromPaul.resellerAuthorizations.edges.map((edge) => edge.node)).toEqual([authorization]);
    const petra = await signIn(server, 'petra.global@proseware-it.example', DEMO_PASSWORD);
    expect((await petra.data<Answer>(query)).viewer.roles).toEqual(['GLOBAL_ADMIN']);
    const fromGina = await gina.data<Answer>(query);
    expect(fromGina.viewer.tenant.partnerType).toBe('DIRECT');
    expect(fromGina.resellerAuthorizations.totalCount).toBe(0);
  });
});
