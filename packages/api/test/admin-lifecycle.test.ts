import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ROLE_PRESETS } from '@partnerlink/shared';
import { ActivityEntity, RelationshipEntity, TenantEntity, WebhookEventEntity } from '../src/db/entities/index.js';
import { relationshipRow, tenantRow } from '../src/db/fixtures.js';
import { createTestDatabase } from './support/api-process.js';
import { givenCustomer, givenPartner, type GivenTenant } from './support/given.js';
import type { Client } from './support/gql.js';
import { startSeedServer } from './support/seed-server.js';
import { startSmtp, type SmtpSink } from './support/smtp-sink.js';
import { startServer, TestClock, type TestServer } from './support/start-server.js';
import { pollUntil, WebhookReceiver } from './support/webhook-receiver.js';

// Issue 12, "living with it": an admin relationship expires exactly at its end, or extends itself
// there; 30, 7 and 1 days before the end the partner is reminded in the activity log, by webhook
// and by email. The clock is set and the sweep run on demand: nothing is waited for.

const DAY = 24 * 60 * 60 * 1000;
const HELPDESK = [...ADMIN_ROLE_PRESETS.HELPDESK.roles];
const LIFECYCLE_EVENTS = ['ADMIN_RELATIONSHIP_EXPIRING', 'ADMIN_RELATIONSHIP_EXPIRED', 'ADMIN_RELATIONSHIP_EXTENDED'];

