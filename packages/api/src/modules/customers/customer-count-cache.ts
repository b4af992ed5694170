import type { ActivityEntity } from '../../db/entities/index.js';
import { ACTIVITY_TOPIC } from '../../db/database.js';
import type { EventBus } from '../../db/event-bus.js';
import type { CustomerListFilter } from './customer-list.query.js';

const TTL_MS = 60_000;
const MAX_ENTRIES = 2_000;

/**
 * The customer list's totalCount, remembered per partner, filter and search until the partner's
 * next committed change. Counting 100,000 relationships costs tens of milliseconds, more than
 * the rest of a page; the count only changes when a relationship does, and every such change
 * records activity for the partner, which arrives on the committed-changes bus (from every
 * instance on PostgreSQL). A count computed while a change commits is not kept (the partner's
 * generation moved on), and entries expire after a minute whatever happens.
 */
export class CustomerCountCache {
  private readonly entries = new Map<string, { readonly count: number; readonly at: number; readonly generation: number }>();
  private readonly generations = new Map<string, number>();
  private readonly changes: AsyncGenerator<unknown>;

  constructor(
    committed: EventBus,
    private readonly now: () => number = Date.now,
  ) {
    this.changes = committed.subscribe(ACTIVITY_TOPIC);
    void this.follow();
  }

  async count(list: CustomerListFilter, compute: () => Promise<number>): Promise<number> {
    const key = `${list.partnerId}\u0000${list.filter}\u0000${list.search}`;
    const generation = this.generations.get(list.partnerId) ?? 0;
    const cached = this.entries.get(key);
    if (cached && cached.generation === generation && this.now() - cached.at < TTL_MS) return cached.count;
    const count = await compute();
    if ((this.generations.get(list.partnerId) ?? 0) === generation) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
      this.entries.set(key, { count, at: this.now(), generation });
    }
    return count;
  }

  /** Forgets the partner's counts (called for every committed activity entry). */
  invalidate(partnerId: string): void {
    this.generations.set(partnerId, (this.generations.get(partnerId) ?? 0) + 1);
  }

  /** Stops following the bus (not awaited: a generator waiting for its next event settles only then). */
  dispose(): void {
    void this.changes.return(undefined);
  }

  private async follow(): Promise<void> {
    for await (const entry of this.changes) this.invalidate((entry as ActivityEntity).partnerTenantId);
  }
}
