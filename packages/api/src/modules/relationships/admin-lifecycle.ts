import { Brackets, In, type EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import { adminRelationshipAt, daysUntil, EXPIRY_REMINDER_DAYS, reminderDue, type Locale } from '@partnerlink/shared';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/database.js';
import { RelationshipEntity, RelationshipRequestEntity, rolesOf, TenantEntity, UserEntity } from '../../db/entities/index.js';
import type { UnitOfWork } from '../../events/unit-of-work.js';
import type { Mailer } from '../../mail/mailer.js';
import { lifecycleEmail, type LifecycleNews } from './admin-lifecycle-email.js';

/**
 * The life of an admin relationship after the customer approved it (DESIGN.md rule 14), written
 * down by a sweep, as pending requests' expiry is (request-expiry.ts):
 *
 * - at `endsAt` (the millisecond itself), an auto-extending relationship runs on for P180D, as
 *   often as needed to end after now (a server that was down for a year catches up exactly), its
 *   reminders start afresh: `AdminRelationshipExtended`; any other one is EXPIRED at exactly
 *   `endsAt` (`ended_at` = `ends_at`): `AdminRelationshipExpired`;
 * - 30, 7 and 1 days before the end, a reminder (`last_reminder_days`): `AdminRelationshipExpiring`,
 *   once per threshold, only the most urgent one reached (shared `reminderDue`). Auto-extending
 *   relationships get none: they do not end, and each extension is announced when it happens.
 *
 * Every read already shows the state at its own instant (shared `adminRelationshipAt`), so
 * correctness never waits for the sweep; the sweep makes the log, the webhooks and the emails
 * happen, once. Each step is a conditional update on the state it read, and each batch locks its
 * rows skipping those another instance holds (PostgreSQL; SQLite writes run one at a time), so
 * two instances sweeping at once never announce anything twice.
 */

/** Relationships per transaction: 100,000 due at once make 200 transactions, not one giant one. */
export const LIFECYCLE_BATCH = 500;
const DAY_MS = 24 * 60 * 60 * 1000;

/** What was written down about one relationship, for the email sent after the commit. */
export interface LifecycleNotice {
  readonly relationship: RelationshipEntity;
  readonly customer: TenantEntity;
  readonly news: LifecycleNews;
}

/**
 * Writes down the end of an admin relationship when it has come at `now` — its extension or its
 * expiry, with the event — and updates `row` to match; null when its end has not come (or another
 * writer wrote it down first). The sweep calls it, and so does accepting a renewal before it
 * replaces the relationship in force, so both agree to the millisecond.
 */
export async function settleAdminEnd(tx: UnitOfWork, row: RelationshipEntity, customer: TenantEntity, now: Date): Promise<LifecycleNotice | null> {
  if (row.type !== 'DELEGATED_ADMIN' || row.status !== 'ACTIVE' || row.endsAt === null) return null;
  const term = adminRelationshipAt(row, now);
  const previousEndsAt = row.endsAt;
  if (term.status === 'EXPIRED') {
    if (!(await expireIfEnded(tx.em, row.id, previousEndsAt))) return null;
    Object.assign(row, { status: 'EXPIRED', endedAt: previousEndsAt });
    tx.emit({ type: 'AdminRelationshipExpired', relationship: row, customer, actor: null, at: now });
    return { relationship: row, customer, news: { kind: 'EXPIRED' } };
  }
  if (term.extensions > 0 && term.endsAt) {
    if (!(await extendIfEnded(tx.em, row.id, previousEndsAt, term.endsAt))) return null;
    Object.assign(row, { endsAt: term.endsAt, lastReminderDays: null });
    tx.emit({ type: 'AdminRelationshipExtended', relationship: row, customer, previousEndsAt, actor: null, at: now });
    return { relationship: row, customer, news: { kind: 'EXTENDED', previousEndsAt } };
  }
  return null;
}

/** The reminder due at `now` (30, 7 or 1 days before the end), written down and announced once; none for auto-extending ones. */
async function remindIfDue(tx: UnitOfWork, row: RelationshipEntity, customer: TenantEntity, now: Date): Promise<LifecycleNotice | null> {
  if (row.autoExtend || row.status !== 'ACTIVE' || row.endsAt === null) return null;
  const reminderDays = reminderDue(row.endsAt, now, row.lastReminderDays);
  if (reminderDays === null) return null;
  const result = await tx.em
    .createQueryBuilder()
    .update(RelationshipEntity)
    .set({ lastReminderDays: reminderDays })
    .where("id = :id AND status = 'ACTIVE' AND ends_at = :endsAt AND (last_reminder_days IS NULL OR last_reminder_days > :reminderDays)", {
      id: row.id,
      endsAt: row.endsAt,
      reminderDays,
    })
    .execute();
  if (result.affected !== 1) return null;
  row.lastReminderDays = reminderDays;
  const daysLeft = daysUntil(row.endsAt, now);
  tx.emit({ type: 'AdminRelationshipExpiring', relationship: row, customer, reminderDays, daysLeft, actor: null, at: now });
  return { relationship: row, customer, news: { kind: 'EXPIRING', daysLeft } };
}

async function expireIfEnded(em: EntityManager, id: string, endsAt: Date): Promise<boolean> {
  const result = await em
    .createQueryBuilder()
    .update(RelationshipEntity)
    .set({ status: 'EXPIRED', endedAt: endsAt })
    .where("id = :id AND status = 'ACTIVE' AND ends_at = :endsAt", { id, endsAt })
    .execute();
  return result.affected === 1;
}

async function extendIfEnded(em: EntityManager, id: string, previousEndsAt: Date, endsAt: Date): Promise<boolean> {
  const result = await em
    .createQueryBuilder()
    .update(RelationshipEntity)
    .set({ endsAt, lastReminderDays: null })
    .where("id = :id AND status = 'ACTIVE' AND ends_at = :previousEndsAt", { id, previousEndsAt })
    .execute();
  return result.affected === 1;
}

/**
 * ACTIVE admin relationships with something due at `now`: their end has come, or (without
 * auto-extension) a reminder threshold was reached that has not been reminded of. The same rule
 * as `reminderDue`, in SQL, so every row found changes and the sweep's batches come to an end.
 */
function dueQuery(em: EntityManager, now: Date) {
  const query = em
    .createQueryBuilder(RelationshipEntity, 'r')
    .where("r.type = 'DELEGATED_ADMIN' AND r.status = 'ACTIVE' AND r.endsAt IS NOT NULL")
    .andWhere(
      new Brackets((due) => {
        due.where('r.endsAt <= :now', { now });
        for (const days of EXPIRY_REMINDER_DAYS) {
          due.orWhere(`(r.autoExtend = :noExtend AND r.endsAt <= :until${days} AND (r.lastReminderDays IS NULL OR r.lastReminderDays > :days${days}))`, {
            noExtend: false,
            [`until${days}`]: new Date(now.getTime() + days * DAY_MS),
            [`days${days}`]: days,
          });
        }
      }),
    );
  return query.orderBy('r.endsAt', 'ASC').addOrderBy('r.id', 'ASC');
}

export interface SweepOutcome {
  readonly reminded: number;
  readonly expired: number;
  readonly extended: number;
}

export class AdminLifecycleService {
  constructor(
    private readonly db: Database,
    private readonly mailer: Mailer,
    private readonly publicUrl: string,
    private readonly log: Logger,
    private readonly clock: Clock,
  ) {}

  /**
   * Writes down every extension, expiry and reminder due now, in batches of LIFECYCLE_BATCH
   * (one transaction each), and emails the partners of each batch once it has committed. When
   * `stopping()` turns true (the server stops), it ends after the batch in hand; the next sweep goes on.
   */
  async sweep(stopping: () => boolean = () => false): Promise<SweepOutcome> {
    const now = this.clock.now();
    const counts = { reminded: 0, expired: 0, extended: 0 };
    for (;;) {
      const { found, notices } = await this.db.write(async (tx) => {
        const rows = await this.db.lockSkippingLocked(dueQuery(tx.em, now).limit(LIFECYCLE_BATCH)).getMany();
        if (rows.length === 0) return { found: 0, notices: [] };
        const customerIds = [...new Set(rows.map((row) => row.customerTenantId))];
        const customers = new Map((await tx.em.findBy(TenantEntity, { id: In(customerIds) })).map((t) => [t.id, t]));
        const notices: LifecycleNotice[] = [];
        for (const row of rows) {
          const customer = customers.get(row.customerTenantId);
          if (!customer) continue;
          const notice = (await settleAdminEnd(tx, row, customer, now)) ?? (await remindIfDue(tx, row, customer, now));
          if (notice) notices.push(notice);
        }
        return { found: rows.length, notices };
      });
      for (const notice of notices) {
        if (notice.news.kind === 'EXPIRING') counts.reminded += 1;
        else if (notice.news.kind === 'EXPIRED') counts.expired += 1;
        else counts.extended += 1;
      }
      if (notices.length > 0) this.log.info({ batch: notices.length, ...counts }, 'admin relationships: reminders, expiries and extensions written down');
      await this.email(notices);
      // A short batch was the last; one that changed nothing (all taken by another instance meanwhile) too.
      if (found < LIFECYCLE_BATCH || notices.length === 0 || stopping()) return counts;
    }
  }

  /**
   * Emails each notice to the partner's global admins and admin agents, in the language of the
   * request that created the relationship (English for relationships that came without one).
   * Outside the transaction: what was written down stands whether or not the mail server takes it.
   */
  private async email(notices: readonly LifecycleNotice[]): Promise<void> {
    if (!this.mailer.canSend || notices.length === 0) return;
    const partnerIds = [...new Set(notices.map((n) => n.relationship.partnerTenantId))];
    const requestIds = [...new Set(notices.map((n) => n.relationship.requestId).filter((id): id is string => id !== null))];
    const [partners, users, requests] = await this.db.read((em) =>
      Promise.all([
        em.findBy(TenantEntity, { id: In(partnerIds) }),
        em.findBy(UserEntity, { tenantId: In(partnerIds) }),
        requestIds.length > 0 ? em.find(RelationshipRequestEntity, { where: { id: In(requestIds) }, select: { id: true, locale: true } }) : [],
      ]),
    );
    const partnerById = new Map(partners.map((t) => [t.id, t]));
    const localeOf = new Map(requests.map((r) => [r.id, r.locale]));
    for (const { relationship, customer, news } of notices) {
      const recipients = users
        .filter((u) => u.tenantId === relationship.partnerTenantId)
        .filter((u) => rolesOf(u).some((role) => role === 'GLOBAL_ADMIN' || role === 'ADMIN_AGENT'));
      if (recipients.length === 0 || !relationship.endsAt) continue;
      const locale: Locale = (relationship.requestId ? localeOf.get(relationship.requestId) : undefined) ?? 'en';
      const mail = lifecycleEmail({
        locale,
        news,
        partnerName: partnerById.get(relationship.partnerTenantId)?.name ?? '',
        customerName: customer.name,
        displayName: relationship.displayName,
        roles: relationship.roles ?? [],
        endsAt: relationship.endsAt,
        customerUrl: `${this.publicUrl}/customers/${encodeURIComponent(customer.id)}`,
      });
      for (const user of recipients) {
        await this.mailer.send({ to: user.email, subject: mail.subject, text: mail.body }).catch((error: unknown) => {
          this.log.warn({ err: error, relationshipId: relationship.id }, 'admin relationship email was not accepted by the mail server');
        });
      }
    }
  }
}
