import { DomainError, type ErrorCode, type ErrorDetails } from './errors.js';
import { problemMessage, type Problem } from './problems.js';
import { requestBlockerError, resellerRequestBlocker, type RequestBlocker, type ResellerRequestFacts } from './request-eligibility.js';
import { domainProblem, emailProblem, nameProblem } from './validation.js';

// Batches of relationship requests (issue 15, DESIGN.md rule 16): the verdict of each row, decided
// by the same rules requestResellerRelationship applies to one request, plus the batch's own
// (a customer appears once per batch). Pure: the api reads the facts from the database in a few
// batched statements and asks these functions; the web previews with the same ones.

/** At most this many rows per batch (GDAP's migration tool ran batches of this size). */
export const MAX_BATCH_ROWS = 5000;

/** An idempotency key has at most this many characters (after trimming). */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 100;

/**
 * A row of a batch: its verdict, then what became of its email, then its request's own status.
 * INVALID and BLOCKED rows never get a request; a CREATED row's request is pending (its link was
 * handed out, or its email waits to be sent); SENT and SEND_FAILED say how the email went; once
 * the customer answers, or the partner revokes, or the link expires, the row reads as the
 * request does (ACCEPTED, DECLINED, REVOKED, EXPIRED).
 */
export const BatchRowStatus = {
  /** The row's input is not valid (a field and a reason say why). */
  INVALID: 'INVALID',
  /** A rule stands in the way (market, cloud, already related, pending request, duplicate row…): no request. */
  BLOCKED: 'BLOCKED',
  /** Its request was created and is pending (or, in a dry run, would be created). */
  CREATED: 'CREATED',
  /** Partnerlink emailed the row's link to its recipient. */
  SENT: 'SENT',
  /** The email did not go out (the mail server refused it, a daily limit was reached, or the server stopped while sending); the request is pending. */
  SEND_FAILED: 'SEND_FAILED',
  /** The customer accepted the row's request. */
  ACCEPTED: 'ACCEPTED',
  /** The customer declined the row's request. */
  DECLINED: 'DECLINED',
  /** The partner revoked the row's request. */
  REVOKED: 'REVOKED',
  /** The row's request expired unanswered. */
  EXPIRED: 'EXPIRED',
} as const;
export type BatchRowStatus = (typeof BatchRowStatus)[keyof typeof BatchRowStatus];
export const BATCH_ROW_STATUSES: readonly BatchRowStatus[] = Object.values(BatchRowStatus);

/** What a row of a batch asks for, as submitted. */
export interface BatchRowFields {
  readonly domain?: string | null;
  readonly customerId?: string | null;
  readonly recipientEmail: string;
  readonly recipientName?: string | null;
  readonly companyName?: string | null;
}

/**
 * Why a row was not created: its status, the error code the single mutation would give, the
 * reason, the field, the reason's parameters, the English sentence the single mutation would give
 * and its details (a blocking request's or relationship's id).
 */
export interface BatchRowRefusal {
  readonly status: 'INVALID' | 'BLOCKED';
  readonly errorCode: ErrorCode;
  readonly reason: Problem['reason'] | RequestBlocker;
  readonly field: string | null;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly message: string;
  readonly details?: ErrorDetails;
}

const blank = (value: string | null | undefined) => !value?.trim();

/** The first problem of a row's input, with its field; null when the input is valid. */
export function batchRowProblem(row: BatchRowFields): { readonly field: string; readonly problem: Problem } | null {
  if (blank(row.domain) === blank(row.customerId)) return { field: 'domain', problem: { reason: 'DOMAIN_OR_CUSTOMER_ID' } };
  if (row.domain && !blank(row.domain)) {
    const problem = domainProblem(row.domain);
    if (problem) return { field: 'domain', problem };
  }
  if (blank(row.recipientEmail)) return { field: 'recipientEmail', problem: { reason: 'REQUIRED' } };
  const email = emailProblem(row.recipientEmail);
  if (email) return { field: 'recipientEmail', problem: email };
  if (row.recipientName && !blank(row.recipientName)) {
    const problem = nameProblem('personName', row.recipientName);
    if (problem) return { field: 'recipientName', problem };
  }
  if (row.companyName && !blank(row.companyName)) {
    const problem = nameProblem('companyName', row.companyName);
    if (problem) return { field: 'companyName', problem };
  }
  return null;
}

