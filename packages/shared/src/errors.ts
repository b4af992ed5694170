import { problemMessage, type Problem, type ProblemReason } from './problems.js';

/** The closed list of error codes of the public GraphQL contract (DESIGN.md). */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  INVITATION_EXPIRED: 'INVITATION_EXPIRED',
  INVITATION_REVOKED: 'INVITATION_REVOKED',
  INVITATION_ALREADY_USED: 'INVITATION_ALREADY_USED',
  INVITATION_DECLINED: 'INVITATION_DECLINED',
  /** The partner replaced the link with a newer one ("New link", a reminder); only the newer one can be answered. */
  INVITATION_LINK_REPLACED: 'INVITATION_LINK_REPLACED',
  REGION_NOT_ALLOWED: 'REGION_NOT_ALLOWED',
  CLOUD_MISMATCH: 'CLOUD_MISMATCH',
  CUSTOMER_AGREEMENT_REQUIRED: 'CUSTOMER_AGREEMENT_REQUIRED',
  RELATIONSHIP_REQUIRED: 'RELATIONSHIP_REQUIRED',
  ADMIN_RELATIONSHIP_REQUIRED: 'ADMIN_RELATIONSHIP_REQUIRED',
  /** The object's state forbids the change; `extensions` say which state or which objects. */
  FAILED_PRECONDITION: 'FAILED_PRECONDITION',
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const ERROR_CODES: ReadonlySet<string> = new Set(Object.values(ErrorCode));

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && ERROR_CODES.has(value);
}

/** Machine-readable facts about a failure, sent as `extensions` next to `code` (JSON values only). */
export type ErrorDetails = Readonly<Record<string, unknown>>;

/**
 * A failure the user caused (or may cause), with a contract code and a human message.
 * Given a Problem (problems.ts) instead of a message, it carries the problem's `reason` and
 * `params` (sent as extensions, so clients need not parse the message) and its English sentence
 * as the message; every BAD_USER_INPUT has one. `field` names the offending input field for
 * BAD_USER_INPUT; `details` carry what a client needs to act without parsing the message (e.g.
 * `{ status: 'ACCEPTED' }` for FAILED_PRECONDITION).
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly details: ErrorDetails;
  readonly reason: ProblemReason | undefined;
  readonly params: Readonly<Record<string, string | number>> | undefined;

  constructor(code: ErrorCode, problem: Problem | string, field?: string, details: ErrorDetails = {}) {
    super(typeof problem === 'string' ? problem : problemMessage(problem));
    this.name = 'DomainError';
    this.code = code;
    this.field = field;
    this.details = details;
    this.reason = typeof problem === 'string' ? undefined : problem.reason;
    this.params = typeof problem !== 'string' && 'params' in problem ? problem.params : undefined;
  }
}

/** The object is in a state that forbids the change: FAILED_PRECONDITION with that state. */
export function failedPrecondition(problem: Problem | string, details: ErrorDetails): DomainError {
  return new DomainError('FAILED_PRECONDITION', problem, undefined, details);
}
