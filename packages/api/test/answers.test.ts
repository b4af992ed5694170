import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RelationshipRequestEntity, UserEntity } from '../src/db/entities/index.js';
import { createTestDatabase } from './support/api-process.js';
import { ACCEPT, givenCustomer, givenPartner, givenPendingRequest, type GivenTenant } from './support/given.js';
import { startSeedServer } from './support/seed-server.js';
import { startSmtp, type SmtpSink } from './support/smtp-sink.js';
import { startServer, TestClock, type TestServer } from './support/start-server.js';
import { pollUntil, WebhookReceiver } from './support/webhook-receiver.js';

// Issue 13, item 3: answers the partner can act on. Declines say why and who; refused accepts are
// logged for the partner (without the person); the requesting agent is emailed answers and a daily
// digest of requests about to expire, as their notification settings say.

const DAY = 24 * 60 * 60 * 1000;
const DECLINE = `mutation($token: String!, $reason: DeclineReason, $reasonText: String) {
  declineRelationshipRequest(token: $token, reason: $reason, reasonText: $reasonText) { id status declineReason declineReasonText }
}`;
const REQUEST_VIEW = `query($id: ID!) {
  relationshipRequest(id: $id) { status declineReason declineReasonText answeredBy { displayName email } customer { companyName } }
}`;
const OPEN = 'query($token: String!) { invitation(token: $token) { status } }';
const LOG = '{ activityLog(first: 100) { edges { node { type summary params subjectId actor { id } } } } }';
const SETTINGS = '{ viewer { notificationSettings { onAnswer digest } } }';
const UPDATE_SETTINGS = `mutation($input: NotificationSettingsInput!) { updateNotificationSettings(input: $input) { onAnswer digest } }`;
const CREATE_ENDPOINT = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } } }`;
const DELIVERIES = `query($id: ID!) { webhookDeliveries(endpointId: $id, first: 100) { edges { node { eventType payload } } } }`;

interface Entry {
  type: string;
  summary: string;
  params: Record<string, unknown> | null;
  subjectId: string;
  actor: { id: string } | null;
}

let server: TestServer;
let smtp: SmtpSink;
let receiver: WebhookReceiver;
const clock = new TestClock();
let contoso: GivenTenant;

beforeAll(async () => {
  smtp = await startSmtp();
  receiver = await new WebhookReceiver().start();
  server = await startServer(
    { SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MAIL_FROM: 'Partnerlink <no-reply@partnerlink.test>', WEBHOOK_ALLOW_PRIVATE_URLS: 'true' },
    { clock },
  );
  contoso = await givenPartner(server, { country: 'DE', name: 'Contoso Answers GmbH' });
});
afterAll(async () => {
  await server?.stop();
  await receiver?.stop();
  await smtp?.close();
});

async function log(partner: GivenTenant, subjectId: string): Promise<Entry[]> {
  const client = await partner.as('HELPDESK_AGENT');
  const data = await client.data<{ activityLog: { edges: { node: Entry }[] } }>(LOG);
  return data.activityLog.edges.map((e) => e.node).filter((e) => e.subjectId === subjectId);
}

function mailsTo(address: string) {
  return smtp.received.filter((mail) => mail.to && !Array.isArray(mail.to) && mail.to.text.includes(address));
}

describe('declining with a reason', () => {
  it('the partner sees the reason, the text and who declined, in the request and in the activity log', async () => {
    const customer = await givenCustomer(server, { name: 'Fabrikam Reasons GmbH' });
    const invitation = await givenPendingRequest(contoso, { customerId: customer.id });
    const admin = await customer.as('GLOBAL_ADMIN');
    const declined = await admin.data<{ declineRelationshipRequest: Record<string, unknown> }>(DECLINE, {
      token: invitation.token,
      reason: 'OTHER',
      reasonText: '  Our budget is frozen until June.  ',
    });
    expect(declined.declineRelationshipRequest).toMatchObject({ status: 'DECLINED', declineReason: 'OTHER', declineReasonText: 'Our budget is frozen until June.' });

    const sales = await contoso.as('SALES_AGENT');
    const view = await sales.data<{ relationshipRequest: Record<string, unknown> }>(REQUEST_VIEW, { id: invitation.request.id });
    expect(view.relationshipRequest).toEqual({
      status: 'DECLINED',
      declineReason: 'OTHER',
      declineReasonText: 'Our budget is frozen until June.',
      answeredBy: { displayName: `global admin of ${customer.name}`, email: customer.email('GLOBAL_ADMIN') },
      customer: { companyName: 'Fabrikam Reasons GmbH' },
    });
    const [entry] = (await log(contoso, invitation.request.id)).filter((e) => e.type === 'REQUEST_DECLINED');
    expect(entry?.params).toMatchObject({ reason: 'OTHER', reasonText: 'Our budget is frozen until June.', customerName: 'Fabrikam Reasons GmbH' });
    expect(entry?.summary).toBe(`global admin of ${customer.name} of Fabrikam Reasons GmbH declined your relationship request. Reason: “Our budget is frozen until June.”`);
  });

  it('an open link declined without a reason still names who declined, and their organisation', async () => {
    const customer = await givenCustomer(server);
    const invitation = await givenPendingRequest(contoso);
    await (await customer.as('GLOBAL_ADMIN')).data(DECLINE, { token: invitation.token });
    const view = await (await contoso.as('SALES_AGENT')).data<{ relationshipRequest: Record<string, unknown> }>(REQUEST_VIEW, { id: invitation.request.id });
    expect(view.relationshipRequest).toMatchObject({
      declineReason: null,
      declineReasonText: null,
      answeredBy: { email: customer.email('GLOBAL_ADMIN') },
      customer: { companyName: customer.name },
    });
  });

  it.each([
    [{ reason: 'OTHER' }, 'reasonText', 'REQUIRED'],
    [{ reason: 'OTHER', reasonText: '   ' }, 'reasonText', 'REQUIRED'],
    [{ reason: 'NOT_NOW', reasonText: 'x'.repeat(501) }, 'reasonText', 'TOO_LONG'],
    [{ reasonText: 'no reason chosen' }, 'reason', 'REQUIRED'],
  ])('%j is refused with BAD_USER_INPUT on %s and the request stays pending', async (why, field, reason) => {
    const customer = await givenCustomer(server);
    const invitation = await givenPendingRequest(contoso, { customerId: customer.id });
    const error = await (await customer.as('GLOBAL_ADMIN')).error(DECLINE, { token: invitation.token, ...why });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    const view = await (await contoso.as('SALES_AGENT')).data<{ relationshipRequest: { status: string } }>(REQUEST_VIEW, { id: invitation.request.id });
    expect(view.relationshipRequest.status).toBe('PENDING');
  });

  it('the relationship-request-declined webhook carries the reason and the text', async () => {
    const partner = await givenPartner(server, { name: 'Hooked Answers GmbH' });
    const endpoint = await (await partner.as('GLOBAL_ADMIN')).data<{ createWebhookEndpoint: { endpoint: { id: string } } }>(CREATE_ENDPOINT, {
      input: { url: receiver.url, events: ['RELATIONSHIP_REQUEST_DECLINED'], description: 'declines' },
    });
    const customer = await givenCustomer(server);
    const invitation = await givenPendingRequest(partner, { customerId: customer.id });
    await (await customer.as('GLOBAL_ADMIN')).data(DECLINE, { token: invitation.token, reason: 'WRONG_PARTNER', reasonText: 'We buy from Fourth Coffee.' });
    const admin = await partner.as('ADMIN_AGENT');
    const deliveries = await pollUntil(
      async () =>
        (await admin.data<{ webhookDeliveries: { edges: { node: { eventType: string; payload: string } }[] } }>(DELIVERIES, {
          id: endpoint.createWebhookEndpoint.endpoint.id,
        })).webhookDeliveries.edges,
      (edges) => edges.length > 0,
      5000,
    );
    const payload = JSON.parse(deliveries[0]?.node.payload ?? '{}') as { data: Record<string, unknown> };
    expect(payload.data).toMatchObject({ requestId: invitation.request.id, declineReason: 'WRONG_PARTNER', declineReasonText: 'We buy from Fourth Coffee.' });
  });
});

describe('refused attempts are logged for the partner', () => {
  it('a customer in another market: ACCEPT_REFUSED with the organisation, not the person; once per hour; the customer gets the usual refusal', async () => {
    const partner = await givenPartner(server, { name: 'Refused Market GmbH' });
    const adatum = await givenCustomer(server, { country: 'US', name: 'Adatum Refused Inc.' });
    clock.set(new Date('2031-03-01T10:05:00.000Z'));
    const invitation = await givenPendingRequest(partner);
    const admin = await adatum.as('GLOBAL_ADMIN');
    try {
      expect(await admin.errorCode(ACCEPT, { token: invitation.token, agreement: true })).toBe('REGION_NOT_ALLOWED');
      expect(await admin.errorCode(ACCEPT, { token: invitation.token, agreement: true })).toBe('REGION_NOT_ALLOWED');
      await admin.data(OPEN, { token: invitation.token });
      let refused = (await log(partner, invitation.request.id)).filter((e) => e.type === 'ACCEPT_REFUSED');
      expect(refused).toHaveLength(1);
      expect(refused[0]).toMatchObject({ params: { customerName: 'Adatum Refused Inc.', reason: 'WRONG_MARKET' }, actor: null });
      expect(refused[0]?.summary).toBe('Someone at Adatum Refused Inc. tried to accept your relationship request, but their country is in another market than yours.');
      expect(JSON.stringify(refused)).not.toContain(adatum.email('GLOBAL_ADMIN'));

      clock.set(new Date('2031-03-01T11:00:00.000Z'));
      expect(await admin.errorCode(ACCEPT, { token: invitation.token, agreement: true })).toBe('REGION_NOT_ALLOWED');
      refused = (await log(partner, invitation.request.id)).filter((e) => e.type === 'ACCEPT_REFUSED');
      expect(refused).toHaveLength(2);
    } finally {
      clock.set(new Date());
    }
  });

  it('a customer in another cloud, and a customer user who is not its global admin opening the link, are logged with their reasons', async () => {
    const partner = await givenPartner(server, { name: 'Refused Cloud GmbH' });
    const federal = await givenCustomer(server, { country: 'DE', cloud: 'US_GOVERNMENT', name: 'Federal Refused' });
    const billing = await givenCustomer(server, { name: 'Billing Refused GmbH' });
    const invitation = await givenPendingRequest(partner);
    expect(await (await federal.as('GLOBAL_ADMIN')).errorCode(ACCEPT, { token: invitation.token, agreement: true })).toBe('CLOUD_MISMATCH');
    await (await billing.as('BILLING_ADMIN')).data(OPEN, { token: invitation.token });
    expect(await (await billing.as('BILLING_ADMIN')).errorCode(ACCEPT, { token: invitation.token })).toBe('FORBIDDEN');
    const refused = (await log(partner, invitation.request.id)).filter((e) => e.type === 'ACCEPT_REFUSED').map((e) => e.params);
    expect(refused).toEqual(
      expect.arrayContaining([
        { customerName: 'Federal Refused', reason: 'WRONG_CLOUD' },
        { customerName: 'Billing Refused GmbH', reason: 'NOT_GLOBAL_ADMIN' },
      ]),
    );
    expect(refused).toHaveLength(2);
  });

  it('thirty attempts at once make one entry', async () => {
    const partner = await givenPartner(server, { name: 'Refused Burst GmbH' });
    const adatum = await givenCustomer(server, { country: 'US' });
    const invitation = await givenPendingRequest(partner);
    const admin = await adatum.as('GLOBAL_ADMIN');
    const codes = await Promise.all(Array.from({ length: 30 }, () => admin.errorCode(ACCEPT, { token: invitation.token, agreement: true })));
    expect(new Set(codes)).toEqual(new Set(['REGION_NOT_ALLOWED']));
    expect((await log(partner, invitation.request.id)).filter((e) => e.type === 'ACCEPT_REFUSED')).toHaveLength(1);
  });
});

describe('emails to the requesting agent', () => {
  it('an accept and a decline each email the agent who made the request, with who answered and why', async () => {
    const partner = await givenPartner(server, { name: 'Mailed Answers GmbH' });
    const agent = partner.email('SALES_AGENT');
    const northwind = await givenCustomer(server, { name: 'Northwind Mailed SARL' });
    const fabrikam = await givenCustomer(server, { name: 'Fabrikam Mailed GmbH' });
    const accepted = await givenPendingRequest(partner, { customerId: northwind.id });
    const declined = await givenPendingRequest(partner, { customerId: fabrikam.id, locale: 'de' });
    await (await northwind.as('GLOBAL_ADMIN')).data(ACCEPT, { token: accepted.token, agreement: true });
    await (await fabrikam.as('GLOBAL_ADMIN')).data(DECLINE, { token: declined.token, reason: 'NOT_EXPECTED' });
    const mails = await pollUntil(() => mailsTo(agent), (m) => m.length >= 2, 5000);
    expect(mails.map((m) => m.subject).sort()).toEqual([
      'Fabrikam Mailed GmbH hat Ihre Beziehungsanfrage abgelehnt',
      'Northwind Mailed SARL accepted your relationship request',
    ]);
    const german = mails.find((m) => m.subject?.includes('abgelehnt'));
    expect(german?.text).toContain(`global admin of Fabrikam Mailed GmbH (${fabrikam.email('GLOBAL_ADMIN')})`);
    expect(german?.text).toContain('Grund: wir haben diese Anfrage nicht erwartet');
    expect(german?.text).toContain(`http://partnerlink.test/requests?request=${declined.request.id}`);
    expect(mailsTo(partner.email('GLOBAL_ADMIN'))).toHaveLength(0);
  });

  it('an agent who switched answer emails off gets none; the setting is their own', async () => {
    const partner = await givenPartner(server, { name: 'Quiet Answers GmbH' });
    const sales = await partner.as('SALES_AGENT');
    expect(await sales.data(SETTINGS)).toEqual({ viewer: { notificationSettings: { onAnswer: true, digest: true } } });
    expect(await sales.data(UPDATE_SETTINGS, { input: { onAnswer: false } })).toEqual({ updateNotificationSettings: { onAnswer: false, digest: true } });
    expect(await (await partner.as('ADMIN_AGENT')).data(SETTINGS)).toEqual({ viewer: { notificationSettings: { onAnswer: true, digest: true } } });

    const customer = await givenCustomer(server);
    const invitation = await givenPendingRequest(partner, { customerId: customer.id });
    await (await customer.as('GLOBAL_ADMIN')).data(DECLINE, { token: invitation.token, reason: 'NOT_NOW' });
    // An accept made meanwhile by another partner's agent arrives: the quiet agent's would have come first.
    const other = await givenPartner(server);
    const probe = await givenPendingRequest(other, { customerId: customer.id });
    await (await customer.as('GLOBAL_ADMIN')).data(DECLINE, { token: probe.token });
    await pollUntil(() => mailsTo(other.email('SALES_AGENT')), (m) => m.length > 0, 5000);
    expect(mailsTo(partner.email('SALES_AGENT'))).toHaveLength(0);
  });

  it('an API key cannot change notification settings (a person only)', async () => {
    const partner = await givenPartner(server);
    const key = await (await partner.as('ADMIN_AGENT')).data<{ createApiKey: { secret: string } }>(
      'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
      { input: { name: 'PSA', scopes: ['READ', 'WRITE'] } },
    );
    expect(await server.client(key.createApiKey.secret).errorCode(UPDATE_SETTINGS, { input: { digest: false } })).toBe('FORBIDDEN');
  });
});

