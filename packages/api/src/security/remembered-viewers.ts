import type { Viewer } from '../viewer.js';

/** Credentials remembered at most: the one remembered longest ago goes first beyond it. */
const CAPACITY = 10_000;

/**
 * How long a remembered credential holds at most, whatever the epoch: a bound on what an edit of the
 * file from outside the server (the sqlite3 shell) could leave unseen.
 */
const MAX_AGE_MS = 30_000;

interface Remembered {
  readonly viewer: Viewer;
  /** The writer's epoch (Database.writerEpoch) taken before the credential was read. */
  readonly epoch: number;
  /** When the credential expires (a session's expires_at, an API key's expiry) or the entry gets too old, whichever comes first. */
  readonly until: number;
}

/**
 * Who a credential (a session token or an API key, by its hash) signs in as, remembered between
 * requests on SQLite, where a signed-in request otherwise spends a statement or more on the
 * look-up (a session: one of a page's two; an API key: three). An entry holds while the writer's
 * epoch (Database.writerEpoch) is the one taken before it was read: any write (a sign-out, a
 * signOutEverywhere, a revoked key, an expiry moved, a user changed) forgets every entry at once,
 * so a revoked credential is refused by the first request after the revoking write is
 * acknowledged, as without this memory. Unknown credentials are not remembered, so made-up ones
 * cannot fill it.
 */
export class RememberedViewers {
  private readonly entries = new Map<string, Remembered>();

  constructor(
    private readonly capacity = CAPACITY,
    private readonly maxAgeMs = MAX_AGE_MS,
  ) {}

  /** The viewer remembered for the hash, if it was read at this epoch and has not expired by `now` (ms). */
  lookup(hash: string, epoch: number, now: number): Viewer | undefined {
    const entry = this.entries.get(hash);
    if (!entry) return undefined;
    if (entry.epoch === epoch && now < entry.until) return entry.viewer;
    this.entries.delete(hash);
    return undefined;
  }

  /** Remembers the viewer of a credential read at `epoch` that expires at `expiresAt` (ms; Infinity: never). */
  keep(hash: string, epoch: number, viewer: Viewer, expiresAt: number, now: number): void {
    this.entries.delete(hash);
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    const apiKey = viewer.apiKey ? { apiKey: Object.freeze({ ...viewer.apiKey, scopes: Object.freeze([...viewer.apiKey.scopes]) }) } : {};
    const frozen = Object.freeze({ ...viewer, ...apiKey, roles: Object.freeze([...viewer.roles]) });
    this.entries.set(hash, { viewer: frozen, epoch, until: Math.min(expiresAt, now + this.maxAgeMs) });
  }
}
