import { Brackets, type EntityManager } from 'typeorm';
import {
  assertEmail,
  assertLocale,
  assertMayAuthorize,
  assertMayEndAuthorization,
  assertMayInviteResellers,
  assertText,
  closedAuthorizationLinkError,
  DomainError,
  effectiveAuthorizationStatus,
  expiresAtFrom,
  failedPrecondition,
  resellerAuthorizationPath,
  TenantKind,
  type AuthorizationSide,
  type ResellerAuthorizationStatus,
} from '@partnerlink/shared';
import type { Clock } from '../../clock.js';
import type { Actor } from '../../events/domain-events.js';
import type { RateLimiter, RateLimits } from '../../security/rate-limiter.js';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import { ResellerAuthorizationEntity, TenantEntity } from '../../db/entities/index.js';
import { isUniqueViolation } from '../../db/errors.js';
import { newestFirst } from '../../db/keyset.js';
import { decodeTimeCursor, encodeTimeCursor, pageSize, toConnection } from '../../graphql/connection.js';
import { newId, newToken, sha256Hex } from '../../security/tokens.js';
import type { Viewer } from '../../viewer.js';
import { partnerOf, tenantsOf, toNode } from './reseller-authorization.mapper.js';
import type {
  InviteIndirectResellerInput,
  ResellerAuthorization,
  ResellerAuthorizationInvitation,
  ResellerAuthorizationInvitationPreview,
  ResellerAuthorizationsArgs,
} from './reseller-authorization.type.js';
import { revokeRequestsThrough } from '../relationship-requests/indirect-provider.js';

/** Longer than any link this server makes: such a "token" is not looked up at all. */
const MAX_TOKEN_LENGTH = 200;

const actorOf = (viewer: Viewer): Actor => ({ userId: viewer.userId, tenantId: viewer.tenantId, displayName: viewer.displayName });

const notFound = () => new DomainError('NOT_FOUND', 'There is no such reseller authorisation.', 'id');
const alreadyAuthorized = () => failedPrecondition({ reason: 'ALREADY_AUTHORIZED' }, { status: 'ACTIVE' });

/**
 * Two tiers, first step (DESIGN.md rule 15): an indirect provider invites indirect resellers by
 * link, a reseller accepts once, either side ends the authorisation. Every query is scoped to the
 * viewer's tenant as provider or as reseller.
 */
export class ResellerAuthorizationService {
  // Link look-ups per client address, like the customers' (invitation.lookup): generous for people, a wall for guessing.
  private readonly lookups: RateLimiter;

  constructor(
    private readonly db: Database,
    private readonly config: Config,
    private readonly clock: Clock,
    limits: RateLimits,
  ) {
    this.lookups = limits.limiter('reseller-authorization.lookup', 300, 60 * 1000);
  }

  /**
   * resellerAuthorizationInvitation: what the link page shows before anyone accepts (who invites,
   * the link's state, the message); null for an unknown token. Counts against the client's budget
   * of look-ups, so a link cannot be found by guessing.
   */
  async preview(viewer: Viewer, token: string, client: string): Promise<ResellerAuthorizationInvitationPreview | null> {
    await this.lookups.hit(client);
    if (!token || token.length > MAX_TOKEN_LENGTH) return null;
    const now = this.clock.now();
    return this.db.read(async (em) => {
      const row = await em.findOneBy(ResellerAuthorizationEntity, { tokenHash: sha256Hex(token) });
      if (!row) return null;
      const provider = await em.findOneByOrFail(TenantEntity, { id: row.providerTenantId });
      return {
        provider: partnerOf(provider),
        status: effectiveAuthorizationStatus(row, now),
        closedReason: closedAuthorizationLinkError(row, now)?.code ?? null,
        acceptedByYourOrganization: row.resellerTenantId !== null && row.resellerTenantId === viewer.tenantId,
        expiresAt: row.expiresAt,
        message: row.message,
        locale: row.locale,
      };
    });
  }

