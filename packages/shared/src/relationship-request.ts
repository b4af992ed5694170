import { DomainError, failedPrecondition, type ErrorCode } from './errors.js';

export const RelationshipRequestStatus = {
  PENDING: 'PENDING',
  ACCEPTED: 'ACCEPTED',
  DECLINED: 'DECLINED',
  EXPIRED: 'EXPIRED',
  REVOKED: 'REVOKED',
} as const;
export type RelationshipRequestStatus =
  (typeof RelationshipRequestStatus)[keyof typeof RelationshipRequestStatus];
export const RELATIONSHIP_REQUEST_STATUSES: readonly RelationshipRequestStatus[] =
  Object.values(RelationshipRequestStatus);

export const DEFAULT_INVITATION_TTL_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface RequestState {
  readonly status: RelationshipRequestStatus;
  readonly expiresAt: Date;
}

export function expiresAtFrom(createdAt: Date, ttlDays: number): Date {
  return new Date(createdAt.getTime() + ttlDays * DAY_MS);
}

/**
 * The status everybody sees: a PENDING request past its expiry reads as EXPIRED, whether or
 * not anything has written that down yet. No background job is needed for correctness.
 */
export function effectiveStatus(request: RequestState, now: Date): RelationshipRequestStatus {
  if (request.status === RelationshipRequestStatus.PENDING && now.getTime() >= request.expiresAt.getTime()) {
    return RelationshipRequestStatus.EXPIRED;
  }
  return request.status;
}

const TRANSITIONS: Readonly<Record<RelationshipRequestStatus, readonly RelationshipRequestStatus[]>> = {
  PENDING: ['ACCEPTED', 'DECLINED', 'EXPIRED', 'REVOKED'],
  ACCEPTED: [],
  DECLINED: [],
  // The partner renews an expired request: the same request, a fresh link and expiry.
  EXPIRED: ['PENDING'],
  REVOKED: [],
};

export function canTransition(from: RelationshipRequestStatus, to: RelationshipRequestStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function isFinal(status: RelationshipRequestStatus): boolean {
  return TRANSITIONS[status].length === 0;
}

const CLOSED_LINK: Readonly<Record<Exclude<RelationshipRequestStatus, 'PENDING'>, { code: ErrorCode; message: string }>> = {
  EXPIRED: { code: 'INVITATION_EXPIRED', message: 'This invitation has expired. Ask the partner for a new link.' },
  REVOKED: { code: 'INVITATION_REVOKED', message: 'The partner has withdrawn this invitation.' },
  ACCEPTED: { code: 'INVITATION_ALREADY_USED', message: 'This invitation has already been accepted.' },
  DECLINED: { code: 'INVITATION_DECLINED', message: 'This invitation has been declined.' },
};

/** The link-state error of a request that can no longer be answered, or null while it is pending. */
export function closedLinkError(request: RequestState, now: Date): DomainError | null {
  const status = effectiveStatus(request, now);
  return status === RelationshipRequestStatus.PENDING ? null : closedLinkErrorOf(status);
}

/** The link-state error of a status that can no longer be answered. */
export function closedLinkErrorOf(status: Exclude<RelationshipRequestStatus, 'PENDING'>): DomainError {
  const { code, message } = CLOSED_LINK[status];
  return new DomainError(code, message);
}

/** Throws the link-state error of a request that can no longer be answered. */
export function assertAnswerable(request: RequestState, now: Date): void {
  const error = closedLinkError(request, now);
  if (error) throw error;
}

/** The error for revoking a request that is no longer pending. */
export function notPendingError(request: RequestState, now: Date): DomainError {
  const status = effectiveStatus(request, now);
  return failedPrecondition({ reason: 'NOT_REVOCABLE', params: { status } }, { status });
}

/** Revoking applies only to requests still waiting for an answer. */
export function assertStillPending(request: RequestState, now: Date): void {
  if (effectiveStatus(request, now) !== RelationshipRequestStatus.PENDING) throw notPendingError(request, now);
}

/**
 * The statuses whose link the partner may renew ("New link", a reminder): a pending request (its
 * old link stops working) and an expired one (it is pending again, with a new expiry). Answered
 * and revoked requests stay closed: the partner makes a new request instead.
 */
export const RENEWABLE_STATUSES: readonly RelationshipRequestStatus[] = [RelationshipRequestStatus.PENDING, RelationshipRequestStatus.EXPIRED];

/** Whether a request with this (effective) status can get a new link. */
export function mayRenew(status: RelationshipRequestStatus): boolean {
  return RENEWABLE_STATUSES.includes(status);
}

/** The error for renewing a request that was answered or revoked. */
export function notRenewableError(request: RequestState, now: Date): DomainError {
  const status = effectiveStatus(request, now);
  return failedPrecondition({ reason: 'NOT_RENEWABLE', params: { status } }, { status });
}

/** Renewing applies to pending and expired requests. */
export function assertRenewable(request: RequestState, now: Date): void {
  if (!mayRenew(effectiveStatus(request, now))) throw notRenewableError(request, now);
}
