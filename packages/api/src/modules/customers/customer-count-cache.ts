import type { ActivityEntity } from '../../db/entities/index.js';
import { ACTIVITY_TOPIC } from '../../db/database.js';
import type { EventBus } from '../../db/event-bus.js';
import type { CustomerListFilter } from './customer.repository.js';

const TTL_MS = 60_000;
const MAX_ENTRIES = 2_000;

/**
 * The customer list's totalCount, remembered per partner, filter and search until the partner's
 * next committed change. Counting 100,000 relationships costs tens of milliseconds, more than
 * the rest of a page; the count only changes when a relationship does, and every such change
 * records activity for the partner, which arrives on the committed-changes bus (from every
 * instance on PostgreSQL). A count computed while a change commits is not kept (the partner's
 * generation moved on), and entries expire after a minute whatever happens.
 *
 * It follows the bus between start() and stop() only (CustomerService's, called by createServer);
 * while it does not, it cannot hear changes, so it remembers nothing.
 */
export class CustomerCountCache {
  private readonly entries = new Map<string, { readonly count: number; readonly at: number; readonly generation: number }>();
  private readonly generations = new Map<string, number>();
  private changes: AsyncGenerator<unknown> | undefined;

  constructor(
    private readonly committed: EventBus,
    private readonly now: () => number = Date.now,
  ) {}

  /** Follows committed changes: from now on counts are remembered until the partner's next change. */
  start(): void {
    if (this.changes) return;
    this.entries.clear();
    const changes = this.committed.subscribe(ACTIVITY_TOPIC);
    this.changes = changes;
    void this.follow(changes);
  }

  /** Stops following the bus and forgets every count (the generator, waiting for its next event, settles only then). */
  stop(): void {
    const changes = this.changes;
    this.changes = undefined;
    this.entries.clear();
    void changes?.return(undefined);
  }

  async count(list: CustomerListFilter, compute: () => Promise<number>): Promise<number> {
    if (!this.changes) return compute();
    const key = `${list.partnerId}\u0000${list.filter}\u0000${list.search}`;
    const generation = this.generations.get(list.partnerId) ?? 0;
    const cached = this.entries.get(key);
    if (cached && cached.generation === generation && this.now() - cached.at < TTL_MS) return cached.count;
    const count = await compute();
    if (this.changes && (this.generations.get(list.partnerId) ?? 0) === generation) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
      this.entries.set(key, { count, at: this.now(), generation });
    }
    return count;
  }

  /** Forgets the partner's counts (called for every committed activity entry). */
  invalidate(partnerId: string): void {
    this.generations.set(partnerId, (this.generations.get(partnerId) ?? 0) + 1);
  }

  private async follow(changes: AsyncGenerator<unknown>): Promise<void> {
    for await (const entry of changes) this.invalidate((entry as ActivityEntity).partnerTenantId);
  }
}
