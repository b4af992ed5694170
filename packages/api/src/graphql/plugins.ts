import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import type { DomainError } from '@partnerlink/shared';
import type { Context } from '../context.js';
import { RateLimitedError } from '../security/rate-limiter.js';
import { isUnexpected } from './format-error.js';
import { LARGE_BODY_OPERATIONS, MAX_REQUEST_BYTES } from './edge.js';

/** Logs unexpected errors with the request id; the client sees them masked. */
export const errorLogging: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) {
          if (isUnexpected(error)) {
            contextValue.log.error({ err: error.originalError ?? error, path: error.path }, 'unexpected GraphQL error');
          }
        }
      },
    };
  },
};

/** A read-only API key gets FORBIDDEN on every mutation, whatever the mutation. */
export const readOnlyApiKeys: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        const key = contextValue.viewer?.apiKey;
        if (operation?.operation === 'mutation' && key && !key.scopes.includes('WRITE')) {
          throw new GraphQLError('This API key may only read: create a key with the WRITE scope to make changes.', {
            extensions: { code: 'FORBIDDEN', http: { status: 403 } },
          });
        }
      },
    };
  },
};

/**
 * A body over MAX_REQUEST_BYTES is for the operations that carry many rows only (a batch of
 * requests): any other operation gets 413, as if the body had been refused unread.
 */
export const largeBodiesForBatchesOnly: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (contextValue.bodyBytes <= MAX_REQUEST_BYTES) return;
        const fields = operation?.selectionSet.selections ?? [];
        const large = operation?.operation === 'mutation' && fields.length === 1 && fields.every((f) => f.kind === 'Field' && LARGE_BODY_OPERATIONS.has(f.name.value));
        if (!large) {
          throw new GraphQLError(`The request body is larger than ${MAX_REQUEST_BYTES / 1024} kB, the most an operation other than createRelationshipRequestBatch may send.`, {
            extensions: { code: 'BAD_USER_INPUT', http: { status: 413 } },
          });
        }
      },
    };
  },
};

/** Subscriptions are served over WebSocket (graphql-ws); over HTTP they would only yield null. */
export const subscriptionsOverWebSocket: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation === 'subscription') {
          throw new GraphQLError('Subscriptions are served over WebSocket (graphql-ws) at /graphql, not over HTTP.', {
            extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
          });
        }
      },
    };
  },
};

/** RATE_LIMITED answers carry Retry-After. */
export const retryAfter: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    let seconds = 0;
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) {
          const original = unwrapResolverError(error);
          if (original instanceof RateLimitedError) seconds = Math.max(seconds, original.retryAfterSeconds);
        }
      },
      async willSendResponse({ response }) {
        if (seconds > 0) response.http.headers.set('retry-after', String(seconds));
      },
    };
  },
};

/** A rate-limited caller found while building the context: 429 with Retry-After. */
/**
 * Credentials that are recognised but refused (an API key whose creator is gone or lost the role):
 * UNAUTHENTICATED with the reason, as HTTP 401 with RFC 6750's `invalid_token`, before any operation runs.
 */
export function refusedCredentials(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: {
      code: 'UNAUTHENTICATED',
      http: { status: 401, headers: new Map([['www-authenticate', 'Bearer error="invalid_token"']]) },
    },
  });
}

export function rateLimitedRequest(error: RateLimitedError): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: {
      code: 'RATE_LIMITED',
      http: { status: 429, headers: new Map([['retry-after', String(error.retryAfterSeconds)]]) },
    },
  });
}
