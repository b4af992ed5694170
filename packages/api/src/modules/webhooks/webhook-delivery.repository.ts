import { In, IsNull, type EntityManager } from 'typeorm';
import type { Database } from '../../db/database.js';
import { WebhookDeliveryEntity } from '../../db/entities/index.js';

// The dispatcher's queries on the outbox (deliveries), in property paths.

/**
 * Up to `limit` PENDING deliveries due at `now` whose lease (if any) has run out, earliest first,
 * locked for the caller's write transaction; rows another instance is claiming are skipped.
 */
export function dueDeliveries(db: Database, em: EntityManager, now: Date, limit: number): Promise<WebhookDeliveryEntity[]> {
  const due = em
    .createQueryBuilder(WebhookDeliveryEntity, 'd')
    .where("d.status = 'PENDING'")
    .andWhere('d.nextAttemptAt <= :now', { now })
    .andWhere('(d.lockedUntil IS NULL OR d.lockedUntil <= :now)')
    .orderBy('d.nextAttemptAt', 'ASC')
    .limit(limit);
  return db.lockSkippingLocked(due).getMany();
}

/** When the earliest unleased PENDING delivery is next due, if there is one. */
export async function nextDueAt(em: EntityManager): Promise<Date | null> {
  const next = await em.findOne(WebhookDeliveryEntity, {
    select: { id: true, nextAttemptAt: true },
    where: { status: 'PENDING', lockedUntil: IsNull() },
    order: { nextAttemptAt: 'ASC' },
  });
  return next?.nextAttemptAt ?? null;
}

/** Leases the deliveries to this dispatcher until `until`. */
export async function leaseDeliveries(em: EntityManager, ids: readonly string[], until: Date): Promise<void> {
  await em.update(WebhookDeliveryEntity, { id: In([...ids]) }, { lockedUntil: until });
}
