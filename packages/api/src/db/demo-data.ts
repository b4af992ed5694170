import type { EntityManager } from 'typeorm';
import { ADMIN_ROLE_PRESETS, type ActivityFacts, type AdminRole, type AdminRolePreset, type CloudInstance, type PartnerRole, type PartnerType, type RelationshipRequestStatus, type RelationshipType, type TenantKind } from '@partnerlink/shared';
import { hashPassword } from '../security/passwords.js';
import { newId, newToken, sha256Hex } from '../security/tokens.js';
import type { Database } from './database.js';
import {
  ActivityEntity,
  OrderEntity,
  RelationshipEntity,
  RelationshipRequestEntity,
  ResellerAuthorizationEntity,
  SubscriptionEntity,
  TenantEntity,
  UserEntity,
} from './entities/index.js';
import { activityRow, orderRow, relationshipRow, requestRow, subscriptionRow, tenantRow, userRow } from './fixtures.js';

/** Every demo user's password (DESIGN.md). */
export const DEMO_PASSWORD = 'Partnerlink!2026';
const DAY = 24 * 60 * 60 * 1000;

interface DemoTenant {
  name: string;
  kind: TenantKind;
  country: string;
  cloud: CloudInstance;
  domain: string;
  partnerId?: string;
  /** A partner's tier (default DIRECT). */
  partnerType?: PartnerType;
  agreement?: boolean;
  /** Where customers reach the tenant (a partner's acceptance pages name it). */
  contact?: { name: string; email: string };
  users: [email: string, displayName: string, roles: PartnerRole[]][];
}

const TENANTS: DemoTenant[] = [
  {
    name: 'Contoso Cloud Partners GmbH', kind: 'PARTNER', country: 'DE', cloud: 'PUBLIC', domain: 'contoso-partner.example', partnerId: '4433221',
    contact: { name: 'Contoso partner desk', email: 'partners@contoso-partner.example' },
    users: [
      ['gina.global@contoso-partner.example', 'Gina Global', ['GLOBAL_ADMIN']],
      ['anna.admin@contoso-partner.example', 'Anna Admin', ['ADMIN_AGENT']],
      ['sam.sales@contoso-partner.example', 'Sam Sales', ['SALES_AGENT']],
      ['hugo.helpdesk@contoso-partner.example', 'Hugo Helpdesk', ['HELPDESK_AGENT']],
      ['bill.billing@contoso-partner.example', 'Bill Billing', ['BILLING_ADMIN']],
    ],
  },
  {
    name: 'Fourth Coffee Partners Inc.', kind: 'PARTNER', country: 'US', cloud: 'PUBLIC', domain: 'fourthcoffee-partner.example', partnerId: '5566778',
    users: [['sales@fourthcoffee-partner.example', 'Fiona Fourth', ['SALES_AGENT']]],
  },
  {
    name: 'Litware Federal LLC', kind: 'PARTNER', country: 'US', cloud: 'US_GOVERNMENT', domain: 'litware-federal.example', partnerId: '6677889',
    users: [['sales@litware-federal.example', 'Liam Litware', ['SALES_AGENT']]],
  },
  {
    name: 'Tailspin Distribution GmbH', kind: 'PARTNER', partnerType: 'INDIRECT_PROVIDER', country: 'DE', cloud: 'PUBLIC', domain: 'tailspin-distribution.example', partnerId: '7788990',
    contact: { name: 'Tailspin partner desk', email: 'partners@tailspin-distribution.example' },
    users: [
      ['tina.provider@tailspin-distribution.example', 'Tina Provider', ['ADMIN_AGENT']],
      ['theo.global@tailspin-distribution.example', 'Theo Global', ['GLOBAL_ADMIN']],
    ],
  },
  {
    name: 'Proseware IT Services GmbH', kind: 'PARTNER', partnerType: 'INDIRECT_RESELLER', country: 'DE', cloud: 'PUBLIC', domain: 'proseware-it.example', partnerId: '8899001',
    contact: { name: 'Proseware sales', email: 'sales@proseware-it.example' },
    users: [
      ['paul.reseller@proseware-it.example', 'Paul Reseller', ['SALES_AGENT']],
      ['petra.global@proseware-it.example', 'Petra Global', ['GLOBAL_ADMIN']],
    ],
  },
  {
    name: 'Fabrikam GmbH', kind: 'CUSTOMER', country: 'DE', cloud: 'PUBLIC', domain: 'fabrikam.example', agreement: false,
    users: [
      ['admin@fabrikam.example', 'Frieda Fabrikam', ['GLOBAL_ADMIN']],
      ['billing@fabrikam.example', 'Ben Fabrikam', ['BILLING_ADMIN']],
    ],
  },
  {
    name: 'Northwind Traders SARL', kind: 'CUSTOMER', country: 'FR', cloud: 'PUBLIC', domain: 'northwind.example', agreement: true,
    users: [['admin@northwind.example', 'Nicole Northwind', ['GLOBAL_ADMIN']]],
  },
  {
    name: 'Adatum Corporation', kind: 'CUSTOMER', country: 'US', cloud: 'PUBLIC', domain: 'adatum.example', agreement: true,
    users: [['admin@adatum.example', 'Adam Adatum', ['GLOBAL_ADMIN']]],
  },
  {
    name: 'Wingtip Federal Agency', kind: 'CUSTOMER', country: 'US', cloud: 'US_GOVERNMENT', domain: 'wingtip-gov.example', agreement: true,
    users: [['admin@wingtip-gov.example', 'Wendy Wingtip', ['GLOBAL_ADMIN']]],
  },
];

