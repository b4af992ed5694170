import {
  addDuration,
  adminRelationshipAt,
  answerBlocker,
  assertApprovedRoles,
  assertDeclineReason,
  assertMayAnswer,
  autoExtendProblem,
  DEFAULT_ADMIN_DURATION,
  closedLinkError,
  DomainError,
  effectiveStatus,
  mayRelate,
  sameCloud,
  surfaceFor,
  TenantKind,
  type AdminRole,
  refusalWindowHour,
  type AcceptRefusal,
  type AnswerTarget,
  type AnswerableInvitation,
  type AnswerBlocker,
  type DeclineAnswer,
  type DeclineReason,
  type RelationshipType,
} from '@partnerlink/shared';
import type { Clock } from '../../clock.js';
import type { Viewer } from '../../viewer.js';
import type { Database } from '../../db/database.js';
import { pino, type Logger } from 'pino';
import { AcceptRefusalEntity, RelationshipEntity, RelationshipRequestEntity, TenantEntity } from '../../db/entities/index.js';
import type { AnswerNotices } from './answer-mail.js';
import { relationshipRow } from '../../db/fixtures.js';
import { isUniqueViolation } from '../../db/errors.js';
import type { ClaimedWrite, ClaimedWriteOutcome, CountedHit, OutboxFacts } from '../../db/claimed-write.js';
import { transientKind } from '../../db/transient-errors.js';
import type { UnitOfWork } from '../../events/unit-of-work.js';
import type { RateLimiter, RateLimits } from '../../security/rate-limiter.js';
import { toPartnerProfile, toRelationship } from '../relationships/relationship.type.js';
import { answerClaim, InvitationRepository, type Answer, type AnswerContext } from './invitation.repository.js';
import { decodeTimeCursor, encodeTimeCursor, pageSize, toConnection } from '../../graphql/connection.js';
import { adminAccessOf, toRelationshipRequest } from './relationship-request.mapper.js';
import type { AcceptRelationshipPayload, Invitation, PendingInvitation, RelationshipRequest, ReplacedInvitationLink } from './relationship-request.type.js';
import { persistExpiry } from './request-expiry.js';
import { settleAdminEnd } from '../relationships/admin-lifecycle.js';
import { insertRows } from '../../db/insert-rows.js';

type Outcome<T> = { ok: true; value: T } | { ok: false; row: RelationshipRequestEntity };

/** The customer side of a request: open the link, the inbox, accept, decline. */
export class InvitationService {
  // Link look-ups per client address: generous for people, a wall for guessing.
  private readonly lookups: RateLimiter;
  // Answers (accept, decline) per customer administrator.
  private readonly answers: RateLimiter;

  private readonly invitations: InvitationRepository;

  constructor(
    private readonly db: Database,
    limits: RateLimits,
    private readonly clock: Clock,
    /** Emails the requesting agent once an answer has committed (answer-mail.ts). */
    private readonly notices: AnswerNotices = { answered: () => undefined },
    private readonly log: Logger = pino({ level: 'silent' }),
  ) {
    this.invitations = new InvitationRepository();
    this.lookups = limits.limiter('invitation.lookup', 300, 60 * 1000);
    this.answers = limits.limiter('invitation.answer', 60, 60 * 1000);
  }

