import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RelationshipRequestEntity } from '../src/db/entities/index.js';
import { givenCustomer, givenPartner, givenPendingRequest, type GivenTenant } from './support/given.js';
import { startSmtp } from './support/smtp-sink.js';
import { startServer, type TestServer } from './support/start-server.js';

const SEND = `mutation($input: SendRelationshipInvitationInput!) {
  sendRelationshipInvitation(input: $input) { id sentTo sentAt }
}`;
const CAPABILITIES = '{ serverCapabilities { emailSending } }';

let smtp: Awaited<ReturnType<typeof startSmtp>>;
let server: TestServer;
let partner: GivenTenant;

beforeAll(async () => {
  smtp = await startSmtp();
  server = await startServer({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MAIL_FROM: 'Partnerlink <invites@partnerlink.test>' });
  partner = await givenPartner(server, { name: 'Mailing Partner GmbH' });
});
afterAll(async () => {
  await server.stop();
  await smtp.close();
});

describe('sending the invitation email', () => {
  it('the server says it can send, and the message that arrives carries the subject, body and link', async () => {
    const sales = await partner.as('SALES_AGENT');
    expect((await sales.data<{ serverCapabilities: { emailSending: boolean } }>(CAPABILITIES)).serverCapabilities.emailSending).toBe(true);
    const invitation = await givenPendingRequest(partner, { locale: 'de', message: 'Bis bald!' });
    const sent = await sales.data<{ sendRelationshipInvitation: { sentTo: string; sentAt: string } }>(SEND, {
      input: { token: invitation.token, to: 'Admin@Customer.example' },
    });
    expect(sent.sendRelationshipInvitation.sentTo).toBe('admin@customer.example');
    const mail = smtp.received.at(-1);
    expect(mail?.subject).toBe(invitation.email.subject);
    expect(mail?.from?.text).toContain('invites@partnerlink.test');
    expect(mail?.text).toContain(invitation.url);
    expect(mail?.text).toContain('Bis bald!');
  });

  it('a refused message leaves the request untouched and says so', async () => {
    const sales = await partner.as('SALES_AGENT');
    const invitation = await givenPendingRequest(partner);
    smtp.refuse(true);
    try {
      const error = await sales.error(SEND, { input: { token: invitation.token, to: 'admin@customer.example' } });
      expect(error.message).toContain('The request is unchanged');
    } finally {
      smtp.refuse(false);
    }
    const data = await sales.data<{ relationshipRequest: { status: string; sentTo: string | null } }>(
      'query($id: ID!) { relationshipRequest(id: $id) { status sentTo } }',
      { id: invitation.request.id },
    );
    expect(data.relationshipRequest).toEqual({ status: 'PENDING', sentTo: null });
  });

  it("another partner's token, a bad address or a helpdesk agent are refused", async () => {
    const other = await givenPartner(server);
    const invitation = await givenPendingRequest(partner);
    const intruder = await other.as('SALES_AGENT');
    expect(await intruder.errorCode(SEND, { input: { token: invitation.token, to: 'a@b.example' } })).toBe('NOT_FOUND');
    const sales = await partner.as('SALES_AGENT');
    expect((await sales.error(SEND, { input: { token: invitation.token, to: 'not-an-address' } })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'to',
      reason: 'EMAIL_INVALID',
    });
    expect(await (await partner.as('HELPDESK_AGENT')).errorCode(SEND, { input: { token: invitation.token, to: 'a@b.example' } })).toBe(
      'FORBIDDEN',
    );
  });
});

describe('what the email says and whom a reply reaches', () => {
  it('an open link does not claim to be only for the recipient organisation, in English or German; a pinned one says so', async () => {
    const customer = await givenCustomer(server);
    const openEn = await givenPendingRequest(partner, { locale: 'en' });
    const openDe = await givenPendingRequest(partner, { locale: 'de' });
    const pinnedEn = await givenPendingRequest(partner, { locale: 'en', customerId: customer.id });
    const pinnedDe = await givenPendingRequest(partner, { locale: 'de', customerId: (await givenCustomer(server)).id });
    expect(openEn.email.body).not.toMatch(/\bonly\b/i);
    expect(openDe.email.body).not.toMatch(/nur für/i);
    expect(openEn.email.body).toContain('The link expires on');
    expect(openDe.email.body).toContain('Der Link läuft am');
    expect(pinnedEn.email.body).toContain(`The link is meant for ${customer.name} only`);
    expect(pinnedDe.email.body).toContain('ist nur für');
  });

  it('a mail the server sends has Reply-To the agent who made the request, also when a colleague sends it', async () => {
    const invitation = await givenPendingRequest(partner);
    const colleague = await partner.as('ADMIN_AGENT');
    await colleague.data(SEND, { input: { token: invitation.token, to: 'admin@replies.example' } });
    const mail = smtp.received.at(-1);
    expect(mail?.replyTo?.value).toEqual([{ address: partner.email('SALES_AGENT'), name: `sales agent of ${partner.name}` }]);
    expect(mail?.text).toContain(`sales agent of ${partner.name}\n${partner.name}`);
    const reminded = await colleague.data<{ remindRelationshipRequest: { url: string } }>(
      'mutation($id: ID!) { remindRelationshipRequest(id: $id) { url } }',
      { id: invitation.request.id },
    );
    const reminder = smtp.received.at(-1);
    expect(reminder?.text).toContain(reminded.remindRelationshipRequest.url);
    expect(reminder?.replyTo?.value).toEqual([{ address: partner.email('SALES_AGENT'), name: `sales agent of ${partner.name}` }]);
  });
});