/** Contoso's existing customers, across the European market, so the list has pages to turn. */
const CONTOSO_CUSTOMERS: [name: string, country: string][] = [
  ['Adventure Works Cycles GmbH', 'DE'], ['Alpine Ski House AG', 'CH'], ['Bellows College Ltd', 'GB'],
  ['Best For You Organics BV', 'NL'], ['Blue Yonder Airlines SA', 'BE'], ['City Power & Light S.p.A.', 'IT'],
  ['Coho Vineyard SL', 'ES'], ['Coho Winery SAS', 'FR'], ['Consolidated Messenger AB', 'SE'],
  ['First Up Consultants Oy', 'FI'], ['Graphic Design Institute ApS', 'DK'], ['Humongous Insurance AS', 'NO'],
  ['Lamna Healthcare GmbH', 'AT'], ['Lucerne Publishing AG', 'CH'], ["Margie's Travel Lda", 'PT'],
  ["Munson's Pickles sp. z o.o.", 'PL'], ['Nod Publishers s.r.o.', 'CZ'], ['Northwind Electric Cars GmbH', 'DE'],
  ['Proseware Ltd', 'IE'], ['Relecloud SARL', 'LU'], ['Southridge Video Kft', 'HU'], ['Tailspin Toys GmbH', 'DE'],
  ['Trey Research BV', 'NL'], ['VanArsdel S.A.', 'GR'], ['Wide World Importers Ltd', 'GB'], ['Wingtip Toys SRL', 'RO'],
  ['Woodgrove Bank AG', 'DE'], ['Contoso Pharmaceuticals ehf', 'IS'], ['Litware Media OÜ', 'EE'],
  ['Datum Logistics SIA', 'LV'], ['Baltic Tailspin UAB', 'LT'], ['Adriatic Proseware d.o.o.', 'HR'],
  ['Danube Relecloud d.o.o.', 'SI'], ['Balkan Trading EOOD', 'BG'], ['Tatra Woodgrove s.r.o.', 'SK'],
  ['Mediterranean Coho Ltd', 'MT'], ['Aphrodite Tailspin Ltd', 'CY'], ['Rhine Valley Trey AG', 'LI'],
  ['Monaco Yachting SAM', 'MC'], ['Bavarian Brewing Co. GmbH', 'DE'], ['Nordic Proseware AB', 'SE'],
  ['Helvetic Insurance AG', 'CH'], ['Amsterdam Analytics BV', 'NL'], ['Parisian Bakeries SAS', 'FR'],
];

function slug(name: string): string {
  return name.toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
}

function demoTenant(t: Omit<DemoTenant, 'users'>, createdAt: Date): TenantEntity {
  const { agreement, ...rest } = t;
  return tenantRow({ ...rest, agreement: agreement ? { signerName: 'IT Director', signerEmail: `it@${t.domain}` } : null, createdAt });
}

