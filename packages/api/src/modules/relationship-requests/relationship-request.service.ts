import type { EntityManager } from 'typeorm';
import {
  assertAdminAccess,
  assertDomain,
  assertEmail,
  assertLocale,
  assertMayRelate,
  assertName,
  assertResellerRequestPossible,
  assertSameCloud,
  assertText,
  DomainError,
  effectiveIncludeDelegatedAdmin,
  effectiveStatus,
  marketOf,
  requestBlockerError,
  resellerRequestBlocker,
  TenantKind,
  expiresAtFrom,
  mayRenew,
  notPendingError,
  notRenewableError,
  requestedAdminAccess,
  type AdminAccess,
  type Locale,
} from '@partnerlink/shared';
import type { Config } from '../../config.js';
import type { Clock } from '../../clock.js';
import type { Viewer } from '../../viewer.js';
import type { Database } from '../../db/database.js';
import { RelationshipRequestEntity, ReplacedRequestLinkEntity, TenantEntity } from '../../db/entities/index.js';
import { isUniqueViolation } from '../../db/errors.js';
import { requestRow } from '../../db/fixtures.js';
import { newestFirst } from '../../db/keyset.js';
import { decodeTimeCursor, encodeTimeCursor, pageSize, toConnection } from '../../graphql/connection.js';
import { newToken, sha256Hex } from '../../security/tokens.js';
import { invitationWithLink } from './invitation-link.js';
import { toRelationshipRequest } from './relationship-request.mapper.js';
import { requestsMatching, updateIfLinkUnchanged } from './relationship-request.repository.js';
import { assertDisplayNameFree, defaultDisplayName, reserveDefaultNumber } from './admin-display-name.js';
import { activeRelationshipIds, assertResells, livePendingRequest, pendingFor, pendingRequestExists, pinnedCustomer, type PinnedPair } from './request-conflicts.js';
import { persistExpiry } from './request-expiry.js';
import { indirectProviderFor } from './indirect-provider.js';
import type { RequestEligibility } from './request-eligibility.type.js';
import { relatedCustomer } from '../customers/customer.repository.js';
import { toCustomer } from '../customers/customer.type.js';
import type {
  RelationshipInvitation,
  RelationshipRequestsArgs,
  RequestAdminRelationshipInput,
  RequestResellerRelationshipInput,
} from './relationship-request.type.js';
import { insertRows } from '../../db/insert-rows.js';

/** How often creating a request is tried when concurrent requests keep taking what it checked. */
const MAX_CREATE_ATTEMPTS = 25;

/** How a reminder renews a link: with the token it already mailed, its own log line and signature. */
export interface ResendOptions {
  readonly token?: string;
  /** Set when the renewal is a reminder the server emailed: the address it went to. */
  readonly reminderTo?: string;
  /** Whose name signs the email (default: the viewer's). */
  readonly senderName?: string;
}

/** The partner side of relationship requests: create, track, revoke, resend. */
/** What a new request is for; both request mutations come down to one. */
interface RequestSpec {
  readonly locale: Locale;
  readonly message: string | null | undefined;
  readonly customerId: string | null;
  readonly includesReseller: boolean;
  /** The admin access asked for (checked), or null; knows the partner, whose cloud may force it. */
  readonly admin: (partner: TenantEntity) => AdminAccess | null;
  /** Whether the input asks for admin access (whatever the partner's cloud adds). */
  readonly asksForAdmin: boolean;
  readonly displayName: string | null | undefined;
  /** Pins the request to the organisation with this domain (with customerId: that customer's). */
  readonly domain?: string | null;
  readonly recipientEmail: string | null | undefined;
  readonly recipientName: string | null | undefined;
  /** The indirect provider an indirect reseller's request names (checked in the transaction). */
  readonly indirectProviderId?: string | null;
}

export class RelationshipRequestService {
  constructor(
    private readonly db: Database,
    private readonly config: Config,
    private readonly clock: Clock,
  ) {}