describe('reminders for requests nearing expiry', () => {
  it('lists pending requests that expire within a number of days', async () => {
    const p = await givenPartner(server);
    const soon = await givenPendingRequest(p);
    await givenPendingRequest(p);
    await server.db.write(({ em }) =>
      em.update(RelationshipRequestEntity, { id: soon.request.id }, { expiresAt: new Date(Date.now() + 3 * 86_400_000) }),
    );
    const sales = await p.as('SALES_AGENT');
    const data = await sales.data<{ relationshipRequests: { edges: { node: { id: string } }[] } }>(
      '{ relationshipRequests(expiringWithinDays: 7) { edges { node { id } } } }',
    );
    expect(data.relationshipRequests.edges.map((e) => e.node.id)).toEqual([soon.request.id]);
  });

  it('one click emails a renewed link to the same address; the old link stops working', async () => {
    const sales = await partner.as('SALES_AGENT');
    const invitation = await givenPendingRequest(partner);
    await sales.data(SEND, { input: { token: invitation.token, to: 'it@reminded.example' } });
    const before = smtp.received.length;
    const reminded = await sales.data<{ remindRelationshipRequest: { url: string; request: { id: string; sentAt: string } } }>(
      'mutation($id: ID!) { remindRelationshipRequest(id: $id) { url request { id sentAt } } }',
      { id: invitation.request.id },
    );
    expect(smtp.received.length).toBe(before + 1);
    const mail = smtp.received.at(-1);
    expect(mail?.to && 'text' in mail.to ? mail.to.text : '').toContain('it@reminded.example');
    expect(mail?.text).toContain(reminded.remindRelationshipRequest.url);
    expect(reminded.remindRelationshipRequest.url).not.toBe(invitation.url);
    const open = 'query($token: String!) { invitation(token: $token) { status } }';
    expect((await server.anonymous.data<{ invitation: null }>(open, { token: invitation.token })).invitation).toBeNull();
    const fresh = reminded.remindRelationshipRequest.url.split('/').pop() ?? '';
    expect((await server.anonymous.data<{ invitation: { status: string } }>(open, { token: fresh })).invitation.status).toBe('PENDING');
  });

  it('an expired request that was emailed can be reminded: a renewed link with a new expiry goes to the same address', async () => {
    const sales = await partner.as('SALES_AGENT');
    const invitation = await givenPendingRequest(partner);
    await sales.data(SEND, { input: { token: invitation.token, to: 'late@reminded.example' } });
    await server.db.write(({ em }) => em.update(RelationshipRequestEntity, { id: invitation.request.id }, { expiresAt: new Date(Date.now() - 1000) }));
    const reminded = await sales.data<{ remindRelationshipRequest: { url: string; request: { status: string; expiresAt: string } } }>(
      'mutation($id: ID!) { remindRelationshipRequest(id: $id) { url request { status expiresAt } } }',
      { id: invitation.request.id },
    );
    expect(reminded.remindRelationshipRequest.request.status).toBe('PENDING');
    expect(Date.parse(reminded.remindRelationshipRequest.request.expiresAt)).toBeGreaterThan(Date.now());
    const mail = smtp.received.at(-1);
    expect(mail?.to && 'text' in mail.to ? mail.to.text : '').toContain('late@reminded.example');
    expect(mail?.text).toContain(reminded.remindRelationshipRequest.url);
  });

  it('a revoked request cannot be reminded (FAILED_PRECONDITION with its status) and nothing is sent', async () => {
    const sales = await partner.as('SALES_AGENT');
    const invitation = await givenPendingRequest(partner);
    await sales.data(SEND, { input: { token: invitation.token, to: 'gone@reminded.example' } });
    await sales.data('mutation($id: ID!) { revokeRelationshipRequest(id: $id) { id } }', { id: invitation.request.id });
    const before = smtp.received.length;
    const error = await sales.error('mutation($id: ID!) { remindRelationshipRequest(id: $id) { url } }', { id: invitation.request.id });
    expect(error.extensions).toEqual({ code: 'FAILED_PRECONDITION', status: 'REVOKED', reason: 'NOT_RENEWABLE', params: { status: 'REVOKED' } });
    expect(smtp.received.length).toBe(before);
  });

  it('the link of a revoked request cannot be sent (FAILED_PRECONDITION with its status) and nothing is sent', async () => {
    const sales = await partner.as('SALES_AGENT');
    const invitation = await givenPendingRequest(partner);
    await sales.data('mutation($id: ID!) { revokeRelationshipRequest(id: $id) { id } }', { id: invitation.request.id });
    const before = smtp.received.length;
    const error = await sales.error(SEND, { input: { token: invitation.token, to: 'late@revoked.example' } });
    expect(error.extensions).toEqual({ code: 'FAILED_PRECONDITION', status: 'REVOKED', reason: 'NOT_SENDABLE', params: { status: 'REVOKED' } });
    expect(smtp.received.length).toBe(before);
  });

  it('a request never emailed from Partnerlink cannot be reminded', async () => {
    const sales = await partner.as('SALES_AGENT');
    const invitation = await givenPendingRequest(partner);
    const error = await sales.error('mutation($id: ID!) { remindRelationshipRequest(id: $id) { url } }', { id: invitation.request.id });
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id', reason: 'NEVER_EMAILED' });
  });
});