describe('the daily digest of requests expiring within 7 days', () => {
  it('each agent gets one a day listing their own pending requests expiring soon, soonest first; none when switched off', async () => {
    const partner = await givenPartner(server, { name: 'Digest Partners GmbH' });
    const start = new Date('2032-05-01T08:00:00.000Z');
    clock.set(start);
    try {
      const soon = await givenCustomer(server, { name: 'Soon Expiring AG' });
      await givenPendingRequest(partner, { customerId: soon.id });
      await givenPendingRequest(partner);
      const admin = await partner.as('ADMIN_AGENT');
      await admin.data('mutation($input: RequestResellerRelationshipInput!) { requestResellerRelationship(input: $input) { url } }', { input: { locale: 'en' } });
      await admin.data(UPDATE_SETTINGS, { input: { digest: false } });
      // Invitations live 30 days: 24 days later, all three expire within 7 days.
      clock.set(new Date(start.getTime() + 24 * DAY));
      await server.sweep();
      await server.sweep();
      const digests = mailsTo(partner.email('SALES_AGENT')).filter((m) => m.subject?.includes('expire within 7 days'));
      expect(digests.map((m) => m.subject)).toEqual(['2 of your requests expire within 7 days']);
      expect(digests[0]?.text).toContain('Soon Expiring AG: expires on 2032-05-31 08:00 (UTC)');
      expect(digests[0]?.text).toContain('Open link created on 2032-05-01');
      expect(mailsTo(partner.email('ADMIN_AGENT')).filter((m) => m.subject?.includes('expire'))).toHaveLength(0);

      clock.set(new Date(start.getTime() + 25 * DAY));
      await server.sweep();
      expect(mailsTo(partner.email('SALES_AGENT')).filter((m) => m.subject?.includes('expire within 7 days'))).toHaveLength(2);
      const stored = await server.db.read((em) => em.findOneByOrFail(UserEntity, { email: partner.email('SALES_AGENT') }));
      expect(stored.lastDigestOn).toBe('2032-05-26');
    } finally {
      clock.set(new Date());
    }
  });
});