/** Loads DESIGN.md's demo data into an empty database. Returns false when there was data already. */
export async function loadDemoData(db: Database, now = new Date()): Promise<boolean> {
  const empty = (await db.read((em) => em.count(TenantEntity))) === 0;
  if (!empty) return false;
  const passwordHashes = await Promise.all(TENANTS.flatMap((t) => t.users).map(() => hashPassword(DEMO_PASSWORD)));
  await db.write(async ({ em }) => {
    if ((await em.count(TenantEntity)) > 0) return;
    const ago = (days: number) => new Date(now.getTime() - days * DAY);
    const ids = new Map<string, string>();
    let userIndex = 0;
    for (const t of TENANTS) {
      const tenant = demoTenant(t, ago(400));
      await em.insert(TenantEntity, tenant);
      ids.set(t.domain, tenant.id);
      for (const [email, displayName, roles] of t.users) {
        await em.insert(UserEntity, userRow({ tenantId: tenant.id, email, displayName, roles, passwordHash: passwordHashes[userIndex++] ?? '', createdAt: ago(400) }));
      }
    }
    const contoso = ids.get('contoso-partner.example') ?? '';
    const sam = (await em.findOneByOrFail(UserEntity, { email: 'sam.sales@contoso-partner.example' })).id;
    await loadContosoCustomers(em, contoso, sam, ago);
    await loadContosoRequests(em, contoso, sam, ago);
    await loadWingtipInbox(em, ids, ago);
    await loadTwoTiers(em, ids, ago);
  });
  return true;
}

/**
 * Something in a customer's inbox: Litware Federal asks Wingtip Federal Agency (both in the US
 * Government cloud) to become its reseller, with the helpdesk roles (Government partners always ask
 * for admin access). Wendy Wingtip sees it on signing in, without the email.
 */
async function loadWingtipInbox(em: EntityManager, ids: ReadonlyMap<string, string>, ago: (days: number) => Date) {
  const litware = ids.get('litware-federal.example') ?? '';
  const wingtip = ids.get('wingtip-gov.example') ?? '';
  const liam = (await em.findOneByOrFail(UserEntity, { email: 'sales@litware-federal.example' })).id;
  const createdAt = ago(1);
  const request = requestRow({
    partnerTenantId: litware, customerTenantId: wingtip, pinnedDomain: 'wingtip-gov.example',
    recipientEmail: 'admin@wingtip-gov.example', recipientName: 'Wendy Wingtip',
    tokenHash: sha256Hex(newToken()), status: 'PENDING', includesDelegatedAdmin: true, locale: 'en',
    adminRoles: [...ADMIN_ROLE_PRESETS.HELPDESK.roles], adminDuration: 'P1Y', adminDisplayName: 'Wingtip helpdesk',
    message: 'As agreed on our call: we take over your licences and first-line support from next month.',
    createdByUserId: liam, createdAt, expiresAt: new Date(createdAt.getTime() + 30 * DAY),
  });
  await em.insert(RelationshipRequestEntity, request);
  await activity(em, litware, wingtip, { type: 'REQUEST_CREATED', params: { actorName: 'Liam Litware', customerName: 'Wingtip Federal Agency', includesDelegatedAdmin: true } }, request.id, createdAt, liam);
}

