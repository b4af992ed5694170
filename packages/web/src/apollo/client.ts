import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { isSubscriptionOperation, relayStylePagination } from '@apollo/client/utilities';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { evictFields, LIVE_FIELDS } from './cache.js';
import { createPersistedQueriesLink } from './persistedQueries.js';

/** The cache: connection fields page with Relay cursors, one list per filter. */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          customers: relayStylePagination(['search', 'relationship', 'orderBy']),
          relationshipRequests: relayStylePagination(['status', 'expiringWithinDays', 'customerId', 'search', 'createdBy']),
          activityLog: relayStylePagination(['types', 'customerId', 'actorId', 'from', 'to']),
          partnerRelationships: relayStylePagination(['status']),
          pendingInvitations: relayStylePagination([]),
          webhookDeliveries: relayStylePagination(['endpointId']),
          resellerAuthorizations: relayStylePagination(['status']),
          relationshipRequestBatches: relayStylePagination([]),
        },
      },
      RelationshipRequestBatch: { fields: { rows: relayStylePagination(['status']) } },
      Blocker: { merge: true },
      CustomerAgreement: { merge: true },
      PartnerProfile: { merge: true },
      TenantProfile: { merge: true },
    },
  });
}

/** The same origin's /graphql as a ws:// or wss:// URL. */
export function webSocketUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
}

/**
 * graphql-ws for subscriptions. Same origin, so the browser sends the session cookie with the
 * upgrade. Lazy (connects with the first subscription), and retries for ever with backoff:
 * a dropped connection comes back on its own.
 */
export function createWebSocketClient(url = webSocketUrl()): WsClient {
  return createWsClient({
    url,
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: async (retries) => {
      const delay = Math.min(1000 * 2 ** retries, 15_000) * (0.75 + Math.random() / 2);
      await new Promise((resolve) => setTimeout(resolve, delay));
    },
  });
}

/** Queries and mutations over HTTP POST, as persisted-query hashes once the server knows the text. */
export function createHttpLink(fetchImpl?: typeof fetch): ApolloLink {
  return createPersistedQueriesLink().concat(new HttpLink({ uri: '/graphql', credentials: 'same-origin', ...(fetchImpl ? { fetch: fetchImpl } : {}) }));
}

/**
 * Same-origin api; the session is the httpOnly cookie set by signIn. Queries and mutations go
 * over HTTP with automatic persisted queries, subscriptions over graphql-ws.
 */
export function createClient(ws: WsClient = createWebSocketClient()): ApolloClient {
  const http = createHttpLink();
  const link = ApolloLink.split(({ query }) => isSubscriptionOperation(query), new GraphQLWsLink(ws), http);
  const cache = createCache();
  // Back after a drop: events may have been missed, so the live lists load again.
  ws.on('connected', (_socket, _payload, wasRetry) => {
    if (wasRetry) evictFields(...LIVE_FIELDS)(cache);
  });
  return new ApolloClient({ link, cache });
}
