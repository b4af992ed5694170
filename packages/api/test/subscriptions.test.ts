import { createClient, type Client as WsClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { UserEntity } from '../src/db/entities/index.js';
import { ACCEPT, givenCustomer, givenPartner, givenPendingRequest, type GivenTenant } from './support/given.js';
import { startServer, type TestServer } from './support/start-server.js';

let server: TestServer;
let partner: GivenTenant;
const clients: WsClient[] = [];

const EVENTS = 'subscription { relationshipEvents { type summary subjectId customer { companyName } actor { displayName } } }';
type Event = { type: string; summary: string; subjectId: string; customer: { companyName: string } | null };

function connect(options: { token?: string; headers?: Record<string, string> } = {}) {
  const client = createClient({
    url: server.url.replace('http', 'ws') + '/graphql',
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: options.headers ?? {} });
      }
    },
    connectionParams: options.token ? { authorization: `Bearer ${options.token}` } : {},
    lazy: false,
    retryAttempts: 0,
  });
  clients.push(client);
  return client;
}

/** Collects events until `count` arrived (or the subscription fails). */
function collect(client: WsClient, count: number) {
  const events: Event[] = [];
  let ready: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (ready = resolve));
  const done = new Promise<Event[]>((resolve, reject) => {
    const stop = client.subscribe<{ relationshipEvents: Event }>(
      { query: EVENTS },
      {
        next: (result) => {
          if (result.errors) return reject(new Error(JSON.stringify(result.errors)));
          if (result.data) events.push(result.data.relationshipEvents);
          if (events.length === count) {
            stop();
            resolve(events);
          }
        },
        error: (error) => reject(error instanceof Error ? error : new Error(JSON.stringify(error))),
        complete: () => resolve(events),
      },
    );
  });
  client.on('connected', () => setTimeout(ready, 50));
  return { opened, done, events };
}

function tokenOf(client: { token?: string }): string {
  return client.token ?? '';
}

beforeAll(async () => {
  server = await startServer();
  partner = await givenPartner(server, { name: 'Live Partner GmbH' });
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await server.stop();
});

describe('relationshipEvents (graphql-ws)', () => {
  it('a partner sees the acceptance of its request the moment the customer accepts; another partner sees nothing', async () => {
    const sales = await partner.as('SALES_AGENT');
    const other = await (await givenPartner(server)).as('SALES_AGENT');
    const mine = collect(connect({ token: tokenOf(sales) }), 3);
    const theirs = collect(connect({ token: tokenOf(other) }), 1);
    await Promise.all([mine.opened, theirs.opened]);

    const customer = await givenCustomer(server, { name: 'Live Customer GmbH' });
    const invitation = await givenPendingRequest(partner);
    await (await customer.as('GLOBAL_ADMIN')).data(ACCEPT, { token: invitation.token });

    const events = await mine.done;
    expect(events.map((e) => e.type)).toEqual(['REQUEST_CREATED', 'REQUEST_ACCEPTED', 'RELATIONSHIP_CREATED']);
    expect(events[1]).toMatchObject({ subjectId: invitation.request.id, customer: { companyName: 'Live Customer GmbH' } });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(theirs.events).toEqual([]);
  });

  it('an anonymous subscriber is refused with UNAUTHENTICATED', async () => {
    await expect(collect(connect(), 1).done).rejects.toThrow(/UNAUTHENTICATED/);
  });

  it("a cross-site page cannot subscribe with the user's cookie", async () => {
    const sales = await partner.as('SALES_AGENT');
    const cookie = `partnerlink_session=${tokenOf(sales)}`;
    await expect(collect(connect({ headers: { cookie, origin: 'https://evil.example' } }), 1).done).rejects.toThrow(/UNAUTHENTICATED/);
    const sameSite = collect(connect({ headers: { cookie, origin: server.url } }), 1);
    await sameSite.opened;
    await givenPendingRequest(partner);
    expect((await sameSite.done)[0]?.type).toBe('REQUEST_CREATED');
  });

  it('a malformed session cookie is no session over WebSocket too: UNAUTHENTICATED, not a crash', async () => {
    await expect(collect(connect({ headers: { cookie: 'partnerlink_session=%', origin: server.url } }), 1).done).rejects.toThrow(/UNAUTHENTICATED/);
  });

  it('an API key whose creator lost the role to manage keys is refused over WebSocket too (UNAUTHENTICATED), not a crash', async () => {
    const owner = await givenPartner(server);
    const admin = await owner.as('ADMIN_AGENT');
    const key = await admin.data<{ createApiKey: { secret: string } }>('mutation { createApiKey(input: { name: "Live", scopes: [READ] }) { secret } }');
    await server.db.write((em) => em.update(UserEntity, { email: owner.email('ADMIN_AGENT') }, { roles: 'HELPDESK_AGENT' }));
    await expect(collect(connect({ token: key.createApiKey.secret }), 1).done).rejects.toThrow(/UNAUTHENTICATED/);
  });

  it('serves only subscriptions, under the HTTP limits: queries, mutations and too-deep documents are refused', async () => {
    const sales = await partner.as('SALES_AGENT');
    const client = connect({ token: tokenOf(sales) });
    const run = (query: string) =>
      new Promise<{ code?: string; message: string }>((resolve, reject) => {
        client.subscribe(
          { query },
          {
            next: (result) => {
              const error = result.errors?.[0] as { message: string; extensions?: { code?: string } } | undefined;
              if (error) resolve({ code: error.extensions?.code, message: error.message });
              else reject(new Error(`expected a refusal, got ${JSON.stringify(result)}`));
            },
            error: (error) => {
              const first = (Array.isArray(error) ? error[0] : error) as { message: string; extensions?: { code?: string } };
              resolve({ code: first.extensions?.code, message: first.message });
            },
            complete: () => undefined,
          },
        );
      });
    const query = await run('{ viewer { email } }');
    expect(query.message).toMatch(/Only subscriptions/);
    const mutation = await run('mutation { signOut }');
    expect(mutation.message).toMatch(/Only subscriptions/);
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: type`).join(' ');
    const tooManyAliases = await run(`subscription { relationshipEvents { ${aliases} } }`);
    expect(tooManyAliases.message).toMatch(/alias/i);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
  });
});