  /** requestResellerRelationship: a reseller relationship, with admin access if asked for (or forced by the cloud). */
  async request(viewer: Viewer, input: RequestResellerRelationshipInput): Promise<RelationshipInvitation> {
    return this.create(viewer, {
      locale: input.locale,
      message: input.message,
      customerId: input.customerId ?? null,
      includesReseller: true,
      admin: (partner) => requestedAdminAccess(partner.cloud, input),
      asksForAdmin: Boolean(input.adminAccess) || input.includeDelegatedAdmin === true,
      displayName: input.adminAccess?.displayName,
      domain: input.domain,
      recipientEmail: input.recipientEmail,
      recipientName: input.recipientName,
      indirectProviderId: input.indirectProviderId ?? null,
    });
  }

  /**
   * requestAdminRelationship: admin access alone, for a customer the partner already resells to.
   * An ACTIVE admin relationship does not stand in the way: accepting replaces it (a renewal, or
   * other roles).
   */
  async requestAdmin(viewer: Viewer, input: RequestAdminRelationshipInput): Promise<RelationshipInvitation> {
    return this.create(viewer, {
      locale: input.locale,
      message: input.message,
      customerId: input.customerId,
      includesReseller: false,
      admin: () => assertAdminAccess(input.adminAccess),
      asksForAdmin: true,
      displayName: input.adminAccess.displayName,
      recipientEmail: input.recipientEmail,
      recipientName: input.recipientName,
    });
  }

  private async create(viewer: Viewer, spec: RequestSpec): Promise<RelationshipInvitation> {
    const locale = assertLocale('locale', spec.locale);
    const message = spec.message?.trim() ? assertText('message', 'message', spec.message) : null;
    const chosenName = spec.displayName?.trim() ? assertName('adminAccess.displayName', 'adminDisplayName', spec.displayName) : null;
    const recipientEmail = spec.recipientEmail?.trim() ? assertEmail('recipientEmail', spec.recipientEmail) : null;
    const recipientName = spec.recipientName?.trim() ? assertName('recipientName', 'personName', spec.recipientName) : null;
    const domain = spec.domain?.trim() ? assertDomain('domain', spec.domain) : null;
    const token = newToken();
    const now = this.clock.now();
    // PostgreSQL: a link any customer may answer is named "Admin access" and the day, the same name
    // for all of the partner's such links; its number is taken before the transaction (see reserveDefaultNumber).
    const openLink = spec.customerId === null && domain === null;
    const reserved =
      this.db.engine === 'postgres' && openLink && spec.asksForAdmin && chosenName === null ? await reserveDefaultNumber(this.db, viewer.tenantId, 'Admin access', now) : null;
    const attempt = () => this.db.write(async (tx) => {
      const { em } = tx;
      const partner = await em.findOneByOrFail(TenantEntity, { id: viewer.tenantId });
      const admin = spec.admin(partner);
      if (!admin && !spec.includesReseller) throw new Error('an admin-only request without admin access');
      const customer = await pinnedCustomer(em, spec.customerId, domain);
      const pinnedDomain = customer?.domain ?? domain;
      const pending = async () =>
        pinnedDomain ? await livePendingRequest(tx, { partnerTenantId: partner.id, customerTenantId: customer?.id ?? null, pinnedDomain }, now) : null;
      const indirectProvider = spec.includesReseller ? await indirectProviderFor(em, partner, spec.indirectProviderId ?? null) : null;
      if (spec.includesReseller) {
        // The rules the requestEligibility query previews, in their order.
        const related = customer ? await activeRelationshipIds(em, partner.id, customer.id, now) : { resellerId: null, adminId: null };
        const pendingRequestId = (await pending())?.id ?? null;
        assertResellerRequestPossible({ partner, indirectProvider, tenant: customer, withAdmin: admin !== null, ...related, pendingRequestId });
      } else {
        if (customer) {
          assertSameCloud(partner.cloud, customer.cloud);
          assertMayRelate(partner.country, customer.country);
          await assertResells(em, partner.id, customer);
        }
        const live = await pending();
        if (live) throw pendingRequestExists(live.id);
      }
      const displayName = !admin
        ? null
        : chosenName
          ? await assertDisplayNameFree(tx, partner.id, chosenName, 'adminAccess.displayName', now)
          : await defaultDisplayName(tx, partner.id, customer?.name ?? null, now, reserved);
      const row = requestRow({
        partnerTenantId: partner.id,
        customerTenantId: customer?.id ?? null,
        pinnedDomain,
        indirectProviderTenantId: indirectProvider?.id ?? null,
        recipientEmail,
        recipientName,
        tokenHash: sha256Hex(token),
        includesReseller: spec.includesReseller,
        includesDelegatedAdmin: admin !== null,
        adminRoles: admin ? [...admin.roles] : null,
        adminDuration: admin?.duration ?? null,
        adminAutoExtend: admin?.autoExtend ?? false,
        adminDisplayName: displayName,
        locale,
        message,
        createdByUserId: viewer.userId,
        createdAt: now,
        expiresAt: expiresAtFrom(now, this.config.invitationTtlDays),
      });
      await insertRows(em, RelationshipRequestEntity, [row]);
      tx.emit({ type: 'RequestCreated', request: row, customer, actor: viewer, at: now });
      return invitationWithLink(this.config.publicUrl, row, partner, customer, viewer.displayName, token, now, indirectProvider);
    });
    // A request for the same customer, or with the same display name, committed between our checks
    // and our insert (PostgreSQL): the next attempt sees it and answers as if it had come later, or,
    // for a name the server chose, takes the next free one. Each lost race means another request
    // committed, so the attempts end; the bound only guards against a fault that keeps repeating.
    for (let attempts = 1; ; attempts += 1) {
      try {
        return await attempt();
      } catch (error) {
        if (!isUniqueViolation(error) || attempts >= MAX_CREATE_ATTEMPTS) throw error;
      }
    }
  }

