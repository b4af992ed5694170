import { effectiveStatus } from '@partnerlink/shared';
import type { Database } from '../../db/database.js';
import { RelationshipRequestEntity } from '../../db/entities/index.js';
import type { UnitOfWork } from '../../events/unit-of-work.js';

/**
 * Writes down that an overdue request expired (once: the update is conditional) and logs it.
 * Correctness never depends on this: effectiveStatus already reads it as EXPIRED.
 */
export async function persistExpiry(db: Database, tx: UnitOfWork, row: RelationshipRequestEntity, now: Date): Promise<void> {
  if (row.status !== 'PENDING' || effectiveStatus(row, now) !== 'EXPIRED') return;
  const result = await tx.em
    .createQueryBuilder()
    .update(RelationshipRequestEntity)
    .set({ status: 'EXPIRED' })
    .where("id = :id AND status = 'PENDING' AND expires_at <= :now", { id: row.id, now: db.time(now) })
    .execute();
  if (result.affected !== 1) return;
  row.status = 'EXPIRED';
  tx.emit({ type: 'RequestExpired', request: row, actor: null, at: now });
}

/** Marks every overdue request expired; run now and then so the activity log tells when. */
export async function expireOverdueRequests(db: Database, now = new Date()): Promise<number> {
  return db.write(async (tx) => {
    const overdue = await tx.em
      .createQueryBuilder(RelationshipRequestEntity, 'r')
      .where("r.status = 'PENDING' AND r.expires_at <= :now", { now: db.time(now) })
      .take(500)
      .getMany();
    for (const row of overdue) await persistExpiry(db, tx, row, now);
    return overdue.length;
  });
}
