import { In, LessThan } from 'typeorm';
import type { Logger } from 'pino';
import { refusalWindowHour } from '@partnerlink/shared';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/database.js';
import { AcceptRefusalEntity, RelationshipRequestEntity, TenantEntity, UserEntity } from '../../db/entities/index.js';
import type { Mailer } from '../../mail/mailer.js';
import { answerEmail, digestEmail, type DigestItem } from './answer-email.js';

/** What the invitation service tells once an answer has committed. */
export interface AnswerNotices {
  /** A customer accepted or declined the request: its agent may want an email (sent in the background). */
  answered(requestId: string): void;
}

/** How far ahead the daily digest looks. */
export const DIGEST_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Emails to the partner's agents about their own requests (issue 13, item 3), each subject to the
 * agent's notification settings:
 * - when a customer accepts or declines a request, to the agent who made it (`notify_on_answer`),
 *   after the answer has committed and in the background: the customer's answer never waits for
 *   the mail server, nor fails with it;
 * - once a day, a digest of the agent's pending requests that expire within 7 days
 *   (`notify_digest`), from the sweep. Each agent's day is claimed with a conditional update of
 *   `last_digest_on` before the email goes out, so two instances sweeping at once send it once.
 * Without SMTP nothing is sent and no day is claimed.
 */
export class AnswerMailService implements AnswerNotices {
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly db: Database,
    private readonly mailer: Mailer,
    private readonly publicUrl: string,
    private readonly log: Logger,
    private readonly clock: Clock,
  ) {}

  answered(requestId: string): void {
    if (!this.mailer.canSend) return;
    const sending = this.sendAnswer(requestId).catch((error: unknown) => {
      this.log.warn({ err: error, requestId }, 'the answer email to the requesting agent was not sent');
    });
    this.inFlight.add(sending);
    void sending.finally(() => this.inFlight.delete(sending));
  }

  /** Waits for the answer emails in flight (the server's stop). */
  async settled(): Promise<void> {
    await Promise.all([...this.inFlight]);
  }

  private requestUrl(id: string): string {
    return `${this.publicUrl}/requests?request=${encodeURIComponent(id)}`;
  }

  private async sendAnswer(requestId: string): Promise<void> {
    const found = await this.db.read(async (em) => {
      const request = await em.findOneBy(RelationshipRequestEntity, { id: requestId });
      if (!request || (request.status !== 'ACCEPTED' && request.status !== 'DECLINED')) return null;
      const [agent, answerer, customer] = await Promise.all([
        em.findOneBy(UserEntity, { id: request.createdByUserId }),
        request.answeredByUserId ? em.findOneBy(UserEntity, { id: request.answeredByUserId }) : null,
        request.answeredByTenantId ? em.findOneBy(TenantEntity, { id: request.answeredByTenantId }) : null,
      ]);
      return { request, agent, answerer, customer };
    });
    if (!found?.agent?.notifyOnAnswer) return;
    const { request, agent, answerer, customer } = found;
    const mail = answerEmail({
      locale: request.locale,
      agentName: agent.displayName,
      answer: request.status === 'ACCEPTED' ? 'ACCEPTED' : 'DECLINED',
      customerName: customer?.name ?? '',
      answeredBy: answerer ? `${answerer.displayName} (${answerer.email})` : '',
      answeredAt: request.answeredAt ?? this.clock.now(),
      declineReason: request.declineReason,
      declineReasonText: request.declineReasonText,
      requestUrl: this.requestUrl(request.id),
    });
    await this.mailer.send({ to: agent.email, subject: mail.subject, text: mail.body });
  }

  /**
   * The daily digest (a sweep task): each agent with pending requests expiring within 7 days,
   * whose digest is on and who has not had one today (UTC), gets one email. Returns how many
   * went out. Also forgets refused accepts logged more than a day ago.
   */
  async sweep(stopping: () => boolean = () => false): Promise<{ digests: number }> {
    const now = this.clock.now();
    await this.db.write((tx) => tx.em.delete(AcceptRefusalEntity, { windowHour: LessThan(refusalWindowHour(now) - 24) }));
    if (!this.mailer.canSend) return { digests: 0 };
    const today = now.toISOString().slice(0, 10);
    const due = await this.db.read((em) =>
      em
        .createQueryBuilder(RelationshipRequestEntity, 'r')
        .innerJoin(UserEntity, 'u', 'u.id = r.createdByUserId')
        .where("r.status = 'PENDING' AND r.expiresAt > :now AND r.expiresAt <= :until", { now, until: new Date(now.getTime() + DIGEST_DAYS * DAY_MS) })
        .andWhere('u.notifyDigest = :yes AND (u.lastDigestOn IS NULL OR u.lastDigestOn < :today)', { yes: true, today })
        .orderBy('r.expiresAt', 'ASC')
        .addOrderBy('r.id', 'ASC')
        .getMany(),
    );
    const byAgent = new Map<string, RelationshipRequestEntity[]>();
    for (const request of due) byAgent.set(request.createdByUserId, [...(byAgent.get(request.createdByUserId) ?? []), request]);
    const customerIds = [...new Set(due.map((r) => r.customerTenantId).filter((id): id is string => id !== null))];
    const [agents, customers] = await this.db.read((em) =>
      Promise.all([
        byAgent.size > 0 ? em.findBy(UserEntity, { id: In([...byAgent.keys()]) }) : [],
        customerIds.length > 0 ? em.findBy(TenantEntity, { id: In(customerIds) }) : [],
      ]),
    );
    const customerName = new Map(customers.map((t) => [t.id, t.name]));
    let digests = 0;
    for (const agent of agents) {
      if (stopping()) break;
      const requests = byAgent.get(agent.id) ?? [];
      if (requests.length === 0 || !(await this.claimDay(agent.id, today))) continue;
      const items: DigestItem[] = requests.map((r) => ({
        customerName: r.customerTenantId ? (customerName.get(r.customerTenantId) ?? null) : null,
        createdAt: r.createdAt,
        expiresAt: r.expiresAt,
        requestUrl: this.requestUrl(r.id),
      }));
      const mail = digestEmail(requests[0]?.locale ?? 'en', agent.displayName, items);
      await this.mailer.send({ to: agent.email, subject: mail.subject, text: mail.body }).then(
        () => (digests += 1),
        (error: unknown) => this.log.warn({ err: error, userId: agent.id }, 'the daily digest was not accepted by the mail server'),
      );
    }
    if (digests > 0) this.log.info({ digests }, 'daily digests of expiring requests sent');
    return { digests };
  }

  /** Claims today's digest for an agent: true for exactly one caller per day, on any instance. */
  private async claimDay(userId: string, today: string): Promise<boolean> {
    const result = await this.db.write((tx) =>
      tx.em
        .createQueryBuilder()
        .update(UserEntity)
        .set({ lastDigestOn: today })
        .where('id = :id AND notify_digest = :yes AND (last_digest_on IS NULL OR last_digest_on < :today)', { id: userId, yes: true, today })
        .execute(),
    );
    return result.affected === 1;
  }
}
