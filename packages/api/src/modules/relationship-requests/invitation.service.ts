import type { EntityManager } from 'typeorm';
import {
  ActivityType,
  assertMayAnswer,
  closedLinkError,
  DomainError,
  effectiveStatus,
  surfaceFor,
  TenantKind,
  type AnswerableInvitation,
  type RelationshipType,
} from '@partnerlink/shared';
import type { Viewer } from '../../viewer.js';
import type { Database } from '../../db/database.js';
import { RelationshipEntity, RelationshipRequestEntity, TenantEntity } from '../../db/entities/index.js';
import { isUniqueViolation } from '../../db/errors.js';
import { hydrate, selectColumns } from '../../db/hydrate.js';
import type { RateLimiter, RateLimits } from '../../security/rate-limiter.js';
import { newId, sha256Hex } from '../../security/tokens.js';
import { recordActivity } from '../activity-log/activity-log.service.js';
import { toPartnerProfile } from '../relationships/relationship.type.js';
import { toRelationshipRequest } from './relationship-request.mapper.js';
import type { AcceptRelationshipPayload, Invitation, RelationshipRequest } from './relationship-request.type.js';
import { persistExpiry } from './request-expiry.js';

type Outcome<T> = { ok: true; value: T } | { ok: false; row: RelationshipRequestEntity };

/** The customer side of a request: open the link, accept, decline. */
export class InvitationService {
  // Link look-ups per client address: generous for people, a wall for guessing.
  private readonly lookups: RateLimiter;
  // Answers (accept, decline) per customer administrator.
  private readonly answers: RateLimiter;

  constructor(
    private readonly db: Database,
    limits: RateLimits,
  ) {
    this.lookups = limits.limiter('invitation.lookup', 300, 60 * 1000);
    this.answers = limits.limiter('invitation.answer', 60, 60 * 1000);
  }

  /**
   * What answering needs, in one statement: the request behind the token, its partner, the
   * answering customer's tenant and how many ACTIVE relationships the two have already.
   */
  private async answerContext(em: EntityManager, token: string, customerTenantId: string) {
    const raw =
      token && token.length <= 200
        ? await em
            .createQueryBuilder()
            .select(selectColumns(em, RelationshipRequestEntity, 'q', 'q_'))
            .addSelect(selectColumns(em, TenantEntity, 'p', 'p_'))
            .addSelect(selectColumns(em, TenantEntity, 'c', 'c_'))
            .addSelect(
              "(SELECT COUNT(*) FROM relationship x WHERE x.partner_tenant_id = q.partner_tenant_id AND x.customer_tenant_id = c.id AND x.status = 'ACTIVE')",
              'active_relationships',
            )
            .from(RelationshipRequestEntity, 'q')
            .innerJoin(TenantEntity, 'p', 'p.id = q.partner_tenant_id')
            .leftJoin(TenantEntity, 'c', 'c.id = :customer', { customer: customerTenantId })
            .where('q.token_hash = :hash', { hash: sha256Hex(token) })
            .getRawOne<Record<string, unknown>>()
        : undefined;
    const row = raw ? hydrate(em, RelationshipRequestEntity, raw, 'q_') : null;
    const partner = raw ? hydrate(em, TenantEntity, raw, 'p_') : null;
    const customer = raw ? hydrate(em, TenantEntity, raw, 'c_') : null;
    if (!row || !partner) throw invalidLink();
    if (!customer) throw new Error(`the signed-in tenant ${customerTenantId} does not exist`);
    return { row, partner, customer, activeRelationships: Number(raw?.active_relationships ?? 0) };
  }

  /**
   * The request after someone else changed it between our read and our claim: if its link was
   * renewed meanwhile, this link is one that no longer works, as if it had never existed;
   * otherwise it was answered or revoked, which the caller reports.
   */
  private async afterLostClaim(em: EntityManager, row: RelationshipRequestEntity): Promise<RelationshipRequestEntity> {
    const current = await em.findOneByOrFail(RelationshipRequestEntity, { id: row.id });
    if (current.tokenHash !== row.tokenHash) throw invalidLink();
    return current;
  }