const REQUEST = `mutation($input: RequestResellerRelationshipInput!) { requestResellerRelationship(input: $input) { url } }`;
const ACCEPT = `mutation($token: String!) {
  acceptRelationshipRequest(token: $token, acceptCustomerAgreement: true) { relationships { id type endsAt } }
}`;
const CUSTOMER = `query($id: ID!) {
  customer(id: $id) { adminRelationship { id status endsAt endedAt autoExtend expiringSoon } }
}`;
const LOG = '{ activityLog(first: 100) { edges { node { type summary params subjectId customer { id } } } } }';
const CREATE_ENDPOINT = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } } }`;
const DELIVERIES = `query($id: ID!) { webhookDeliveries(endpointId: $id, first: 100) { edges { node { webhookId eventType payload } } } }`;

interface AdminView {
  id: string;
  status: string;
  endsAt: string | null;
  endedAt: string | null;
  autoExtend: boolean;
  expiringSoon: boolean;
}
interface Entry {
  type: string;
  summary: string;
  params: Record<string, unknown> | null;
  subjectId: string;
  customer: { id: string } | null;
}
interface Payload {
  type: string;
  timestamp: string;
  data: Record<string, unknown> & { relationshipId?: string };
}

let server: TestServer;
let smtp: SmtpSink;
let receiver: WebhookReceiver;
const clock = new TestClock();
let contoso: GivenTenant;
let northwind: GivenTenant;
const endpoints = new Map<GivenTenant, string>();

beforeAll(async () => {
  smtp = await startSmtp();
  receiver = await new WebhookReceiver().start();
  server = await startServer(
    { SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MAIL_FROM: 'Partnerlink <no-reply@partnerlink.test>', WEBHOOK_ALLOW_PRIVATE_URLS: 'true' },
    { clock },
  );
  contoso = await givenPartner(server, { name: 'Contoso Lifecycle GmbH' });
  northwind = await givenPartner(server, { name: 'Northwind Lifecycle Ltd' });
  for (const partner of [contoso, northwind]) {
    const admin = await partner.as('GLOBAL_ADMIN');
    const data = await admin.data<{ createWebhookEndpoint: { endpoint: { id: string } } }>(CREATE_ENDPOINT, {
      input: { url: receiver.url, events: LIFECYCLE_EVENTS, description: 'lifecycle' },
    });
    endpoints.set(partner, data.createWebhookEndpoint.endpoint.id);
  }
});
afterAll(async () => {
  await server?.stop();
  await receiver?.stop();
  await smtp?.close();
});

/** An admin relationship the customer approved at `start`: asked for by the partner's sales agent in `locale`. */
async function givenAdmin(
  partner: GivenTenant,
  start: Date,
  access: { duration: string; autoExtend?: boolean; displayName: string; locale?: 'en' | 'de' },
) {
  clock.set(start);
  const customer = await givenCustomer(server, { name: `${access.displayName} AG` });
  const sales = await partner.as('SALES_AGENT');
  const { requestResellerRelationship } = await sales.data<{ requestResellerRelationship: { url: string } }>(REQUEST, {
    input: {
      locale: access.locale ?? 'en',
      adminAccess: { roles: HELPDESK, duration: access.duration, autoExtend: access.autoExtend ?? false, displayName: access.displayName },
    },
  });
  const admin = await customer.as('GLOBAL_ADMIN');
  const accepted = await admin.data<{ acceptRelationshipRequest: { relationships: { id: string; type: string; endsAt: string | null }[] } }>(ACCEPT, {
    token: requestResellerRelationship.url.split('/').pop() ?? '',
  });
  const relationship = accepted.acceptRelationshipRequest.relationships.find((r) => r.type === 'DELEGATED_ADMIN');
  if (!relationship?.endsAt) throw new Error('no admin relationship was created');
  return { customer, id: relationship.id, endsAt: new Date(relationship.endsAt) };
}

async function adminView(partner: GivenTenant, customerId: string): Promise<AdminView | null> {
  const client = await partner.as('ADMIN_AGENT');
  return (await client.data<{ customer: { adminRelationship: AdminView | null } }>(CUSTOMER, { id: customerId })).customer.adminRelationship;
}

/** The row as stored: what the sweep wrote down (the API shows the state at its instant either way). */
async function stored(id: string) {
  return server.db.read((em) => em.findOneByOrFail(RelationshipEntity, { id }));
}

async function lifecycleLog(partner: GivenTenant, subjectId?: string): Promise<Entry[]> {
  const client: Client = await partner.as('HELPDESK_AGENT');
  const data = await client.data<{ activityLog: { edges: { node: Entry }[] } }>(LOG);
  return data.activityLog.edges
    .map((edge) => edge.node)
    .filter((entry) => LIFECYCLE_EVENTS.includes(entry.type) && (subjectId === undefined || entry.subjectId === subjectId));
}

async function deliveries(partner: GivenTenant, relationshipId?: string) {
  const client = await partner.as('ADMIN_AGENT');
  const data = await client.data<{ webhookDeliveries: { edges: { node: { webhookId: string; eventType: string; payload: string } }[] } }>(DELIVERIES, {
    id: endpoints.get(partner),
  });
  return data.webhookDeliveries.edges
    .map(({ node }) => ({ webhookId: node.webhookId, eventType: node.eventType, payload: JSON.parse(node.payload) as Payload }))
    .filter((d) => relationshipId === undefined || d.payload.data.relationshipId === relationshipId);
}

/**
 * The admin-access emails about a customer that reached the sink (subjects name the customer); not
 * the email telling the requesting agent that the customer accepted (issue 13), which names it too.
 */
function mailsAbout(customerName: string) {
  return smtp.received.filter((mail) => mail.subject?.includes(customerName) && /^(Admin access to|Administratorzugriff auf) /.test(mail.subject));
}

async function mailsArrive(customerName: string, count: number) {
  return pollUntil(() => mailsAbout(customerName), (mails) => mails.length >= count, 5000);
}

describe('expiry, exactly at the end', () => {
  it('one millisecond before endsAt the relationship is ACTIVE; at endsAt it reads EXPIRED before any sweep, and the sweep writes it down once', async () => {
    const { customer, id, endsAt } = await givenAdmin(contoso, new Date('2027-01-10T09:00:00.000Z'), {
      duration: 'P40D',
      displayName: 'Expiry Exact',
      locale: 'de',
    });

    clock.set(new Date(endsAt.getTime() - 1));
    await server.sweep();
    expect(await adminView(contoso, customer.id)).toMatchObject({ id, status: 'ACTIVE', endedAt: null });
    expect((await stored(id)).status).toBe('ACTIVE');

    clock.set(endsAt);
    // Lazily, before the sweep: EXPIRED at exactly endsAt.
    const lazy = await adminView(contoso, customer.id);
    expect(lazy).toMatchObject({ id, status: 'EXPIRED', endsAt: endsAt.toISOString(), endedAt: endsAt.toISOString(), expiringSoon: false });
    expect((await stored(id)).status).toBe('ACTIVE');

    await server.sweep();
    await server.sweep();
    const row = await stored(id);
    expect({ status: row.status, endedAt: row.endedAt?.toISOString(), endsAt: row.endsAt?.toISOString() }).toEqual({
      status: 'EXPIRED',
      endedAt: endsAt.toISOString(),
      endsAt: endsAt.toISOString(),
    });
    // The API says the same after the sweep as before it.
    expect(await adminView(contoso, customer.id)).toEqual(lazy);

    const expired = (await lifecycleLog(contoso, id)).filter((entry) => entry.type === 'ADMIN_RELATIONSHIP_EXPIRED');
    expect(expired).toEqual([
      {
        type: 'ADMIN_RELATIONSHIP_EXPIRED',
        subjectId: id,
        customer: { id: customer.id },
        params: { customerName: 'Expiry Exact AG', displayName: 'Expiry Exact', endedAt: endsAt.toISOString() },
        summary: `Admin relationship "Expiry Exact" with Expiry Exact AG expired on ${endsAt.toISOString().slice(0, 10)}.`,
      },
    ]);

    const hooks = (await deliveries(contoso, id)).filter((d) => d.eventType === 'admin-relationship-expired');
    expect(hooks).toHaveLength(1);
    expect(hooks[0]?.payload).toMatchObject({
      type: 'admin-relationship-expired',
      timestamp: endsAt.toISOString(),
      data: {
        relationshipId: id,
        relationshipType: 'DELEGATED_ADMIN',
        displayName: 'Expiry Exact',
        adminRoles: HELPDESK,
        endsAt: endsAt.toISOString(),
        autoExtend: false,
        customer: { id: customer.id, companyName: 'Expiry Exact AG' },
        partner: { name: 'Contoso Lifecycle GmbH' },
        links: { customer: `http://partnerlink.test/customers/${customer.id}` },
      },
    });
    const delivered = await pollUntil(() => receiver.missing(hooks.map((h) => h.webhookId)), (missing) => missing.length === 0, 5000);
    expect(delivered).toEqual([]);

    // In German (the request's language), to the partner's global admin and admin agent, nobody else.
    // (the 1-day reminder came first, from the sweep one millisecond before the end)
    const mails = (await mailsArrive('Expiry Exact AG', 4)).filter((mail) => mail.subject?.includes('abgelaufen'));
    expect(mails.map((mail) => mail.to && 'text' in mail.to && mail.to.text).sort()).toEqual([contoso.email('ADMIN_AGENT'), contoso.email('GLOBAL_ADMIN')].sort());
    expect(mails[0]?.subject).toBe('Administratorzugriff auf Expiry Exact AG ist abgelaufen');
    expect(mails[0]?.text).toContain('Ihre Administratorbeziehung „Expiry Exact“ mit Expiry Exact AG ist am');
    expect(mails[0]?.text).toContain('- Helpdesk Administrator');
    expect(mails[0]?.text).toContain(`http://partnerlink.test/customers/${customer.id}`);
  });
});

