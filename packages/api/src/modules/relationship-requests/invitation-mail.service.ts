import { assertEmail, assertRenewable, type ErrorDetails, DomainError, effectiveStatus, expiresAtFrom, failedPrecondition } from '@partnerlink/shared';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import type { Config } from '../../config.js';
import type { Viewer } from '../../viewer.js';
import type { Database } from '../../db/database.js';
import { RelationshipRequestEntity, UserEntity } from '../../db/entities/index.js';
import type { Mailer } from '../../mail/mailer.js';
import { RateLimitedError, type RateLimiter, type RateLimits } from '../../security/rate-limiter.js';
import { invitationWithLink } from './invitation-link.js';
import { InvitationRepository, type LinkedRequest } from './invitation.repository.js';
import { toRelationshipRequest } from './relationship-request.mapper.js';
import type { RelationshipRequestService } from './relationship-request.service.js';
import type { RelationshipInvitation, RelationshipRequest, SendRelationshipInvitationInput } from './relationship-request.type.js';
import { newToken } from '../../security/tokens.js';

/** The request, its partner, the customer it is pinned to and the agent who made it: what a mail needs. */
/** A request with what its email needs: the partner, the pinned customer and the agent who made it. */
async function mailContext(em: EntityManager, linked: LinkedRequest) {
  const requester = await em.findOneByOrFail(UserEntity, { id: linked.row.createdByUserId });
  return { ...linked, requester };
}

/**
 * Emails an invitation for the partner. The mail speaks for the agent who made the request: it is
 * signed with that agent's name (the personal message is theirs) and carries Reply-To that agent,
 * also when a colleague sends it or a reminder; the activity log records who sent it. The server keeps only the link's hash, so the partner
 * sends back the token it was given; the mail goes out outside any transaction, and only a
 * delivered mail is recorded.
 */
export class InvitationMailService {
  private readonly invitations: InvitationRepository;

  constructor(
    private readonly db: Database,
    private readonly config: Config,
    private readonly mailer: Mailer,
    private readonly log: Logger,
    private readonly requests: RelationshipRequestService,
    limits: RateLimits,
  ) {
    this.invitations = new InvitationRepository();
    const day = 24 * 60 * 60 * 1000;
    const { perPartnerPerDay, perRecipientPerDay } = config.invitationEmailLimits;
    this.perPartner = { limiter: limits.limiter('invitation-email.partner', perPartnerPerDay, day), limit: 'PARTNER', perDay: perPartnerPerDay };
    this.perRecipient = { limiter: limits.limiter('invitation-email.recipient', perRecipientPerDay, day), limit: 'RECIPIENT', perDay: perRecipientPerDay };
  }

  // Email is a spam and phishing channel: a day's worth of server-sent invitations (sends and
  // reminders alike) per partner and per recipient address, counted where every instance sees them.
  private readonly perPartner: EmailLimit;
  private readonly perRecipient: EmailLimit;

  /**
   * Counts one email to `to` for the partner, or refuses it (RATE_LIMITED, nothing counted) when
   * either daily limit is used up. Counted before sending: an attempt the mail server refuses counts too.
   */
  async countEmail(partnerTenantId: string, to: string): Promise<void> {
    const checks = [
      { ...this.perRecipient, key: to.toLowerCase() },
      { ...this.perPartner, key: partnerTenantId },
    ];
    for (const { limiter, key, ...which } of checks) await limited(which, () => limiter.assertAllowed(key));
    for (const { limiter, key, ...which } of checks) await limited(which, () => limiter.hit(key));
  }

  /** When the partner may send invitation emails again, while its daily limit is used up; null while it may send. */
  partnerLimitResetsAt(partnerTenantId: string, now: Date): Promise<Date | null> {
    return this.perPartner.limiter.blockedUntil(partnerTenantId, now);
  }

  get canSend(): boolean {
    return this.mailer.canSend;
  }

