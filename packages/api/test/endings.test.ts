import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SubscriptionEntity } from '../src/db/entities/index.js';
import { AzurePlanSlot1764300000000 } from '../src/db/migrations/1764300000000-azure-plan-slot.js';
import { givenAccepted, givenCustomer, givenPartner, type GivenTenant } from './support/given.js';
import { startServer, type TestServer } from './support/start-server.js';
import { pollUntil } from './support/webhook-receiver.js';

/** Issue 10: relationships end as cleanly as they begin (rule 17). */

let smtp: { port: number; received: ParsedMail[]; close(): Promise<void> };
let server: TestServer;
let partner: GivenTenant;

const ORDER = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { subscription { id status } } }`;
const UPDATE = `mutation($input: UpdateSubscriptionInput!) {
  updateSubscription(input: $input) { id quantity status canChange canSuspend canReactivate canCancel }
}`;
const END = 'mutation($id: ID!, $also: Boolean) { endRelationship(id: $id, alsoEndAdminRelationship: $also) { id type status endedBy } }';
const ASK = 'mutation($id: ID!, $message: String) { requestRelationshipEnd(id: $id, message: $message) { id status activeSubscriptions { id } } }';
const MINE = `{ partnerRelationships(first: 20) { edges { node { id type status
  activeSubscriptions { id productId productName quantity status } } } } }`;
const RELATIONSHIPS = 'query($id: ID!) { customer(id: $id) { relationships { id type status endedBy } } }';

type Mine = {
  partnerRelationships: {
    edges: { node: { id: string; type: string; status: string; activeSubscriptions: { id: string; productName: string }[] } }[];
  };
};

function startSmtp(): Promise<typeof smtp> {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        port: (server.server.address() as AddressInfo).port,
        received,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

async function order(customer: GivenTenant, productId = 'm365-business-basic', quantity = 3): Promise<string> {
  const sales = await partner.as('SALES_AGENT');
  const data = await sales.data<{ placeOrder: { subscription: { id: string } } }>(ORDER, {
    input: { customerId: customer.id, productId, quantity },
  });
  return data.placeOrder.subscription.id;
}

beforeAll(async () => {
  smtp = await startSmtp();
  server = await startServer({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MAIL_FROM: 'Partnerlink <notify@partnerlink.test>' });
  partner = await givenPartner(server, { name: 'Ending Partner GmbH' });
});
afterAll(async () => {
  await server.stop();
  await smtp.close();
});

describe('no orphaned subscriptions (item 1)', () => {
  it("the customer's global admin cannot end the reseller relationship while the partner's subscriptions are active: FAILED_PRECONDITION listing them", async () => {
    const customer = await givenCustomer(server);
    const { reseller } = await givenAccepted(partner, customer);
    const subscription = await order(customer, 'm365-business-basic', 4);
    const refused = await (await customer.as('GLOBAL_ADMIN')).error(END, { id: reseller });
    expect(refused.extensions).toEqual({
      code: 'FAILED_PRECONDITION',
      subscriptions: [{ id: subscription, productId: 'm365-business-basic', productName: 'Microsoft 365 Business Basic', quantity: 4, status: 'ACTIVE' }],
      reason: 'ACTIVE_SUBSCRIPTIONS',
      params: { count: 1 },
    });
    const partnerSide = await (await partner.as('ADMIN_AGENT')).error(END, { id: reseller });
    expect(partnerSide.extensions?.code).toBe('FAILED_PRECONDITION');
    expect(partnerSide.extensions?.subscriptions).toEqual(refused.extensions?.subscriptions);
  });

  it('the customer sees the blocking subscriptions on its reseller relationship before trying', async () => {
    const customer = await givenCustomer(server);
    const { reseller } = await givenAccepted(partner, customer, true);
    const active = await order(customer);
    const suspended = await order(customer, 'm365-business-premium', 2);
    await (await partner.as('SALES_AGENT')).data(UPDATE, { input: { id: suspended, status: 'SUSPENDED' } });
    const data = await (await customer.as('BILLING_ADMIN')).data<Mine>(MINE);
    const byType = new Map(data.partnerRelationships.edges.map((e) => [e.node.type, e.node]));
    expect(byType.get('RESELLER')?.id).toBe(reseller);
    expect(byType.get('RESELLER')?.activeSubscriptions).toEqual([expect.objectContaining({ id: active, productName: 'Microsoft 365 Business Basic' })]);
    expect(byType.get('DELEGATED_ADMIN')?.activeSubscriptions).toEqual([]);
  });

  it('the customer asks the partner to cancel them: an activity entry and an email to the admin agents, at most once a day', async () => {
    const customer = await givenCustomer(server, { name: 'Asking Customer GmbH' });
    const { reseller } = await givenAccepted(partner, customer);
    await order(customer);
    const admin = await customer.as('GLOBAL_ADMIN');
    expect(await (await customer.as('BILLING_ADMIN')).errorCode(ASK, { id: reseller })).toBe('FORBIDDEN');
    const asked = await admin.data<{ requestRelationshipEnd: { id: string; activeSubscriptions: unknown[] } }>(ASK, {
      id: reseller,
      message: 'We are moving to another provider.',
    });
    expect(asked.requestRelationshipEnd).toMatchObject({ id: reseller, activeSubscriptions: [expect.anything()] });

    const log = await (await partner.as('HELPDESK_AGENT')).data<{ activityLog: { edges: { node: { type: string; summary: string } }[] } }>(
      '{ activityLog(first: 1) { edges { node { type summary } } } }',
    );
    expect(log.activityLog.edges[0]?.node).toMatchObject({ type: 'RELATIONSHIP_END_REQUESTED' });
    expect(log.activityLog.edges[0]?.node.summary).toContain('Asking Customer GmbH');

    const mails = await pollUntil(
      // The end request's email names the subscriptions (the requesting agent also got one when the customer accepted).
      () => smtp.received.filter((m) => m.text?.includes('Asking Customer GmbH') && m.text.includes('Microsoft 365 Business Basic')),
      (found) => found.length >= 1,
      5000,
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]?.to && 'text' in mails[0].to ? mails[0].to.text : '').toBe(partner.email('ADMIN_AGENT'));
    expect(mails[0]?.text).toContain('Microsoft 365 Business Basic');
    expect(mails[0]?.text).toContain('We are moving to another provider.');

    const again = await admin.error(ASK, { id: reseller });
    expect(again.extensions?.code).toBe('RATE_LIMITED');
    const raw = await admin.raw(ASK, { id: reseller });
    expect(Number(raw.headers.get('retry-after'))).toBeGreaterThan(86_000);
  });

  it("asking is only for a customer's own active reseller relationship", async () => {
    const customer = await givenCustomer(server);
    const other = await givenCustomer(server);
    const { reseller, admin: adminRelationship } = await givenAccepted(partner, customer, true);
    expect((await (await other.as('GLOBAL_ADMIN')).error(ASK, { id: reseller })).extensions).toEqual({ code: 'NOT_FOUND', field: 'id' });
    const own = await customer.as('GLOBAL_ADMIN');
    expect((await own.error(ASK, { id: adminRelationship })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id', reason: 'NOT_RESELLER_RELATIONSHIP' });
    expect(await (await partner.as('ADMIN_AGENT')).errorCode(ASK, { id: reseller })).toBe('FORBIDDEN');
  });

  it('a message over 1000 characters is BAD_USER_INPUT on message, and nothing is asked', async () => {
    const customer = await givenCustomer(server);
    const { reseller } = await givenAccepted(partner, customer);
    const admin = await customer.as('GLOBAL_ADMIN');
    expect((await admin.error(ASK, { id: reseller, message: 'x'.repeat(1001) })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'message', reason: 'TOO_LONG', params: { max: 1000 } });
    await admin.data(ASK, { id: reseller, message: 'x'.repeat(1000) });
  });
});

describe('no deadlock for the partner (item 2)', () => {
  it('with a reseller relationship only, the partner suspends and cancels a seat subscription it sold; seats still need admin permissions', async () => {
    const customer = await givenCustomer(server);
    await givenAccepted(partner, customer, false);
    const id = await order(customer);
    const sales = await partner.as('SALES_AGENT');
    expect(await sales.errorCode(UPDATE, { input: { id, quantity: 5 } })).toBe('ADMIN_RELATIONSHIP_REQUIRED');
    const suspended = await sales.data<{ updateSubscription: Record<string, unknown> }>(UPDATE, { input: { id, status: 'SUSPENDED' } });
    expect(suspended.updateSubscription).toMatchObject({ status: 'SUSPENDED', canChange: false, canCancel: true, canReactivate: true });
    const cancelled = await sales.data<{ updateSubscription: Record<string, unknown> }>(UPDATE, { input: { id, status: 'CANCELLED' } });
    expect(cancelled.updateSubscription).toMatchObject({ status: 'CANCELLED', canChange: false, canSuspend: false, canReactivate: false, canCancel: false });
    for (const input of [{ id, status: 'ACTIVE' }, { id, status: 'SUSPENDED' }, { id, status: 'CANCELLED' }, { id, quantity: 9 }]) {
      expect((await sales.error(UPDATE, { input })).extensions).toEqual({ code: 'FAILED_PRECONDITION', status: 'CANCELLED' });
    }
  });

  it('after the relationship ended, the partner still cancels a suspended subscription it sold, but cannot reactivate it', async () => {
    const customer = await givenCustomer(server);
    const { reseller } = await givenAccepted(partner, customer, false);
    const id = await order(customer);
    const sales = await partner.as('SALES_AGENT');
    await sales.data(UPDATE, { input: { id, status: 'SUSPENDED' } });
    await (await customer.as('GLOBAL_ADMIN')).data(END, { id: reseller });
    expect(await sales.errorCode(UPDATE, { input: { id, status: 'ACTIVE' } })).toBe('RELATIONSHIP_REQUIRED');
    const cancelled = await sales.data<{ updateSubscription: { status: string } }>(UPDATE, { input: { id, status: 'CANCELLED' } });
    expect(cancelled.updateSubscription.status).toBe('CANCELLED');
  });

  it('the partner cancels the active subscriptions, then the relationship ends', async () => {
    const customer = await givenCustomer(server);
    const { reseller } = await givenAccepted(partner, customer, false);
    const id = await order(customer);
    const sales = await partner.as('SALES_AGENT');
    expect(await sales.errorCode(END, { id: reseller })).toBe('FAILED_PRECONDITION');
    await sales.data(UPDATE, { input: { id, status: 'CANCELLED' } });
    const ended = await sales.data<{ endRelationship: { status: string; endedBy: string } }>(END, { id: reseller });
    expect(ended.endRelationship).toMatchObject({ status: 'TERMINATED', endedBy: 'PARTNER' });
  });
});

describe('ending and ordering at the same moment (item 1)', () => {
  it('never leaves an active subscription behind an ended reseller relationship', async () => {
    const sales = await partner.as('SALES_AGENT');
    for (let round = 0; round < 6; round += 1) {
      const customer = await givenCustomer(server);
      const { reseller } = await givenAccepted(partner, customer);
      const admin = await customer.as('GLOBAL_ADMIN');
      const [ordered, ended] = await Promise.all([
        sales.request(ORDER, { input: { customerId: customer.id, productId: 'm365-business-basic', quantity: 1 } }),
        admin.request(END, { id: reseller }),
      ]);
      const view = await sales.data<{ customer: { resellerRelationship: { status: string }; subscriptions: { status: string }[] } }>(
        'query($id: ID!) { customer(id: $id) { resellerRelationship { status } subscriptions { status } } }',
        { id: customer.id },
      );
      const active = view.customer.subscriptions.filter((s) => s.status === 'ACTIVE').length;
      // Exactly one of the two wins: the order (and the end is refused) or the end (and the order is refused).
      expect([ordered.errors?.[0]?.extensions?.code ?? 'ok', ended.errors?.[0]?.extensions?.code ?? 'ok'].sort()).toEqual(
        active === 1 ? ['FAILED_PRECONDITION', 'ok'] : ['RELATIONSHIP_REQUIRED', 'ok'],
      );
      expect(view.customer.resellerRelationship.status).toBe(active === 1 ? 'ACTIVE' : 'TERMINATED');
    }
  });
});

describe('admin permissions end with the reseller relationship (item 3)', () => {
  it('by default, ending the reseller relationship also ends the admin relationship, each with its activity entry', async () => {
    const customer = await givenCustomer(server);
    const { reseller, admin } = await givenAccepted(partner, customer, true);
    await (await customer.as('GLOBAL_ADMIN')).data(END, { id: reseller });
    const view = await (await partner.as('SALES_AGENT')).data<{ customer: { relationships: { id: string; status: string; endedBy: string }[] } }>(
      RELATIONSHIPS,
      { id: customer.id },
    );
    expect(view.customer.relationships.find((r) => r.id === admin)).toMatchObject({ status: 'TERMINATED', endedBy: 'CUSTOMER' });
    const log = await (await partner.as('HELPDESK_AGENT')).data<{ activityLog: { edges: { node: { type: string; subjectId: string } }[] } }>(
      '{ activityLog(first: 2) { edges { node { type subjectId } } } }',
    );
    expect(log.activityLog.edges.map((e) => `${e.node.type}:${e.node.subjectId}`).sort()).toEqual(
      [`RELATIONSHIP_ENDED:${admin}`, `RELATIONSHIP_ENDED:${reseller}`].sort(),
    );
  });

  it('alsoEndAdminRelationship: false keeps the admin relationship deliberately', async () => {
    const customer = await givenCustomer(server);
    const { reseller, admin } = await givenAccepted(partner, customer, true);
    await (await partner.as('ADMIN_AGENT')).data(END, { id: reseller, also: false });
    const view = await (await partner.as('SALES_AGENT')).data<{ customer: { relationships: { id: string; status: string }[] } }>(
      RELATIONSHIPS,
      { id: customer.id },
    );
    expect(view.customer.relationships.find((r) => r.id === admin)?.status).toBe('ACTIVE');
    expect(view.customer.relationships.find((r) => r.id === reseller)?.status).toBe('TERMINATED');
  });
});

describe('who may end (item 4)', () => {
  it('a SALES_AGENT may end a relationship; a HELPDESK_AGENT or BILLING_ADMIN may not', async () => {
    const customer = await givenCustomer(server);
    const { reseller } = await givenAccepted(partner, customer);
    expect(await (await partner.as('HELPDESK_AGENT')).errorCode(END, { id: reseller })).toBe('FORBIDDEN');
    expect(await (await partner.as('BILLING_ADMIN')).errorCode(END, { id: reseller })).toBe('FORBIDDEN');
    const ended = await (await partner.as('SALES_AGENT')).data<{ endRelationship: { status: string } }>(END, { id: reseller });
    expect(ended.endRelationship.status).toBe('TERMINATED');
  });
});

describe('no duplicate Azure plans (item 7)', () => {
  it('a second Azure plan for the same customer is FAILED_PRECONDITION naming the first; after cancelling it, a new one may be bought', async () => {
    const customer = await givenCustomer(server);
    await givenAccepted(partner, customer);
    const first = await order(customer, 'azure-plan', 1);
    const sales = await partner.as('SALES_AGENT');
    const refused = await sales.error(ORDER, { input: { customerId: customer.id, productId: 'azure-plan', quantity: 1 } });
    expect(refused.extensions).toEqual({ code: 'FAILED_PRECONDITION', subscriptionId: first, reason: 'AZURE_PLAN_EXISTS' });
    await sales.data(UPDATE, { input: { id: first, status: 'SUSPENDED' } });
    expect((await sales.error(ORDER, { input: { customerId: customer.id, productId: 'azure-plan', quantity: 1 } })).extensions).toEqual({
      code: 'FAILED_PRECONDITION',
      subscriptionId: first,
      reason: 'AZURE_PLAN_EXISTS',
    });
    await sales.data(UPDATE, { input: { id: first, status: 'CANCELLED' } });
    const second = await order(customer, 'azure-plan', 1);
    expect(second).not.toBe(first);
  });

  it('of ten concurrent orders for an Azure plan, exactly one succeeds; the others are FAILED_PRECONDITION', async () => {
    const customer = await givenCustomer(server);
    await givenAccepted(partner, customer);
    const sales = await partner.as('SALES_AGENT');
    const results = await Promise.all(
      Array.from({ length: 10 }, () => sales.request<{ placeOrder: { subscription: { id: string } } }>(ORDER, {
        input: { customerId: customer.id, productId: 'azure-plan', quantity: 1 },
      })),
    );
    const created = results.filter((r) => r.data?.placeOrder);
    expect(created).toHaveLength(1);
    const id = created[0]?.data?.placeOrder.subscription.id;
    for (const refused of results.filter((r) => r.errors)) {
      expect(refused.errors?.[0]?.extensions).toEqual({ code: 'FAILED_PRECONDITION', subscriptionId: id, reason: 'AZURE_PLAN_EXISTS' });
    }
  });
});

describe("another partner's customer looks like no customer (item 19)", () => {
  it('placeOrder for a customer the partner never related to answers exactly as for a random id; a former customer gets RELATIONSHIP_REQUIRED', async () => {
    const stranger = await givenCustomer(server);
    const sales = await partner.as('SALES_AGENT');
    const input = (customerId: string) => ({ input: { customerId, productId: 'm365-business-basic', quantity: 1 } });
    const strange = await sales.error(ORDER, input(stranger.id));
    const random = await sales.error(ORDER, input('00000000-0000-4000-8000-000000000000'));
    expect(strange.extensions).toEqual({ code: 'NOT_FOUND', field: 'customerId' });
    expect({ message: strange.message, extensions: strange.extensions }).toEqual({ message: random.message, extensions: random.extensions });

    const former = await givenCustomer(server);
    const { reseller } = await givenAccepted(partner, former);
    await (await former.as('GLOBAL_ADMIN')).data(END, { id: reseller });
    expect(await sales.errorCode(ORDER, input(former.id))).toBe('RELATIONSHIP_REQUIRED');
  });
});

describe('the Azure plan index upgrades an existing database in place (item 7)', () => {
  it('duplicate plans sold before the rule keep their data; the oldest takes the slot, and a new plan waits until all are cancelled', async () => {
    const customer = await givenCustomer(server);
    await givenAccepted(partner, customer);
    const newest = await order(customer, 'azure-plan', 1);
    const rows = await server.db.write(async ({ em }) => {
      const sold = await em.findOneByOrFail(SubscriptionEntity, { id: newest });
      const day = 24 * 60 * 60 * 1000;
      // What the old code let happen: an older second plan, and a cancelled one (written as they were then).
      const older = { ...sold, id: '00000000-0000-4000-8000-00000000a001', planKey: null, createdAt: new Date(sold.createdAt.getTime() - day) };
      const cancelled = { ...older, id: '00000000-0000-4000-8000-00000000a002', status: 'CANCELLED' as const, createdAt: new Date(older.createdAt.getTime() - day) };
      await em.insert(SubscriptionEntity, [older, cancelled]);
      const runner = em.queryRunner;
      if (!runner) throw new Error('no query runner in a write transaction');
      const migration = new AzurePlanSlot1764300000000();
      await migration.down(runner);
      await migration.up(runner);
      return em.find(SubscriptionEntity, { where: { customerTenantId: customer.id }, order: { createdAt: 'ASC' } });
    });
    expect(rows.map((r) => [r.id, r.status, r.planKey])).toEqual([
      ['00000000-0000-4000-8000-00000000a002', 'CANCELLED', null],
      ['00000000-0000-4000-8000-00000000a001', 'ACTIVE', 'AZURE_PLAN'],
      [newest, 'ACTIVE', null],
    ]);

    const sales = await partner.as('SALES_AGENT');
    const buy = { input: { customerId: customer.id, productId: 'azure-plan', quantity: 1 } };
    expect((await sales.error(ORDER, buy)).extensions).toEqual({ code: 'FAILED_PRECONDITION', subscriptionId: '00000000-0000-4000-8000-00000000a001', reason: 'AZURE_PLAN_EXISTS' });
    await sales.data(UPDATE, { input: { id: '00000000-0000-4000-8000-00000000a001', status: 'CANCELLED' } });
    expect((await sales.error(ORDER, buy)).extensions).toEqual({ code: 'FAILED_PRECONDITION', subscriptionId: newest, reason: 'AZURE_PLAN_EXISTS' });
    await sales.data(UPDATE, { input: { id: newest, status: 'SUSPENDED' } });
    await sales.data(UPDATE, { input: { id: newest, status: 'ACTIVE' } });
    await sales.data(UPDATE, { input: { id: newest, status: 'CANCELLED' } });
    expect(await order(customer, 'azure-plan', 1)).toEqual(expect.any(String));
  });
});