describe('reminders 30, 7 and 1 days before the end', () => {
  it('each threshold is reminded exactly once, at the very millisecond it is reached, however often the sweep runs', async () => {
    const { customer, id, endsAt } = await givenAdmin(contoso, new Date('2028-03-01T12:00:00.000Z'), {
      duration: 'P90D',
      displayName: 'Reminder Trio',
    });
    const before = (days: number) => new Date(endsAt.getTime() - days * DAY);

    clock.set(new Date(before(30).getTime() - 1));
    await server.sweep();
    expect(await lifecycleLog(contoso, id)).toEqual([]);

    for (const days of [30, 7, 1]) {
      clock.set(before(days));
      await server.sweep();
      await server.sweep();
      clock.advance(DAY / 2);
      await server.sweep();
    }
    const entries = await lifecycleLog(contoso, id);
    expect(entries.map((entry) => entry.params)).toEqual(
      [1, 7, 30].map((days) => ({ customerName: 'Reminder Trio AG', displayName: 'Reminder Trio', reminderDays: days, daysLeft: days, endsAt: endsAt.toISOString() })),
    );
    expect(entries[0]?.summary).toBe(`Admin relationship "Reminder Trio" with Reminder Trio AG ends in 1 day, on ${endsAt.toISOString().slice(0, 10)}; ask the customer to renew it.`);
    expect((await adminView(contoso, customer.id))?.status).toBe('ACTIVE');

    const hooks = await deliveries(contoso, id);
    expect(hooks.map((d) => [d.eventType, d.payload.data.reminderDays, d.payload.data.daysLeft, d.payload.timestamp])).toEqual([
      ['admin-relationship-expiring', 1, 1, before(1).toISOString()],
      ['admin-relationship-expiring', 7, 7, before(7).toISOString()],
      ['admin-relationship-expiring', 30, 30, before(30).toISOString()],
    ]);
    expect(hooks[0]?.payload.data).toMatchObject({ endsAt: endsAt.toISOString(), displayName: 'Reminder Trio', adminRoles: HELPDESK, autoExtend: false });

    const mails = await mailsArrive('Reminder Trio AG', 6);
    expect(mails).toHaveLength(6);
    const date = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(endsAt);
    expect(mails.map((mail) => mail.subject).sort()).toEqual(
      [1, 1, 30, 30, 7, 7].map((d) => `Admin access to Reminder Trio AG ends in ${d === 1 ? '1 day' : `${d} days`} (${date})`).sort(),
    );
    expect(mails[0]?.text).toContain('To renew it, ask the customer for admin access again');
  });

  it('a relationship first swept 5 days before its end gets the 7-day reminder only, not a late 30-day one, and it says 5 days are left', async () => {
    const { id, endsAt } = await givenAdmin(contoso, new Date('2029-01-01T00:00:00.000Z'), { duration: 'P60D', displayName: 'Late Sweep' });
    clock.set(new Date(endsAt.getTime() - 5 * DAY + 1));
    await server.sweep();
    await server.sweep();
    expect((await lifecycleLog(contoso, id)).map((entry) => [entry.params?.reminderDays, entry.params?.daysLeft])).toEqual([[7, 5]]);
    const [mail] = await mailsArrive('Late Sweep AG', 2);
    expect(mail?.subject).toMatch(/^Admin access to Late Sweep AG ends in 5 days/);
  });
});