  /** resellerAuthorizations: the viewer's, as provider or as reseller, newest first. */
  async list(viewer: Viewer, args: ResellerAuthorizationsArgs) {
    const limit = pageSize(args.first);
    const cursor = decodeTimeCursor(args.after);
    const now = this.clock.now();
    const filtered = (em: EntityManager) => {
      const query = em
        .createQueryBuilder(ResellerAuthorizationEntity, 'a')
        .where(new Brackets((w) => w.where('a.provider_tenant_id = :tenant').orWhere('a.reseller_tenant_id = :tenant')), { tenant: viewer.tenantId });
      const status: ResellerAuthorizationStatus | null | undefined = args.status;
      if (status === 'INVITED') query.andWhere("a.status = 'INVITED' AND a.expires_at > :now", { now });
      else if (status === 'EXPIRED') query.andWhere("a.status = 'INVITED' AND a.expires_at <= :now", { now });
      else if (status) query.andWhere('a.status = :status', { status });
      return query;
    };
    const totalCount = () => this.db.read((em) => filtered(em).getCount());
    return this.db.read(async (em) => {
      const rows = await newestFirst(filtered(em), cursor, limit).getMany();
      const tenants = await tenantsOf(em, rows);
      return toConnection(rows, limit, totalCount, encodeTimeCursor, (row) => toNode(row, tenants, viewer, now));
    });
  }

  /** inviteIndirectReseller: a new INVITED authorisation with its link (only an INDIRECT_PROVIDER). */
  async invite(viewer: Viewer, input: InviteIndirectResellerInput): Promise<ResellerAuthorizationInvitation> {
    const locale = assertLocale('locale', input.locale);
    const recipientEmail = input.recipientEmail?.trim() ? assertEmail('recipientEmail', input.recipientEmail) : null;
    const message = input.message?.trim() ? assertText('message', 'message', input.message) : null;
    const token = newToken();
    const now = this.clock.now();
    return this.db.write(async (tx) => {
      const { em } = tx;
      const provider = await em.findOneByOrFail(TenantEntity, { id: viewer.tenantId });
      assertMayInviteResellers(provider.partnerType);
      const row: ResellerAuthorizationEntity = {
        id: newId(),
        providerTenantId: provider.id,
        resellerTenantId: null,
        tokenHash: sha256Hex(token),
        status: 'INVITED',
        locale,
        recipientEmail,
        message,
        invitedByUserId: viewer.userId,
        createdAt: now,
        expiresAt: expiresAtFrom(now, this.config.invitationTtlDays),
        acceptedAt: null,
        acceptedByUserId: null,
        endedAt: null,
        endedByUserId: null,
        endedBySide: null,
      };
      await em.insert(ResellerAuthorizationEntity, row);
      tx.emit({ type: 'ResellerAuthorizationInvited', at: now, actor: actorOf(viewer), authorization: row });
      return {
        url: `${this.config.publicUrl}${resellerAuthorizationPath(token)}`,
        authorization: toNode(row, new Map([[provider.id, provider]]), viewer, now),
      };
    });
  }

  /**
   * acceptResellerAuthorization: the viewer's partner becomes the provider's indirect reseller,
   * once. Checks in order: link known (NOT_FOUND) → link state (INVITATION_EXPIRED,
   * INVITATION_REVOKED, INVITATION_ALREADY_USED) → an INDIRECT_RESELLER (FAILED_PRECONDITION
   * NOT_INDIRECT_RESELLER) → cloud (CLOUD_MISMATCH) → market (REGION_NOT_ALLOWED) → not
   * authorised by this provider already (FAILED_PRECONDITION ALREADY_AUTHORIZED). Concurrent
   * accepts: the conditional update lets one win, the others read the link as used.
   */
  async accept(viewer: Viewer, token: string): Promise<ResellerAuthorization> {
    const now = this.clock.now();
    try {
      return await this.db.write(async (tx) => {
        const { em } = tx;
        if (!token || token.length > MAX_TOKEN_LENGTH) throw new DomainError('NOT_FOUND', 'There is no such invitation.', 'token');
        const row = await em.findOneBy(ResellerAuthorizationEntity, { tokenHash: sha256Hex(token) });
        if (!row) throw new DomainError('NOT_FOUND', 'There is no such invitation.', 'token');
        const closed = closedAuthorizationLinkError(row, now);
        if (closed) throw closed;
        // One after the other: a transaction is one connection (PostgreSQL's client runs one query at a time).
        const provider = await em.findOneByOrFail(TenantEntity, { id: row.providerTenantId });
        const reseller = await em.findOneByOrFail(TenantEntity, { id: viewer.tenantId, kind: TenantKind.PARTNER });
        assertMayAuthorize(provider, reseller);
        if (await em.existsBy(ResellerAuthorizationEntity, { providerTenantId: provider.id, resellerTenantId: reseller.id, status: 'ACTIVE' })) {
          throw alreadyAuthorized();
        }
        const changes = { status: 'ACTIVE' as const, resellerTenantId: reseller.id, acceptedAt: now, acceptedByUserId: viewer.userId };
        const claimed = await em
          .createQueryBuilder()
          .update(ResellerAuthorizationEntity)
          .set(changes)
          .where("id = :id AND status = 'INVITED' AND expires_at > :now", { id: row.id, now })
          .execute();
        if (claimed.affected !== 1) {
          const current = await em.findOneByOrFail(ResellerAuthorizationEntity, { id: row.id });
          throw closedAuthorizationLinkError(current, now) ?? new DomainError('INVITATION_ALREADY_USED', 'This invitation has already been accepted.');
        }
        const accepted = Object.assign(row, changes);
        for (const side of ['PROVIDER', 'RESELLER'] as const) {
          tx.emit({ type: 'ResellerAuthorizationAccepted', at: now, actor: actorOf(viewer), side, authorization: accepted, provider, reseller });
        }
        return toNode(accepted, new Map([[provider.id, provider], [reseller.id, reseller]]), viewer, now);
      });
    } catch (error) {
      // Two links of one provider accepted by one reseller at once: the partial unique index keeps one.
      if (isUniqueViolation(error)) throw alreadyAuthorized();
      throw error;
    }
  }