  /**
   * Two requests for one customer that both passed the check at the same moment: the partial
   * unique index refuses the second, which then gets the same answer as if it had come later.
   */
  private async pendingConflictOr(error: unknown, partnerTenantId: string, pinned: PinnedPair): Promise<unknown> {
    if (!isUniqueViolation(error)) return error;
    const [pending] = await this.db.read((em) => pendingFor(em, { partnerTenantId, ...pinned }));
    return pending ? pendingRequestExists(pending.id) : error;
  }

  async revoke(viewer: Viewer, id: string) {
    const now = this.clock.now();
    const outcome = await this.db.write(async (tx) => {
      const { em } = tx;
      const { row, partner } = await this.ownRequest(em, viewer, id);
      await persistExpiry(tx, row, now);
      if (row.status !== 'PENDING') return { ok: false as const, row };
      const result = await em
        .createQueryBuilder()
        .update(RelationshipRequestEntity)
        .set({ status: 'REVOKED', revokedAt: now, revokedByUserId: viewer.userId })
        .where("id = :id AND status = 'PENDING'", { id })
        .execute();
      if (result.affected !== 1) {
        return { ok: false as const, row: await em.findOneByOrFail(RelationshipRequestEntity, { id }) };
      }
      Object.assign(row, { status: 'REVOKED', revokedAt: now, revokedByUserId: viewer.userId });
      tx.emit({ type: 'RequestRevoked', request: row, actor: viewer, at: now });
      return { ok: true as const, value: toRelationshipRequest(row, partner.cloud, now) };
    });
    if (!outcome.ok) throw notPendingError(outcome.row, now);
    return outcome.value;
  }