describe('auto-extension at the end', () => {
  it('is never reminded of, extends by 180 days at the very millisecond of its end, and catches up exactly after a long outage', async () => {
    const { customer, id, endsAt } = await givenAdmin(contoso, new Date('2030-01-01T06:00:00.000Z'), {
      duration: 'P40D',
      autoExtend: true,
      displayName: 'Runs On',
    });
    for (const days of [30, 7, 1]) {
      clock.set(new Date(endsAt.getTime() - days * DAY));
      await server.sweep();
    }
    clock.set(new Date(endsAt.getTime() - 1));
    await server.sweep();
    expect(await lifecycleLog(contoso, id)).toEqual([]);
    expect((await stored(id)).endsAt?.toISOString()).toBe(endsAt.toISOString());

    clock.set(endsAt);
    const next = new Date(endsAt.getTime() + 180 * DAY);
    expect(await adminView(contoso, customer.id)).toMatchObject({ status: 'ACTIVE', endsAt: next.toISOString(), endedAt: null });
    await server.sweep();
    await server.sweep();
    expect((await stored(id)).endsAt?.toISOString()).toBe(next.toISOString());
    expect(await adminView(contoso, customer.id)).toMatchObject({ status: 'ACTIVE', endsAt: next.toISOString() });
    expect((await lifecycleLog(contoso, id)).map((entry) => entry.params)).toEqual([
      { customerName: 'Runs On AG', displayName: 'Runs On', previousEndsAt: endsAt.toISOString(), endsAt: next.toISOString() },
    ]);
    const extended = await deliveries(contoso, id);
    expect(extended.map((d) => d.payload)).toEqual([
      expect.objectContaining({
        type: 'admin-relationship-extended',
        data: expect.objectContaining({ previousEndsAt: endsAt.toISOString(), endsAt: next.toISOString(), autoExtend: true }),
      }),
    ]);
    const [mail] = await mailsArrive('Runs On AG', 2);
    const nextDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(next);
    expect(mail?.subject).toBe(`Admin access to Runs On AG was extended to ${nextDate}`);

    // Down for a year after the next end: three extensions fell due; one sweep writes the right end down.
    clock.set(new Date(next.getTime() + 365 * DAY));
    const caughtUp = new Date(next.getTime() + 3 * 180 * DAY);
    expect((await adminView(contoso, customer.id))?.endsAt).toBe(caughtUp.toISOString());
    await server.sweep();
    expect((await stored(id)).endsAt?.toISOString()).toBe(caughtUp.toISOString());
    expect((await stored(id)).lastReminderDays).toBeNull();
    expect((await lifecycleLog(contoso, id))[0]?.params).toMatchObject({ previousEndsAt: next.toISOString(), endsAt: caughtUp.toISOString() });
    expect(await lifecycleLog(contoso, id)).toHaveLength(2);
  });

  it('ended by hand after its end came but before the sweep: the extension is written down first, so the ended relationship shows the end it really had', async () => {
    const { customer, id, endsAt } = await givenAdmin(contoso, new Date('2031-03-01T06:00:00.000Z'), {
      duration: 'P10D',
      autoExtend: true,
      displayName: 'Ended Early',
    });
    const next = new Date(endsAt.getTime() + 180 * DAY);
    clock.set(new Date(endsAt.getTime() + DAY));
    const admin = await contoso.as('ADMIN_AGENT');
    await admin.data('mutation($id: ID!) { endRelationship(id: $id) { id } }', { id });
    const row = await stored(id);
    expect(row.status).toBe('TERMINATED');
    expect(row.endsAt?.toISOString()).toBe(next.toISOString());
    expect(await adminView(contoso, customer.id)).toMatchObject({ status: 'TERMINATED', endsAt: next.toISOString() });
    // The extension happened (the partner hears of it), then the ending.
    expect((await lifecycleLog(contoso, id)).map((entry) => entry.type)).toEqual(['ADMIN_RELATIONSHIP_EXTENDED']);
    await server.sweep();
    expect(await lifecycleLog(contoso, id)).toHaveLength(1);
  });
});