  /**
   * endResellerAuthorization: either side ends an authorisation (the provider also withdraws an
   * invitation nobody accepted). Another partner's id reads as unknown (NOT_FOUND). The reseller's
   * pending customer requests naming the provider are revoked with it, in the same transaction.
   */
  async end(viewer: Viewer, id: string): Promise<ResellerAuthorization> {
    const now = this.clock.now();
    return this.db.write(async (tx) => {
      const { em } = tx;
      const row = id.length <= 36 ? await this.own(em, viewer, id) : null;
      if (!row) throw notFound();
      assertMayEndAuthorization(row);
      const side: AuthorizationSide = row.providerTenantId === viewer.tenantId ? 'PROVIDER' : 'RESELLER';
      const changes = { status: 'TERMINATED' as const, endedAt: now, endedByUserId: viewer.userId, endedBySide: side };
      const ended = await em
        .createQueryBuilder()
        .update(ResellerAuthorizationEntity)
        .set(changes)
        .where("id = :id AND status <> 'TERMINATED'", { id: row.id })
        .execute();
      if (ended.affected !== 1) assertMayEndAuthorization(await em.findOneByOrFail(ResellerAuthorizationEntity, { id: row.id }));
      const endedRow = Object.assign(row, changes);
      // The reseller's pending requests through this provider go with it (an invitation nobody accepted has none).
      if (endedRow.resellerTenantId) await revokeRequestsThrough(tx, endedRow.providerTenantId, endedRow.resellerTenantId, viewer, now);
      const tenants = await tenantsOf(em, [endedRow]);
      const provider = tenants.get(endedRow.providerTenantId);
      if (!provider) throw new Error(`reseller authorisation ${endedRow.id} has no provider`);
      const reseller = endedRow.resellerTenantId ? (tenants.get(endedRow.resellerTenantId) ?? null) : null;
      // Both partners hear of it; a withdrawn invitation concerns the provider alone.
      for (const heard of reseller ? (['PROVIDER', 'RESELLER'] as const) : (['PROVIDER'] as const)) {
        tx.emit({ type: 'ResellerAuthorizationEnded', at: now, actor: actorOf(viewer), side: heard, authorization: endedRow, provider, reseller });
      }
      return toNode(endedRow, tenants, viewer, now);
    });
  }

  /** One of the viewer's authorisations, as provider or as reseller; null for any other id. */
  private own(em: EntityManager, viewer: Viewer, id: string): Promise<ResellerAuthorizationEntity | null> {
    return em
      .createQueryBuilder(ResellerAuthorizationEntity, 'a')
      .where('a.id = :id', { id })
      .andWhere(new Brackets((w) => w.where('a.provider_tenant_id = :tenant').orWhere('a.reseller_tenant_id = :tenant')), { tenant: viewer.tenantId })
      .getOne();
  }
}