describe('limits on invitation emails (spam and phishing)', () => {
  it('an address literal or other non-domain recipient is refused with BAD_USER_INPUT on `to`, and nothing is sent', async () => {
    const sales = await partner.as('SALES_AGENT');
    const invitation = await givenPendingRequest(partner);
    const before = smtp.received.length;
    for (const to of ['x@[127.0.0.1]', 'x@[IPv6:::1]', 'x@10.0.0.1']) {
      expect((await sales.error(SEND, { input: { token: invitation.token, to } })).extensions, to).toEqual({ code: 'BAD_USER_INPUT', field: 'to', reason: 'EMAIL_ADDRESS_LITERAL' });
    }
    expect(smtp.received.length).toBe(before);
  });

  describe('per recipient and per partner and day', () => {
    let limited: TestServer;
    beforeAll(async () => {
      limited = await startServer({
        SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
        INVITATION_EMAILS_PER_RECIPIENT_DAY: '2',
        INVITATION_EMAILS_PER_PARTNER_DAY: '4',
      });
    });
    afterAll(() => limited.stop());
    const REMIND = 'mutation($id: ID!) { remindRelationshipRequest(id: $id) { url } }';

    it('an address gets at most the daily number of invitation emails, reminders included; then RATE_LIMITED with when to retry', async () => {
      const p = await givenPartner(limited);
      const sales = await p.as('SALES_AGENT');
      const invitation = await givenPendingRequest(p);
      await sales.data(SEND, { input: { token: invitation.token, to: 'Target@Victim.example' } });
      await sales.data(REMIND, { id: invitation.request.id });
      const before = smtp.received.length;
      const other = await givenPendingRequest(p);
      const { headers, body } = await sales.raw(SEND, { input: { token: other.token, to: 'target@victim.example' } });
      const error = body.errors?.[0];
      expect(error?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'RECIPIENT', perDay: 2 });
      const retryAfter = Number(error?.extensions?.retryAfterSeconds);
      expect(retryAfter).toBeGreaterThan(23 * 3600);
      expect(Number(headers.get('retry-after'))).toBe(retryAfter);
      expect((await sales.error(REMIND, { id: invitation.request.id })).extensions?.code).toBe('RATE_LIMITED');
      expect(smtp.received.length).toBe(before);
      // Another address is still fine.
      await sales.data(SEND, { input: { token: other.token, to: 'someone@else.example' } });
    });

    it('a partner sends at most the daily number in all; another partner is not affected', async () => {
      const p = await givenPartner(limited);
      const sales = await p.as('SALES_AGENT');
      for (let i = 0; i < 4; i += 1) {
        const invitation = await givenPendingRequest(p);
        await sales.data(SEND, { input: { token: invitation.token, to: `admin${i}@customer${i}.example` } });
      }
      const fifth = await givenPendingRequest(p);
      const error = await sales.error(SEND, { input: { token: fifth.token, to: 'admin5@customer5.example' } });
      expect(error.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'PARTNER', perDay: 4 });
      const q = await givenPartner(limited);
      const invitation = await givenPendingRequest(q);
      await (await q.as('SALES_AGENT')).data(SEND, { input: { token: invitation.token, to: 'admin5@customer5.example' } });
    });
  });
});

describe('without SMTP_URL', () => {
  it('the server says it cannot send, and sending is refused with a clear message', async () => {
    const plain = await startServer();
    try {
      const p = await givenPartner(plain);
      const sales = await p.as('SALES_AGENT');
      expect((await sales.data<{ serverCapabilities: { emailSending: boolean } }>(CAPABILITIES)).serverCapabilities.emailSending).toBe(false);
      const invitation = await givenPendingRequest(p);
      const error = await sales.error(SEND, { input: { token: invitation.token, to: 'a@b.example' } });
      expect(error.message).toContain('cannot send email');
    } finally {
      await plain.stop();
    }
  });
});