  /**
   * What the acceptance page shows. The customer opening a pending link for the first time marks
   * it viewed (anonymous visitors count: the customer usually opens the link before signing in);
   * the partner's own users checking their link (by session or API key) do not.
   */
  async open(token: string, client: string, viewer: Viewer | null): Promise<Invitation | null> {
    await this.lookups.hit(client);
    const now = new Date();
    const found = await this.db.read(async (em) => {
      const row = token && token.length <= 200 ? await em.findOneBy(RelationshipRequestEntity, { tokenHash: sha256Hex(token) }) : null;
      if (!row) return null;
      const partner = await em.findOneByOrFail(TenantEntity, { id: row.partnerTenantId });
      const customer = row.customerTenantId ? await em.findOneBy(TenantEntity, { id: row.customerTenantId }) : null;
      return { row, partner, customer };
    });
    if (!found) return null;
    const { row, partner, customer } = found;
    const firstView = effectiveStatus(row, now) === 'PENDING' && row.viewedAt === null && viewer?.tenantKind !== TenantKind.PARTNER;
    const overdue = row.status === 'PENDING' && effectiveStatus(row, now) === 'EXPIRED';
    if (firstView || overdue) {
      await this.db.write(async (em) => {
        if (overdue) return persistExpiry(this.db, em, row, now);
        const result = await em
          .createQueryBuilder()
          .update(RelationshipRequestEntity)
          .set({ viewedAt: now })
          .where('id = :id AND viewed_at IS NULL', { id: row.id })
          .execute();
        if (result.affected !== 1) return;
        await recordActivity(em, {
          partnerTenantId: row.partnerTenantId,
          customerTenantId: row.customerTenantId,
          type: ActivityType.REQUEST_VIEWED,
          subjectId: row.id,
          summary: 'The customer opened the invitation link.',
          actor: null,
          at: now,
        });
      });
    }
    return {
      status: effectiveStatus(row, now),
      includesDelegatedAdmin: row.includesDelegatedAdmin,
      createdAt: row.createdAt,
      expiresAt: row.expiresAt,
      surface: surfaceFor(partner.cloud),
      partner: toPartnerProfile(partner),
      message: row.message,
      locale: row.locale,
      customer: customer ? { companyName: customer.name, domain: customer.domain } : null,
    };
  }

  /**
   * Accepts exactly once. The checks run in DESIGN.md's order; the request is claimed with a
   * conditional update, and the partial unique index keeps relationships from doubling.
   */
  async accept(viewer: Viewer, token: string, acceptAgreement: boolean): Promise<AcceptRelationshipPayload> {
    await this.answers.hit(viewer.userId);
    const now = new Date();
    const attempt = () => this.db.write((em) => this.acceptIn(em, viewer, token, acceptAgreement, now));
    let outcome: Outcome<AcceptRelationshipPayload>;
    try {
      outcome = await attempt();
    } catch (error) {
      // Two different requests of one partner accepted at the same instant (PostgreSQL only):
      // the retry sees the other's relationship and keeps it.
      if (!isUniqueViolation(error)) throw error;
      outcome = await attempt();
    }
    if (!outcome.ok) throw closedLinkError(outcome.row, now) ?? new DomainError('INVITATION_ALREADY_USED', 'This invitation has already been answered.');
    return outcome.value;
  }

