import { CustomersPageQuery, PAGE_SIZE } from './CustomersPage.js';

/** For the page's unit tests: the answer to CustomersPageQuery for a filter (Apollo MockedProvider). */
export function customersMock(variables: { search: string | null; relationship: string; orderBy?: string }, edges: unknown[] = [], adminExpiringCount = 0) {
  return {
    request: { query: CustomersPageQuery, variables: { first: PAGE_SIZE, after: null, orderBy: 'NAME_ASC', ...variables } },
    result: {
      data: {
        customers: {
          __typename: 'CustomerConnection',
          totalCount: edges.length,
          adminExpiringCount,
          edges,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        },
      },
    },
  };
}
