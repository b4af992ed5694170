import { QueryFailedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';

/**
 * Why a statement failed, when trying again may succeed:
 * - `serialization` (40001) and `deadlock` (40P01): PostgreSQL rolled the transaction back and
 *   said so; the same work on a fresh transaction normally goes through.
 * - `connection`: the connection was refused, reset or closed under us (SQLSTATE class 08,
 *   57P01-57P03 when the server shuts down or restarts, socket errors, pg's "Connection
 *   terminated"). The server rolls back whatever transaction that session had open. When the
 *   connection dies between two statements, TypeORM releases the transaction's query runner at
 *   once and the next statement fails with QueryRunnerProviderAlreadyReleasedError: the same case.
 * - `stale-statement` (0A000, "cached plan must not change result type"): a statement the
 *   connection prepared (pg-statements.ts) reads a table that a migration changed since, e.g. an
 *   instance of the next release migrating while this one runs. The connection forgets it, so the
 *   same work prepares it afresh; in a transaction PostgreSQL aborted the transaction.
 */
export type TransientKind = 'serialization' | 'deadlock' | 'connection' | 'stale-statement';

const SOCKET_ERRORS = new Set(['ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTCONN']);
const SERVER_GONE = new Set(['57P01', '57P02', '57P03']);
/**
 * Where PostgreSQL raises "cached plan must not change result type": 0A000 (feature_not_supported)
 * names much else, and the message is translated by the server's lc_messages; the routine is not.
 */
const STALE_STATEMENT_ROUTINE = 'RevalidateCachedQuery';
/** What pg says when the socket closes without an error code. */
const CONNECTION_LOST = /connection terminated|not queryable|connection error|server closed the connection/i;

/** What a driver's error may carry: pg's DatabaseError has all three (`routine`: where in PostgreSQL it was raised). */
type Cause = { code?: unknown; message?: unknown; routine?: unknown };

/** The error with a code: the driver's own error inside TypeORM's QueryFailedError, else the error. */
function causes(error: unknown): Cause[] {
  const found: Cause[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth += 1) {
    found.push(current as Cause);
    current = current instanceof QueryFailedError ? (current.driverError as unknown) : (current as { cause?: unknown }).cause;
  }
  return found;
}

/** The kind of transient failure, or undefined when retrying cannot help (or would be unsafe to judge). */
export function transientKind(error: unknown): TransientKind | undefined {
  if (error instanceof QueryRunnerProviderAlreadyReleasedError) return 'connection';
  for (const cause of causes(error)) {
    const code = typeof cause.code === 'string' ? cause.code : '';
    if (code === '40001') return 'serialization';
    if (code === '40P01') return 'deadlock';
    if (code === '0A000' && cause.routine === STALE_STATEMENT_ROUTINE) return 'stale-statement';
    if (code.startsWith('08') || SERVER_GONE.has(code) || SOCKET_ERRORS.has(code)) return 'connection';
    if (!code && typeof cause.message === 'string' && CONNECTION_LOST.test(cause.message)) return 'connection';
  }
  return undefined;
}

/**
 * Whether a failed write transaction may run again. The rule hinges on whether the COMMIT could
 * have taken effect:
 * - Before COMMIT is sent (while the work runs), nothing is committed whatever went wrong: an
 *   error aborts the transaction, and a lost connection makes the server roll it back. Every
 *   transient kind is safe to retry.
 * - During COMMIT, an answer from the server is definite: a serialization failure or deadlock
 *   reported for the COMMIT (e.g. from a deferred check) means it rolled back, so retrying is
 *   safe. Losing the connection during COMMIT is not: the server may have committed just before
 *   the socket died, and running the work again could apply it twice (a second order, a second
 *   relationship). That failure surfaces as INTERNAL_SERVER_ERROR and the client decides, after
 *   looking, whether to try again.
 */
export function mayRetryWrite(error: unknown, duringCommit: boolean): boolean {
  const kind = transientKind(error);
  if (!kind) return false;
  return !duringCommit || kind !== 'connection';
}

/** Exponential backoff with jitter: attempt 1 waits 25-50 ms, attempt 2 50-100 ms, … (capped at 1 s). */
export function backoffMs(attempt: number, baseMs = 50): number {
  const ceiling = Math.min(1000, baseMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
