import { effectiveStatus } from '@partnerlink/shared';
import type { Database } from '../../db/database.js';
import { RelationshipRequestEntity } from '../../db/entities/index.js';
import type { UnitOfWork } from '../../events/unit-of-work.js';
import { expireIfOverdue, overdueRequests } from './relationship-request.repository.js';

/**
 * Writes down that an overdue request expired (once: the update is conditional) and logs it.
 * Correctness never depends on this: effectiveStatus already reads it as EXPIRED.
 */
export async function persistExpiry(tx: UnitOfWork, row: RelationshipRequestEntity, now: Date): Promise<void> {
  if (row.status !== 'PENDING' || effectiveStatus(row, now) !== 'EXPIRED') return;
  if (!(await expireIfOverdue(tx.em, row.id, now))) return;
  row.status = 'EXPIRED';
  tx.emit({ type: 'RequestExpired', request: row, actor: null, at: now });
}

/** Marks every overdue request expired; run now and then so the activity log tells when. */
export async function expireOverdueRequests(db: Database, now = new Date()): Promise<number> {
  return db.write(async (tx) => {
    const overdue = await overdueRequests(tx.em, now, 500);
    for (const row of overdue) await persistExpiry(tx, row, now);
    return overdue.length;
  });
}
