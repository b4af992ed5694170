import { Brackets, In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { RelationshipRequestEntity, ReplacedRequestLinkEntity, RequestVisitEntity, TenantEntity } from '../../db/entities/index.js';
import { hydrate, selectColumns } from '../../db/hydrate.js';
import { newestFirst } from '../../db/keyset.js';
import { sha256Hex } from '../../security/tokens.js';
import type { AdminRole, AnswerTarget, DeclineAnswer } from '@partnerlink/shared';
import { claimRow, type Claim, type WebhookTarget } from '../../db/claimed-write.js';
import { enabledWebhookTargetsColumn, webhookTargetsOf } from '../webhooks/webhook-outbox.js';
import type { Viewer } from '../../viewer.js';

/** Longer than any link this server makes: such a "token" is not looked up at all. */
const MAX_TOKEN_LENGTH = 200;

/** A request as its link finds it, with its partner and the customer it is pinned to (if any). */
export interface LinkedRequest {
  readonly row: RelationshipRequestEntity;
  readonly partner: TenantEntity;
  readonly customer: TenantEntity | null;
  /** The indirect provider a two-tier request names (it bills the customer); null otherwise. */
  readonly indirectProvider: TenantEntity | null;
}

/** What answering needs: the request, its partner, the answering customer and their ACTIVE relationships so far. */
export interface AnswerContext {
  readonly row: RelationshipRequestEntity;
  readonly partner: TenantEntity;
  /** The signed-in customer's tenant (null if it vanished meanwhile). */
  readonly customer: TenantEntity | null;
  /** The indirect provider a two-tier request names; null otherwise. */
  readonly indirectProvider: TenantEntity | null;
  readonly activeRelationships: number;
  /** The partner's enabled webhook endpoints, for the answer's outbox (OutboxFacts). */
  readonly webhookTargets: readonly WebhookTarget[];
}

/** How forAnswer finds the request: by the link's token, or by id in the customer's inbox. */
type AnswerLookup = 'token' | 'inbox';
/** forAnswer's parameters, by name. */
type AnswerParameter = 'hash' | 'id' | 'customer';

/** A statement built once by the query builder: its SQL and which named parameter each placeholder takes. */
interface BuiltStatement {
  readonly sql: string;
  readonly order: readonly AnswerParameter[];
}

/**
 * forAnswer's statements per data source, built once: an accept or decline reads its context with
 * one statement, and the query builder's work (aliases, the columns of four entities, the
 * parameters' places) cost more CPU on every answer than the statement itself.
 */
const answerStatements = new WeakMap<DataSource, Map<AnswerLookup, BuiltStatement>>();

/** The answers a claim records. */
export type Answer = 'ACCEPTED' | 'DECLINED';

/** The customer tenant whose inbox is read or whose admin answers by request id. */
export interface InboxOwner {
  readonly id: string;
  readonly domain: string;
}

/** One page of an inbox: the requests (one more than asked, for hasNextPage) and their partners (and indirect providers). */
export interface InboxPage {
  readonly rows: RelationshipRequestEntity[];
  readonly partners: ReadonlyMap<string, TenantEntity>;
}

/** The invitation link's queries: find a request by its token, mark it viewed, claim it for an answer. */
export class InvitationRepository {
  /** The hash a link's token is stored as, or null for what cannot be a token of ours. */
  private static hashOf(token: string): string | null {
    return token && token.length <= MAX_TOKEN_LENGTH ? sha256Hex(token) : null;
  }

  /** The request behind a link (any status), with its partner and pinned customer. */
  async byToken(em: EntityManager, token: string, partnerTenantId?: string): Promise<LinkedRequest | null> {
    const tokenHash = InvitationRepository.hashOf(token);
    if (!tokenHash) return null;
    const row = await em.findOneBy(RelationshipRequestEntity, partnerTenantId ? { tokenHash, partnerTenantId } : { tokenHash });
    return row ? InvitationRepository.withParties(em, row) : null;
  }

  /** A link a renewal replaced: when, and the partner whose request it opened (one statement); null otherwise. */
  async replaced(em: EntityManager, token: string): Promise<{ replacedAt: Date; partner: TenantEntity } | null> {
    const tokenHash = InvitationRepository.hashOf(token);
    if (!tokenHash) return null;
    const raw = await em
      .createQueryBuilder()
      .select(selectColumns(em, ReplacedRequestLinkEntity, 'l', 'l_'))
      .addSelect(selectColumns(em, TenantEntity, 'p', 'p_'))
      .from(ReplacedRequestLinkEntity, 'l')
      .innerJoin(RelationshipRequestEntity, 'q', 'q.id = l.request_id')
      .innerJoin(TenantEntity, 'p', 'p.id = q.partner_tenant_id')
      .where('l.token_hash = :hash', { hash: tokenHash })
      .getRawOne<Record<string, unknown>>();
    const link = raw ? hydrate(em, ReplacedRequestLinkEntity, raw, 'l_') : null;
    const partner = raw ? hydrate(em, TenantEntity, raw, 'p_') : null;
    return link && partner ? { replacedAt: link.replacedAt, partner } : null;
  }

  /** Whether a link is one a renewal replaced. */
  async isReplaced(em: EntityManager, token: string): Promise<boolean> {
    const tokenHash = InvitationRepository.hashOf(token);
    return tokenHash !== null && (await em.existsBy(ReplacedRequestLinkEntity, { tokenHash }));
  }

  /** One of the partner's requests by id, with its partner and pinned customer. */
  async byId(em: EntityManager, id: string, partnerTenantId: string): Promise<LinkedRequest | null> {
    const row = await em.findOneBy(RelationshipRequestEntity, { id, partnerTenantId });
    return row ? InvitationRepository.withParties(em, row) : null;
  }

  private static async withParties(em: EntityManager, row: RelationshipRequestEntity): Promise<LinkedRequest> {
    // One after the other: `em` may be a transaction's, one connection (PostgreSQL's client runs one query at a time).
    const partner = await em.findOneByOrFail(TenantEntity, { id: row.partnerTenantId });
    const customer = row.customerTenantId ? await em.findOneBy(TenantEntity, { id: row.customerTenantId }) : null;
    const indirectProvider = row.indirectProviderTenantId ? await em.findOneBy(TenantEntity, { id: row.indirectProviderTenantId }) : null;
    return { row, partner, customer, indirectProvider };
  }

  /**
   * What answering needs, in one statement: the request behind the token (or, from the inbox, the
   * request with that id in the customer's inbox), its partner (and indirect provider), the answering
   * customer's tenant, how many ACTIVE relationships the two have already and the partner's enabled
   * webhook endpoints (for the answer's outbox). A request id outside the inbox finds nothing,
   * exactly like an unknown one.
   */
  async forAnswer(em: EntityManager, target: AnswerTarget, customerTenantId: string): Promise<AnswerContext | null> {
    const values: Record<AnswerParameter, string | null> = { hash: null, id: null, customer: customerTenantId };
    if ('token' in target) {
      values.hash = InvitationRepository.hashOf(target.token);
      if (!values.hash) return null;
    } else {
      if (!target.requestId || target.requestId.length > MAX_TOKEN_LENGTH) return null;
      values.id = target.requestId;
    }
    const { sql, order } = InvitationRepository.answerStatement(em, 'token' in target ? 'token' : 'inbox');
    const [raw] = (await em.query(
      sql,
      order.map((name) => values[name]),
    )) as Record<string, unknown>[];
    const row = raw ? hydrate(em, RelationshipRequestEntity, raw, 'q_') : null;
    const partner = raw ? hydrate(em, TenantEntity, raw, 'p_') : null;
    if (!raw || !row || !partner) return null;
    return {
      row,
      partner,
      customer: hydrate(em, TenantEntity, raw, 'c_'),
      indirectProvider: hydrate(em, TenantEntity, raw, 'ip_'),
      activeRelationships: Number(raw.active_relationships ?? 0),
      webhookTargets: webhookTargetsOf(partner.id, raw.webhook_targets),
    };
  }

  /** forAnswer's statement for the data source of `em`, built on first use (parameters found by placeholder values no caller passes). */
  private static answerStatement(em: EntityManager, lookup: AnswerLookup): BuiltStatement {
    let built = answerStatements.get(em.connection);
    if (!built) {
      built = new Map();
      answerStatements.set(em.connection, built);
    }
    const cached = built.get(lookup);
    if (cached) return cached;
    const marker = (name: AnswerParameter) => `\u0000${name}`;
    const engine = em.connection.options.type === 'postgres' ? 'postgres' : 'sqlite';
    const query = em
      .createQueryBuilder()
      .select(selectColumns(em, RelationshipRequestEntity, 'q', 'q_'))
      .addSelect(selectColumns(em, TenantEntity, 'p', 'p_'))
      .addSelect(selectColumns(em, TenantEntity, 'c', 'c_'))
      .addSelect(selectColumns(em, TenantEntity, 'ip', 'ip_'))
      .addSelect(
        "(SELECT COUNT(*) FROM relationship x WHERE x.partner_tenant_id = q.partner_tenant_id AND x.customer_tenant_id = c.id AND x.status = 'ACTIVE')",
        'active_relationships',
      )
      .addSelect(enabledWebhookTargetsColumn(engine, 'q.partner_tenant_id'), 'webhook_targets')
      .from(RelationshipRequestEntity, 'q')
      .innerJoin(TenantEntity, 'p', 'p.id = q.partner_tenant_id')
      .leftJoin(TenantEntity, 'c', 'c.id = :customer', { customer: marker('customer') })
      .leftJoin(TenantEntity, 'ip', 'ip.id = q.indirect_provider_tenant_id');
    if (lookup === 'token') query.where('q.token_hash = :hash', { hash: marker('hash') });
    else query.where('q.id = :id', { id: marker('id') }).andWhere(InvitationRepository.inInbox('q', 'c'));
    const [sql, params] = query.getQueryAndParameters();
    const names: readonly AnswerParameter[] = ['hash', 'id', 'customer'];
    const order = params.map((param) => {
      const name = names.find((n) => marker(n) === param);
      if (!name) throw new Error(`forAnswer: unexpected parameter ${String(param)}`);
      return name;
    });
    const statement = { sql, order };
    built.set(lookup, statement);
    return statement;
  }

  /**
   * Whether request `q` belongs in the inbox of tenant `c` (aliases of the caller's query), in any
   * status: pinned to it by id, pinned to its domain, or an open link it opened through the link
   * that is current (a visit through a link the partner since replaced does not count).
   */
  private static inInbox(request: string, tenant: string): Brackets {
    return new Brackets((where) => {
      where
        .where(`${request}.customer_tenant_id = ${tenant}.id`)
        .orWhere(`(${request}.customer_tenant_id IS NULL AND ${request}.pinned_domain = ${tenant}.domain)`)
        .orWhere(
          `(${request}.customer_tenant_id IS NULL AND ${request}.pinned_domain IS NULL AND EXISTS (` +
            `SELECT 1 FROM request_visit v WHERE v.request_id = ${request}.id AND v.customer_tenant_id = ${tenant}.id AND v.token_hash = ${request}.token_hash))`,
        );
    });
  }

  /** The inbox's requests: pending and unexpired, newest first, after a cursor. */
  private static pendingIn(em: EntityManager, owner: InboxOwner, now: Date): SelectQueryBuilder<RelationshipRequestEntity> {
    return em
      .createQueryBuilder(RelationshipRequestEntity, 'q')
      .innerJoin(TenantEntity, 'c', 'c.id = :owner', { owner: owner.id })
      .where("q.status = 'PENDING'")
      .andWhere('q.expires_at > :now', { now })
      .andWhere(InvitationRepository.inInbox('q', 'c'));
  }

  /** A page of a customer's inbox, with the partners of its requests and their indirect providers (two statements). */
  async inbox(em: EntityManager, owner: InboxOwner, now: Date, cursor: { at: Date; id: string } | null, limit: number): Promise<InboxPage> {
    const rows = await newestFirst(InvitationRepository.pendingIn(em, owner, now), cursor, limit).getMany();
    const partnerIds = [...new Set(rows.flatMap((row) => (row.indirectProviderTenantId ? [row.partnerTenantId, row.indirectProviderTenantId] : [row.partnerTenantId])))];
    const partners = partnerIds.length > 0 ? await em.findBy(TenantEntity, { id: In(partnerIds) }) : [];
    return { rows, partners: new Map(partners.map((partner) => [partner.id, partner])) };
  }

  /** How many requests wait in a customer's inbox. */
  inboxCount(em: EntityManager, owner: InboxOwner, now: Date): Promise<number> {
    return InvitationRepository.pendingIn(em, owner, now).getCount();
  }

  /**
   * Remembers that a customer tenant opened an open link (through this token's hash): the request
   * shows in its inbox from now on. The first visit is kept; a visit through a newer link (after a
   * renewal) takes its place, so the inbox follows the link that works.
   */
  async recordVisit(em: EntityManager, row: RelationshipRequestEntity, customerTenantId: string, at: Date): Promise<void> {
    const key = { requestId: row.id, customerTenantId };
    const seen = await em.findOneBy(RequestVisitEntity, key);
    if (seen?.tokenHash === row.tokenHash) return;
    if (seen) await em.update(RequestVisitEntity, key, { tokenHash: row.tokenHash, visitedAt: at });
    else await em.insert(RequestVisitEntity, { ...key, tokenHash: row.tokenHash, visitedAt: at });
  }

  /** Marks a request viewed the first time; false if someone marked it first. */
  async markViewed(em: EntityManager, id: string, at: Date): Promise<boolean> {
    const result = await em
      .createQueryBuilder()
      .update(RelationshipRequestEntity)
      .set({ viewedAt: at })
      .where('id = :id AND viewed_at IS NULL', { id })
      .execute();
    return result.affected === 1;
  }

  /**
   * Records the answer if the request is still pending, unexpired and on the same link; true if
   * this answer won (the row then holds it). False when an answer, a revocation or a renewal got
   * in first.
   */
  async claim(em: EntityManager, row: RelationshipRequestEntity, answer: Answer, viewer: Viewer, at: Date, decline?: DeclineAnswer, approvedRoles?: AdminRole[]): Promise<boolean> {
    const claim = answerClaim(row, answer, viewer, at, decline, approvedRoles);
    if (!(await claimRow(em, claim))) return false;
    Object.assign(row, claim.set);
    return true;
  }

  /** The request as it is now. */
  current(em: EntityManager, id: string): Promise<RelationshipRequestEntity> {
    return em.findOneByOrFail(RelationshipRequestEntity, { id });
  }
}

/**
 * The update that records an answer (and the roles approved with an acceptance), made only while
 * the request is still pending, unexpired and on the same link: an answer, a revocation or a
 * renewal that got in first makes it change nothing.
 */
export function answerClaim(
  row: RelationshipRequestEntity,
  answer: Answer,
  viewer: Viewer,
  at: Date,
  decline?: DeclineAnswer,
  approvedRoles?: AdminRole[],
): Claim<RelationshipRequestEntity> & { readonly set: Partial<RelationshipRequestEntity> } {
  return {
    entity: RelationshipRequestEntity,
    id: row.id,
    set: {
      status: answer,
      answeredAt: at,
      answeredByUserId: viewer.userId,
      answeredByTenantId: viewer.tenantId,
      ...(decline ? { declineReason: decline.reason, declineReasonText: decline.text } : {}),
      ...(approvedRoles ? { approvedRoles } : {}),
    },
    condition: "status = 'PENDING' AND expires_at > :now AND token_hash = :hash",
    params: { now: at, hash: row.tokenHash },
  };
}
