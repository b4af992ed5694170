import { ACTIVITY_TOPIC, type EventBus } from '../../db/event-bus.js';
import type { ActivityEntity } from '../../db/entities/index.js';

/** Committed activity of one partner, as an async stream that ends when the subscriber leaves. */
export async function* partnerActivity(events: EventBus, partnerTenantId: string): AsyncGenerator<ActivityEntity> {
  for await (const payload of events.subscribe(ACTIVITY_TOPIC)) {
    const entry = payload as ActivityEntity;
    if (entry.partnerTenantId === partnerTenantId) yield entry;
  }
}
