import type { CustomerListFilter } from './customer.repository.js';

const TTL_MS = 60_000;
const MAX_ENTRIES = 2_000;

/**
 * The customer list's totalCount, remembered per partner, filter and search until the partner's
 * next committed change. Counting 100,000 relationships costs tens of milliseconds, more than
 * the rest of a page; the count only changes when a relationship begins or ends, and every such
 * change is an event whose after-commit steps call `invalidate` (events/wiring.ts: on every
 * instance on PostgreSQL). A count computed while a change commits is not kept (the partner's
 * generation moved on), and entries expire after a minute whatever happens. Pages that ask for a
 * count being computed (since the partner's last change) wait for it instead of counting again:
 * after a change of a large partner, every page of its list asks at once.
 *
 * It remembers counts between start() and stop() only (CustomerService's, called by
 * startServices, which also connects it to the commit pipeline); otherwise nothing tells it of
 * changes, so it remembers nothing.
 */
export class CustomerCountCache {
  private readonly entries = new Map<string, { readonly count: number; readonly at: number; readonly generation: number }>();
  /** Counts being computed, per key: pages asking at the same moment (after a change: all of them) share one. */
  private readonly counting = new Map<string, { readonly promise: Promise<number>; readonly generation: number }>();
  private readonly generations = new Map<string, number>();
  private following = false;

  constructor(private readonly now: () => number = Date.now) {}

  /** From now on counts are remembered until the partner's next change. */
  start(): void {
    this.following = true;
  }

  /** Forgets every count and remembers none from now on. */
  stop(): void {
    this.following = false;
    this.entries.clear();
  }

  async count(list: Pick<CustomerListFilter, 'partnerId' | 'filter' | 'search'>, compute: () => Promise<number>): Promise<number> {
    if (!this.following) return compute();
    const key = `${list.partnerId}\u0000${list.filter}\u0000${list.search}`;
    const generation = this.generations.get(list.partnerId) ?? 0;
    const cached = this.entries.get(key);
    if (cached && cached.generation === generation && this.now() - cached.at < TTL_MS) return cached.count;
    const running = this.counting.get(key);
    // Only a count started since the partner's last change: one started before it may miss the change.
    if (running && running.generation === generation) return running.promise;
    const promise = this.remember(key, list.partnerId, generation, compute);
    this.counting.set(key, { promise, generation });
    return promise;
  }

  /** Computes a count and keeps it unless the partner changed something meanwhile; a failure is kept by no one. */
  private async remember(key: string, partnerId: string, generation: number, compute: () => Promise<number>): Promise<number> {
    try {
      const count = await compute();
      if (this.following && (this.generations.get(partnerId) ?? 0) === generation) {
        if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
        this.entries.set(key, { count, at: this.now(), generation });
      }
      return count;
    } finally {
      if (this.counting.get(key)?.generation === generation) this.counting.delete(key);
    }
  }

  /** Forgets the partner's counts (after a committed change that moves a customer into or out of one of its lists). */
  invalidate(partnerId: string): void {
    this.generations.set(partnerId, (this.generations.get(partnerId) ?? 0) + 1);
  }
}