describe('isolation', () => {
  it("one partner never sees another's reminders, expiries, webhooks or emails", async () => {
    const ours = await givenAdmin(northwind, new Date('2033-05-01T00:00:00.000Z'), { duration: 'P10D', displayName: 'Northwind Only' });
    clock.set(new Date(ours.endsAt.getTime() - DAY));
    await server.sweep();
    clock.set(ours.endsAt);
    await server.sweep();

    const northwindLog = await lifecycleLog(northwind);
    expect(northwindLog.map((entry) => [entry.type, entry.subjectId])).toEqual([
      ['ADMIN_RELATIONSHIP_EXPIRED', ours.id],
      ['ADMIN_RELATIONSHIP_EXPIRING', ours.id],
    ]);
    expect((await lifecycleLog(contoso)).some((entry) => entry.subjectId === ours.id)).toBe(false);
    expect((await deliveries(northwind)).map((d) => d.payload.data.relationshipId)).toEqual([ours.id, ours.id]);
    expect((await deliveries(contoso)).some((d) => d.payload.data.relationshipId === ours.id)).toBe(false);
    const mails = await mailsArrive('Northwind Only AG', 4);
    const recipients = new Set(mails.map((mail) => (mail.to && 'text' in mail.to ? mail.to.text : '')));
    expect(recipients).toEqual(new Set([northwind.email('GLOBAL_ADMIN'), northwind.email('ADMIN_AGENT')]));
  });
});

describe('accepting a renewal agrees with the sweep', () => {
  it('a renewal accepted at the very end of the old relationship: the old one is written down EXPIRED (not ended by the customer), once', async () => {
    const old = await givenAdmin(contoso, new Date('2034-02-01T00:00:00.000Z'), { duration: 'P20D', displayName: 'Renewed Late' });
    clock.set(old.endsAt);
    const sales = await contoso.as('SALES_AGENT');
    const { requestAdminRelationship } = await sales.data<{ requestAdminRelationship: { url: string } }>(
      'mutation($input: RequestAdminRelationshipInput!) { requestAdminRelationship(input: $input) { url } }',
      { input: { customerId: old.customer.id, locale: 'en', adminAccess: { roles: HELPDESK, duration: 'P1Y', displayName: 'Renewed Late 2' } } },
    );
    const admin = await old.customer.as('GLOBAL_ADMIN');
    await admin.data(ACCEPT, { token: requestAdminRelationship.url.split('/').pop() ?? '' });
    const row = await stored(old.id);
    expect({ status: row.status, endedAt: row.endedAt?.toISOString(), endedBySide: row.endedBySide }).toEqual({
      status: 'EXPIRED',
      endedAt: old.endsAt.toISOString(),
      endedBySide: null,
    });
    await server.sweep();
    const entries = await lifecycleLog(contoso, old.id);
    expect(entries.map((entry) => entry.type)).toEqual(['ADMIN_RELATIONSHIP_EXPIRED']);
  });
});

/**
 * `count` customers whose admin relationships (HELPDESK, P60D from `start`) all end at once, of the
 * given partner or of a new one without users (so nobody is emailed).
 */