const POSTGRES = process.env.DATABASE_URL?.startsWith('postgres') ?? false;
describe.runIf(POSTGRES)('two instances on one PostgreSQL database', () => {
  it('sweeping at once, each agent gets exactly one digest a day', async () => {
    const database = await createTestDatabase('postgres');
    const sink = await startSmtp();
    const shared = new TestClock();
    const start = new Date('2036-01-01T00:00:00.000Z');
    shared.set(start);
    const env = { SMTP_URL: `smtp://127.0.0.1:${sink.port}`, MAIL_FROM: 'Partnerlink <no-reply@partnerlink.test>' };
    const first = await startSeedServer(database, env, { clock: shared });
    const second = await startSeedServer(database, env, { clock: shared });
    try {
      const partners = await Promise.all(Array.from({ length: 5 }, (_, i) => givenPartner(first, { name: `Twice Digested ${i}` })));
      for (const partner of partners) await givenPendingRequest(partner);
      shared.set(new Date(start.getTime() + 25 * DAY));
      await Promise.all([first.sweep(), second.sweep(), first.sweep(), second.sweep()]);
      const digests = sink.received.filter((m) => m.subject?.includes('expire'));
      expect(digests).toHaveLength(5);
      const rows = await first.db.read((em) => em.findBy(RelationshipRequestEntity, { status: 'PENDING' }));
      expect(rows.length).toBeGreaterThanOrEqual(5);
    } finally {
      await second.stop();
      await first.stop();
      await database.drop();
      await sink.close();
    }
  });
});