  async send(viewer: Viewer, input: SendRelationshipInvitationInput): Promise<RelationshipRequest> {
    const to = assertEmail('to', input.to);
    if (!this.mailer.canSend) {
      throw new DomainError('BAD_USER_INPUT', { reason: 'MAIL_DISABLED_SEND' });
    }
    const now = new Date();
    const found = await this.db.read(async (em) => {
      const linked = await this.invitations.byToken(em, input.token, viewer.tenantId);
      return linked ? mailContext(em, linked) : null;
    });
    if (!found) throw new DomainError('NOT_FOUND', 'There is no request of yours with this link.', 'token');
    const { row, partner, customer, requester, indirectProvider } = found;
    const status = effectiveStatus(row, now);
    if (status !== 'PENDING') {
      throw failedPrecondition({ reason: 'NOT_SENDABLE', params: { status } }, { status });
    }
    await this.countEmail(partner.id, to);
    const { email } = invitationWithLink(this.config.publicUrl, row, partner, customer, requester.displayName, input.token, now, indirectProvider);
    try {
      await this.mailer.send({ to, subject: email.subject, text: email.body, replyTo: replyTo(requester) });
    } catch (error) {
      this.log.warn({ err: error, requestId: row.id }, 'invitation email was not accepted by the mail server');
      throw new DomainError(
        'INTERNAL_SERVER_ERROR',
        'The mail server did not accept the message. The request is unchanged: try again, or copy the message instead.',
      );
    }
    return this.db.write(async (tx) => {
      await tx.em.update(RelationshipRequestEntity, { id: row.id }, { sentTo: to, sentAt: now });
      Object.assign(row, { sentTo: to, sentAt: now });
      tx.emit({ type: 'InvitationEmailed', request: row, to, actor: viewer, at: now });
      return toRelationshipRequest(row, partner.cloud, now);
    });
  }
  /**
   * One-click reminder for a request the server emailed before: a fresh link (only its hash is
   * kept, so the old link cannot be sent again) goes to the same address, and the link is renewed.
   */
  async remind(viewer: Viewer, id: string): Promise<RelationshipInvitation> {
    if (!this.mailer.canSend) {
      throw new DomainError('BAD_USER_INPUT', { reason: 'MAIL_DISABLED_REMIND' });
    }
    const now = new Date();
    const found = await this.db.read(async (em) => {
      const linked = await this.invitations.byId(em, id, viewer.tenantId);
      return linked ? mailContext(em, linked) : null;
    });
    if (!found) throw new DomainError('NOT_FOUND', 'There is no such relationship request.', 'id');
    const { row, partner, customer, requester, indirectProvider } = found;
    // Reminders renew the link, so they apply where "New link" does: pending and expired requests.
    assertRenewable(row, now);
    if (!row.sentTo) {
      throw new DomainError('BAD_USER_INPUT', { reason: 'NEVER_EMAILED' }, 'id');
    }
    await this.countEmail(partner.id, row.sentTo);
    // The mail goes out first; only then is the new link made the valid one.
    const token = newToken();
    const renewed = { ...row, expiresAt: expiresAtFrom(now, this.config.invitationTtlDays) };
    const { email } = invitationWithLink(this.config.publicUrl, renewed, partner, customer, requester.displayName, token, now, indirectProvider);
    try {
      await this.mailer.send({ to: row.sentTo, subject: email.subject, text: email.body, replyTo: replyTo(requester) });
    } catch (error) {
      this.log.warn({ err: error, requestId: row.id }, 'reminder email was not accepted by the mail server');
      throw new DomainError('INTERNAL_SERVER_ERROR', 'The mail server did not accept the reminder. The request and its link are unchanged.');
    }
    const invitation = await this.requests.resend(viewer, id, null, {
      token,
      reminderTo: row.sentTo,
      senderName: requester.displayName,
    });
    await this.db.write(({ em }) => em.update(RelationshipRequestEntity, { id: row.id }, { sentAt: now }));
    return { ...invitation, request: { ...invitation.request, sentAt: now } };
  }
}

export function replyTo(requester: UserEntity) {
  return { name: requester.displayName, address: requester.email };
}

interface EmailLimit {
  readonly limiter: RateLimiter;
  readonly limit: 'PARTNER' | 'RECIPIENT';
  readonly perDay: number;
}

/** RATE_LIMITED for an invitation email, saying which daily limit and when to try again (also as Retry-After). */
export class InvitationEmailLimitedError extends RateLimitedError {
  override readonly details: ErrorDetails;

  constructor(retryAfterSeconds: number, which: Pick<EmailLimit, 'limit' | 'perDay'>) {
    super(retryAfterSeconds);
    const hours = Math.ceil(retryAfterSeconds / 3600);
    this.message =
      which.limit === 'RECIPIENT'
        ? `This address has received ${which.perDay} invitation emails from Partnerlink today, the most it may get in a day. Try again in about ${hours} hours, or send the invitation from your own mail app.`
        : `Your organisation has sent ${which.perDay} invitation emails today, the most a partner may send in a day. Try again in about ${hours} hours, or send the invitation from your own mail app.`;
    this.details = { limit: which.limit, perDay: which.perDay, retryAfterSeconds };
  }
}

async function limited(which: Pick<EmailLimit, 'limit' | 'perDay'>, check: () => Promise<void>): Promise<void> {
  try {
    await check();
  } catch (error) {
    if (error instanceof RateLimitedError) throw new InvitationEmailLimitedError(error.retryAfterSeconds, which);
    throw error;
  }
}