  /**
   * Everything answering checks, in shared's `answerBlocker` order, before anything changes: the
   * link, the request's expiry (written down if overdue, so it commits before the link's error),
   * that it is still pending, who may answer and, when accepting, the customer agreement.
   * Returns the context, or the request when it is no longer pending (the caller reports that).
   */
  private async answerable(
    tx: UnitOfWork,
    viewer: Viewer,
    target: AnswerTarget,
    now: Date,
    accepting?: { acceptAgreement: boolean },
  ): Promise<(AnswerContext & { customer: TenantEntity }) | { closed: RelationshipRequestEntity }> {
    const context = await this.invitations.forAnswer(tx.em, target, viewer.tenantId);
    if (!context) {
      if (!('token' in target)) throw notInInbox();
      throw (await this.invitations.isReplaced(tx.em, target.token)) ? linkReplaced() : invalidLink();
    }
    const { row, partner, customer, indirectProvider } = context;
    if (!customer) throw new Error(`the signed-in tenant ${viewer.tenantId} does not exist`);
    await persistExpiry(tx, row, now);
    if (effectiveStatus(row, now) !== 'PENDING') return { closed: row };
    assertMayAnswer(
      asAnswerable(row, partner, indirectProvider, now),
      { roles: viewer.roles, tenant: customer },
      // Purchasing needs the customer agreement: accepting a request that makes the partner reseller asks for it.
      accepting && row.includesReseller ? { withAgreement: accepting.acceptAgreement || customer.agreementAcceptedAt !== null } : undefined,
    );
    return { ...context, customer };
  }

  /**
   * Records the answer, or says why not: a request someone else changed between our read and our
   * claim was answered or revoked (reported by the caller) or, if its link was renewed meanwhile,
   * this link is one a newer link replaced (answering by id: the partner renewed it that moment).
   */
  private async claim(
    tx: UnitOfWork,
    target: AnswerTarget,
    row: RelationshipRequestEntity,
    answer: Answer,
    viewer: Viewer,
    now: Date,
    decline?: DeclineAnswer,
    approvedRoles?: AdminRole[],
  ): Promise<RelationshipRequestEntity | null> {
    if (await this.invitations.claim(tx.em, row, answer, viewer, now, decline, approvedRoles)) return null;
    const current = await this.invitations.current(tx.em, row.id);
    if (current.tokenHash !== row.tokenHash) {
      throw 'token' in target ? linkReplaced() : new DomainError('BAD_USER_INPUT', { reason: 'LINK_RENEWED_CONCURRENTLY' }, 'requestId');
    }
    return current;
  }

  /**
   * What the acceptance page shows. The customer opening a pending link for the first time marks
   * it viewed (anonymous visitors count: the customer usually opens the link before signing in);
   * the partner's own users checking their link (by session or API key) do not.
   */
  async open(token: string, client: string, viewer: Viewer | null): Promise<Invitation | null> {
    await this.lookups.hit(client);
    const now = this.clock.now();
    const found = await this.db.read((em) => this.invitations.byToken(em, token));
    if (!found) return null;
    const { row, partner, customer, indirectProvider } = found;
    const firstView = effectiveStatus(row, now) === 'PENDING' && row.viewedAt === null && viewer?.tenantKind !== TenantKind.PARTNER;
    // A signed-in customer user the page will refuse (wrong market or cloud, not its global admin)
    // has tried to accept as far as the page lets them: the partner's log says so.
    const visitor =
      viewer?.tenantKind === TenantKind.CUSTOMER && effectiveStatus(row, now) === 'PENDING'
        ? await this.db.read((em) => em.findOneBy(TenantEntity, { id: viewer.tenantId }))
        : null;
    if (viewer && visitor) await this.logRefusal(viewer, row, partner, indirectProvider, visitor, now);
    const overdue = row.status === 'PENDING' && effectiveStatus(row, now) === 'EXPIRED';
    if (firstView || overdue) {
      await this.db.write(async (tx) => {
        if (overdue) return persistExpiry(tx, row, now);
        if (await this.invitations.markViewed(tx.em, row.id, now)) tx.emit({ type: 'RequestViewed', request: row, actor: null, at: now });
      });
    }
    // An open link opened by someone signed in to a customer that may answer it (the partner's
    // market and cloud): it goes to that customer's inbox.
    const inboxed =
      visitor && !row.customerTenantId && !row.pinnedDomain && [partner, ...(indirectProvider ? [indirectProvider] : [])].every((p) => sameCloud(p.cloud, visitor.cloud) && mayRelate(p.country, visitor.country));
    if (visitor && inboxed) {
      await this.db.write((tx) => this.invitations.recordVisit(tx.em, row, visitor.id, now)).catch((error: unknown) => {
        // Two tabs at once: the other recorded it.
        if (!isUniqueViolation(error)) throw error;
      });
    }
    return {
      status: effectiveStatus(row, now),
      includesReseller: row.includesReseller,
      includesDelegatedAdmin: row.includesDelegatedAdmin,
      adminAccess: adminAccessOf(row),
      createdAt: row.createdAt,
      expiresAt: row.expiresAt,
      surface: surfaceFor(partner.cloud),
      partner: toPartnerProfile(partner),
      indirectProvider: indirectProvider ? toPartnerProfile(indirectProvider) : null,
      message: row.message,
      locale: row.locale,
      customer: customer ? { companyName: customer.name, domain: customer.domain } : null,
      pinnedDomain: row.pinnedDomain,
    };
  }

