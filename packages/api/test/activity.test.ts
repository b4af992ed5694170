import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ROLE_PRESETS, DEFAULT_ADMIN_PRESET } from '@partnerlink/shared';
import { ACCEPT, givenCustomer, givenPartner, givenPendingRequest, type GivenTenant } from './support/given.js';
import { startServer, type TestServer } from './support/start-server.js';

/** includeDelegatedAdmin asks for the default preset's roles; the customer approves them all. */
const STANDARD_ROLES = ADMIN_ROLE_PRESETS[DEFAULT_ADMIN_PRESET].roles.length;

/**
 * The partner's activity log as a third party reads it: each entry says what happened in English
 * (`summary`) and carries its facts (`params`), so a client can say it in any language.
 */

const LOG = '{ activityLog(first: 20) { edges { node { type summary params subjectId customer { id } actor { displayName } } } } }';
type Entry = { type: string; summary: string; params: Record<string, unknown> | null; subjectId: string; customer: { id: string } | null };

let server: TestServer;
let partner: GivenTenant;

beforeAll(async () => {
  server = await startServer();
  partner = await givenPartner(server, { name: 'Facts Partner GmbH' });
});
afterAll(() => server.stop());

async function log(): Promise<Entry[]> {
  const admin = await partner.as('GLOBAL_ADMIN');
  const data = await admin.data<{ activityLog: { edges: { node: Entry }[] } }>(LOG);
  return data.activityLog.edges.map((edge) => edge.node);
}

describe('activity entries carry their facts', () => {
  it('a customer accepting with admin permissions and the agreement: four entries, each with the names as they were', async () => {
    const customer = await givenCustomer(server, { name: 'Facts Customer AG', agreement: false });
    const invitation = await givenPendingRequest(partner, { includeDelegatedAdmin: true });
    const admin = await customer.as('GLOBAL_ADMIN');
    const accepted = await admin.data<{ acceptRelationshipRequest: { relationships: { id: string; type: string }[] } }>(ACCEPT, {
      token: invitation.token,
      agreement: true,
    });
    const ids = new Map(accepted.acceptRelationshipRequest.relationships.map((r) => [r.type, r.id]));
    const actorName = 'global admin of Facts Customer AG';

    const entries = (await log()).filter((entry) => entry.customer?.id === customer.id);
    // Newest first; the four were written in one transaction, in this order.
    expect(entries.map((entry) => entry.type).reverse()).toEqual(['AGREEMENT_ACCEPTED', 'REQUEST_ACCEPTED', 'RELATIONSHIP_CREATED', 'RELATIONSHIP_CREATED']);
    const byType = (type: string) => entries.filter((entry) => entry.type === type);
    expect(byType('AGREEMENT_ACCEPTED')[0]?.params).toEqual({ actorName, customerName: 'Facts Customer AG', signerName: actorName, acceptedOn: null });
    expect(byType('REQUEST_ACCEPTED')[0]).toMatchObject({
      subjectId: invitation.request.id,
      summary: `${actorName} of Facts Customer AG accepted your relationship request and approved ${STANDARD_ROLES} of ${STANDARD_ROLES} admin roles.`,
      params: { actorName, customerName: 'Facts Customer AG', approvedRoleCount: STANDARD_ROLES, requestedRoleCount: STANDARD_ROLES },
    });
    expect(byType('RELATIONSHIP_CREATED').map((entry) => [entry.subjectId, entry.params]).sort()).toEqual(
      [
        [ids.get('RESELLER'), { customerName: 'Facts Customer AG', relationshipType: 'RESELLER', origin: 'INVITATION' }],
        [ids.get('DELEGATED_ADMIN'), { customerName: 'Facts Customer AG', relationshipType: 'DELEGATED_ADMIN', origin: 'INVITATION' }],
      ].sort(),
    );
  });

  it('an API key entry names the key and its scopes, and the request the partner made names no customer when none was given', async () => {
    const admin = await partner.as('GLOBAL_ADMIN');
    await admin.data('mutation { createApiKey(input: { name: "Facts key", scopes: [READ] }) { apiKey { id } } }');
    const invitation = await givenPendingRequest(partner);
    const entries = await log();
    expect(entries.find((entry) => entry.type === 'API_KEY_CREATED')).toMatchObject({
      summary: 'global admin of Facts Partner GmbH created the API key "Facts key" (read).',
      params: { actorName: 'global admin of Facts Partner GmbH', keyName: 'Facts key', scopes: ['READ'] },
    });
    expect(entries.find((entry) => entry.subjectId === invitation.request.id)).toMatchObject({
      type: 'REQUEST_CREATED',
      params: { actorName: 'sales agent of Facts Partner GmbH', customerName: null, includesDelegatedAdmin: false },
    });
  });
});
