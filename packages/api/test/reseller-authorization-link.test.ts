import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Client } from './support/gql.js';
import { givenCustomer, givenPartner, signIn, type GivenTenant } from './support/given.js';
import { startServer, TestClock, type TestServer } from './support/start-server.js';
import { pollUntil, WebhookReceiver } from './support/webhook-receiver.js';

/**
 * Two tiers (issue 14, DESIGN.md rule 15), what follows a reseller authorisation link: the page
 * before accepting (resellerAuthorizationInvitation), and what both partners are told when it is
 * invited, accepted and ended (activity log, webhooks).
 */
const INVITE = `mutation Invite($input: InviteIndirectResellerInput!) {
  inviteIndirectReseller(input: $input) { url authorization { id } }
}`;
const ACCEPT = 'mutation Accept($token: String!) { acceptResellerAuthorization(token: $token) { id status } }';
const END = 'mutation End($id: ID!) { endResellerAuthorization(id: $id) { id status endedBy } }';
const PREVIEW = `query Preview($token: String!) {
  resellerAuthorizationInvitation(token: $token) {
    status closedReason acceptedByYourOrganization expiresAt message locale
    provider { id name partnerId country cloud partnerType }
  }
}`;
const LOG = '{ activityLog(first: 50) { edges { node { type summary params subjectId customer { id } actor { displayName } } } } }';

interface Preview {
  status: string;
  closedReason: string | null;
  acceptedByYourOrganization: boolean;
  expiresAt: string;
  message: string | null;
  locale: string;
  provider: { id: string; name: string; partnerId: string | null; country: string; cloud: string; partnerType: string };
}
interface Entry {
  type: string;
  summary: string;
  params: Record<string, unknown> | null;
  subjectId: string;
  customer: { id: string } | null;
  actor: { displayName: string } | null;
}

async function invite(client: Client, input: Record<string, unknown> = {}) {
  const data = await client.data<{ inviteIndirectReseller: { url: string; authorization: { id: string } } }>(INVITE, { input: { locale: 'en', ...input } });
  return { token: data.inviteIndirectReseller.url.split('/').pop() ?? '', id: data.inviteIndirectReseller.authorization.id };
}

async function preview(client: Client, token: string): Promise<Preview | null> {
  return (await client.data<{ resellerAuthorizationInvitation: Preview | null }>(PREVIEW, { token })).resellerAuthorizationInvitation;
}

/** The entries of one authorisation in a partner's log, oldest first. */
async function entriesAbout(client: Client, id: string): Promise<Entry[]> {
  const data = await client.data<{ activityLog: { edges: { node: Entry }[] } }>(LOG);
  return data.activityLog.edges.map((edge) => edge.node).filter((entry) => entry.subjectId === id).reverse();
}

let server: TestServer;
let receiver: WebhookReceiver;
let provider: GivenTenant;
let providerAdmin: Client;

beforeAll(async () => {
  receiver = await new WebhookReceiver().start();
  server = await startServer({ WEBHOOK_ALLOW_PRIVATE_URLS: 'true', WEBHOOK_RETRY_BASE_MS: '5' });
  provider = await givenPartner(server, { country: 'DE', name: 'Provider Link GmbH', partnerType: 'INDIRECT_PROVIDER' });
  providerAdmin = await provider.as('ADMIN_AGENT');
});
afterAll(async () => {
  await server?.stop();
  await receiver?.stop();
});

