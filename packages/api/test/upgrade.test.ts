import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ROLE_PRESETS } from '@partnerlink/shared';
import { signIn } from './support/given.js';
import { fixtureTables, layPreviousRelease, previousRelease } from './support/previous-release.js';
import { startServer, type TestServer } from './support/start-server.js';

/**
 * A database written by the previous release (packages/api/test/fixtures/previous-release: its
 * own demo data plus an API key, a webhook endpoint and two pending requests for one customer)
 * upgrades in place when this release starts on it, on SQLite and on PostgreSQL, losing nothing.
 */
const DEMO_PASSWORD = 'Partnerlink!2026';

let server: TestServer;
const before = await fixtureTables();
let upgradeStarted: Date;

beforeAll(async () => {
  upgradeStarted = new Date();
  server = await startServer(
    { SESSION_SECRET: previousRelease.sessionSecret, WEBHOOK_ALLOW_PRIVATE_URLS: 'true' },
    { prepare: layPreviousRelease },
  );
});
afterAll(() => server?.stop());

function keyOf(row: Record<string, unknown>): string {
  return 'id' in row ? String(row.id) : JSON.stringify(row);
}

describe('starting this release on the previous release’s database', () => {
  it('keeps every row of every table', async () => {
    for (const { name, rows } of before) {
      if (name === 'rate_limit' || name === 'session') continue; // counters and sign-ins that may lapse by design
      const after: Record<string, unknown>[] = await server.db.read((em) => em.query(`SELECT * FROM "${name}"`));
      const kept = new Set(after.map(keyOf));
      const lost = rows.map(keyOf).filter((key) => !kept.has(key));
      expect(lost, `rows of ${name} lost in the upgrade`).toEqual([]);
    }
  });

  it('lets the demo users sign in with their old passwords and shows Contoso the same customers, in name order, each found by its name', async () => {
    const sales = await signIn(server, 'sam.sales@contoso-partner.example', DEMO_PASSWORD);
    const tenants = before.find((t) => t.name === 'tenant')?.rows ?? [];
    const contoso = tenants.find((t) => t.domain === 'contoso-partner.example');
    const relationships = before.find((t) => t.name === 'relationship')?.rows ?? [];
    const customers = new Set(relationships.filter((r) => r.partner_tenant_id === contoso?.id && r.status === 'ACTIVE').map((r) => r.customer_tenant_id));
    type Listed = { customers: { totalCount: number; edges: { node: { id: string; companyName: string } }[] } };
    const data = await sales.data<Listed>('{ customers(first: 100) { totalCount edges { node { id companyName } } } }');
    expect(data.customers.totalCount).toBe(customers.size);
    // The list walks each relationship's copy of its customer's name key (filled in by the upgrade):
    // rows without it would be missing, out of order, or never found by a search.
    const names = data.customers.edges.map((edge) => edge.node);
    expect(new Set(names.map((node) => node.id))).toEqual(customers);
    const keys = names.map((node) => node.companyName.toLowerCase());
    expect(keys).toEqual([...keys].sort());
    for (const node of names) {
      const found = await sales.data<Listed>('query($search: String!) { customers(first: 100, search: $search) { totalCount edges { node { id companyName } } } }', {
        search: node.companyName.slice(0, 4),
      });
      expect(found.customers.edges.map((edge) => edge.node.id)).toContain(node.id);
    }
    await signIn(server, 'admin@fabrikam.example', DEMO_PASSWORD);
  });

  it('shows the activity the previous release logged with its English summary and no params (nothing rewritten)', async () => {
    const logged = before.find((t) => t.name === 'activity')?.rows ?? [];
    const sales = await signIn(server, 'sam.sales@contoso-partner.example', DEMO_PASSWORD);
    const data = await sales.data<{ activityLog: { totalCount: number; edges: { node: { id: string; summary: string; params: unknown } }[] } }>(
      '{ activityLog(first: 50) { totalCount edges { node { id summary params } } } }',
    );
    const summaries = new Map(logged.map((row) => [String(row.id), String(row.summary)]));
    const old = data.activityLog.edges.map((edge) => edge.node).filter((node) => summaries.has(node.id));
    expect(old.length).toBeGreaterThan(0);
    for (const node of old) expect(node).toEqual({ id: node.id, summary: summaries.get(node.id), params: null });
  });

  it('still accepts the API key the previous release issued', async () => {
    const key = server.client(previousRelease.apiKey.secret);
    const data = await key.data<{ relationshipRequests: { totalCount: number } }>('{ relationshipRequests(first: 1) { totalCount } }');
    expect(data.relationshipRequests.totalCount).toBeGreaterThan(0);
  });

  it('signs webhooks with the endpoint secret the previous release issued', async () => {
    const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
    const receiver = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    try {
      const admin = await signIn(server, 'anna.admin@contoso-partner.example', DEMO_PASSWORD);
      const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
      await admin.data('mutation($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { id } }', {
        input: { id: previousRelease.webhook.id, url },
      });
      await admin.data('mutation($id: ID!) { sendTestWebhook(endpointId: $id) { id } }', { id: previousRelease.webhook.id });
      const until = Date.now() + 10_000;
      while (received.length === 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
      const delivery = received[0];
      expect(delivery, 'no delivery arrived').toBeDefined();
      const key = Buffer.from(previousRelease.webhook.secret.replace(/^whsec_/, ''), 'base64');
      const headers = delivery?.headers ?? {};
      const expected = createHmac('sha256', key)
        .update(`${String(headers['webhook-id'])}.${String(headers['webhook-timestamp'])}.${delivery?.body ?? ''}`)
        .digest();
      const signatures = String(headers['webhook-signature'] ?? '')
        .split(' ')
        .map((s) => Buffer.from(s.replace(/^v1,/, ''), 'base64'));
      expect(signatures.some((s) => s.length === expected.length && timingSafeEqual(s, expected))).toBe(true);
    } finally {
      receiver.closeAllConnections();
      await new Promise((resolve) => receiver.close(resolve));
    }
  });

  it('resolves the two pending requests for one customer that the previous release allowed: the newer stays pending, the older is revoked, both kept', async () => {
    const sales = await signIn(server, 'sam.sales@contoso-partner.example', DEMO_PASSWORD);
    const status = 'query($id: ID!) { relationshipRequest(id: $id) { status } }';
    const [older, newer] = previousRelease.fabrikamRequests;
    expect((await sales.data<{ relationshipRequest: { status: string } }>(status, { id: older?.id })).relationshipRequest.status).toBe('REVOKED');
    expect((await sales.data<{ relationshipRequest: { status: string } }>(status, { id: newer?.id })).relationshipRequest.status).toBe('PENDING');
  });

  it("turns the old all-or-nothing admin permissions into GDAP admin relationships: FULL_ACCESS's roles, ending two years after the upgrade, each named", async () => {
    const relationships = before.find((t) => t.name === 'relationship')?.rows ?? [];
    const admins = relationships.filter((r) => r.type === 'DELEGATED_ADMIN');
    expect(admins.length).toBeGreaterThan(0);
    const sales = await signIn(server, 'sam.sales@contoso-partner.example', DEMO_PASSWORD);
    const query = 'query($id: ID!) { customer(id: $id) { companyName adminRelationship { id status roles duration autoExtend activatedAt endsAt displayName } } }';
    const twoYears = 730 * 24 * 60 * 60 * 1000;
    for (const row of admins.filter((r) => r.status === 'ACTIVE')) {
      const data = await sales.data<{ customer: { companyName: string; adminRelationship: Record<string, unknown> } }>(query, { id: row.customer_tenant_id });
      const admin = data.customer.adminRelationship;
      expect(admin).toMatchObject({ id: row.id, status: 'ACTIVE', roles: [...ADMIN_ROLE_PRESETS.FULL_ACCESS.roles], duration: 'P2Y', autoExtend: false });
      expect(admin.roles).not.toContain('GLOBAL_ADMINISTRATOR');
      expect(new Date(String(admin.activatedAt)).getTime()).toBe(new Date(String(row.created_at).replace(' ', 'T') + (String(row.created_at).endsWith('Z') ? '' : 'Z')).getTime());
      const endsAt = new Date(String(admin.endsAt)).getTime();
      expect(endsAt).toBeGreaterThanOrEqual(upgradeStarted.getTime() + twoYears);
      expect(endsAt).toBeLessThanOrEqual(Date.now() + twoYears);
      expect(admin.displayName).toBe(`${data.customer.companyName.slice(0, 38)} · ${String(row.id).slice(0, 8)}`);
    }
  });

  it('a request that asked for admin permissions now asks for the STANDARD preset for P2Y, named after its id', async () => {
    const requests = before.find((t) => t.name === 'relationship_request')?.rows ?? [];
    const withAdmin = requests.filter((r) => r.includes_delegated_admin === true || Number(r.includes_delegated_admin) === 1);
    const sales = await signIn(server, 'sam.sales@contoso-partner.example', DEMO_PASSWORD);
    for (const row of withAdmin) {
      const data = await sales.data<{ relationshipRequest: { includesReseller: boolean; adminAccess: { roles: string[]; duration: string; displayName: string } } | null }>(
        'query($id: ID!) { relationshipRequest(id: $id) { includesReseller adminAccess { roles duration displayName } } }',
        { id: row.id },
      );
      if (!data.relationshipRequest) continue; // another partner's request
      expect(data.relationshipRequest).toEqual({
        includesReseller: true,
        adminAccess: { roles: [...ADMIN_ROLE_PRESETS.STANDARD.roles], duration: 'P2Y', displayName: `Admin access ${String(row.id).slice(0, 8)}` },
      });
    }
    expect(withAdmin.length).toBeGreaterThan(0);
  });

  it("gives the catalogue's products their admin roles; seats of customers whose old admin permissions became FULL_ACCESS stay changeable", async () => {
    const sales = await signIn(server, 'sam.sales@contoso-partner.example', DEMO_PASSWORD);
    const products = await sales.data<{ products: { id: string; requiredAdminRoles: string[] }[] }>('{ products { id requiredAdminRoles } }');
    expect(Object.fromEntries(products.products.map((p) => [p.id, p.requiredAdminRoles]))).toEqual({
      'azure-plan': ['BILLING_ADMINISTRATOR', 'GLOBAL_ADMINISTRATOR'],
      'm365-business-basic': ['LICENSE_ADMINISTRATOR', 'USER_ADMINISTRATOR', 'GLOBAL_ADMINISTRATOR'],
      'm365-business-premium': ['LICENSE_ADMINISTRATOR', 'USER_ADMINISTRATOR', 'GLOBAL_ADMINISTRATOR'],
    });
    const relationships = before.find((t) => t.name === 'relationship')?.rows ?? [];
    const subscriptions = before.find((t) => t.name === 'subscription')?.rows ?? [];
    const tenants = before.find((t) => t.name === 'tenant')?.rows ?? [];
    const contoso = tenants.find((t) => t.domain === 'contoso-partner.example');
    const active = (customer: unknown, type: string) =>
      relationships.some((r) => r.partner_tenant_id === contoso?.id && r.customer_tenant_id === customer && r.type === type && r.status === 'ACTIVE');
    const withAdmin = subscriptions.filter(
      (s) => s.partner_tenant_id === contoso?.id && s.status !== 'CANCELLED' && active(s.customer_tenant_id, 'RESELLER') && active(s.customer_tenant_id, 'DELEGATED_ADMIN'),
    );
    expect(withAdmin.length).toBeGreaterThan(0);
    for (const row of withAdmin) {
      const data = await sales.data<{ customer: { subscriptions: { id: string; canChange: boolean; changeBlocker: unknown }[] } }>(
        'query($id: ID!) { customer(id: $id) { subscriptions { id canChange changeBlocker { code } } } }',
        { id: row.customer_tenant_id },
      );
      expect(data.customer.subscriptions.find((s) => s.id === row.id)).toEqual({ id: row.id, canChange: true, changeBlocker: null });
    }
  });

  it("pins each request made for a known customer to that customer's domain and keeps open links open, without inventing recipients", async () => {
    const sales = await signIn(server, 'sam.sales@contoso-partner.example', DEMO_PASSWORD);
    const query = 'query($id: ID!) { relationshipRequest(id: $id) { pinnedDomain recipientEmail customer { domain } } }';
    type Pinned = { relationshipRequest: { pinnedDomain: string | null; recipientEmail: string | null; customer: { domain: string } | null } };
    for (const { id } of previousRelease.fabrikamRequests) {
      const data = await sales.data<Pinned>(query, { id });
      expect(data.relationshipRequest).toEqual({ pinnedDomain: 'fabrikam.example', recipientEmail: null, customer: { domain: 'fabrikam.example' } });
    }
    const open = await sales.data<Pinned>(query, { id: previousRelease.openRequestId });
    expect(open.relationshipRequest).toEqual({ pinnedDomain: null, recipientEmail: null, customer: null });
    // The pin holds: a second pending request for Fabrikam's domain is refused, pointing to the pending one.
    const again = await sales.error(
      'mutation($input: RequestResellerRelationshipInput!) { requestResellerRelationship(input: $input) { url } }',
      { input: { locale: 'en', domain: 'fabrikam.example' } },
    );
    expect(again.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', requestId: previousRelease.fabrikamRequests[1]?.id });
  });

  it('keeps the links of pending requests working and reads an overdue one as expired', async () => {
    const open = 'query($token: String!) { invitation(token: $token) { status partner { name } } }';
    for (const { token } of previousRelease.fabrikamRequests) {
      const data = await server.anonymous.data<{ invitation: { status: string; partner: { name: string } } | null }>(open, { token });
      expect(data.invitation?.partner.name).toBe('Contoso Cloud Partners GmbH');
    }
    const sales = await signIn(server, 'sam.sales@contoso-partner.example', DEMO_PASSWORD);
    const overdue = await sales.data<{ relationshipRequest: { status: string } }>('query($id: ID!) { relationshipRequest(id: $id) { status } }', {
      id: previousRelease.openRequestId,
    });
    expect(overdue.relationshipRequest.status).toBe('EXPIRED');
  });

  it('makes every existing partner DIRECT, leaves customers without a partner type, and starts with no reseller authorisations', async () => {
    const tenants = before.find((t) => t.name === 'tenant')?.rows ?? [];
    const after: { id: string; kind: string; partner_type: string | null }[] = await server.db.read((em) => em.query('SELECT id, kind, partner_type FROM tenant'));
    const partners = tenants.filter((t) => t.kind === 'PARTNER').map((t) => String(t.id));
    expect(partners.length).toBeGreaterThanOrEqual(3);
    for (const row of after) expect(row.partner_type, `${row.kind} ${row.id}`).toBe(partners.includes(row.id) ? 'DIRECT' : null);
    const sales = await signIn(server, 'sam.sales@contoso-partner.example', DEMO_PASSWORD);
    const data = await sales.data<{ viewer: { tenant: { partnerType: string } }; resellerAuthorizations: { totalCount: number } }>(
      '{ viewer { tenant { partnerType } } resellerAuthorizations { totalCount } }',
    );
    expect(data).toEqual({ viewer: { tenant: { partnerType: 'DIRECT' } }, resellerAuthorizations: { totalCount: 0 } });
  });
});

