import type { CloudInstance, PartnerRole, PartnerType, TenantKind } from '@partnerlink/shared';
import { TenantEntity, UserEntity } from '../../src/db/entities/index.js';
import { tenantRow, userRow } from '../../src/db/fixtures.js';
import { hashPassword } from '../../src/security/passwords.js';
import type { Client } from './gql.js';
import type { TestServer } from './start-server.js';

export const PASSWORD = 'Test-Password!1';
let passwordHash: Promise<string> | undefined;
let counter = 0;

function unique(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2, 7)}`;
}

export async function signIn(server: TestServer, email: string, password = PASSWORD): Promise<Client> {
  const data = await server.anonymous.data<{ signIn: { token: string } }>(
    'mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }',
    { email, password },
  );
  return server.client(data.signIn.token);
}

interface TenantOptions {
  kind: TenantKind;
  name?: string;
  country: string;
  cloud?: CloudInstance;
  agreement?: boolean;
  /** The tenant's domain (default: a unique one under .test). */
  domain?: string;
  roles: PartnerRole[];
  /** A partner's tier (default DIRECT). */
  partnerType?: PartnerType;
}

/** Provisions a tenant with one user per role (tenants are provisioned, not signed up). */
async function givenTenant(server: TestServer, options: TenantOptions) {
  passwordHash ??= hashPassword(PASSWORD);
  const hash = await passwordHash;
  const slug = unique(options.kind.toLowerCase());
  const name = options.name ?? `${options.kind === 'PARTNER' ? 'Partner' : 'Customer'} ${slug}`;
  const now = new Date();
  const tenant = tenantRow({
    kind: options.kind,
    name,
    domain: options.domain ?? `${slug}.test`,
    country: options.country,
    cloud: options.cloud,
    partnerId: options.kind === 'PARTNER' ? String(1_000_000 + counter) : null,
    partnerType: options.partnerType,
    agreement: options.agreement ? { signerName: 'Signer', signerEmail: `signer@${slug}.test` } : null,
    createdAt: now,
  });
  const emails = new Map<PartnerRole, string>();
  await server.db.write(async ({ em }) => {
    await em.insert(TenantEntity, tenant);
    for (const role of options.roles) {
      const email = `${role.toLowerCase()}@${tenant.domain}`;
      emails.set(role, email);
      await em.insert(
        UserEntity,
        userRow({ tenantId: tenant.id, email, displayName: `${role.toLowerCase().replace('_', ' ')} of ${name}`, passwordHash: hash, roles: [role], createdAt: now }),
      );
    }
  });
  const clients = new Map<PartnerRole, Client>();
  return {
    id: tenant.id,
    name,
    domain: tenant.domain,
    email: (role: PartnerRole) => emails.get(role) ?? '',
    /** A client signed in as this tenant's user with the role (cached). */
    as: async (role: PartnerRole): Promise<Client> => {
      const cached = clients.get(role);
      if (cached) return cached;
      const email = emails.get(role);
      if (!email) throw new Error(`tenant ${name} has no ${role}`);
      const client = await signIn(server, email);
      clients.set(role, client);
      return client;
    },
  };
}

export type GivenTenant = Awaited<ReturnType<typeof givenTenant>>;

const ALL_PARTNER_ROLES: PartnerRole[] = ['GLOBAL_ADMIN', 'ADMIN_AGENT', 'SALES_AGENT', 'HELPDESK_AGENT', 'BILLING_ADMIN'];

export function givenPartner(server: TestServer, options: { country?: string; cloud?: CloudInstance; name?: string; partnerType?: PartnerType } = {}) {
  return givenTenant(server, {
    kind: 'PARTNER',
    country: options.country ?? 'DE',
    cloud: options.cloud,
    name: options.name,
    partnerType: options.partnerType,
    roles: ALL_PARTNER_ROLES,
  });
}

export function givenCustomer(
  server: TestServer,
  options: { country?: string; cloud?: CloudInstance; agreement?: boolean; name?: string; domain?: string } = {},
) {
  return givenTenant(server, {
    kind: 'CUSTOMER',
    domain: options.domain,
    country: options.country ?? 'DE',
    cloud: options.cloud,
    name: options.name,
    agreement: options.agreement ?? true,
    roles: ['GLOBAL_ADMIN', 'BILLING_ADMIN'],
  });
}

export const REQUEST = `mutation Request($input: RequestResellerRelationshipInput!) {
  requestResellerRelationship(input: $input) {
    url
    email { subject body }
    request { id status includesDelegatedAdmin surface expiresAt createdAt viewedAt }
  }
}`;

export interface Invitation {
  url: string;
  token: string;
  email: { subject: string; body: string };
  request: { id: string; status: string; includesDelegatedAdmin: boolean; surface: string; expiresAt: string; createdAt: string; viewedAt: string | null };
}

/** A pending request made by the partner's SALES_AGENT; returns its link and token. */
export async function givenPendingRequest(
  partner: GivenTenant,
  input: {
    includeDelegatedAdmin?: boolean;
    customerId?: string;
    domain?: string;
    recipientEmail?: string;
    recipientName?: string;
    locale?: 'de' | 'en';
    message?: string;
  } = {},
): Promise<Invitation> {
  const sales = await partner.as('SALES_AGENT');
  const data = await sales.data<{ requestResellerRelationship: Omit<Invitation, 'token'> }>(REQUEST, {
    input: { locale: 'en', ...input },
  });
  const invitation = data.requestResellerRelationship;
  return { ...invitation, token: invitation.url.split('/').pop() ?? '' };
}

export const ACCEPT = `mutation Accept($token: String!, $agreement: Boolean) {
  acceptRelationshipRequest(token: $token, acceptCustomerAgreement: $agreement) {
    request { id status answeredAt }
    relationships { id type status partner { name } }
  }
}`;

/** The customer's GLOBAL_ADMIN accepts; returns the new relationship ids by type. */
export async function givenAccepted(partner: GivenTenant, customer: GivenTenant, includeDelegatedAdmin = false) {
  const invitation = await givenPendingRequest(partner, { includeDelegatedAdmin });
  const admin = await customer.as('GLOBAL_ADMIN');
  const data = await admin.data<{ acceptRelationshipRequest: { relationships: { id: string; type: string }[] } }>(ACCEPT, {
    token: invitation.token,
    agreement: true,
  });
  const byType = new Map(data.acceptRelationshipRequest.relationships.map((r) => [r.type, r.id]));
  return { invitation, reseller: byType.get('RESELLER') ?? '', admin: byType.get('DELEGATED_ADMIN') ?? null };
}