  /**
   * A new link and a fresh expiry for a pending request (the old link stops working, and opening it
   * says a newer link replaced it) or an expired one (it is pending again): the same request,
   * logged as REQUEST_RESENT.
   */
  async resend(
    viewer: Viewer,
    id: string,
    localeInput: Locale | null | undefined,
    options: ResendOptions = {},
  ): Promise<RelationshipInvitation> {
    const token = options.token ?? newToken();
    const senderName = options.senderName ?? viewer.displayName;
    const now = this.clock.now();
    let pinned: { customerTenantId: string | null; pinnedDomain: string | null } | null = null;
    const renewal = this.db.write(async (tx) => {
      const { em } = tx;
      const { row, partner } = await this.ownRequest(em, viewer, id);
      pinned = row.customerTenantId || row.pinnedDomain ? { customerTenantId: row.customerTenantId, pinnedDomain: row.pinnedDomain } : null;
      await persistExpiry(tx, row, now);
      if (!mayRenew(row.status)) return { ok: false as const, row };
      const expired = row.status === 'EXPIRED';
      if (expired && pinned) {
        // Pending again only if no other request to this customer is pending meanwhile.
        const pending = await livePendingRequest(tx, { partnerTenantId: partner.id, ...pinned }, now);
        if (pending) throw pendingRequestExists(pending.id);
      }
      const changes = {
        status: 'PENDING' as const,
        tokenHash: sha256Hex(token),
        expiresAt: expiresAtFrom(now, this.config.invitationTtlDays),
        linkRotatedAt: now,
        locale: localeInput ? assertLocale('locale', localeInput) : row.locale,
      };
      // Conditional on the link it replaces: an answer, a revocation or another renewal that got in first wins.
      if (!(await updateIfLinkUnchanged(em, row, changes))) {
        const current = await em.findOneByOrFail(RelationshipRequestEntity, { id: row.id });
        if (!mayRenew(current.status)) return { ok: false as const, row: current };
        throw new DomainError('BAD_USER_INPUT', { reason: 'LINK_RENEWED_CONCURRENTLY' }, 'id');
      }
      // The old link is remembered by its hash, so opening it says a newer one replaced it.
      if (row.tokenHash !== changes.tokenHash) {
        await em.insert(ReplacedRequestLinkEntity, { tokenHash: row.tokenHash, requestId: row.id, replacedAt: now });
      }
      Object.assign(row, changes);
      tx.emit({ type: 'RequestRenewed', request: row, wasExpired: expired, reminderTo: options.reminderTo ?? null, actor: viewer, at: now });
      const customer = row.customerTenantId ? await em.findOneBy(TenantEntity, { id: row.customerTenantId }) : null;
      const indirectProvider = row.indirectProviderTenantId ? await em.findOneBy(TenantEntity, { id: row.indirectProviderTenantId }) : null;
      return { ok: true as const, value: invitationWithLink(this.config.publicUrl, row, partner, customer, senderName, token, now, indirectProvider) };
    });
    const outcome = await renewal.catch(async (error: unknown) => {
      throw pinned ? await this.pendingConflictOr(error, viewer.tenantId, pinned) : error;
    });
    if (!outcome.ok) throw notRenewableError(outcome.row, now);
    return outcome.value;
  }

  private async ownRequest(em: EntityManager, viewer: Viewer, id: string) {
    const row = await em.findOneBy(RelationshipRequestEntity, { id, partnerTenantId: viewer.tenantId });
    if (!row) throw new DomainError('NOT_FOUND', 'There is no such relationship request.', 'id');
    const partner = await em.findOneByOrFail(TenantEntity, { id: viewer.tenantId });
    return { row, partner };
  }

