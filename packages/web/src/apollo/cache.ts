import type { ApolloCache } from '@apollo/client';

/** A mutation `update` that drops list fields, so the lists refetch with the change. */
export function evictFields(...fieldNames: readonly string[]) {
  return (cache: ApolloCache): void => {
    for (const fieldName of fieldNames) cache.evict({ id: 'ROOT_QUERY', fieldName });
    cache.gc();
  };
}

/** The lists a relationship event can change (LiveUpdates evicts them per event, the client after a reconnect). */
export const LIVE_FIELDS = ['customers', 'customer', 'relationshipRequests', 'relationshipRequest', 'activityLog', 'resellerAuthorizations', 'relationshipRequestBatch', 'relationshipRequestBatches'] as const;
