/** What the load worker is asked to do (structured-clonable). */
export interface LoadSpec {
  readonly title: string;
  /**
   * The API instances: one autocannon instance per URL, the connections split between them
   * (the first ones get the remainder), one body counter shared by all.
   */
  readonly urls: readonly string[];
  /** Connections in all, over all URLs. */
  readonly connections: number;
  readonly durationSeconds: number;
  /** Request bodies; each request takes the next one. */
  readonly bodies: readonly string[];
  /** Bearer token for every request, or one per body (same index), or none. */
  readonly authorization: { readonly kind: 'none' } | { readonly kind: 'fixed'; readonly token: string } | { readonly kind: 'per-body'; readonly tokens: readonly string[] };
  /** `cycle` reuses the bodies; `once` gives each body to exactly one request and stops when they run out. */
  readonly mode: 'cycle' | 'once';
  /** Record the indexes of the bodies whose response had no errors (for verifying writes). */
  readonly trackAcknowledged: boolean;
  /**
   * Classes of requests (e.g. big partner, small partners), the class of each body: the worker
   * then times each request itself and reports completed requests, errors, p50 and p99 per class.
   */
  readonly classes?: Classification;
  /** A second classification of the same requests (e.g. the list filter), reported the same way. */
  readonly groups?: Classification;
  /** Record which body went to which URL when (for the count cache's accounting). */
  readonly recordSends?: boolean;
}

/** Names of classes, and the class of each body. */
export interface Classification {
  readonly names: readonly string[];
  readonly ofBody: readonly number[];
}

/** Requests of one class of a load, timed by the worker (send to answer). */
export interface ClassResult {
  readonly name: string;
  readonly requests: number;
  readonly errors: number;
  readonly p50Ms: number | null;
  readonly p99Ms: number | null;
}

/** The requests a load sent, in order: body index, URL index and Date.now() of each. */
export interface Sends {
  readonly body: readonly number[];
  readonly url: readonly number[];
  readonly at: readonly number[];
}

export interface LoadResult {
  readonly title: string;
  readonly durationSeconds: number;
  /** Completed requests divided by the measured duration. */
  readonly requestsPerSecond: number;
  readonly totalRequests: number;
  /** Completed requests per URL of the spec (same order). */
  readonly requestsPerUrl: readonly number[];
  /** Requests sent but still unanswered when the case ended (not counted as completed or errors). */
  readonly unanswered: number;
  readonly latencyMs: { readonly p50: number; readonly p90: number; readonly p99: number; readonly mean: number; readonly max: number };
  readonly non2xx: number;
  /** Connection errors and timeouts. */
  readonly socketErrors: number;
  readonly timeouts: number;
  /** 2xx responses whose body had `errors` (or did not parse). */
  readonly graphqlErrors: number;
  readonly errorCodes: Readonly<Record<string, number>>;
  readonly errors: number;
  readonly acknowledged: readonly number[];
  /** `once` mode ran out of bodies before the duration was over. */
  readonly exhausted: boolean;
  readonly bodiesUsed: number;
  /** Per class of the spec, when it had classes. */
  readonly byClass?: readonly ClassResult[];
  readonly byGroup?: readonly ClassResult[];
  readonly sends?: Sends;
}
