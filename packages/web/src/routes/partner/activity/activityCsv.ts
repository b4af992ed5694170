import type { ApolloClient } from '@apollo/client';
import type { ActivityLogQueryQuery as LogPage } from '../../../gql/graphql.js';
import type { I18n } from '../../../i18n/I18nProvider.js';
import { buildCsv, fetchAllPages } from '../customers/customersCsv.js';
import { ActivityLogQuery } from './activityLogQuery.js';
import { activityText } from './activityText.js';
import { variablesOf, type ActivityFilter } from './activityFilter.js';

export type ExportedEntry = LogPage['activityLog']['edges'][number]['node'];

/** Every entry the filter lets through (not only the loaded page), fetched past the cache. */
export function fetchAllActivity(client: ApolloClient, filter: ActivityFilter): Promise<ExportedEntry[]> {
  return fetchAllPages(async (after) => {
    const result = await client.query({ query: ActivityLogQuery, variables: { first: 100, after, ...variablesOf(filter) }, fetchPolicy: 'no-cache' });
    if (!result.data) throw result.error ?? new Error('No data');
    return result.data.activityLog;
  });
}

/**
 * The log as CSV in the export's language: the time (UTC, ISO 8601, which sorts and converts
 * without doubt), who, the sentence a person reads, the type as the API names it (the same in
 * every language, for filtering in a spreadsheet), and the customer.
 */
export function activityCsv(entries: readonly ExportedEntry[], i18n: Pick<I18n, 't' | 'date' | 'locale'>): string {
  const { t } = i18n;
  return buildCsv([
    [t('csv.timeUtc'), t('activity.col.actor'), t('csv.email'), t('activity.col.summary'), t('csv.type'), t('activity.col.customer'), t('csv.domain')],
    ...entries.map((entry) => [
      entry.createdAt,
      entry.actor?.displayName ?? t('activity.system'),
      entry.actor?.email ?? '',
      activityText(entry, i18n),
      entry.type,
      entry.customer?.companyName ?? '',
      entry.customer?.domain ?? '',
    ]),
  ]);
}
