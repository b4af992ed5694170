import { ActivityType, assertText, DomainError, END_REQUEST_INTERVAL_MS, failedPrecondition, type SubscriptionSummary } from '@partnerlink/shared';
import type { Logger } from 'pino';
import type { Viewer } from '../../viewer.js';
import type { Database } from '../../db/database.js';
import { ActivityEntity, RelationshipEntity, rolesOf, TenantEntity, UserEntity } from '../../db/entities/index.js';
import type { Mailer, OutgoingMail } from '../../mail/mailer.js';
import { RateLimitedError } from '../../security/rate-limiter.js';
import { holdActiveRelationships } from './relationship-hold.js';
import { toRelationship } from './relationship.type.js';
import { pairKey, subscriptionSummaries } from './subscription-summary.js';

/**
 * A customer's global admin asks the partner to cancel the subscriptions that keep the reseller
 * relationship from ending: an activity entry (and so the `relationship-end-requested` webhook
 * event) in one transaction, then, when SMTP is configured, an email to the partner's
 * ADMIN_AGENT users (its GLOBAL_ADMIN users when it has no admin agent). Once a day per
 * relationship, so it cannot be used to flood the partner.
 */
export class EndRequestService {
  constructor(
    private readonly db: Database,
    private readonly mailer: Mailer,
    private readonly log: Logger,
  ) {}

  async request(viewer: Viewer, id: string, message: string | null | undefined) {
    const note = assertText('message', 'endRequestMessage', message ?? '');
    const now = new Date();
    const done = await this.db.write(async (tx) => {
      const { em } = tx;
      const row = await em.findOneBy(RelationshipEntity, { id, customerTenantId: viewer.tenantId });
      if (!row) throw new DomainError('NOT_FOUND', 'There is no such relationship.', 'id');
      if (row.type !== 'RESELLER') {
        throw new DomainError('BAD_USER_INPUT', { reason: 'NOT_RESELLER_RELATIONSHIP' }, 'id');
      }
      // Holds the row till the commit, so two requests at the same moment count as two.
      if (!(await holdActiveRelationships(em, { id: row.id }))) throw failedPrecondition({ reason: 'RELATIONSHIP_ENDED' }, { status: 'TERMINATED' });
      const last = await em
        .createQueryBuilder(ActivityEntity, 'a')
        .where('a.subjectId = :id AND a.type = :type', { id: row.id, type: ActivityType.RELATIONSHIP_END_REQUESTED })
        .orderBy('a.createdAt', 'DESC')
        .getOne();
      const waitMs = last ? last.createdAt.getTime() + END_REQUEST_INTERVAL_MS - now.getTime() : 0;
      if (waitMs > 0) throw new RateLimitedError(Math.ceil(waitMs / 1000));
      // One after the other: a transaction is one connection (PostgreSQL's client runs one query at a time).
      const partner = await em.findOneByOrFail(TenantEntity, { id: row.partnerTenantId });
      const customer = await em.findOneByOrFail(TenantEntity, { id: row.customerTenantId });
      const summaries = await subscriptionSummaries(em, [row], 'ACTIVE');
      const users = await em.findBy(UserEntity, { tenantId: row.partnerTenantId });
      const subscriptions = summaries.get(pairKey(row)) ?? [];
      tx.emit({ type: 'RelationshipEndRequested', relationship: row, customer, subscriptions, message: note || null, actor: viewer, at: now });
      const admins = users.filter((u) => rolesOf(u).includes('ADMIN_AGENT'));
      const recipients = (admins.length > 0 ? admins : users.filter((u) => rolesOf(u).includes('GLOBAL_ADMIN'))).map((u) => u.email);
      const mail = endRequestMail(partner, customer, viewer, subscriptions, note);
      return { row, recipients, mail };
    });
    // Outside the transaction: the request stands whether or not the mail server takes the mail.
    if (this.mailer.canSend) {
      for (const to of done.recipients) {
        await this.mailer.send({ ...done.mail, to }).catch((error: unknown) => {
          this.log.warn({ err: error, relationshipId: done.row.id }, 'end-request email was not accepted by the mail server');
        });
      }
    }
    return toRelationship(done.row, now);
  }
}

function endRequestMail(
  partner: TenantEntity,
  customer: TenantEntity,
  viewer: Viewer,
  subscriptions: readonly SubscriptionSummary[],
  note: string,
): Omit<OutgoingMail, 'to'> {
  const list = subscriptions.length
    ? subscriptions.map((s) => `- ${s.productName}, ${s.quantity} × (subscription ${s.id})`).join('\n')
    : '- (none are active any more)';
  return {
    subject: `${customer.name} asks you to cancel subscriptions and end the reseller relationship`,
    text: [
      `Hello ${partner.name},`,
      '',
      `${viewer.displayName} (${viewer.email}), global administrator of ${customer.name}, wants to end the reseller relationship with you.`,
      'It can end once these subscriptions you sold are no longer active:',
      '',
      list,
      '',
      ...(note ? [`Their message: ${note}`, ''] : []),
      'Suspend or cancel them on the customer page in Partnerlink; then either side can end the relationship.',
    ].join('\n'),
  };
}
