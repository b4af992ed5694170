import { isErrorCode, type ErrorCode } from '@partnerlink/shared';
import type { TypedDocumentString } from '../../gql/acceptance.js';

/** Why a request failed: the contract's code, or NETWORK when the server could not be reached. */
export type FailureCode = ErrorCode | 'NETWORK';

export class RequestFailure extends Error {
  constructor(readonly code: FailureCode) {
    super(code);
    this.name = 'RequestFailure';
  }
}

interface GraphQLResponse<R> {
  data?: R | null;
  errors?: readonly { extensions?: { code?: unknown } }[];
}

/**
 * One GraphQL operation over plain fetch, for the acceptance page (which needs no Apollo Client).
 * The documents are codegen's typed strings (src/gql/acceptance.ts), so no parser or printer ships.
 * Same origin, so the session cookie rides along; `content-type: application/json` satisfies
 * Apollo Server's CSRF prevention.
 */
export async function graphqlFetch<R, V>(document: TypedDocumentString<R, V>, variables: V, signal?: AbortSignal): Promise<R> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal,
    });
  } catch (caught) {
    if (signal?.aborted) throw caught;
    throw new RequestFailure('NETWORK');
  }
  let body: GraphQLResponse<R>;
  try {
    body = (await response.json()) as GraphQLResponse<R>;
  } catch {
    throw new RequestFailure(response.status >= 500 || response.status === 0 ? 'NETWORK' : 'INTERNAL_SERVER_ERROR');
  }
  const first = body.errors?.[0];
  if (first) {
    const code = first.extensions?.code;
    throw new RequestFailure(isErrorCode(code) ? code : 'INTERNAL_SERVER_ERROR');
  }
  if (!body.data) throw new RequestFailure('INTERNAL_SERVER_ERROR');
  return body.data;
}

export function failureCodeOf(caught: unknown): FailureCode {
  return caught instanceof RequestFailure ? caught.code : 'NETWORK';
}