/** Two tiers: Tailspin Distribution (indirect provider) authorised Proseware IT Services (indirect reseller) 90 days ago. */
async function loadTwoTiers(em: EntityManager, ids: ReadonlyMap<string, string>, ago: (days: number) => Date) {
  const tailspin = ids.get('tailspin-distribution.example') ?? '';
  const proseware = ids.get('proseware-it.example') ?? '';
  const tina = (await em.findOneByOrFail(UserEntity, { email: 'tina.provider@tailspin-distribution.example' })).id;
  const petra = (await em.findOneByOrFail(UserEntity, { email: 'petra.global@proseware-it.example' })).id;
  const invitedAt = ago(92);
  await em.insert(ResellerAuthorizationEntity, {
    id: newId(), providerTenantId: tailspin, resellerTenantId: proseware, tokenHash: sha256Hex(newToken()), status: 'ACTIVE',
    locale: 'de', recipientEmail: 'petra.global@proseware-it.example', message: null, invitedByUserId: tina,
    createdAt: invitedAt, expiresAt: new Date(invitedAt.getTime() + 30 * DAY), acceptedAt: ago(90), acceptedByUserId: petra,
    endedAt: null, endedByUserId: null, endedBySide: null,
  });
  // A customer Proseware brought in through Tailspin 60 days ago: Tailspin is reseller of record (and
  // sold it Microsoft 365, tagged with Proseware), Proseware the indirect reseller with helpdesk access.
  const since = ago(60);
  const customer = demoTenant({ name: 'Trey Research GmbH', kind: 'CUSTOMER', country: 'DE', cloud: 'PUBLIC', domain: 'treyresearch.example', agreement: true }, ago(61));
  await em.insert(TenantEntity, customer);
  const base = { customerTenantId: customer.id, origin: 'INVITATION' as const, createdAt: since };
  const providerSide = relationshipRow({ ...base, partnerTenantId: tailspin, type: 'RESELLER' });
  const resellerSide = relationshipRow({ ...base, partnerTenantId: proseware, type: 'INDIRECT_RESELLER', indirectProviderTenantId: tailspin });
  const admin = relationshipRow({
    ...base, partnerTenantId: proseware, type: 'DELEGATED_ADMIN', roles: [...ADMIN_ROLE_PRESETS.HELPDESK.roles], duration: 'P1Y',
    activatedAt: since, endsAt: new Date(since.getTime() + 365 * DAY), displayName: 'Trey Research helpdesk',
  });
  await em.insert(RelationshipEntity, [providerSide, resellerSide, admin]);
  const facts = (type: RelationshipType, indirectPartnerName: string) =>
    ({ type: 'RELATIONSHIP_CREATED', params: { customerName: customer.name, relationshipType: type, origin: 'INVITATION', indirectPartnerName } }) as const;
  await activity(em, tailspin, customer.id, facts('RESELLER', 'Proseware IT Services GmbH'), providerSide.id, since);
  await activity(em, proseware, customer.id, facts('INDIRECT_RESELLER', 'Tailspin Distribution GmbH'), resellerSide.id, since);
  await order(em, tailspin, customer, tina, 'm365-business-premium', 25, ago(58), { associatedPartner: proseware, actorName: 'Tina Provider' });
}

async function loadContosoCustomers(em: EntityManager, contoso: string, sam: string, ago: (days: number) => Date) {
  for (const [i, [name, country]] of CONTOSO_CUSTOMERS.entries()) {
    const since = ago(380 - i * 8);
    const customer = demoTenant({ name, kind: 'CUSTOMER', country, cloud: 'PUBLIC', domain: `${slug(name)}.example`, agreement: true }, since);
    await em.insert(TenantEntity, customer);
    const former = i >= CONTOSO_CUSTOMERS.length - 2;
    const admin = i % 3 === 0;
    // Customers who came by invitation accepted a request on the day the relationships began.
    const accepted = i % 5 === 1 && !former ? await acceptedRequest(em, contoso, sam, customer, admin ? demoAdminTerms(i, name, since, null, ago) : null, since) : null;
    const relate = async (type: RelationshipType) => {
      const relationship = relationshipRow({
        partnerTenantId: contoso, customerTenantId: customer.id, type, status: former ? 'TERMINATED' : 'ACTIVE',
        origin: i % 5 === 1 ? 'INVITATION' : 'NEW_CUSTOMER', createdAt: since, requestId: accepted,
        endedAt: former ? ago(20) : null, endedBySide: former ? 'CUSTOMER' : null,
        ...(type === 'DELEGATED_ADMIN' ? demoAdminTerms(i, name, since, former ? ago(20) : null, ago) : {}),
      });
      await em.insert(RelationshipEntity, relationship);
      await activity(em, contoso, customer.id, { type: 'RELATIONSHIP_CREATED', params: { customerName: name, relationshipType: type, origin: relationship.origin } }, relationship.id, since);
    };
    await relate('RESELLER');
    if (admin) await relate('DELEGATED_ADMIN');
    if (!former && i % 4 === 0) await order(em, contoso, customer, sam, 'm365-business-premium', 5 + i, ago(300 - i * 5));
    if (!former && i % 5 === 0) await order(em, contoso, customer, sam, 'azure-plan', 1, ago(200 - i * 3));
  }
}

/**
 * An admin relationship's terms: presets in turn, every sixth one ending within 30 days (the
 * "expiring" filter has something to show), every fourth extending itself; the duration is the
 * day count from its start to its end (at most P730D).
 */
function demoAdminTerms(i: number, name: string, since: Date, endedAt: Date | null, ago: (days: number) => Date) {
  const presets: AdminRolePreset[] = ['STANDARD', 'HELPDESK', 'LICENCES_AND_USERS', 'SECURITY_OPERATIONS', 'FULL_ACCESS'];
  const endsIn = i % 6 === 0 ? 12 + (i % 10) : 60 + ((i * 37) % 290);
  const endsAt = endedAt ?? ago(-endsIn);
  return {
    roles: [...ADMIN_ROLE_PRESETS[presets[i % presets.length] ?? 'STANDARD'].roles],
    duration: `P${Math.round((endsAt.getTime() - since.getTime()) / DAY)}D`,
    autoExtend: i % 4 === 3,
    activatedAt: since,
    endsAt,
    displayName: `${name.slice(0, 44)} GDAP`,
  };
}

