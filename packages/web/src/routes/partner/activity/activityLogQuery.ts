import { graphql } from '../../../gql/index.js';

/**
 * One page of the activity log under a filter: the log page, the customer page's activity and
 * the CSV export all read it (one document, so the first-visit bundle carries one).
 */
export const ActivityLogQuery = graphql(`
  query ActivityLogQuery($first: Int!, $after: String, $types: [ActivityType!], $customerId: ID, $actorId: ID, $from: DateTimeISO, $to: DateTimeISO) {
    activityLog(first: $first, after: $after, types: $types, customerId: $customerId, actorId: $actorId, from: $from, to: $to) {
      totalCount
      edges {
        cursor
        node {
          id
          type
          summary
          params
          createdAt
          actor {
            id
            displayName
            email
          }
          customer {
            id
            companyName
            domain
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