  /** An old link a renewal replaced: who sent it and when it was replaced (what the old link showed already); null otherwise. */
  async replaced(token: string, client: string): Promise<ReplacedInvitationLink | null> {
    await this.lookups.hit(client);
    const found = await this.db.read((em) => this.invitations.replaced(em, token));
    return found ? { partner: toPartnerProfile(found.partner), replacedAt: found.replacedAt } : null;
  }

  /**
   * The customer's inbox: the pending requests pinned to its tenant (by id, or by its domain) and
   * the open links someone in it opened, newest first, with their partners (two statements a page).
   */
  async inbox(viewer: Viewer, args: { first?: number | null; after?: string | null }) {
    const limit = pageSize(args.first);
    const cursor = decodeTimeCursor(args.after);
    const now = this.clock.now();
    const owner = await this.db.read((em) => em.findOneBy(TenantEntity, { id: viewer.tenantId }));
    if (!owner) throw new Error(`the signed-in tenant ${viewer.tenantId} does not exist`);
    const totalCount = () => this.db.read((em) => this.invitations.inboxCount(em, owner, now));
    const { rows, partners } = await this.db.read((em) => this.invitations.inbox(em, owner, now, cursor, limit));
    return toConnection(rows, limit, totalCount, encodeTimeCursor, (row): PendingInvitation => {
      const partner = partners.get(row.partnerTenantId);
      if (!partner) throw new Error(`request ${row.id} has no partner ${row.partnerTenantId}`);
      const indirectProvider = row.indirectProviderTenantId ? partners.get(row.indirectProviderTenantId) : undefined;
      return {
        request: { id: row.id, status: effectiveStatus(row, now), createdAt: row.createdAt, expiresAt: row.expiresAt },
        partner: toPartnerProfile(partner),
        indirectProvider: indirectProvider ? toPartnerProfile(indirectProvider) : null,
        reachedBy: row.customerTenantId === owner.id ? 'TENANT' : row.pinnedDomain === owner.domain ? 'DOMAIN' : 'OPENED_LINK',
        includesReseller: row.includesReseller,
        includesDelegatedAdmin: row.includesDelegatedAdmin,
        adminAccess: adminAccessOf(row),
        message: row.message,
        locale: row.locale,
      };
    });
  }

