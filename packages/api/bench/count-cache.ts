import type { Sends } from './load-types.js';

/**
 * How long the API's CustomerCountCache keeps a count (TTL_MS in
 * src/modules/customers/customer-count-cache.ts; the API has no setting to turn the cache off).
 */
const COUNT_TTL_MS = 60_000;

/** What the bench can tell of the count cache from the requests it sent (the API does not report hits). */
export interface CountCacheReport {
  /** Requests that asked a count the cache remembers (every filter but ADMIN_EXPIRING). */
  readonly remembered: number;
  /** Of them, the first for its (partner, filter, search) on its instance in the last 60 s: certain misses. */
  readonly firstAsks: number;
  /** The others: hits at most (a change by the partner, a full cache or a concurrent first ask make some of them misses). */
  readonly repeats: number;
  /** Requests whose count the cache never remembers (ADMIN_EXPIRING). */
  readonly notRemembered: number;
}

/**
 * Follows, per API instance, which (partner, filter, search) keys it was asked for and when, over a
 * whole phase (an instance keeps its cache from case to case): warm-ups, cold-start probe and all.
 */
export class CountCacheTracker {
  private readonly asked: Map<string, number>[];

  constructor(instances: number) {
    this.asked = Array.from({ length: instances }, () => new Map<string, number>());
  }

  /** A request outside the loads (the cold-start probe of an instance). */
  note(instance: number, key: string, at: number): void {
    this.asked[instance]?.set(key, at);
  }

  account(sends: Sends | undefined, keys: readonly (string | null)[] | undefined): CountCacheReport | undefined {
    if (!sends || !keys) return undefined;
    let remembered = 0;
    let firstAsks = 0;
    let notRemembered = 0;
    sends.body.forEach((body, i) => {
      const key = keys[body];
      if (key === undefined) return;
      if (key === null) {
        notRemembered += 1;
        return;
      }
      remembered += 1;
      const asked = this.asked[sends.url[i] ?? 0];
      const at = sends.at[i] ?? 0;
      const last = asked?.get(key);
      if (last === undefined || at - last >= COUNT_TTL_MS) {
        firstAsks += 1;
        asked?.set(key, at);
      }
    });
    return { remembered, firstAsks, repeats: remembered - firstAsks, notRemembered };
  }
}
