import type { EntityManager } from 'typeorm';
import { WebhookDeliveryEntity, WebhookEndpointEntity } from '../../db/entities/index.js';
import { FAILING_AFTER } from './retry-schedule.js';
import type { WebhookResponse } from './webhook-http.js';

export interface AttemptOutcome {
  readonly delivery: WebhookDeliveryEntity;
  readonly endpointId: string;
  readonly response: WebhookResponse;
  readonly durationMs: number;
  readonly now: Date;
  /** Until the next attempt after a failure; null when it succeeded or the attempts are used up. */
  readonly delay: number | null;
}

/**
 * Writes down one attempt: the delivery's status and next attempt, and the endpoint's run of
 * failures (marked failing after FAILING_AFTER in a row, cleared by a success). Releases the lease.
 */
export async function recordAttempt(em: EntityManager, { delivery, endpointId, response, durationMs, now, delay }: AttemptOutcome): Promise<void> {
  const outcome = {
    attempts: delivery.attempts + 1,
    lockedUntil: null,
    lastAttemptAt: now,
    lastStatusCode: response.status,
    lastDurationMs: durationMs,
  };
  const endpoint = em.createQueryBuilder().update(WebhookEndpointEntity);
  if (response.ok) {
    await em.update(WebhookDeliveryEntity, { id: delivery.id }, { ...outcome, status: 'SUCCEEDED', nextAttemptAt: null, lastError: null, deliveredAt: now });
    await endpoint
      .set({ consecutiveFailures: 0, failingSince: null })
      .where('id = :id AND (consecutiveFailures > 0 OR failingSince IS NOT NULL)', { id: endpointId })
      .execute();
    return;
  }
  await em.update(WebhookDeliveryEntity, { id: delivery.id }, {
    ...outcome,
    status: delay === null ? 'FAILED' : 'PENDING',
    nextAttemptAt: delay === null ? null : new Date(now.getTime() + delay),
    lastError: response.error.slice(0, 300),
  });
  await em.increment(WebhookEndpointEntity, { id: endpointId }, 'consecutiveFailures', 1);
  // A separate statement so TypeORM stores the date in each engine's format.
  await em
    .createQueryBuilder()
    .update(WebhookEndpointEntity)
    .set({ failingSince: now })
    .where('id = :id AND failingSince IS NULL AND consecutiveFailures >= :n', { id: endpointId, n: FAILING_AFTER })
    .execute();
}