/** Which customer a (valid) row asks: its customer id, or its domain as stored (lower case). */
export function batchRowKey(row: BatchRowFields): string {
  return row.customerId?.trim() ? `customer:${row.customerId.trim()}` : `domain:${(row.domain ?? '').trim().toLowerCase()}`;
}

/**
 * The row number (1-based) of the first earlier valid row asking the same customer, per row
 * (null for the first one, and for invalid rows). A row by domain and a row by the customer's id
 * are recognised as the same customer once the api knows the id's domain: pass it in `domainOf`.
 */
export function duplicateRows(rows: readonly BatchRowFields[], domainOf: (customerId: string) => string | null = () => null): (number | null)[] {
  const first = new Map<string, number>();
  return rows.map((row, index) => {
    if (batchRowProblem(row)) return null;
    const keys = [batchRowKey(row)];
    const id = row.customerId?.trim();
    const domain = id ? domainOf(id) : null;
    if (domain) keys.push(`domain:${domain.toLowerCase()}`);
    const earlier = keys.map((key) => first.get(key)).find((n) => n !== undefined);
    if (earlier !== undefined) return earlier;
    for (const key of keys) first.set(key, index + 1);
    return null;
  });
}

/** What the api knows of a valid, not duplicate row: whether its customer id exists, and the facts of the request rules. */
export interface BatchRowFacts {
  /** False for a customer id no customer tenant has (the single mutation answers NOT_FOUND). */
  readonly customerFound: boolean;
  readonly request: ResellerRequestFacts;
}

/**
 * A row's verdict: INVALID for its input, BLOCKED for a duplicate row, an unknown customer id or
 * the first request blocker (with the error code requestResellerRelationship would give), or null
 * when its request can be created.
 */
export function batchRowVerdict(row: BatchRowFields, duplicateOf: number | null, facts: BatchRowFacts | null): BatchRowRefusal | null {
  const invalid = batchRowProblem(row);
  if (invalid) {
    const { problem } = invalid;
    return { status: 'INVALID', errorCode: 'BAD_USER_INPUT', reason: problem.reason, field: invalid.field, ...('params' in problem ? { params: problem.params } : {}), message: problemMessage(problem) };
  }
  if (duplicateOf !== null) {
    const problem = { reason: 'DUPLICATE_ROW', params: { rowNumber: duplicateOf } } as const;
    return { status: 'BLOCKED', errorCode: 'BAD_USER_INPUT', ...problem, field: row.customerId ? 'customerId' : 'domain', message: problemMessage(problem) };
  }
  if (!facts) return null;
  if (!facts.customerFound) {
    return { status: 'BLOCKED', errorCode: 'NOT_FOUND', reason: 'CUSTOMER_NOT_FOUND', field: 'customerId', message: problemMessage({ reason: 'CUSTOMER_NOT_FOUND' }) };
  }
  const blocker = resellerRequestBlocker(facts.request);
  if (!blocker) return null;
  // The single mutation's own error, so a row says exactly what requestResellerRelationship would.
  const error = requestBlockerError(blocker, facts.request);
  // What the row's reason needs to be said in any language: the customer's country or cloud.
  const { tenant } = facts.request;
  const about = blocker === 'REGION_NOT_ALLOWED' && tenant ? { country: tenant.country } : blocker === 'CLOUD_MISMATCH' && tenant ? { cloud: tenant.cloud } : null;
  const params = error.params || about ? { ...error.params, ...about } : null;
  return {
    status: 'BLOCKED',
    errorCode: error.code,
    reason: blocker,
    field: blocker === 'DOMAIN_NOT_CUSTOMER' ? 'domain' : null,
    ...(params ? { params } : {}),
    message: error.message,
    ...(Object.keys(error.details).length > 0 ? { details: error.details } : {}),
  };
}

/** A batch's size: BAD_USER_INPUT (BATCH_EMPTY, BATCH_TOO_LARGE) on field rows outside 1…MAX_BATCH_ROWS. */
export function assertBatchSize(count: number): void {
  if (count < 1) throw new DomainError('BAD_USER_INPUT', { reason: 'BATCH_EMPTY' }, 'rows');
  if (count > MAX_BATCH_ROWS) throw new DomainError('BAD_USER_INPUT', { reason: 'BATCH_TOO_LARGE', params: { max: MAX_BATCH_ROWS } }, 'rows');
}