  /**
   * Accepts exactly once. The checks run in DESIGN.md's order; the request is claimed with a
   * conditional update, and the partial unique index keeps relationships from doubling.
   */
  async accept(viewer: Viewer, target: AnswerTarget, answer: AcceptAnswer): Promise<AcceptRelationshipPayload> {
    const now = this.clock.now();
    // PostgreSQL counts the answer in the write's statement; SQLite's counters are in memory.
    const hit = this.answers.hitInStatement(viewer.userId);
    if (!hit) await this.answers.hit(viewer.userId);
    const quick = await this.acceptAtOnce(viewer, target, answer, now, hit);
    if ('value' in quick) {
      this.notices.answered(quick.value.request.id);
      return quick.value;
    }
    if (hit && !quick.counted) await this.answers.hit(viewer.userId);
    const attempt = () => this.db.write((tx) => this.acceptIn(tx, viewer, target, answer, now));
    let outcome: Outcome<AcceptRelationshipPayload>;
    try {
      outcome = await attempt().catch(async (error: unknown) => {
        // Two different requests of one partner accepted at the same instant (PostgreSQL only):
        // the retry sees the other's relationship and keeps it.
        if (!isUniqueViolation(error)) throw error;
        return attempt();
      });
    } catch (error) {
      if (error instanceof DomainError && REFUSALS_LOGGED.has(error.code)) {
        const context = await this.db.read((em) => this.invitations.forAnswer(em, target, viewer.tenantId));
        if (context?.customer) await this.logRefusal(viewer, context.row, context.partner, context.indirectProvider, context.customer, now);
      }
      throw error;
    }
    if (!outcome.ok) throw answeredError(outcome.row, now);
    this.notices.answered(outcome.value.request.id);
    return outcome.value;
  }

  /**
   * Logs for the partner that a customer user tried to accept and may not (wrong market or cloud,
   * not a global admin): ACCEPT_REFUSED, once per request, user and reason an hour (the primary
   * key of accept_refusal settles two at once, on any instance). Never an error for the customer:
   * they get the refusal they would have got anyway.
   */
  private async logRefusal(
    viewer: Viewer,
    row: RelationshipRequestEntity,
    partner: TenantEntity,
    indirectProvider: TenantEntity | null,
    customer: TenantEntity,
    now: Date,
  ): Promise<void> {
    const blocker = answerBlocker(asAnswerable(row, partner, indirectProvider, now), { roles: viewer.roles, tenant: customer });
    const reason = blocker ? refusalOf(blocker) : null;
    if (!reason) return;
    const key = { requestId: row.id, userId: viewer.userId, reason, windowHour: refusalWindowHour(now) };
    try {
      if (await this.db.read((em) => em.existsBy(AcceptRefusalEntity, key))) return;
      await this.db.write(async (tx) => {
        await tx.em.insert(AcceptRefusalEntity, key);
        tx.emit({ type: 'AcceptRefused', request: row, customer, reason, actor: null, at: now });
      });
    } catch (error) {
      // A unique violation: the same attempt was logged at the same moment (another tab, another instance).
      if (!isUniqueViolation(error)) this.log.warn({ err: error }, 'a refused accept could not be logged for the partner');
    }
  }

  /**
   * The accept as one claimed write (one statement on PostgreSQL), when everything it needs can be
   * read beforehand: the request still pending on this link, every check of `answerable` passed,
   * and nothing between the customer and the partner that the accept would keep or replace (no
   * ACTIVE relationship between them, no indirect provider). Anything else, and a claim that
   * finds the request changed since the read, goes the unit-of-work way (`acceptIn`), which reads
   * again and says why with the same codes.
   */
  private async acceptAtOnce(viewer: Viewer, target: AnswerTarget, answer: AcceptAnswer, now: Date, hit: CountedHit | null): Promise<AtOnce<AcceptRelationshipPayload>> {
    const context = await this.pendingAtOnce(viewer, target, now);
    if (!context || context.activeRelationships > 0 || context.indirectProvider) return NOT_AT_ONCE;
    const { row, partner, customer } = context;
    const approvedRoles = passes(() => {
      const withAgreement = answer.acceptAgreement || customer.agreementAcceptedAt !== null;
      assertMayAnswer(asAnswerable(row, partner, null, now), { roles: viewer.roles, tenant: customer }, row.includesReseller ? { withAgreement } : undefined);
      return approvedRolesOf(row, answer.approvedRoles);
    });
    if (approvedRoles === FAILED) return NOT_AT_ONCE;

    const claim = answerClaim(row, 'ACCEPTED', viewer, now, undefined, approvedRoles ?? undefined);
    const accepted: RelationshipRequestEntity = { ...row, ...claim.set };
    const agreementAccepted = row.includesReseller && !customer.agreementAcceptedAt;
    const agreement = { agreementAcceptedAt: now, agreementSignerName: viewer.displayName, agreementSignerEmail: viewer.email };
    const answering: TenantEntity = agreementAccepted ? { ...customer, ...agreement } : customer;
    const created = [
      ...(row.includesReseller ? [newRelationship(accepted, customer.id, 'RESELLER', now)] : []),
      ...(approvedRoles ? [newAdminRelationship(accepted, customer.id, approvedRoles, now)] : []),
    ];
    const written = await this.claimedWrite({
      claim,
      updates: agreementAccepted ? [{ entity: TenantEntity, id: customer.id, set: agreement }] : [],
      inserts: [{ entity: RelationshipEntity, rows: created }],
      events: [{ type: 'RequestAccepted', request: accepted, customer: answering, relationships: created, indirectProvider: null, agreementAccepted, actor: viewer, at: now }],
      hit: hit ?? undefined,
      facts: outboxFacts(context),
    });
    if (!written.claimed) return written;
    const profile = toPartnerProfile(partner);
    return {
      value: {
        request: toRelationshipRequest(accepted, partner.cloud, now),
        relationships: created.map((r) => ({ ...toRelationship(r, now), partner: profile })),
      },
    };
  }

