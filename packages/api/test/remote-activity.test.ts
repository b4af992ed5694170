import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT, givenCustomer, givenPartner, givenPendingRequest, signIn, type GivenTenant } from './support/given.js';
import { subscribeToRelationshipEvents } from './support/live-events.js';
import { startServer, type TestServer } from './support/start-server.js';

// Two instances on one PostgreSQL schema. What one commits, the other hears of (LISTEN/NOTIFY)
// and loads for its live subscribers. With nobody subscribed there, loading it is a statement per
// write on every other instance for nothing: instance B loads another instance's activity only
// while someone is subscribed to it.

const postgres = process.env.DATABASE_URL?.startsWith('postgres') ?? false;
const ACTIVITY_LOAD = /\bFROM ("\w+"\.)?"activity"/;

describe.skipIf(!postgres)('activity committed by another instance (PostgreSQL)', () => {
  let a: TestServer;
  let b: TestServer;
  let partner: GivenTenant;

  beforeAll(async () => {
    a = await startServer();
    b = await startServer({}, { besides: a });
    partner = await givenPartner(a, { country: 'DE', name: 'Remote Activity GmbH' });
  });

  afterAll(async () => {
    await b?.stop();
    await a?.stop();
  });

  async function acceptOnA(): Promise<string> {
    const customer = await givenCustomer(a, { country: 'DE' });
    const invitation = await givenPendingRequest(partner, { customerId: customer.id });
    const admin = await signIn(a, customer.email('GLOBAL_ADMIN'));
    await admin.data(ACCEPT, { token: invitation.token, agreement: true });
    return invitation.request.id;
  }

  it('with no subscriber on B, B runs no statement for a request and its accept made on A; with one, it loads both and its subscriber sees them', async () => {
    const sales = await partner.as('SALES_AGENT');
    b.counter.start();
    const unseen = await acceptOnA();
    const watching = subscribeToRelationshipEvents(b.url, sales.token ?? '');
    const subjects = () => watching.events.map((event) => `${event.type} ${event.subjectId}`);
    try {
      await watching.opened;
      const seen = await acceptOnA();
      for (let i = 0; i < 200 && !subjects().includes(`REQUEST_ACCEPTED ${seen}`); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
      b.counter.stop();
      // Notices arrive in commit order: by the time the second accept reached B's subscriber, B had heard the first.
      expect(subjects()).toContain(`REQUEST_ACCEPTED ${seen}`);
      expect(subjects().some((subject) => subject.endsWith(unseen))).toBe(false);
      // B loaded activity twice: for the second request's notice and for its accept's; not for the first pair.
      expect(b.counter.statements.filter((sql) => ACTIVITY_LOAD.test(sql))).toHaveLength(2);
    } finally {
      await watching.dispose();
    }
  });
});