/** An idempotency key as stored: trimmed, 1…100 characters (BAD_USER_INPUT REQUIRED or TOO_LONG on field idempotencyKey). */
export function assertIdempotencyKey(value: string): string {
  const trimmed = value.trim();
  if (trimmed.length === 0) throw new DomainError('BAD_USER_INPUT', { reason: 'REQUIRED' }, 'idempotencyKey');
  if (trimmed.length > MAX_IDEMPOTENCY_KEY_LENGTH) throw new DomainError('BAD_USER_INPUT', { reason: 'TOO_LONG', params: { max: MAX_IDEMPOTENCY_KEY_LENGTH } }, 'idempotencyKey');
  return trimmed;
}

/** What a row stores: its verdict, and for a created row how its email went (SENDING while it is out). */
export type StoredBatchRowStatus = 'INVALID' | 'BLOCKED' | 'CREATED' | 'SENDING' | 'SENT' | 'SEND_FAILED';

/**
 * The status a row shows: its request's, once that is no longer pending (a pending request past its
 * expiry reads as EXPIRED), else what the row stores (an email being sent shows as CREATED).
 */
export function batchRowStatusOf(stored: StoredBatchRowStatus, request: { readonly status: string; readonly expiresAt: Date } | null, now: Date): BatchRowStatus {
  if (request) {
    if (request.status === 'PENDING' && request.expiresAt.getTime() <= now.getTime()) return BatchRowStatus.EXPIRED;
    if (request.status === 'ACCEPTED' || request.status === 'DECLINED' || request.status === 'REVOKED' || request.status === 'EXPIRED') return request.status;
  }
  return stored === 'SENDING' ? BatchRowStatus.CREATED : stored;
}

/**
 * The counts of a batch. `created`: rows whose request was created (whatever became of it since);
 * `sent`/`sendFailed`: emails that went out or did not; `accepted`, `declined`, `pending`: what
 * the customers did so far (`pending`: requests still waiting for an answer).
 */
export interface BatchCounts {
  readonly total: number;
  readonly created: number;
  readonly blocked: number;
  readonly invalid: number;
  readonly sent: number;
  readonly sendFailed: number;
  readonly accepted: number;
  readonly declined: number;
  readonly pending: number;
}

/** Counts a dry run's or a new batch's verdicts (null: created); nothing is sent or answered yet. */
export function batchCounts(verdicts: readonly (BatchRowRefusal | null)[]): BatchCounts {
  const blocked = verdicts.filter((v) => v?.status === 'BLOCKED').length;
  const invalid = verdicts.filter((v) => v?.status === 'INVALID').length;
  const created = verdicts.length - blocked - invalid;
  return { total: verdicts.length, created, blocked, invalid, sent: 0, sendFailed: 0, accepted: 0, declined: 0, pending: created };
}

/**
 * Counts a stored batch from its rows, grouped by what they store and their request's status
 * (`count` rows each): the rows that ever had a request count as created.
 */
export function countBatchRows(
  groups: readonly { readonly stored: StoredBatchRowStatus; readonly shown: BatchRowStatus; readonly count: number }[],
): BatchCounts {
  const sum = (test: (g: (typeof groups)[number]) => boolean) => groups.filter(test).reduce((n, g) => n + g.count, 0);
  return {
    total: sum(() => true),
    created: sum((g) => g.stored !== 'INVALID' && g.stored !== 'BLOCKED'),
    blocked: sum((g) => g.stored === 'BLOCKED'),
    invalid: sum((g) => g.stored === 'INVALID'),
    sent: sum((g) => g.stored === 'SENT'),
    sendFailed: sum((g) => g.stored === 'SEND_FAILED'),
    accepted: sum((g) => g.shown === 'ACCEPTED'),
    declined: sum((g) => g.shown === 'DECLINED'),
    pending: sum((g) => g.shown === 'CREATED' || g.shown === 'SENT' || g.shown === 'SEND_FAILED'),
  };
}

/**
 * A batch's status: DRY_RUN for verdicts only (nothing stored); SENDING while its emails go out
 * in the background; COMPLETED when Partnerlink has nothing left to do (links handed out, or
 * every email sent or failed). Customers may answer long after.
 */
export const BatchStatus = { DRY_RUN: 'DRY_RUN', SENDING: 'SENDING', COMPLETED: 'COMPLETED' } as const;
export type BatchStatus = (typeof BatchStatus)[keyof typeof BatchStatus];

/** The status a new (stored) batch starts with: SENDING when it has emails to send, else COMPLETED. */
export function newBatchStatus(counts: Pick<BatchCounts, 'created'>, send: boolean): BatchStatus {
  return send && counts.created > 0 ? BatchStatus.SENDING : BatchStatus.COMPLETED;
}