  /** The decline as one claimed write, like `acceptAtOnce` (a decline creates nothing, so any pending request qualifies). */
  private async declineAtOnce(viewer: Viewer, target: AnswerTarget, decline: DeclineAnswer, now: Date, hit: CountedHit | null): Promise<AtOnce<RelationshipRequest>> {
    const context = await this.pendingAtOnce(viewer, target, now);
    if (!context) return NOT_AT_ONCE;
    const { row, partner, customer, indirectProvider } = context;
    if (passes(() => assertMayAnswer(asAnswerable(row, partner, indirectProvider, now), { roles: viewer.roles, tenant: customer })) === FAILED) return NOT_AT_ONCE;
    const claim = answerClaim(row, 'DECLINED', viewer, now, decline);
    const declined: RelationshipRequestEntity = { ...row, ...claim.set };
    const written = await this.claimedWrite({
      claim,
      updates: [],
      inserts: [],
      events: [{ type: 'RequestDeclined', request: declined, customer, actor: viewer, at: now }],
      hit: hit ?? undefined,
      facts: outboxFacts(context),
    });
    return written.claimed ? { value: toRelationshipRequest(declined, partner.cloud, now) } : written;
  }

  /** What answering at once reads first: the request, still pending (not overdue), and the answering customer; null otherwise. */
  private async pendingAtOnce(viewer: Viewer, target: AnswerTarget, now: Date): Promise<(AnswerContext & { customer: TenantEntity }) | null> {
    const context = await this.db.read((em) => this.invitations.forAnswer(em, target, viewer.tenantId));
    if (!context?.customer || context.row.status !== 'PENDING' || effectiveStatus(context.row, now) !== 'PENDING') return null;
    return { ...context, customer: context.customer };
  }

  /**
   * Runs a claimed write for an answer. Not claimed (or rolled back by a conflict: another
   * answer's relationship, a serialization failure), the caller answers the unit-of-work way;
   * `counted` tells it whether the answer's rate-limit hit committed with the statement.
   */
  private async claimedWrite(plan: ClaimedWrite): Promise<{ claimed: true } | { claimed: false; counted: boolean }> {
    let outcome: ClaimedWriteOutcome;
    try {
      outcome = await this.db.claimedWrite(plan);
    } catch (error) {
      const kind = transientKind(error);
      if (isUniqueViolation(error) || kind === 'serialization' || kind === 'deadlock') return { claimed: false, counted: false };
      throw error;
    }
    if (outcome.window) this.answers.assertWithin(outcome.window);
    return outcome.claimed ? { claimed: true } : { claimed: false, counted: outcome.window !== null };
  }