async function givenManyAdmins(target: TestServer, count: number, start: Date, partnerId?: string) {
  const partner = partnerId
    ? null
    : tenantRow({ kind: 'PARTNER', name: `Many ${start.getTime()}`, domain: `many-${start.getTime()}.test`, country: 'DE', partnerId: '7000001', createdAt: start });
  const partnerTenantId = partnerId ?? partner?.id ?? '';
  const endsAt = new Date(start.getTime() + 60 * DAY);
  await target.db.write(async ({ em }) => {
    const customers = Array.from({ length: count }, (_, i) =>
      tenantRow({ kind: 'CUSTOMER', name: `Swept ${i}`, domain: `swept-${start.getTime()}-${i}.test`, country: 'DE', createdAt: start }),
    );
    await em.insert(TenantEntity, partner ? [partner, ...customers] : customers);
    const rows = customers.map((customer) =>
      relationshipRow({
        partnerTenantId,
        customerTenantId: customer.id,
        type: 'DELEGATED_ADMIN',
        origin: 'INVITATION',
        createdAt: start,
        roles: HELPDESK,
        duration: 'P60D',
        activatedAt: start,
        endsAt,
        displayName: `Swept ${customer.domain}`.slice(0, 50),
      }),
    );
    for (let i = 0; i < rows.length; i += 500) await em.insert(RelationshipEntity, rows.slice(i, i + 500));
  });
  const count_ = (type: string) =>
    target.db.read(async (em) => ({
      activity: await em.countBy(ActivityEntity, { partnerTenantId, type: type as ActivityEntity['type'] }),
      webhooks: await em.countBy(WebhookEventEntity, { partnerTenantId }),
    }));
  return { partnerTenantId, endsAt, count: count_ };
}

describe('many at once', () => {
  it('1,100 relationships reaching a threshold together are all reminded by one sweep, in batches of 500, and all expire at their end', async () => {
    const many = await givenManyAdmins(server, 1100, new Date('2036-01-01T00:00:00.000Z'));
    clock.set(new Date(many.endsAt.getTime() - 30 * DAY));
    await server.sweep();
    expect((await many.count('ADMIN_RELATIONSHIP_EXPIRING')).activity).toBe(1100);
    clock.set(many.endsAt);
    await server.sweep();
    expect((await many.count('ADMIN_RELATIONSHIP_EXPIRED')).activity).toBe(1100);
    const rows = await server.db.read((em) => em.findBy(RelationshipEntity, { partnerTenantId: many.partnerTenantId }));
    expect(rows.filter((row) => row.status === 'EXPIRED' && row.endedAt?.getTime() === many.endsAt.getTime())).toHaveLength(1100);
  });
});

/**
 * Two API instances on one PostgreSQL schema sweeping at the same moment: every reminder and
 * every expiry is written, announced and logged once. More relationships than one batch holds.
 */
const POSTGRES = process.env.DATABASE_URL?.startsWith('postgres') ?? false;
describe.runIf(POSTGRES)('two instances on one PostgreSQL database', () => {
  it('sweeping concurrently, 600 relationships get each reminder and expiry exactly once', async () => {
    const database = await createTestDatabase('postgres');
    const shared = new TestClock();
    const start = new Date('2035-01-01T00:00:00.000Z');
    shared.set(start);
    const first = await startSeedServer(database, { WEBHOOK_ALLOW_PRIVATE_URLS: 'true' }, { clock: shared });
    const second = await startSeedServer(database, { WEBHOOK_ALLOW_PRIVATE_URLS: 'true' }, { clock: shared });
    try {
      const partner = await givenPartner(first, { name: 'Twice Swept GmbH' });
      await (await partner.as('GLOBAL_ADMIN')).data(CREATE_ENDPOINT, { input: { url: receiver.url, events: LIFECYCLE_EVENTS, description: 'lifecycle' } });
      const { partnerTenantId, endsAt, count } = await givenManyAdmins(first, 600, start, partner.id);
      shared.set(new Date(endsAt.getTime() - 30 * DAY));
      await Promise.all([first.sweep(), second.sweep(), first.sweep(), second.sweep()]);
      expect(await count('ADMIN_RELATIONSHIP_EXPIRING')).toEqual({ activity: 600, webhooks: 600 });

      shared.set(endsAt);
      await Promise.all([first.sweep(), second.sweep(), first.sweep(), second.sweep()]);
      expect(await count('ADMIN_RELATIONSHIP_EXPIRED')).toEqual({ activity: 600, webhooks: 1200 });
      const statuses = await first.db.read((em) => em.findBy(RelationshipEntity, { partnerTenantId }));
      expect(statuses.filter((row) => row.status === 'EXPIRED' && row.endedAt?.getTime() === endsAt.getTime())).toHaveLength(600);
    } finally {
      await second.stop();
      await first.stop();
      await database.drop();
    }
  });
});
