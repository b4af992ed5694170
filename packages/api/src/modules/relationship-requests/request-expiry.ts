import type { EntityManager } from 'typeorm';
import { ActivityType, DomainError, effectiveStatus, failedPrecondition } from '@partnerlink/shared';
import type { Database } from '../../db/database.js';
import { RelationshipRequestEntity } from '../../db/entities/index.js';
import { recordActivity } from '../activity-log/activity-log.service.js';

/**
 * Writes down that an overdue request expired (once: the update is conditional) and logs it.
 * Correctness never depends on this: effectiveStatus already reads it as EXPIRED.
 */
export async function persistExpiry(db: Database, em: EntityManager, row: RelationshipRequestEntity, now: Date): Promise<void> {
  if (row.status !== 'PENDING' || effectiveStatus(row, now) !== 'EXPIRED') return;
  const result = await em
    .createQueryBuilder()
    .update(RelationshipRequestEntity)
    .set({ status: 'EXPIRED' })
    .where("id = :id AND status = 'PENDING' AND expires_at <= :now", { id: row.id, now: db.time(now) })
    .execute();
  if (result.affected !== 1) return;
  row.status = 'EXPIRED';
  await recordActivity(em, {
    partnerTenantId: row.partnerTenantId,
    customerTenantId: row.customerTenantId,
    type: ActivityType.REQUEST_EXPIRED,
    subjectId: row.id,
    summary: `A relationship request expired unanswered on ${row.expiresAt.toISOString().slice(0, 10)}.`,
    actor: null,
    at: now,
  });
}

/** Marks every overdue request expired; run now and then so the activity log tells when. */
export async function expireOverdueRequests(db: Database, now = new Date()): Promise<number> {
  return db.write(async (em) => {
    const overdue = await em
      .createQueryBuilder(RelationshipRequestEntity, 'r')
      .where("r.status = 'PENDING' AND r.expires_at <= :now", { now: db.time(now) })
      .take(500)
      .getMany();
    for (const row of overdue) await persistExpiry(db, em, row, now);
    return overdue.length;
  });
}

/**
 * The live PENDING request of a partner for a pinned customer, if any (at most one: the partial
 * unique index ux_request_pending_pair). The pair's overdue ones are written down as expired
 * first, in the caller's transaction, because the index sees the stored status.
 */
export async function livePendingRequest(
  db: Database,
  em: EntityManager,
  pair: { partnerTenantId: string; customerTenantId: string },
  now: Date,
): Promise<RelationshipRequestEntity | null> {
  const rows = await em.findBy(RelationshipRequestEntity, { ...pair, status: 'PENDING' });
  for (const row of rows) await persistExpiry(db, em, row, now);
  return rows.find((row) => row.status === 'PENDING') ?? null;
}

/** Asking again while a request is pending: FAILED_PRECONDITION pointing to the pending one. */
export function pendingRequestExists(requestId: string): DomainError {
  return failedPrecondition('This customer already has a pending request from you. Open it, or send a reminder with a new link.', {
    requestId,
    status: 'PENDING',
  });
}