  private async acceptIn(tx: UnitOfWork, viewer: Viewer, target: AnswerTarget, answer: AcceptAnswer, now: Date): Promise<Outcome<AcceptRelationshipPayload>> {
    const context = await this.answerable(tx, viewer, target, now, { acceptAgreement: answer.acceptAgreement });
    if ('closed' in context) return { ok: false, row: context.closed };
    const { row, partner, customer, activeRelationships, indirectProvider } = context;
    const approvedRoles = approvedRolesOf(row, answer.approvedRoles);
    const lost = await this.claim(tx, target, row, 'ACCEPTED', viewer, now, undefined, approvedRoles ?? undefined);
    if (lost) return { ok: false, row: lost };

    // The customer agreement is what purchasing needs: an admin-only request does not ask for it.
    const agreementAccepted = row.includesReseller && !customer.agreementAcceptedAt;
    if (agreementAccepted) {
      const agreement = { agreementAcceptedAt: now, agreementSignerName: viewer.displayName, agreementSignerEmail: viewer.email };
      await tx.em.update(TenantEntity, { id: customer.id }, agreement);
      Object.assign(customer, agreement);
    }
    const active =
      activeRelationships > 0
        ? await tx.em.findBy(RelationshipEntity, { partnerTenantId: partner.id, customerTenantId: customer.id, status: 'ACTIVE' })
        : [];
    const relationships: RelationshipEntity[] = [];
    const created: RelationshipEntity[] = [];
    // A two-tier request: the provider becomes reseller of record (DESIGN.md rule 15), unless it already is.
    const providerRelationship = row.includesReseller && indirectProvider ? await providerResellerRelationship(tx, row, indirectProvider, customer, now) : null;
    if (row.includesReseller) {
      // Rarely there: a reseller relationship the customer already has with this partner is kept, not doubled.
      const type = indirectProvider ? 'INDIRECT_RESELLER' : 'RESELLER';
      const reseller = active.find((r) => r.type === type) ?? { ...newRelationship(row, customer.id, type, now), indirectProviderTenantId: indirectProvider?.id ?? null };
      relationships.push(reseller);
      if (!active.includes(reseller)) created.push(reseller);
    }
    if (approvedRoles) {
      // The new admin relationship replaces the one in force (a renewal, or other roles). One whose end
      // has come is first written down as the sweep would (expired, or extended), with its event.
      const replaced: RelationshipEntity[] = [];
      for (const old of active.filter((r) => r.type === 'DELEGATED_ADMIN')) {
        await settleAdminEnd(tx, old, customer, now);
        if (adminRelationshipAt(old, now).status !== 'ACTIVE') continue;
        const changes = { status: 'TERMINATED' as const, endedAt: now, endedByUserId: viewer.userId, endedBySide: 'CUSTOMER' as const };
        await tx.em.update(RelationshipEntity, { id: old.id }, changes);
        replaced.push(Object.assign(old, changes));
      }
      if (replaced.length > 0) tx.emit({ type: 'RelationshipsEnded', side: 'CUSTOMER', partner, customer, relationships: replaced, actor: viewer, at: now });
      const admin = newAdminRelationship(row, customer.id, approvedRoles, now);
      relationships.push(admin);
      created.push(admin);
    }
    const inserted = providerRelationship?.created ? [providerRelationship.relationship, ...created] : created;
    // One statement for all, without reading defaults back.
    await insertRows(tx.em, RelationshipEntity, inserted);
    tx.emit({ type: 'RequestAccepted', request: row, customer, relationships: created, indirectProvider, agreementAccepted, actor: viewer, at: now });
    if (indirectProvider && providerRelationship) {
      const relationship = providerRelationship.created ? providerRelationship.relationship : null;
      tx.emit({ type: 'IndirectCustomerAccepted', provider: indirectProvider, reseller: partner, request: row, customer, relationship, agreementAccepted, actor: viewer, at: now });
    }
    const profile = toPartnerProfile(partner);
    return {
      ok: true,
      value: {
        request: toRelationshipRequest(row, partner.cloud, now),
        relationships: relationships.map((r) => ({ ...toRelationship(r, now), partner: profile })),
      },
    };
  }