describe('the link page before accepting (resellerAuthorizationInvitation)', () => {
  it('shows a signed-in partner who invites, the message, the language and the expiry, and that the link still works', async () => {
    const reseller = await givenPartner(server, { country: 'AT', partnerType: 'INDIRECT_RESELLER' });
    const { token } = await invite(providerAdmin, { locale: 'de', message: 'Willkommen bei uns!', recipientEmail: 'it@reseller.example' });
    const seen = await preview(await reseller.as('SALES_AGENT'), token);
    expect(seen).toMatchObject({
      status: 'INVITED',
      closedReason: null,
      acceptedByYourOrganization: false,
      message: 'Willkommen bei uns!',
      locale: 'de',
      provider: { id: provider.id, name: 'Provider Link GmbH', country: 'DE', cloud: 'PUBLIC', partnerType: 'INDIRECT_PROVIDER' },
    });
    expect(seen?.provider.partnerId).toMatch(/^\d+$/);
    expect(Date.parse(seen?.expiresAt ?? '') - Date.now()).toBeGreaterThan(29 * 86_400_000);
  });

  it('is null for an unknown, empty or absurd token', async () => {
    for (const token of ['no-such-token', '', 'x'.repeat(5000)]) expect(await preview(providerAdmin, token)).toBeNull();
  });

  it('says why a link is closed, as accepting would: used (and by whom: your organisation), withdrawn', async () => {
    const reseller = await givenPartner(server, { country: 'DE', partnerType: 'INDIRECT_RESELLER' });
    const other = await givenPartner(server, { country: 'DE', partnerType: 'INDIRECT_RESELLER' });
    const used = await invite(providerAdmin);
    await (await reseller.as('GLOBAL_ADMIN')).data(ACCEPT, { token: used.token });
    expect(await preview(await reseller.as('SALES_AGENT'), used.token)).toMatchObject({ status: 'ACTIVE', closedReason: 'INVITATION_ALREADY_USED', acceptedByYourOrganization: true });
    expect(await preview(await other.as('SALES_AGENT'), used.token)).toMatchObject({ status: 'ACTIVE', closedReason: 'INVITATION_ALREADY_USED', acceptedByYourOrganization: false });
    const withdrawn = await invite(providerAdmin);
    await providerAdmin.data(END, { id: withdrawn.id });
    expect(await preview(await other.as('SALES_AGENT'), withdrawn.token)).toMatchObject({ status: 'TERMINATED', closedReason: 'INVITATION_REVOKED' });
  });

  it('needs a signed-in partner: anonymous callers get UNAUTHENTICATED, customers FORBIDDEN', async () => {
    const { token } = await invite(providerAdmin);
    expect(await server.anonymous.errorCode(PREVIEW, { token })).toBe('UNAUTHENTICATED');
    const customer = await (await givenCustomer(server)).as('GLOBAL_ADMIN');
    expect(await customer.errorCode(PREVIEW, { token })).toBe('FORBIDDEN');
  });

  it('an expired link reads EXPIRED with INVITATION_EXPIRED', async () => {
    const clock = new TestClock();
    const timed = await startServer({}, { clock });
    try {
      const p = await givenPartner(timed, { partnerType: 'INDIRECT_PROVIDER' });
      const r = await givenPartner(timed, { partnerType: 'INDIRECT_RESELLER' });
      const { token } = await invite(await p.as('GLOBAL_ADMIN'));
      clock.set(new Date(Date.now() + 31 * 86_400_000));
      expect(await preview(await signIn(timed, r.email('SALES_AGENT')), token)).toMatchObject({ status: 'EXPIRED', closedReason: 'INVITATION_EXPIRED' });
    } finally {
      await timed.stop();
    }
  });

  it('look-ups are limited per client address (300 a minute), like the customers’ invitation links', async () => {
    const proxied = await startServer({ TRUST_PROXY: 'loopback' });
    try {
      const p = await givenPartner(proxied, { partnerType: 'INDIRECT_PROVIDER' });
      const client = await p.as('SALES_AGENT');
      const lookup = async (address: string) => {
        const { body } = await client.raw<unknown>(PREVIEW, { token: 'guess' }, { 'x-forwarded-for': address });
        return body.errors?.[0]?.extensions?.code ?? null;
      };
      for (let i = 0; i < 300; i += 1) expect(await lookup('203.0.113.40')).toBeNull();
      expect(await lookup('203.0.113.40')).toBe('RATE_LIMITED');
      expect(await lookup('203.0.113.41')).toBeNull();
    } finally {
      await proxied.stop();
    }
  });
});

