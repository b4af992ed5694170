import { DomainError } from './errors.js';
import type { Problem } from './problems.js';
import { LIMITS } from './validation.js';

/** Why a customer declines a request (DESIGN.md rule 13); shown to the partner. OTHER needs a text. */
export const DeclineReason = {
  /** The customer did not expect a request from this partner. */
  NOT_EXPECTED: 'NOT_EXPECTED',
  /** The customer works with another partner. */
  WRONG_PARTNER: 'WRONG_PARTNER',
  /** Not now: perhaps later. */
  NOT_NOW: 'NOT_NOW',
  /** Something else, said in `reasonText`. */
  OTHER: 'OTHER',
} as const;
export type DeclineReason = (typeof DeclineReason)[keyof typeof DeclineReason];

export const DECLINE_REASONS: readonly DeclineReason[] = Object.values(DeclineReason);

/** A decline's reason as stored: both null when the customer gave none. */
export interface DeclineAnswer {
  readonly reason: DeclineReason | null;
  readonly text: string | null;
}

/**
 * What is wrong with a decline's reason, by field, or null: a text needs a reason, OTHER needs a
 * text, and a text has at most 500 characters (LIMITS.declineReasonText). Both sides call it.
 */
export function declineReasonProblem(reason: DeclineReason | null | undefined, text: string | null | undefined): { field: 'reason' | 'reasonText'; problem: Problem } | null {
  const trimmed = text?.trim() ?? '';
  if (trimmed.length > LIMITS.declineReasonText.max) return { field: 'reasonText', problem: { reason: 'TOO_LONG', params: { max: LIMITS.declineReasonText.max } } };
  if (!reason) return trimmed ? { field: 'reason', problem: { reason: 'REQUIRED' } } : null;
  if (!DECLINE_REASONS.includes(reason)) return { field: 'reason', problem: { reason: 'REQUIRED' } };
  if (reason === 'OTHER' && !trimmed) return { field: 'reasonText', problem: { reason: 'REQUIRED' } };
  return null;
}

/** The api's side: the decline as it is stored (text trimmed, null when empty), or BAD_USER_INPUT naming the field. */
export function assertDeclineReason(reason: DeclineReason | null | undefined, text: string | null | undefined): DeclineAnswer {
  const problem = declineReasonProblem(reason, text);
  if (problem) throw new DomainError('BAD_USER_INPUT', problem.problem, problem.field);
  const trimmed = text?.trim() ?? '';
  return { reason: reason ?? null, text: trimmed ? trimmed : null };
}

/** Why an accept was refused, as the partner's activity log records it (ACCEPT_REFUSED). */
export const AcceptRefusal = {
  WRONG_MARKET: 'WRONG_MARKET',
  WRONG_CLOUD: 'WRONG_CLOUD',
  NOT_GLOBAL_ADMIN: 'NOT_GLOBAL_ADMIN',
} as const;
export type AcceptRefusal = (typeof AcceptRefusal)[keyof typeof AcceptRefusal];

/** One ACCEPT_REFUSED entry per request, user and reason within this window. */
export const ACCEPT_REFUSAL_WINDOW_MS = 60 * 60 * 1000;

/** The window an attempt at `at` falls in, counted in windows since 1970. */
export function refusalWindowHour(at: Date): number {
  return Math.floor(at.getTime() / ACCEPT_REFUSAL_WINDOW_MS);
}

/** The start of the window an attempt at `at` falls in. */
export function refusalWindowStart(at: Date): Date {
  return new Date(refusalWindowHour(at) * ACCEPT_REFUSAL_WINDOW_MS);
}