  /**
   * requestEligibility: what the partner may know of the organisation with the domain before it
   * asks for a reseller relationship, and the verdict of the rules requestResellerRelationship
   * applies (request-eligibility.ts, shared). Read only: an overdue pending request counts as
   * expired without being written down. Another partner's requests and relationships never show.
   */
  async eligibility(viewer: Viewer, domainInput: string, adminAccess: boolean, indirectProviderId: string | null = null): Promise<RequestEligibility> {
    const domain = assertDomain('domain', domainInput);
    const now = this.clock.now();
    return this.db.read(async (em) => {
      const partner = await em.findOneByOrFail(TenantEntity, { id: viewer.tenantId });
      // A provider that cannot be named is the mutation's error, not a verdict about the domain.
      const indirectProvider = indirectProviderId ? await indirectProviderFor(em, partner, indirectProviderId) : null;
      const tenant = await em.findOneBy(TenantEntity, { domain });
      const known = tenant?.kind === TenantKind.CUSTOMER ? tenant : null;
      const related = known ? await activeRelationshipIds(em, partner.id, known.id, now) : { resellerId: null, adminId: null };
      const pinned = { partnerTenantId: partner.id, customerTenantId: known?.id ?? null, pinnedDomain: domain };
      const pending = (await pendingFor(em, pinned)).find((row) => effectiveStatus(row, now) === 'PENDING') ?? null;
      const withAdmin = effectiveIncludeDelegatedAdmin(partner.cloud, adminAccess);
      const facts = { partner, indirectProvider, tenant, withAdmin, ...related, pendingRequestId: pending?.id ?? null };
      const blocker = resellerRequestBlocker(facts);
      const error = blocker ? requestBlockerError(blocker, facts) : null;
      const mine = known ? await relatedCustomer(em, partner.id, known.id, false) : null;
      const market = known ? marketOf(known.country) ?? null : null;
      return {
        domain,
        known: known !== null,
        tenant: known ? { id: known.id, domain: known.domain, country: known.country, cloud: known.cloud } : null,
        market: market?.id ?? null,
        marketName: market?.name ?? null,
        customer: mine ? toCustomer(mine) : null,
        agreementOnFile: mine ? mine.agreementAcceptedAt !== null : null,
        pendingRequest: pending ? toRelationshipRequest(pending, partner.cloud, now) : null,
        adminAccess: withAdmin,
        canRequest: blocker === null,
        blocker,
        blockerCode: error?.code ?? null,
        blockerMessage: error?.message ?? null,
      };
    });
  }

  async get(viewer: Viewer, id: string) {
    const now = this.clock.now();
    return this.db.read(async (em) => {
      const row = await em.findOneBy(RelationshipRequestEntity, { id, partnerTenantId: viewer.tenantId });
      if (!row) return null;
      const partner = await em.findOneByOrFail(TenantEntity, { id: viewer.tenantId });
      return toRelationshipRequest(row, partner.cloud, now);
    });
  }

  /** The partner's requests, newest first; the status filter uses the effective status. */
  async list(viewer: Viewer, args: RelationshipRequestsArgs) {
    const limit = pageSize(args.first);
    if (args.expiringWithinDays !== null && args.expiringWithinDays !== undefined && (args.expiringWithinDays < 1 || args.expiringWithinDays > 365)) {
      throw new DomainError('BAD_USER_INPUT', { reason: 'DAYS_RANGE', params: { min: 1, max: 365 } }, 'expiringWithinDays');
    }
    const cursor = decodeTimeCursor(args.after);
    const now = this.clock.now();
    const search = args.search ? assertText('search', 'search', args.search).normalize('NFC').toLowerCase() : null;
    const filter = {
      partnerTenantId: viewer.tenantId,
      status: args.status,
      expiringWithinDays: args.expiringWithinDays,
      customerId: args.customerId,
      createdBy: args.createdBy,
      search,
    };
    const filtered = (em: EntityManager) => requestsMatching(em, filter, now);
    const totalCount = () => this.db.read((em) => filtered(em).getCount());
    return this.db.read(async (em) => {
      const partner = await em.findOneByOrFail(TenantEntity, { id: viewer.tenantId });
      const rows = await newestFirst(filtered(em), cursor, limit).getMany();
      return toConnection(rows, limit, totalCount, encodeTimeCursor, (row) => toRelationshipRequest(row, partner.cloud, now));
    });
  }
}
