import type { EntityManager } from 'typeorm';
import { ActivityType, effectiveStatus } from '@partnerlink/shared';
import type { Database } from '../../db/database.js';
import { RelationshipRequestEntity } from '../../db/entities/index.js';
import { recordActivity } from '../activity-log/activity-log.service.js';
import { expireIfOverdue, overdueRequests } from './relationship-request.repository.js';

/**
 * Writes down that an overdue request expired (once: the update is conditional) and logs it.
 * Correctness never depends on this: effectiveStatus already reads it as EXPIRED.
 */
export async function persistExpiry(db: Database, em: EntityManager, row: RelationshipRequestEntity, now: Date): Promise<void> {
  if (row.status !== 'PENDING' || effectiveStatus(row, now) !== 'EXPIRED') return;
  if (!(await expireIfOverdue(em, row.id, now))) return;
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
    const overdue = await overdueRequests(em, now, 500);
    for (const row of overdue) await persistExpiry(db, em, row, now);
    return overdue.length;
  });
}
