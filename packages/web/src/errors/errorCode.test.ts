import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeclineInvitationMutationDocument } from '../gql/acceptance.js';
import { graphqlFetch } from '../routes/invitation/graphqlFetch.js';
import { errorCodeOf, failureCodeOf } from './errorCode.js';
import { errorDetailOf, errorFieldOf, errorMessageOf, errorNumberOf, errorProblemOf } from './errorDetails.js';

const failed = {
  message: 'Too many attempts',
  extensions: { code: 'RATE_LIMITED', field: 'input.token', requestId: 'r1', retryAfterSeconds: 30, reason: 'TOO_LONG', params: { max: 120, junk: { x: 1 } } },
};

/** What the acceptance page's transport throws for a response body (or a fetch that fails). */
async function thrownByGraphqlFetch(respond: () => Promise<Response>): Promise<unknown> {
  vi.stubGlobal('fetch', respond);
  return graphqlFetch(DeclineInvitationMutationDocument, { token: 't' }).then(
    () => expect.unreachable('graphqlFetch resolved'),
    (caught: unknown) => caught,
  );
}
const json = (body: unknown, status = 200) => async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('one reading of GraphQL errors for both transports', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('reads the code, field, message, reason and facts of Apollo Client’s errors and of graphqlFetch’s alike', async () => {
    const apollo = new CombinedGraphQLErrors({ errors: [failed] });
    const plain = await thrownByGraphqlFetch(json({ errors: [failed], data: null }));
    for (const error of [apollo, plain]) {
      expect(errorCodeOf(error)).toBe('RATE_LIMITED');
      expect(failureCodeOf(error)).toBe('RATE_LIMITED');
      expect(errorFieldOf(error)).toBe('input.token');
      expect(errorMessageOf(error)).toBe('Too many attempts');
      expect(errorDetailOf(error, 'requestId')).toBe('r1');
      expect(errorNumberOf(error, 'retryAfterSeconds')).toBe(30);
      expect(errorProblemOf(error)).toEqual({ reason: 'TOO_LONG', params: { max: 120 } });
    }
  });

  it('calls a code outside the contract, an answer without data and a non-GraphQL answer a server error', async () => {
    expect(errorCodeOf(new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { code: 'WHATEVER' } }] }))).toBe('INTERNAL_SERVER_ERROR');
    expect(failureCodeOf(await thrownByGraphqlFetch(json({ errors: [{ message: 'x' }] })))).toBe('INTERNAL_SERVER_ERROR');
    expect(failureCodeOf(await thrownByGraphqlFetch(json({ data: null })))).toBe('INTERNAL_SERVER_ERROR');
    expect(failureCodeOf(await thrownByGraphqlFetch(async () => new Response('<html>', { status: 404 })))).toBe('INTERNAL_SERVER_ERROR');
  });

  it('tells a server that cannot be reached (NETWORK) from one that answered, and no error from an error', async () => {
    expect(failureCodeOf(await thrownByGraphqlFetch(() => Promise.reject(new TypeError('Failed to fetch'))))).toBe('NETWORK');
    expect(failureCodeOf(await thrownByGraphqlFetch(async () => new Response('Bad gateway', { status: 502 })))).toBe('NETWORK');
    // Apollo Client's transport keeps its meaning: any failure without GraphQL errors is a server error.
    const serverError = new ServerError('Bad gateway', { response: new Response('', { status: 502 }), bodyText: 'Bad gateway' });
    expect(errorCodeOf(serverError)).toBe('INTERNAL_SERVER_ERROR');
    expect(errorFieldOf(serverError)).toBeUndefined();
    expect(errorCodeOf(undefined)).toBeUndefined();
  });
});
