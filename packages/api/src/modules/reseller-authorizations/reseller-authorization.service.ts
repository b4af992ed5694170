import { Brackets, In, type EntityManager } from 'typeorm';
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
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import { ResellerAuthorizationEntity, TenantEntity } from '../../db/entities/index.js';
import { isUniqueViolation } from '../../db/errors.js';
import { newestFirst } from '../../db/keyset.js';
import { decodeTimeCursor, encodeTimeCursor, pageSize, toConnection } from '../../graphql/connection.js';
import { newId, newToken, sha256Hex } from '../../security/tokens.js';
import type { Viewer } from '../../viewer.js';
import type {
  AuthorizationPartner,
  InviteIndirectResellerInput,
  ResellerAuthorization,
  ResellerAuthorizationInvitation,
  ResellerAuthorizationsArgs,
} from './reseller-authorization.type.js';
import { revokeRequestsThrough } from '../relationship-requests/indirect-provider.js';

/** Longer than any link this server makes: such a "token" is not looked up at all. */
const MAX_TOKEN_LENGTH = 200;

const notFound = () => new DomainError('NOT_FOUND', 'There is no such reseller authorisation.', 'id');
const alreadyAuthorized = () => failedPrecondition({ reason: 'ALREADY_AUTHORIZED' }, { status: 'ACTIVE' });

function partnerOf(tenant: TenantEntity): AuthorizationPartner {
  return {
    id: tenant.id,
    name: tenant.name,
    partnerId: tenant.partnerId,
    country: tenant.country,
    cloud: tenant.cloud,
    partnerType: tenant.partnerType ?? 'DIRECT',
  };
}

/**
 * Two tiers, first step (DESIGN.md rule 15): an indirect provider invites indirect resellers by
 * link, a reseller accepts once, either side ends the authorisation. Every query is scoped to the
 * viewer's tenant as provider or as reseller.
 */
export class ResellerAuthorizationService {
  constructor(
    private readonly db: Database,
    private readonly config: Config,
    private readonly clock: Clock,
  ) {}

  /** The node as the viewer's side sees it (the recipient's address is the provider's business). */
  private static toNode(row: ResellerAuthorizationEntity, tenants: ReadonlyMap<string, TenantEntity>, viewer: Viewer, now: Date): ResellerAuthorization {
    const provider = tenants.get(row.providerTenantId);
    if (!provider) throw new Error(`reseller authorisation ${row.id} has no provider`);
    const reseller = row.resellerTenantId ? tenants.get(row.resellerTenantId) : undefined;
    return {
      id: row.id,
      status: effectiveAuthorizationStatus(row, now),
      provider: partnerOf(provider),
      reseller: reseller ? partnerOf(reseller) : null,
      recipientEmail: row.providerTenantId === viewer.tenantId ? row.recipientEmail : null,
      createdAt: row.createdAt,
      expiresAt: row.expiresAt,
      acceptedAt: row.acceptedAt,
      endedAt: row.endedAt,
      endedBy: row.endedBySide,
    };
  }

  private static async withTenants(em: EntityManager, rows: readonly ResellerAuthorizationEntity[]): Promise<Map<string, TenantEntity>> {
    const ids = [...new Set(rows.flatMap((row) => [row.providerTenantId, row.resellerTenantId ?? []].flat()))];
    const tenants = ids.length > 0 ? await em.findBy(TenantEntity, { id: In(ids) }) : [];
    return new Map(tenants.map((tenant) => [tenant.id, tenant]));
  }

  private async node(em: EntityManager, row: ResellerAuthorizationEntity, viewer: Viewer, now: Date): Promise<ResellerAuthorization> {
    return ResellerAuthorizationService.toNode(row, await ResellerAuthorizationService.withTenants(em, [row]), viewer, now);
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
      const tenants = await ResellerAuthorizationService.withTenants(em, rows);
      return toConnection(rows, limit, totalCount, encodeTimeCursor, (row) => ResellerAuthorizationService.toNode(row, tenants, viewer, now));
    });
  }

  /** inviteIndirectReseller: a new INVITED authorisation with its link (only an INDIRECT_PROVIDER). */
  async invite(viewer: Viewer, input: InviteIndirectResellerInput): Promise<ResellerAuthorizationInvitation> {
    const locale = assertLocale('locale', input.locale);
    const recipientEmail = input.recipientEmail?.trim() ? assertEmail('recipientEmail', input.recipientEmail) : null;
    const message = input.message?.trim() ? assertText('message', 'message', input.message) : null;
    const token = newToken();
    const now = this.clock.now();
    return this.db.write(async ({ em }) => {
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
      return {
        url: `${this.config.publicUrl}${resellerAuthorizationPath(token)}`,
        authorization: ResellerAuthorizationService.toNode(row, new Map([[provider.id, provider]]), viewer, now),
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
      return await this.db.write(async ({ em }) => {
        if (!token || token.length > MAX_TOKEN_LENGTH) throw new DomainError('NOT_FOUND', 'There is no such invitation.', 'token');
        const row = await em.findOneBy(ResellerAuthorizationEntity, { tokenHash: sha256Hex(token) });
        if (!row) throw new DomainError('NOT_FOUND', 'There is no such invitation.', 'token');
        const closed = closedAuthorizationLinkError(row, now);
        if (closed) throw closed;
        const [provider, reseller] = await Promise.all([
          em.findOneByOrFail(TenantEntity, { id: row.providerTenantId }),
          em.findOneByOrFail(TenantEntity, { id: viewer.tenantId, kind: TenantKind.PARTNER }),
        ]);
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
        return ResellerAuthorizationService.toNode(Object.assign(row, changes), new Map([[provider.id, provider], [reseller.id, reseller]]), viewer, now);
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
      // The reseller's pending requests through this provider go with it (an invitation nobody accepted has none).
      if (row.resellerTenantId) await revokeRequestsThrough(tx, row.providerTenantId, row.resellerTenantId, viewer, now);
      return this.node(em, Object.assign(row, changes), viewer, now);
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
