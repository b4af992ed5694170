import type { Viewer } from '../../viewer.js';

/** Sessions remembered at most: the least recently signed-in go first beyond it. */
const CAPACITY = 10_000;

/**
 * How long a remembered session holds at most, whatever the epoch: a bound on what an edit of the
 * file from outside the server (the sqlite3 shell) could leave unseen.
 */
const MAX_AGE_MS = 30_000;

interface Remembered {
  readonly viewer: Viewer;
  /** The writer's epoch (Database.writerEpoch) taken before the session was read. */
  readonly epoch: number;
  /** When the session expires (its stored expires_at) or the entry gets too old, whichever comes first. */
  readonly until: number;
}

/**
 * Who a session token (by its hash) signed in as, remembered between requests on SQLite, where a
 * signed-in request otherwise spends one of its two statements on the look-up. An entry holds
 * while the writer's epoch is the one taken before it was read: any write (a sign-out, a
 * signOutEverywhere, an expiry moved, a user changed) forgets every entry at once, so a revoked
 * session is refused by the first request after the revoking write is acknowledged, as without
 * this memory. Unknown tokens are not remembered, so made-up tokens cannot fill it.
 */
export class SessionViewers {
  private readonly entries = new Map<string, Remembered>();

  constructor(
    private readonly capacity = CAPACITY,
    private readonly maxAgeMs = MAX_AGE_MS,
  ) {}

  /** The viewer remembered for the hash, if it was read at this epoch and has not expired by `now`. */
  lookup(hash: string, epoch: number, now: number): Viewer | undefined {
    const entry = this.entries.get(hash);
    if (!entry) return undefined;
    if (entry.epoch === epoch && now < entry.until) return entry.viewer;
    this.entries.delete(hash);
    return undefined;
  }

  /** Remembers the viewer of a session read at `epoch` that expires at `expiresAt` (ms). */
  keep(hash: string, epoch: number, viewer: Viewer, expiresAt: number, now: number): void {
    this.entries.delete(hash);
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(hash, { viewer: Object.freeze({ ...viewer, roles: Object.freeze([...viewer.roles]) }), epoch, until: Math.min(expiresAt, now + this.maxAgeMs) });
  }
}
