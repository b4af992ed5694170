import { ActivityType, assertEmail, DomainError, effectiveStatus } from '@partnerlink/shared';
import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import type { Viewer } from '../../context.js';
import type { Database } from '../../db/database.js';
import { RelationshipRequestEntity, TenantEntity } from '../../db/entities/index.js';
import type { Mailer } from '../../mail/mailer.js';
import { sha256Hex } from '../../security/tokens.js';
import { recordActivity } from '../activity-log/activity-log.service.js';
import { invitationWithLink } from './invitation-link.js';
import { toRelationshipRequest } from './relationship-request.mapper.js';
import type { RelationshipRequest, SendRelationshipInvitationInput } from './relationship-request.type.js';

/**
 * Emails an invitation for the partner. The server keeps only the link's hash, so the partner
 * sends back the token it was given; the mail goes out outside any transaction, and only a
 * delivered mail is recorded.
 */
export class InvitationMailService {
  constructor(
    private readonly db: Database,
    private readonly config: Config,
    private readonly mailer: Mailer,
    private readonly log: Logger,
  ) {}

  get canSend(): boolean {
    return this.mailer.canSend;
  }

  async send(viewer: Viewer, input: SendRelationshipInvitationInput): Promise<RelationshipRequest> {
    const to = assertEmail('to', input.to);
    if (!this.mailer.canSend) {
      throw new DomainError('BAD_USER_INPUT', 'This server cannot send email. Copy the message or open it in your mail app.');
    }
    const now = new Date();
    const found = await this.db.read(async (em) => {
      const row = input.token.length <= 200
        ? await em.findOneBy(RelationshipRequestEntity, { tokenHash: sha256Hex(input.token), partnerTenantId: viewer.tenantId })
        : null;
      const partner = row ? await em.findOneByOrFail(TenantEntity, { id: row.partnerTenantId }) : null;
      return row && partner ? { row, partner } : null;
    });
    if (!found) throw new DomainError('NOT_FOUND', 'There is no request of yours with this link.', 'token');
    const { row, partner } = found;
    if (effectiveStatus(row, now) !== 'PENDING') {
      throw new DomainError('BAD_USER_INPUT', 'Only a pending request can be sent.', 'token');
    }
    const { email } = invitationWithLink(this.config.publicUrl, row, partner, viewer.displayName, input.token, now);
    try {
      await this.mailer.send({ to, subject: email.subject, text: email.body });
    } catch (error) {
      this.log.warn({ err: error, requestId: row.id }, 'invitation email was not accepted by the mail server');
      throw new DomainError(
        'INTERNAL_SERVER_ERROR',
        'The mail server did not accept the message. The request is unchanged: try again, or copy the message instead.',
      );
    }
    return this.db.write(async (em) => {
      await em.update(RelationshipRequestEntity, { id: row.id }, { sentTo: to, sentAt: now });
      Object.assign(row, { sentTo: to, sentAt: now });
      await recordActivity(em, {
        partnerTenantId: partner.id,
        customerTenantId: row.customerTenantId,
        type: ActivityType.REQUEST_EMAILED,
        subjectId: row.id,
        summary: `${viewer.displayName} emailed the invitation to ${to}.`,
        actor: viewer,
        at: now,
      });
      return toRelationshipRequest(row, partner.cloud, now);
    });
  }
}