async function order(
  em: EntityManager,
  partner: string,
  customer: TenantEntity,
  user: string,
  product: string,
  quantity: number,
  at: Date,
  /** An indirect provider's order: the indirect reseller it is tagged with, and who placed it. */
  two?: { associatedPartner: string; actorName: string },
) {
  const associatedPartnerTenantId = two?.associatedPartner ?? null;
  const placed = orderRow({ partnerTenantId: partner, customerTenantId: customer.id, productId: product, quantity, placedByUserId: user, associatedPartnerTenantId, createdAt: at });
  await em.insert(OrderEntity, placed);
  const orderId = placed.id;
  await em.insert(SubscriptionEntity, subscriptionRow({
    customerTenantId: customer.id, partnerTenantId: partner, productId: product, orderId, quantity,
    planKey: product === 'azure-plan' ? 'AZURE_PLAN' : null, associatedPartnerTenantId, createdAt: at,
  }));
  await activity(em, partner, customer.id, { type: 'ORDER_PLACED', params: { actorName: two?.actorName ?? 'Sam Sales', customerName: customer.name, productName: product, quantity } }, orderId, at, user);
}

/**
 * An accepted request for a demo customer: sent by Sam three days before, opened the next day,
 * accepted by the customer's IT director (the agreement's signer, a global admin without a password)
 * when the relationships began. Returns its id, which those relationships carry.
 */
async function acceptedRequest(em: EntityManager, contoso: string, sam: string, customer: TenantEntity, terms: { roles: AdminRole[]; duration: string; autoExtend: boolean; displayName: string } | null, acceptedAt: Date): Promise<string> {
  const adminRoles = terms?.roles ?? null;
  const createdAt = new Date(acceptedAt.getTime() - 3 * DAY);
  const admin = terms !== null;
  // The customer's global admin who answered: a name on the page, no password (cannot sign in).
  const director = userRow({ tenantId: customer.id, email: `it@${customer.domain}`, displayName: 'IT Director', roles: ['GLOBAL_ADMIN'], passwordHash: '', createdAt });
  await em.insert(UserEntity, director);
  const request = requestRow({
    partnerTenantId: contoso, customerTenantId: customer.id, pinnedDomain: customer.domain, recipientEmail: director.email, recipientName: director.displayName,
    tokenHash: sha256Hex(newToken()), status: 'ACCEPTED', includesDelegatedAdmin: admin, locale: 'de',
    ...(terms ? { adminRoles: terms.roles, adminDuration: terms.duration, adminAutoExtend: terms.autoExtend, adminDisplayName: terms.displayName, approvedRoles: terms.roles } : {}),
    createdByUserId: sam, createdAt, expiresAt: new Date(createdAt.getTime() + 30 * DAY),
    sentTo: `it@${customer.domain}`, sentAt: createdAt, viewedAt: new Date(createdAt.getTime() + DAY), answeredAt: acceptedAt, answeredByUserId: director.id,
  });
  await em.insert(RelationshipRequestEntity, request);
  await activity(em, contoso, customer.id, { type: 'REQUEST_CREATED', params: { actorName: 'Sam Sales', customerName: customer.name, includesDelegatedAdmin: admin } }, request.id, createdAt, sam);
  await activity(em, contoso, customer.id, { type: 'REQUEST_EMAILED', params: { actorName: 'Sam Sales', to: `it@${customer.domain}` } }, request.id, createdAt, sam);
  await activity(em, contoso, customer.id, { type: 'REQUEST_ACCEPTED', params: { actorName: 'IT Director', customerName: customer.name, ...(adminRoles ? { approvedRoleCount: adminRoles.length, requestedRoleCount: adminRoles.length } : {}) } }, request.id, acceptedAt);
  return request.id;
}

const EMAILED_TO = 'it@tailwind-traders.example';

/**
 * Whom each demo request is for, in the order of the states below: new organisations pinned by
 * domain, one open link, and Fabrikam (a known customer) for the declined one.
 */
