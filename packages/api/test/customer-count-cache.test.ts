import { RelationshipFilter } from '@partnerlink/shared';
import { describe, expect, it } from 'vitest';
import { CustomerCountCache } from '../src/modules/customers/customer-count-cache.js';

// A large partner's count costs tens of milliseconds and is forgotten at each of its changes: the
// pages asking for it at the same moment after a change must not each count again.

/** A count that finishes when told to, and how many were started. */
function pendingCounts() {
  const started: ((n: number) => void)[] = [];
  return {
    started,
    compute: () => new Promise<number>((resolve) => started.push(resolve)),
  };
}

describe('the customer count cache under concurrent pages', () => {
  it('twelve pages asking for the same count at once share one count', async () => {
    const cache = new CustomerCountCache();
    cache.start();
    const counts = pendingCounts();
    const list = { partnerId: 'big', filter: RelationshipFilter.RESELLER, search: '' };
    const pages = Array.from({ length: 12 }, () => cache.count(list, counts.compute));
    expect(counts.started).toHaveLength(1);
    counts.started[0]?.(98_000);
    expect(await Promise.all(pages)).toEqual(Array.from({ length: 12 }, () => 98_000));
    // Other filters and other partners count on their own.
    void cache.count({ ...list, filter: RelationshipFilter.FORMER }, counts.compute);
    void cache.count({ ...list, partnerId: 'small' }, counts.compute);
    expect(counts.started).toHaveLength(3);
  });

  it('a page after a change does not take the count that started before it', async () => {
    const cache = new CustomerCountCache();
    cache.start();
    const counts = pendingCounts();
    const list = { partnerId: 'big', filter: RelationshipFilter.ALL, search: '' };
    const before = cache.count(list, counts.compute);
    cache.invalidate('big');
    const after = cache.count(list, counts.compute);
    expect(counts.started).toHaveLength(2);
    counts.started[0]?.(100);
    counts.started[1]?.(101);
    expect([await before, await after]).toEqual([100, 101]);
    // The count that started after the change is remembered; the one before it is not.
    expect(await cache.count(list, counts.compute)).toBe(101);
  });

  it("a count read along with a page is kept, unless a change committed while the page was read", async () => {
    const cache = new CustomerCountCache();
    cache.start();
    const list = { partnerId: 'big', filter: RelationshipFilter.ALL, search: '' };
    const stale = cache.lookup(list);
    expect(stale.wanted).toBe(true);
    cache.invalidate('big'); // a change commits while the page is read
    cache.keep(list, stale.generation, 100);
    const fresh = cache.lookup(list);
    expect(fresh.wanted).toBe(true);
    cache.keep(list, fresh.generation, 101);
    expect(cache.lookup(list).wanted).toBe(false);
    expect(await cache.count(list, () => Promise.reject(new Error('counted again')))).toBe(101);
    // A count being computed is not wanted again either: the page waits for it rather than counting along.
    const other = { ...list, filter: RelationshipFilter.RESELLER };
    const running = cache.count(other, () => Promise.resolve(7));
    expect(cache.lookup(other).wanted).toBe(false);
    expect(await running).toBe(7);
  });

  it('a failed count is not shared with the pages that come after it', async () => {
    const cache = new CustomerCountCache();
    cache.start();
    const list = { partnerId: 'big', filter: RelationshipFilter.ALL, search: '' };
    await expect(cache.count(list, () => Promise.reject(new Error('connection lost')))).rejects.toThrow('connection lost');
    expect(await cache.count(list, () => Promise.resolve(7))).toBe(7);
  });
});
