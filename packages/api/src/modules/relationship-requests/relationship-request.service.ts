import type { EntityManager } from 'typeorm';
import {
  assertLocale,
  assertMayRelate,
  assertSameCloud,
  assertText,
  DomainError,
  effectiveIncludeDelegatedAdmin,
  expiresAtFrom,
  mayRenew,
  notPendingError,
  notRenewableError,
  TenantKind,
  type Locale,
} from '@partnerlink/shared';
import type { Config } from '../../config.js';
import type { Viewer } from '../../viewer.js';
import type { Database } from '../../db/database.js';
import { RelationshipRequestEntity, TenantEntity } from '../../db/entities/index.js';
import { isUniqueViolation } from '../../db/errors.js';
import { newestFirst } from '../../db/keyset.js';
import { decodeTimeCursor, encodeTimeCursor, pageSize, toConnection } from '../../graphql/connection.js';
import { newId, newToken, sha256Hex } from '../../security/tokens.js';
import { invitationWithLink } from './invitation-link.js';
import { toRelationshipRequest } from './relationship-request.mapper.js';
import { requestsMatching, updateIfLinkUnchanged } from './relationship-request.repository.js';
import { assertSomethingToRequest, livePendingRequest, pendingRequestExists } from './request-conflicts.js';
import { persistExpiry } from './request-expiry.js';
import type { RelationshipInvitation, RelationshipRequestsArgs, RequestResellerRelationshipInput } from './relationship-request.type.js';

/** How a reminder renews a link: with the token it already mailed, its own log line and signature. */
export interface ResendOptions {
  readonly token?: string;
  /** Set when the renewal is a reminder the server emailed: the address it went to. */
  readonly reminderTo?: string;
  /** Whose name signs the email (default: the viewer's). */
  readonly senderName?: string;
}

/** The partner side of relationship requests: create, track, revoke, resend. */
export class RelationshipRequestService {
  constructor(
    private readonly db: Database,
    private readonly config: Config,
  ) {}

  async request(viewer: Viewer, input: RequestResellerRelationshipInput): Promise<RelationshipInvitation> {
    const locale = assertLocale('locale', input.locale);
    const message = input.message?.trim() ? assertText('message', 'message', input.message) : null;
    const token = newToken();
    const now = new Date();
    const create = this.db.write(async (tx) => {
      const { em } = tx;
      const partner = await em.findOneByOrFail(TenantEntity, { id: viewer.tenantId });
      const includesDelegatedAdmin = effectiveIncludeDelegatedAdmin(partner.cloud, input.includeDelegatedAdmin ?? false);
      let customer: TenantEntity | null = null;
      if (input.customerId) {
        customer = await em.findOneBy(TenantEntity, { id: input.customerId, kind: TenantKind.CUSTOMER });
        if (!customer) throw new DomainError('NOT_FOUND', 'No customer tenant has this id.', 'customerId');
        assertSameCloud(partner.cloud, customer.cloud);
        assertMayRelate(partner.country, customer.country);
        await assertSomethingToRequest(em, partner.id, customer, includesDelegatedAdmin);
        const pending = await livePendingRequest(tx, { partnerTenantId: partner.id, customerTenantId: customer.id }, now);
        if (pending) throw pendingRequestExists(pending.id);
      }
      const row: RelationshipRequestEntity = {
        id: newId(),
        partnerTenantId: partner.id,
        customerTenantId: customer?.id ?? null,
        tokenHash: sha256Hex(token),
        status: 'PENDING',
        includesDelegatedAdmin,
        locale,
        message,
        createdByUserId: viewer.userId,
        createdAt: now,
        expiresAt: expiresAtFrom(now, this.config.invitationTtlDays),
        viewedAt: null,
        linkRotatedAt: null,
        sentTo: null,
        sentAt: null,
        answeredAt: null,
        answeredByUserId: null,
        answeredByTenantId: null,
        revokedAt: null,
        revokedByUserId: null,
      };
      await em.insert(RelationshipRequestEntity, row);
      tx.emit({ type: 'RequestCreated', request: row, customer, actor: viewer, at: now });
      return invitationWithLink(this.config.publicUrl, row, partner, customer, viewer.displayName, token, now);
    });
    try {
      return await create;
    } catch (error) {
      throw input.customerId ? await this.pendingConflictOr(error, viewer.tenantId, input.customerId) : error;
    }
  }

  /**
   * Two requests for one customer that both passed the check at the same moment: the partial
   * unique index refuses the second, which then gets the same answer as if it had come later.
   */
  private async pendingConflictOr(error: unknown, partnerTenantId: string, customerTenantId: string): Promise<unknown> {
    if (!isUniqueViolation(error)) return error;
    const pending = await this.db.read((em) => em.findOneBy(RelationshipRequestEntity, { partnerTenantId, customerTenantId, status: 'PENDING' }));
    return pending ? pendingRequestExists(pending.id) : error;
  }

  async revoke(viewer: Viewer, id: string) {
    const now = new Date();
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
   * A new link and a fresh expiry for a pending request (the old link stops working) or an expired
   * one (it is pending again): the same request, logged as REQUEST_RESENT.
   */
  async resend(
    viewer: Viewer,
    id: string,
    localeInput: Locale | null | undefined,
    options: ResendOptions = {},
  ): Promise<RelationshipInvitation> {
    const token = options.token ?? newToken();
    const senderName = options.senderName ?? viewer.displayName;
    const now = new Date();
    let pinned: string | null = null;
    const renewal = this.db.write(async (tx) => {
      const { em } = tx;
      const { row, partner } = await this.ownRequest(em, viewer, id);
      pinned = row.customerTenantId;
      await persistExpiry(tx, row, now);
      if (!mayRenew(row.status)) return { ok: false as const, row };
      const expired = row.status === 'EXPIRED';
      if (expired && row.customerTenantId) {
        // Pending again only if no other request to this customer is pending meanwhile.
        const pending = await livePendingRequest(tx, { partnerTenantId: partner.id, customerTenantId: row.customerTenantId }, now);
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
      Object.assign(row, changes);
      tx.emit({ type: 'RequestRenewed', request: row, wasExpired: expired, reminderTo: options.reminderTo ?? null, actor: viewer, at: now });
      const customer = row.customerTenantId ? await em.findOneBy(TenantEntity, { id: row.customerTenantId }) : null;
      return { ok: true as const, value: invitationWithLink(this.config.publicUrl, row, partner, customer, senderName, token, now) };
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

  async get(viewer: Viewer, id: string) {
    const now = new Date();
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
    const now = new Date();
    const filter = { partnerTenantId: viewer.tenantId, status: args.status, expiringWithinDays: args.expiringWithinDays };
    const filtered = (em: EntityManager) => requestsMatching(em, filter, now);
    const totalCount = () => this.db.read((em) => filtered(em).getCount());
    return this.db.read(async (em) => {
      const partner = await em.findOneByOrFail(TenantEntity, { id: viewer.tenantId });
      const rows = await newestFirst(filtered(em), cursor, limit).getMany();
      return toConnection(rows, limit, totalCount, encodeTimeCursor, (row) => toRelationshipRequest(row, partner.cloud, now));
    });
  }
}