const DEMO_RECIPIENTS: { recipientEmail: string; recipientName: string; pinnedDomain: string | null }[] = [
  { recipientEmail: EMAILED_TO, recipientName: 'Toni Tailwind', pinnedDomain: 'tailwind-traders.example' },
  { recipientEmail: 'lena.berger@alpineski-haus.example', recipientName: 'Lena Berger', pinnedDomain: null },
  { recipientEmail: 'admin@fabrikam.example', recipientName: 'Frieda Fabrikam', pinnedDomain: 'fabrikam.example' },
  { recipientEmail: 'einkauf@wideworldimporters.example', recipientName: 'Wim Wide', pinnedDomain: 'wideworldimporters.example' },
  { recipientEmail: 'it@margies-travel.example', recipientName: 'Margie Shoop', pinnedDomain: 'margies-travel.example' },
];

async function loadContosoRequests(em: EntityManager, contoso: string, sam: string, ago: (days: number) => Date) {
  const fabrikam = await em.findOneByOrFail(UserEntity, { email: 'admin@fabrikam.example' });
  const requests: [RelationshipRequestStatus, number, boolean][] = [
    ['PENDING', 2, true],
    ['PENDING', 6, false],
    ['DECLINED', 12, false],
    ['REVOKED', 15, true],
    ['EXPIRED', 45, false],
  ];
  for (const [index, [status, daysAgo, admin]] of requests.entries()) {
    const createdAt = ago(daysAgo);
    const request = requestRow({
      partnerTenantId: contoso, tokenHash: sha256Hex(newToken()), status, includesDelegatedAdmin: admin, locale: 'de', ...DEMO_RECIPIENTS[index],
      ...(admin ? { adminRoles: [...ADMIN_ROLE_PRESETS.STANDARD.roles], adminDuration: 'P2Y', adminDisplayName: `Admin access ${createdAt.toISOString().slice(0, 10)} (${index + 1})` } : {}),
      createdByUserId: sam, createdAt, expiresAt: new Date(createdAt.getTime() + 30 * DAY),
      viewedAt: (status === 'PENDING' && daysAgo > 3) || status === 'DECLINED' ? ago(daysAgo - 1) : null,
      // The newest pending request went out by email; Fabrikam's global admin declined one.
      ...(index === 0 ? { sentTo: EMAILED_TO, sentAt: createdAt } : {}),
      ...(status === 'DECLINED' ? {
            customerTenantId: fabrikam.tenantId,
            answeredAt: ago(daysAgo - 2),
            answeredByUserId: fabrikam.id,
            answeredByTenantId: fabrikam.tenantId,
            declineReason: 'NOT_NOW' as const,
          } : {}),
      revokedAt: status === 'REVOKED' ? ago(daysAgo - 1) : null, revokedByUserId: status === 'REVOKED' ? sam : null,
    });
    await em.insert(RelationshipRequestEntity, request);
    await activity(em, contoso, null, { type: 'REQUEST_CREATED', params: { actorName: 'Sam Sales', customerName: null, includesDelegatedAdmin: admin } }, request.id, createdAt, sam);
    if (request.sentTo) await activity(em, contoso, null, { type: 'REQUEST_EMAILED', params: { actorName: 'Sam Sales', to: request.sentTo } }, request.id, createdAt, sam);
    if (status === 'DECLINED') {
      await activity(em, contoso, fabrikam.tenantId, { type: 'REQUEST_DECLINED', params: { actorName: fabrikam.displayName, customerName: 'Fabrikam GmbH', reason: 'NOT_NOW', reasonText: null } }, request.id, ago(daysAgo - 2));
    }
    if (status === 'REVOKED') await activity(em, contoso, null, { type: 'REQUEST_REVOKED', params: { actorName: 'Sam Sales' } }, request.id, ago(daysAgo - 1), sam);
    if (status === 'EXPIRED') {
      await activity(em, contoso, null, { type: 'REQUEST_EXPIRED', params: { expiredOn: request.expiresAt.toISOString().slice(0, 10) } }, request.id, request.expiresAt);
    }
  }
}

async function activity(em: EntityManager, partner: string, customer: string | null, facts: ActivityFacts, subject: string, at: Date, actor?: string) {
  await em.insert(ActivityEntity, activityRow({
    partnerTenantId: partner, customerTenantId: customer, facts, subjectId: subject,
    actorUserId: actor ?? null, actorTenantId: actor ? partner : null, createdAt: at,
  }));
}