  async decline(viewer: Viewer, target: AnswerTarget, why: { reason?: DeclineReason | null; reasonText?: string | null } = {}): Promise<RelationshipRequest> {
    const decline = assertDeclineReason(why.reason, why.reasonText);
    const now = this.clock.now();
    const hit = this.answers.hitInStatement(viewer.userId);
    if (!hit) await this.answers.hit(viewer.userId);
    const quick = await this.declineAtOnce(viewer, target, decline, now, hit);
    if ('value' in quick) {
      this.notices.answered(quick.value.id);
      return quick.value;
    }
    if (hit && !quick.counted) await this.answers.hit(viewer.userId);
    const outcome = await this.db.write(async (tx): Promise<Outcome<RelationshipRequest>> => {
      // The same checks as accepting, in the same order, except the customer agreement.
      const context = await this.answerable(tx, viewer, target, now);
      if ('closed' in context) return { ok: false, row: context.closed };
      const { row, partner, customer } = context;
      const lost = await this.claim(tx, target, row, 'DECLINED', viewer, now, decline);
      if (lost) return { ok: false, row: lost };
      tx.emit({ type: 'RequestDeclined', request: row, customer, actor: viewer, at: now });
      return { ok: true, value: toRelationshipRequest(row, partner.cloud, now) };
    });
    if (!outcome.ok) throw answeredError(outcome.row, now);
    this.notices.answered(outcome.value.id);
    return outcome.value;
  }
}

/**
 * The indirect provider's RESELLER relationship a two-tier acceptance gives it: the one in force
 * (kept, not doubled: the provider already resold to the customer, directly or through another
 * reseller), else a new one for the caller to insert. The partial unique index settles two
 * acceptances for one provider and customer at once (the loser retries and finds this one).
 */
async function providerResellerRelationship(
  tx: UnitOfWork,
  row: RelationshipRequestEntity,
  provider: TenantEntity,
  customer: TenantEntity,
  now: Date,
): Promise<{ relationship: RelationshipEntity; created: boolean }> {
  const existing = await tx.em.findOneBy(RelationshipEntity, { partnerTenantId: provider.id, customerTenantId: customer.id, type: 'RESELLER', status: 'ACTIVE' });
  if (existing) return { relationship: existing, created: false };
  return { relationship: { ...newRelationship(row, customer.id, 'RESELLER', now), partnerTenantId: provider.id }, created: true };
}

/** The refusals of an accept that the partner's log records (the rest concern the link or the agreement). */
const REFUSALS_LOGGED: ReadonlySet<string> = new Set(['REGION_NOT_ALLOWED', 'CLOUD_MISMATCH', 'FORBIDDEN']);

/** What the partner's log calls a blocker: a wrong market or cloud, or a customer user who is not its global admin; null for the rest. */
function refusalOf(blocker: AnswerBlocker): AcceptRefusal | null {
  if (blocker.code === 'REGION_NOT_ALLOWED') return 'WRONG_MARKET';
  if (blocker.code === 'CLOUD_MISMATCH') return 'WRONG_CLOUD';
  if (blocker.code === 'FORBIDDEN' && blocker.reason === 'notAdmin') return 'NOT_GLOBAL_ADMIN';
  return null;
}

/** Why a request that is not pending cannot be answered (again). */
function answeredError(row: RelationshipRequestEntity, now: Date): DomainError {
  return closedLinkError(row, now) ?? new DomainError('INVITATION_ALREADY_USED', 'This invitation has already been answered.');
}

/** How the customer accepts: with the customer agreement, and which admin roles (null: all asked for). */
export interface AcceptAnswer {
  readonly acceptAgreement: boolean;
  readonly approvedRoles: readonly string[] | null;
}

/**
 * The admin roles the acceptance grants: null without admin access asked for (approving roles
 * then is refused), else the approved subset, or every role asked for when none are named.
 */
