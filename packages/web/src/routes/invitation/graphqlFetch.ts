import type { TypedDocumentString } from '../../gql/acceptance.js';

/**
 * A GraphQL answer with errors (or without data): errors/errorCode.ts reads it as it reads Apollo
 * Client's CombinedGraphQLErrors. Anything else graphqlFetch throws means the server was not reached.
 */
export class GraphQLFailure extends Error {
  constructor(readonly errors: readonly { message?: string; extensions?: Record<string, unknown> }[]) {
    super('GraphQL request failed');
  }
}

interface GraphQLResponse<R> {
  data?: R | null;
  errors?: GraphQLFailure['errors'];
}

/**
 * One GraphQL operation over plain fetch, for the acceptance page (which needs no Apollo Client).
 * The documents are codegen's typed strings (src/gql/acceptance.ts), so no parser or printer ships.
 * Same origin, so the session cookie rides along; `content-type: application/json` satisfies
 * Apollo Server's CSRF prevention.
 */
export async function graphqlFetch<R, V>(document: TypedDocumentString<R, V>, variables: V, signal?: AbortSignal): Promise<R> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query: document.toString(), variables }),
    signal,
  });
  // Not JSON: a proxy's error page (5xx: the api was not reached), else an answer without data.
  const body = (await response.json().catch((caught: unknown) => {
    if (response.status >= 500 || response.status === 0) throw caught;
    return {};
  })) as GraphQLResponse<R>;
  if (body.errors?.length || !body.data) throw new GraphQLFailure(body.errors ?? []);
  return body.data;
}
