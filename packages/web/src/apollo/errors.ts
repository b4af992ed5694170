import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { isErrorCode, type ErrorCode } from '@partnerlink/shared';

/** The contract code of the first GraphQL error (extensions.code), if any. */
export function errorCodeOf(error: unknown): ErrorCode | undefined {
  if (!CombinedGraphQLErrors.is(error)) return error ? 'INTERNAL_SERVER_ERROR' : undefined;
  const code = error.errors[0]?.extensions?.['code'];
  return isErrorCode(code) ? code : 'INTERNAL_SERVER_ERROR';
}

/** The input field a BAD_USER_INPUT error names (extensions.field), if any. */
export function errorFieldOf(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const field = error.errors[0]?.extensions?.['field'];
  return typeof field === 'string' ? field : undefined;
}

/** The server's own message of the first GraphQL error (English; shown only as detail). */
export function errorMessageOf(error: unknown): string | undefined {
  return CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : undefined;
}

/** A string fact of the first GraphQL error's extensions (e.g. `requestId` of FAILED_PRECONDITION), if any. */
export function errorDetailOf(error: unknown, key: string): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const value = error.errors[0]?.extensions?.[key];
  return typeof value === 'string' ? value : undefined;
}

/** A number fact of the first GraphQL error's extensions (e.g. `retryAfterSeconds` of RATE_LIMITED); 0 when absent. */
export function errorNumberOf(error: unknown, key: string): number {
  if (!CombinedGraphQLErrors.is(error)) return 0;
  const value = error.errors[0]?.extensions?.[key];
  return typeof value === 'number' ? value : 0;
}