function approvedRolesOf(request: RelationshipRequestEntity, approved: readonly string[] | null): AdminRole[] | null {
  if (!request.adminRoles) {
    if (approved && approved.length > 0) {
      throw new DomainError('BAD_USER_INPUT', { reason: 'ADMIN_ROLE_NOT_REQUESTED', params: { role: approved[0] ?? '' } }, 'approvedRoles');
    }
    return null;
  }
  return approved === null ? [...request.adminRoles] : assertApprovedRoles('approvedRoles', request.adminRoles, approved);
}

/** A relationship the acceptance of a request creates. */
function newRelationship(request: RelationshipRequestEntity, customerTenantId: string, type: RelationshipType, now: Date): RelationshipEntity {
  return relationshipRow({
    partnerTenantId: request.partnerTenantId,
    customerTenantId,
    type,
    origin: 'INVITATION',
    requestId: request.id,
    createdAt: now,
  });
}

/** The admin relationship it creates: the approved roles, from now for the requested duration. */
function newAdminRelationship(request: RelationshipRequestEntity, customerTenantId: string, roles: AdminRole[], now: Date): RelationshipEntity {
  const duration = request.adminDuration ?? DEFAULT_ADMIN_DURATION;
  return {
    ...newRelationship(request, customerTenantId, 'DELEGATED_ADMIN', now),
    roles,
    duration,
    // The customer may have left Global Administrator out; it may never be among auto-extending roles.
    autoExtend: request.adminAutoExtend && autoExtendProblem(roles, true) === null,
    activatedAt: now,
    endsAt: addDuration(now, duration),
    displayName: request.adminDisplayName,
  };
}

/**
 * The link as shared's `answerBlocker` sees it: pinned by tenant id, else by a domain no tenant had
 * when it was made; with a two-tier request's indirect provider, whose cloud and market count too.
 */
function asAnswerable(row: RelationshipRequestEntity, partner: TenantEntity, indirectProvider: TenantEntity | null, now: Date): AnswerableInvitation {
  const customer = row.customerTenantId ? { id: row.customerTenantId } : row.pinnedDomain ? { domain: row.pinnedDomain } : null;
  return { status: effectiveStatus(row, now), partner, indirectProvider, customer };
}

/** A link that does not open a request: wrong or mistyped. */
function invalidLink(): DomainError {
  return new DomainError('NOT_FOUND', 'This invitation link is not valid. Check that you copied all of it.');
}

/** A request id that is not in the customer's inbox: unknown, another organisation's, or an open link it has not opened. */
function notInInbox(): DomainError {
  return new DomainError('NOT_FOUND', 'There is no such request for your organisation. Open the link in the email instead.', 'requestId');
}

/** A link the partner replaced with a newer one ("New link", a reminder): never answerable. */
function linkReplaced(): DomainError {
  return new DomainError('INVITATION_LINK_REPLACED', 'The partner replaced this invitation link with a newer one. Use the newer link, or ask the partner for it.');
}

/** An answer written at once (`value`), or why the caller answers the unit-of-work way. */
type AtOnce<T> = { value: T } | { claimed: false; counted: boolean };

const NOT_AT_ONCE = { claimed: false, counted: false } as const;

const FAILED = Symbol('failed');

/** The check's result, or FAILED when it refuses with a DomainError (the unit-of-work way reports it). */
function passes<T>(check: () => T): T | typeof FAILED {
  try {
    return check();
  } catch (error) {
    if (error instanceof DomainError) return FAILED;
    throw error;
  }
}

/** What an answer's context read already holds for its outbox: the partner's webhook endpoints and both parties. */
function outboxFacts(context: AnswerContext & { customer: TenantEntity }): OutboxFacts {
  return {
    webhookTargets: new Map([[context.partner.id, context.webhookTargets]]),
    tenants: new Map([
      [context.partner.id, context.partner],
      [context.customer.id, context.customer],
    ]),
  };
}
