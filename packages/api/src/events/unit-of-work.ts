import type { EntityManager } from 'typeorm';
import type { DomainEvent } from './domain-events.js';

/**
 * One write transaction as a service sees it: the manager its statements run on, and the domain
 * events it emits. The events are handled when the work is done, before the commit (activity,
 * webhook outbox: they commit with the change) and after it (live subscribers) — events/wiring.ts.
 */
export class UnitOfWork {
  private readonly emitted: DomainEvent[] = [];

  constructor(readonly em: EntityManager) {}

  /** Announces a change this unit of work made; nothing hears of it unless the transaction commits. */
  emit(event: DomainEvent): void {
    this.emitted.push(event);
  }

  get events(): readonly DomainEvent[] {
    return this.emitted;
  }
}