  private async acceptIn(
    em: EntityManager,
    viewer: Viewer,
    token: string,
    acceptAgreement: boolean,
    now: Date,
  ): Promise<Outcome<AcceptRelationshipPayload>> {
    const { row, partner, customer, activeRelationships } = await this.answerContext(em, token, viewer.tenantId);
    await persistExpiry(this.db, em, row, now);
    if (effectiveStatus(row, now) !== 'PENDING') return { ok: false, row };
    assertMayAnswer(answerable(row, partner, now), { roles: viewer.roles, tenant: customer }, {
      withAgreement: acceptAgreement || customer.agreementAcceptedAt !== null,
    });

    const claimed = await em
      .createQueryBuilder()
      .update(RelationshipRequestEntity)
      .set({ status: 'ACCEPTED', answeredAt: now, answeredByUserId: viewer.userId, answeredByTenantId: viewer.tenantId })
      .where("id = :id AND status = 'PENDING' AND expires_at > :now AND token_hash = :hash", {
        id: row.id,
        now: this.db.time(now),
        hash: row.tokenHash,
      })
      .execute();
    if (claimed.affected !== 1) return { ok: false, row: await this.afterLostClaim(em, row) };
    Object.assign(row, { status: 'ACCEPTED', answeredAt: now, answeredByUserId: viewer.userId, answeredByTenantId: viewer.tenantId });
    const base = { partnerTenantId: partner.id, customerTenantId: customer.id, actor: viewer, at: now };

    if (!customer.agreementAcceptedAt) {
      await em.update(TenantEntity, { id: customer.id }, {
        agreementAcceptedAt: now,
        agreementSignerName: viewer.displayName,
        agreementSignerEmail: viewer.email,
      });
      await recordActivity(em, {
        ...base,
        type: ActivityType.AGREEMENT_ACCEPTED,
        subjectId: customer.id,
        summary: `${viewer.displayName} accepted the customer agreement for ${customer.name}.`,
      });
    }
    await recordActivity(em, {
      ...base,
      type: ActivityType.REQUEST_ACCEPTED,
      subjectId: row.id,
      summary: `${viewer.displayName} of ${customer.name} accepted your relationship request.`,
    });

    const types: RelationshipType[] = row.includesDelegatedAdmin ? ['RESELLER', 'DELEGATED_ADMIN'] : ['RESELLER'];
    // Rarely any: a relationship the customer already has with this partner is kept, not doubled.
    const active =
      activeRelationships > 0
        ? await em.findBy(RelationshipEntity, { partnerTenantId: partner.id, customerTenantId: customer.id, status: 'ACTIVE' })
        : [];
    const relationships = types.map(
      (type): RelationshipEntity =>
        active.find((r) => r.type === type) ?? {
          id: newId(),
          partnerTenantId: partner.id,
          customerTenantId: customer.id,
          type,
          status: 'ACTIVE',
          origin: 'INVITATION',
          requestId: row.id,
          createdAt: now,
          endedAt: null,
          endedByUserId: null,
          endedBySide: null,
        },
    );
    const created = relationships.filter((r) => !active.includes(r));
    if (created.length > 0) await em.insert(RelationshipEntity, created); // one statement for both
    for (const relationship of created) {
      await recordActivity(em, {
        ...base,
        type: ActivityType.RELATIONSHIP_CREATED,
        subjectId: relationship.id,
        summary: `${relationship.type === 'RESELLER' ? 'Reseller relationship' : 'Admin permissions'} with ${customer.name} now active.`,
      });
    }
    const profile = toPartnerProfile(partner);
    return {
      ok: true,
      value: {
        request: toRelationshipRequest(row, partner.cloud, now),
        relationships: relationships.map((r) => ({
          id: r.id,
          type: r.type,
          status: r.status,
          origin: r.origin,
          createdAt: r.createdAt,
          endedAt: r.endedAt,
          endedBy: r.endedBySide,
          customerTenantId: r.customerTenantId,
          partnerTenantId: r.partnerTenantId,
          partner: profile,
        })),
      },
    };
  }

  async decline(viewer: Viewer, token: string): Promise<RelationshipRequest> {
    await this.answers.hit(viewer.userId);
    const now = new Date();
    const outcome = await this.db.write(async (em): Promise<Outcome<RelationshipRequest>> => {
      // The same checks as accepting, in the same order, except the customer agreement.
      const { row, partner, customer } = await this.answerContext(em, token, viewer.tenantId);
      await persistExpiry(this.db, em, row, now);
      if (effectiveStatus(row, now) !== 'PENDING') return { ok: false, row };
      assertMayAnswer(answerable(row, partner, now), { roles: viewer.roles, tenant: customer });
      const claimed = await em
        .createQueryBuilder()
        .update(RelationshipRequestEntity)
        .set({ status: 'DECLINED', answeredAt: now, answeredByUserId: viewer.userId, answeredByTenantId: viewer.tenantId })
        .where("id = :id AND status = 'PENDING' AND expires_at > :now AND token_hash = :hash", {
          id: row.id,
          now: this.db.time(now),
          hash: row.tokenHash,
        })
        .execute();
      if (claimed.affected !== 1) return { ok: false, row: await this.afterLostClaim(em, row) };
      Object.assign(row, { status: 'DECLINED', answeredAt: now, answeredByUserId: viewer.userId, answeredByTenantId: viewer.tenantId });
      await recordActivity(em, {
        partnerTenantId: row.partnerTenantId,
        customerTenantId: row.customerTenantId,
        type: ActivityType.REQUEST_DECLINED,
        subjectId: row.id,
        summary: 'The customer declined your relationship request.',
        actor: viewer,
        at: now,
      });
      return { ok: true, value: toRelationshipRequest(row, partner.cloud, now) };
    });
    if (!outcome.ok) throw closedLinkError(outcome.row, now) ?? new DomainError('INVITATION_ALREADY_USED', 'This invitation has already been answered.');
    return outcome.value;
  }
}

/** The link as shared's `answerBlocker` sees it: pinned by tenant id. */
function answerable(row: RelationshipRequestEntity, partner: TenantEntity, now: Date): AnswerableInvitation {
  return { status: effectiveStatus(row, now), partner, customer: row.customerTenantId ? { id: row.customerTenantId } : null };
}

/** A link that does not (or no longer) open a request: wrong, mistyped or replaced by a renewal. */
function invalidLink(): DomainError {
  return new DomainError('NOT_FOUND', 'This invitation link is not valid. Check that you copied all of it.');
}
