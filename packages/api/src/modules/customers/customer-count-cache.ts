import type { CustomerListFilter } from './customer.repository.js';

const TTL_MS = 60_000;
const MAX_ENTRIES = 2_000;

/** What a count is remembered by. */
type CountedList = Pick<CustomerListFilter, 'partnerId' | 'filter' | 'search'>;

const keyOf = (list: CountedList) => `${list.partnerId}\u0000${list.filter}\u0000${list.search}`;

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

  async count(list: CountedList, compute: () => Promise<number>): Promise<number> {
    if (!this.following) return compute();
    const key = keyOf(list);
    const { generation, known } = this.known(key, list.partnerId);
    if (known !== undefined) return known;
    const promise = this.remember(key, list.partnerId, generation, compute);
    this.counting.set(key, { promise, generation });
    return promise;
  }

  /**
   * Before a read that can count along (the list's page): `wanted` when no count of the list is
   * remembered or being counted since the partner's last change, with the partner's generation
   * now, for `keep`.
   */
  lookup(list: CountedList): { readonly wanted: boolean; readonly generation: number } {
    const { generation, known } = this.known(keyOf(list), list.partnerId);
    return { wanted: known === undefined, generation };
  }

  /** A count read along with a page that began at `generation` (lookup): kept as `count` keeps one it computed. */
  keep(list: CountedList, generation: number, count: number): void {
    this.store(keyOf(list), list.partnerId, generation, count);
  }

  /** The partner's generation, and the count remembered or being counted since it, if any. */
  private known(key: string, partnerId: string): { generation: number; known: number | Promise<number> | undefined } {
    const generation = this.generations.get(partnerId) ?? 0;
    const cached = this.entries.get(key);
    if (cached && cached.generation === generation && this.now() - cached.at < TTL_MS) return { generation, known: cached.count };
    const running = this.counting.get(key);
    // Only a count started since the partner's last change: one started before it may miss the change.
    return { generation, known: running && running.generation === generation ? running.promise : undefined };
  }

  /** Computes a count and keeps it unless the partner changed something meanwhile; a failure is kept by no one. */
  private async remember(key: string, partnerId: string, generation: number, compute: () => Promise<number>): Promise<number> {
    try {
      const count = await compute();
      this.store(key, partnerId, generation, count);
      return count;
    } finally {
      if (this.counting.get(key)?.generation === generation) this.counting.delete(key);
    }
  }

  /** Keeps a count that began at `generation`, unless the partner changed something since. */
  private store(key: string, partnerId: string, generation: number, count: number): void {
    if (!this.following || (this.generations.get(partnerId) ?? 0) !== generation) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(key, { count, at: this.now(), generation });
  }

  /** Forgets the partner's counts (after a committed change that moves a customer into or out of one of its lists). */
  invalidate(partnerId: string): void {
    this.generations.set(partnerId, (this.generations.get(partnerId) ?? 0) + 1);
  }
}
