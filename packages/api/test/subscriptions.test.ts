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
    onNonLazyError: () => undefined, // the subscriptions report it; no CloseEvent dump on stderr
  });
  clients.push(client);
  return client;
}

/** Why a subscription failed: GraphQL errors as JSON, a closed socket as `closed <code> <reason>`. */
function failure(error: unknown): Error {
  if (error instanceof Error) return error;
  const close = error as { code?: unknown; reason?: unknown } | null;
  if (typeof close?.code === 'number') return new Error(`closed ${close.code} ${String(close.reason)}`);
  return new Error(JSON.stringify(error));
}

type Message = { type: string; id?: string; payload?: unknown };

/** A bare graphql-transport-ws socket: what it received and how it closed. */
async function rawSocket(headers: Record<string, string> = {}) {
  const socket = new WebSocket(server.url.replace('http', 'ws') + '/graphql', 'graphql-transport-ws', { headers });
  const messages: Message[] = [];
  let onMessage: () => void = () => undefined;
  socket.on('message', (data: Buffer) => {
    messages.push(JSON.parse(data.toString('utf8')) as Message);
    onMessage();
  });
  socket.on('error', () => undefined); // a reset after the server closed on an oversized message
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code: number, reason: Buffer) => resolve({ code, reason: reason.toString('utf8') })),
  );
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const next = (type: string) =>
    new Promise<Message | null>((resolve) => {
      const check = () => {
        const found = messages.find((m) => m.type === type);
        if (found) resolve(found);
      };
      onMessage = check;
      check();
      void closed.then(() => resolve(null));
    });
  return {
    socket,
    messages,
    closed,
    send: (message: object) => socket.send(JSON.stringify(message)),
    /** Sends connection_init; true once acknowledged, false when the socket closed first. */
    init: async (payload: Record<string, unknown>) => {
      socket.send(JSON.stringify({ type: 'connection_init', payload }));
      return (await next('connection_ack')) !== null;
    },
    next,
  };
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
        error: (error) => reject(failure(error)),
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

  it('an anonymous caller is refused at connection_init: the socket closes 4403 without an ack', async () => {
    await expect(collect(connect(), 1).done).rejects.toThrow(/closed 4403 Forbidden/);
    for (const payload of [{}, { authorization: 'Bearer not-a-session' }, { authorization: 'Basic abc' }]) {
      const raw = await rawSocket();
      expect(await raw.init(payload), JSON.stringify(payload)).toBe(false);
      expect(await raw.closed).toEqual({ code: 4403, reason: 'Forbidden' });
      expect(raw.messages).toEqual([]);
    }
  });

  it('a message larger than the HTTP body limit (100 KiB) closes the socket (1009) before it is read, unacknowledged', async () => {
    const sales = await partner.as('SALES_AGENT');
    const authorization = `Bearer ${tokenOf(sales)}`;
    const small = await rawSocket();
    expect(await small.init({ authorization, note: 'x'.repeat(90 * 1024) })).toBe(true);
    small.socket.close();

    const big = await rawSocket();
    big.send({ type: 'connection_init', payload: { authorization, note: 'x'.repeat(2 * 1024 * 1024) } });
    expect((await big.closed).code).toBe(1009);
    expect(big.messages).toEqual([]);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('one connection holds at most 10 subscriptions: the 11th is RATE_LIMITED, and completing one frees a place', async () => {
    const own = await givenPartner(server);
    const sales = await own.as('SALES_AGENT');
    const client = connect({ token: tokenOf(sales) });
    const stops = Array.from({ length: 10 }, () =>
      client.subscribe({ query: EVENTS }, { next: () => undefined, error: () => undefined, complete: () => undefined }),
    );
    await expect(collect(client, 1).done).rejects.toThrow(/RATE_LIMITED/);
    stops[0]?.(); // the complete message goes ahead of the next subscribe on the same socket
    const again = collect(client, 1);
    await new Promise((resolve) => setTimeout(resolve, 300)); // the subscription listens
    await givenPendingRequest(own);
    expect((await again.done)[0]?.type).toBe('REQUEST_CREATED');
    for (const stop of stops) stop();
  });

  it('one user holds at most 5 connections: the 6th closes 4429 unacknowledged, and closing one frees a place', async () => {
    const own = await givenPartner(server);
    const authorization = `Bearer ${tokenOf(await own.as('SALES_AGENT'))}`;
    const open = await Promise.all(Array.from({ length: 5 }, () => rawSocket()));
    for (const raw of open) expect(await raw.init({ authorization })).toBe(true);
    const sixth = await rawSocket();
    expect(await sixth.init({ authorization })).toBe(false);
    expect(await sixth.closed).toEqual({ code: 4429, reason: 'Too many live connections: at most 5 per user.' });
    const other = await rawSocket();
    expect(await other.init({ authorization: `Bearer ${tokenOf(await own.as('ADMIN_AGENT'))}` })).toBe(true);
    open[0]?.socket.close();
    await open[0]?.closed;
    const replacement = await rawSocket();
    expect(await replacement.init({ authorization })).toBe(true);
    for (const raw of [...open, other, replacement]) raw.socket.close();
  });

  it("a cross-site page cannot subscribe with the user's cookie", async () => {
    const sales = await partner.as('SALES_AGENT');
    const cookie = `partnerlink_session=${tokenOf(sales)}`;
    await expect(collect(connect({ headers: { cookie, origin: 'https://evil.example' } }), 1).done).rejects.toThrow(/closed 4403/);
    const sameSite = collect(connect({ headers: { cookie, origin: server.url } }), 1);
    await sameSite.opened;
    await givenPendingRequest(partner);
    expect((await sameSite.done)[0]?.type).toBe('REQUEST_CREATED');
  });

  it('a malformed session cookie is no session over WebSocket too: closed 4403 without an ack, not a crash', async () => {
    await expect(collect(connect({ headers: { cookie: 'partnerlink_session=%', origin: server.url } }), 1).done).rejects.toThrow(/closed 4403/);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('an API key whose creator lost the role to manage keys is refused over WebSocket too (closed 4403 without an ack), not a crash', async () => {
    const owner = await givenPartner(server);
    const admin = await owner.as('ADMIN_AGENT');
    const key = await admin.data<{ createApiKey: { secret: string } }>('mutation { createApiKey(input: { name: "Live", scopes: [READ] }) { secret } }');
    await server.db.write(({ em }) => em.update(UserEntity, { email: owner.email('ADMIN_AGENT') }, { roles: 'HELPDESK_AGENT' }));
    await expect(collect(connect({ token: key.createApiKey.secret }), 1).done).rejects.toThrow(/closed 4403/);
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
    expect(query.code).toBe('BAD_USER_INPUT');
    expect(tooManyAliases.code).toBe('BAD_USER_INPUT');
    const unknownField = await run('subscription { relationshipEvents { noSuchField } }');
    expect(unknownField).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/noSuchField/) });
    const badVariable = await new Promise<{ code?: string }>((resolve) => {
      client.subscribe(
        { query: 'subscription($x: Boolean!) { relationshipEvents { type @include(if: $x) } }', variables: { x: 'yes' } },
        {
          next: (result) => resolve({ code: (result.errors?.[0] as { extensions?: { code?: string } } | undefined)?.extensions?.code }),
          error: (error) => resolve({ code: ((Array.isArray(error) ? error[0] : error) as { extensions?: { code?: string } }).extensions?.code }),
          complete: () => undefined,
        },
      );
    });
    expect(badVariable.code).toBe('BAD_USER_INPUT');
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
  });
});