describe('what both partners are told', () => {
  it('invited: the provider’s log; accepted: both logs, each in its own words', async () => {
    const reseller = await givenPartner(server, { country: 'DE', name: 'Reseller Told GmbH', partnerType: 'INDIRECT_RESELLER' });
    const resellerAdmin = await reseller.as('GLOBAL_ADMIN');
    const { token, id } = await invite(providerAdmin, { recipientEmail: 'it@told.example' });
    expect(await entriesAbout(resellerAdmin, id)).toEqual([]);
    await resellerAdmin.data(ACCEPT, { token });

    const providerLog = await entriesAbout(await provider.as('SALES_AGENT'), id);
    expect(providerLog.map((entry) => entry.type)).toEqual(['RESELLER_AUTHORIZATION_INVITED', 'RESELLER_AUTHORIZATION_ACCEPTED']);
    expect(providerLog[0]).toMatchObject({
      params: { actorName: 'admin agent of Provider Link GmbH', recipientEmail: 'it@told.example' },
      summary: 'admin agent of Provider Link GmbH invited it@told.example to sell through you (a reseller authorisation link).',
      customer: null,
    });
    expect(providerLog[1]).toMatchObject({
      params: { actorName: 'global admin of Reseller Told GmbH', providerName: 'Provider Link GmbH', resellerName: 'Reseller Told GmbH', side: 'PROVIDER' },
      summary: 'global admin of Reseller Told GmbH of Reseller Told GmbH accepted your invitation: Reseller Told GmbH is now your indirect reseller.',
      actor: { displayName: 'global admin of Reseller Told GmbH' },
    });
    const resellerLog = await entriesAbout(resellerAdmin, id);
    expect(resellerLog).toHaveLength(1);
    expect(resellerLog[0]).toMatchObject({
      type: 'RESELLER_AUTHORIZATION_ACCEPTED',
      params: { side: 'RESELLER', providerName: 'Provider Link GmbH' },
      summary: 'global admin of Reseller Told GmbH accepted the invitation of Provider Link GmbH: you can now invite customers through Provider Link GmbH.',
    });
  });

  it('ended: both logs say which side ended it; a withdrawn invitation only the provider’s', async () => {
    const reseller = await givenPartner(server, { country: 'DE', name: 'Reseller Ends SE', partnerType: 'INDIRECT_RESELLER' });
    const resellerAdmin = await reseller.as('ADMIN_AGENT');
    const byReseller = await invite(providerAdmin);
    await resellerAdmin.data(ACCEPT, { token: byReseller.token });
    await resellerAdmin.data(END, { id: byReseller.id });
    const ended = (entries: Entry[]) => entries.filter((entry) => entry.type === 'RESELLER_AUTHORIZATION_ENDED').map((entry) => entry.params);
    expect(ended(await entriesAbout(providerAdmin, byReseller.id))).toEqual([
      { actorName: 'admin agent of Reseller Ends SE', providerName: 'Provider Link GmbH', resellerName: 'Reseller Ends SE', side: 'PROVIDER', endedBy: 'RESELLER' },
    ]);
    expect(ended(await entriesAbout(resellerAdmin, byReseller.id))).toEqual([
      { actorName: 'admin agent of Reseller Ends SE', providerName: 'Provider Link GmbH', resellerName: 'Reseller Ends SE', side: 'RESELLER', endedBy: 'RESELLER' },
    ]);

    const byProvider = await invite(providerAdmin);
    await resellerAdmin.data(ACCEPT, { token: byProvider.token });
    await providerAdmin.data(END, { id: byProvider.id });
    const [told] = (await entriesAbout(resellerAdmin, byProvider.id)).filter((entry) => entry.type === 'RESELLER_AUTHORIZATION_ENDED');
    expect(told?.summary).toBe('admin agent of Provider Link GmbH of Provider Link GmbH ended the reseller authorisation: you can no longer invite customers through Provider Link GmbH.');

    const withdrawn = await invite(providerAdmin);
    await providerAdmin.data(END, { id: withdrawn.id });
    expect((await entriesAbout(providerAdmin, withdrawn.id)).map((entry) => [entry.type, entry.params?.resellerName])).toEqual([
      ['RESELLER_AUTHORIZATION_INVITED', undefined],
      ['RESELLER_AUTHORIZATION_ENDED', null],
    ]);
    expect(await entriesAbout(resellerAdmin, withdrawn.id)).toEqual([]);
  });

  it('webhooks: reseller-authorization-accepted and -ended reach both partners’ endpoints, each told which side it is', async () => {
    const CREATE = 'mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } } }';
    const DELIVERIES = `query($id: ID!) { webhookDeliveries(endpointId: $id, first: 10) { edges { node { eventType status payload } } } }`;
    const p = await givenPartner(server, { country: 'DE', name: 'Hooked Provider AG', partnerType: 'INDIRECT_PROVIDER' });
    const r = await givenPartner(server, { country: 'DE', name: 'Hooked Reseller KG', partnerType: 'INDIRECT_RESELLER' });
    const pAdmin = await p.as('GLOBAL_ADMIN');
    const rAdmin = await r.as('GLOBAL_ADMIN');
    const endpointOf = async (client: Client) =>
      (
        await client.data<{ createWebhookEndpoint: { endpoint: { id: string } } }>(CREATE, {
          input: { url: receiver.url, events: ['RESELLER_AUTHORIZATION_ACCEPTED', 'RESELLER_AUTHORIZATION_ENDED'] },
        })
      ).createWebhookEndpoint.endpoint.id;
    const [pEndpoint, rEndpoint] = [await endpointOf(pAdmin), await endpointOf(rAdmin)];
    const { token, id } = await invite(pAdmin);
    await rAdmin.data(ACCEPT, { token });
    await pAdmin.data(END, { id });

    type Delivered = { eventType: string; status: string; payload: string };
    const delivered = (client: Client, endpoint: string) =>
      pollUntil(
        async () => (await client.data<{ webhookDeliveries: { edges: { node: Delivered }[] } }>(DELIVERIES, { id: endpoint })).webhookDeliveries.edges.map((e) => e.node),
        (nodes) => nodes.length >= 2 && nodes.every((node) => node.status === 'SUCCEEDED'),
        8000,
      );
    for (const [client, endpoint, side, self] of [
      [pAdmin, pEndpoint, 'PROVIDER', p],
      [rAdmin, rEndpoint, 'RESELLER', r],
    ] as const) {
      const nodes = await delivered(client, endpoint);
      expect(nodes.map((node) => [node.eventType, node.status]).sort()).toEqual([
        ['reseller-authorization-accepted', 'SUCCEEDED'],
        ['reseller-authorization-ended', 'SUCCEEDED'],
      ]);
      const ended = nodes.find((node) => node.eventType === 'reseller-authorization-ended');
      const body = JSON.parse(ended?.payload ?? '{}') as { type: string; data: Record<string, unknown> };
      expect(body.type).toBe('reseller-authorization-ended');
      expect(body.data).toMatchObject({
        partner: { id: self.id },
        resellerAuthorization: {
          id,
          status: 'TERMINATED',
          side,
          endedBy: 'PROVIDER',
          provider: { id: p.id, name: 'Hooked Provider AG' },
          reseller: { id: r.id, name: 'Hooked Reseller KG' },
        },
      });
      expect(JSON.stringify(body)).not.toContain(token);
    }
    expect(receiver.seen.size).toBeGreaterThanOrEqual(4);
  });

  it('live: both partners’ relationshipEvents subscriptions hear the accept the moment it commits', async () => {
    const r = await givenPartner(server, { country: 'DE', name: 'Live Reseller GmbH', partnerType: 'INDIRECT_RESELLER' });
    const rAdmin = await r.as('GLOBAL_ADMIN');
    const listen = (token: string) => {
      const ws = createClient({ url: `${server.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
      const first = new Promise<{ type: string; customer: unknown }>((resolve, reject) => {
        const stop = ws.subscribe<{ relationshipEvents: { type: string; customer: unknown } }>(
          { query: 'subscription { relationshipEvents { type customer { id } } }' },
          {
            next: (result) => {
              if (!result.data) return;
              stop();
              resolve(result.data.relationshipEvents);
            },
            error: reject,
            complete: () => undefined,
          },
        );
      });
      return { ws, first, connected: new Promise<void>((resolve) => ws.on('connected', () => setTimeout(resolve, 50))) };
    };
    const { token } = await invite(providerAdmin);
    const [atProvider, atReseller] = [listen(providerAdmin.token ?? ''), listen(rAdmin.token ?? '')];
    try {
      await Promise.all([atProvider.connected, atReseller.connected]);
      await rAdmin.data(ACCEPT, { token });
      expect(await atProvider.first).toEqual({ type: 'RESELLER_AUTHORIZATION_ACCEPTED', customer: null });
      expect(await atReseller.first).toEqual({ type: 'RESELLER_AUTHORIZATION_ACCEPTED', customer: null });
    } finally {
      await Promise.all([atProvider.ws.dispose(), atReseller.ws.dispose()]);
    }
  });
});
