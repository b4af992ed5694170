import type { EntityManager } from 'typeorm';
import { ActivityType, effectiveStatus } from '@partnerlink/shared';
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
