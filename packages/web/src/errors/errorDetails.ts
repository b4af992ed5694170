import { firstErrorOf } from './errorCode.js';

// What a failed GraphQL request says beyond its code (errorCode.ts), for the signed-in app's forms.

/** The input field a BAD_USER_INPUT error names (extensions.field), if any. */
export function errorFieldOf(error: unknown): string | undefined {
  const field = firstErrorOf(error)?.extensions?.field;
  return typeof field === 'string' ? field : undefined;
}

/** Why the server refused an input or a change: extensions.reason and .params (a Problem of @partnerlink/shared). */
export interface ServerProblem {
  readonly reason: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The reason (and its params) of the first GraphQL error, if it carries one. */
export function errorProblemOf(error: unknown): ServerProblem | undefined {
  const extensions = firstErrorOf(error)?.extensions;
  const reason = extensions?.reason;
  if (typeof reason !== 'string') return undefined;
  const params: Record<string, string | number> = {};
  const given = extensions?.params;
  if (given && typeof given === 'object') {
    for (const [name, value] of Object.entries(given)) if (typeof value === 'string' || typeof value === 'number') params[name] = value;
  }
  return { reason, params };
}

/** The server's own message of the first GraphQL error (English; shown only as detail). */
export function errorMessageOf(error: unknown): string | undefined {
  return firstErrorOf(error)?.message;
}

/** A string fact of the first GraphQL error's extensions (e.g. `requestId` of FAILED_PRECONDITION), if any. */
export function errorDetailOf(error: unknown, key: string): string | undefined {
  const value = firstErrorOf(error)?.extensions?.[key];
  return typeof value === 'string' ? value : undefined;
}

/** A number fact of the first GraphQL error's extensions (e.g. `retryAfterSeconds` of RATE_LIMITED); 0 when absent. */
export function errorNumberOf(error: unknown, key: string): number {
  const value = firstErrorOf(error)?.extensions?.[key];
  return typeof value === 'number' ? value : 0;
}
