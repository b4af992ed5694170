import { isErrorCode, type ErrorCode } from '@partnerlink/shared';

/**
 * One reading of a failed GraphQL request for both transports. Apollo Client's
 * `CombinedGraphQLErrors` and the acceptance page's `GraphQLFailure` (graphqlFetch.ts) both carry
 * the response's `errors`; this module reads that plain shape, so it pulls no Apollo Client into
 * the acceptance page. (What else an error says, for forms: errorDetails.ts.)
 */
interface GraphQLErrors {
  errors: readonly { message?: string; extensions?: Readonly<Record<string, unknown>> }[];
}

/** Why a request failed: the contract's code, or NETWORK when no GraphQL answer came back. */
export type FailureCode = ErrorCode | 'NETWORK';

const hasErrors = (error: unknown): error is GraphQLErrors => Array.isArray((error as Partial<GraphQLErrors> | null | undefined)?.errors);

/** The first GraphQL error of a failure, if it carries any. */
export const firstErrorOf = (error: unknown): GraphQLErrors['errors'][number] | undefined => (hasErrors(error) ? error.errors[0] : undefined);

/**
 * The contract code of the first GraphQL error (extensions.code), if any; a failure without a
 * contract code (including one without GraphQL errors) is INTERNAL_SERVER_ERROR.
 */
export function errorCodeOf(error: unknown): ErrorCode | undefined {
  if (!error) return undefined;
  const code = firstErrorOf(error)?.extensions?.code;
  return isErrorCode(code) ? code : 'INTERNAL_SERVER_ERROR';
}

/** Like errorCodeOf, but a failure that carries no GraphQL errors (the server was not reached) is NETWORK. */
export function failureCodeOf(error: unknown): FailureCode {
  return hasErrors(error) ? (errorCodeOf(error) ?? 'INTERNAL_SERVER_ERROR') : 'NETWORK';
}
