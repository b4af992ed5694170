import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/** The cache: connection fields page with Relay cursors, one list per filter. */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          customers: relayStylePagination(['search', 'relationship']),
          relationshipRequests: relayStylePagination(['status']),
          activityLog: relayStylePagination(false),
          partnerRelationships: relayStylePagination(['status']),
        },
      },
      Blocker: { merge: true },
      CustomerAgreement: { merge: true },
      PartnerProfile: { merge: true },
      TenantProfile: { merge: true },
    },
  });
}

/** Same-origin api; the session is the httpOnly cookie set by signIn. */
export function createClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: createCache(),
  });
}
