import type { ApolloClient } from '@apollo/client';
import type { RelationshipFilter } from '@partnerlink/shared';
import { graphql } from '../../../gql/index.js';
import type { CustomerOrder, CustomersExportQueryQuery as ExportResult } from '../../../gql/graphql.js';
import type { I18n } from '../../../i18n/I18nProvider.js';
import { isoDate, roleNames } from './adminAccessText.js';

const CustomersExportQuery = graphql(`
  query CustomersExportQuery($first: Int!, $after: String, $search: String, $relationship: RelationshipFilter, $orderBy: CustomerOrder) {
    customers(first: $first, after: $after, search: $search, relationship: $relationship, orderBy: $orderBy) {
      edges {
        node {
          id
          ...CustomerRow_customer
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type ExportedCustomer = ExportResult['customers']['edges'][number]['node'];

/**
 * A text cell a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab or CR first) gets a
 * leading `'`, so the app shows it as text instead of running it (OWASP CSV injection). Numbers
 * are our own counts and stay numbers.
 */
function neutralised(value: string | number): string {
  if (typeof value === 'number') return String(value);
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One CSV field: neutralised, then quoted when it holds a comma, quote, line break or leading/trailing space. */
export function csvField(value: string | number): string {
  const text = neutralised(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 text: CRLF line ends, every row the same width. */
export function buildCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A connection's page: its nodes and where the next page starts. */
interface Page<N> {
  edges: readonly { node: N }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** Every node of a list, page after page (an export takes all that match, not the loaded page). */
export async function fetchAllPages<N>(page: (after: string | null) => Promise<Page<N>>): Promise<N[]> {
  const all: N[] = [];
  let after: string | null = null;
  for (;;) {
    const connection: Page<N> = await page(after);
    all.push(...connection.edges.map((edge) => edge.node));
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) return all;
    after = connection.pageInfo.endCursor;
  }
}

/** Every page of the current filter, fetched past the cache so the visible list is untouched. */
export function fetchAllCustomers(
  client: ApolloClient,
  filter: { search: string | null; relationship: RelationshipFilter; orderBy?: CustomerOrder },
): Promise<ExportedCustomer[]> {
  return fetchAllPages(async (after) => {
    const result = await client.query({
      query: CustomersExportQuery,
      variables: { first: 100, after, ...filter },
      fetchPolicy: 'no-cache',
    });
    if (!result.data) throw result.error ?? new Error('No data');
    return result.data.customers;
  });
}

/**
 * The customer list as CSV in the export's language. Country is the country's name in that
 * language (what a person reads); Country code next to it is the ISO 3166-1 alpha-2 code, the same
 * in every language, for tools that match or import the file.
 */
export function customersCsv(customers: readonly ExportedCustomer[], i18n: I18n): string {
  const { t, country } = i18n;
  const status = (r: { status: 'ACTIVE' | 'EXPIRED' | 'TERMINATED' } | null) => (r ? t(`rel.${r.status}`) : t('rel.none'));
  return buildCsv([
    [
      t('csv.company'), t('csv.domain'), t('csv.country'), t('csv.countryCode'), t('csv.cloud'), t('csv.reseller'), t('csv.admin'),
      t('csv.adminRoles'), t('csv.adminEndsAt'), t('csv.agreement'), t('csv.subscriptions'),
    ],
    ...customers.map((c) => [
      c.companyName,
      c.domain,
      country(c.country),
      c.country,
      t(`cloud.${c.cloud}`),
      status(c.resellerRelationship),
      status(c.adminRelationship),
      // Microsoft's role names, each once; the end as YYYY-MM-DD (UTC), which every spreadsheet sorts.
      roleNames(c.adminAccessSummary?.roles ?? []).join('; '),
      isoDate(c.adminAccessSummary?.endsAt),
      c.customerAgreementAccepted ? t('agreement.accepted') : t('agreement.missing'),
      c.subscriptionCount,
    ]),
  ]);
}

/** Hands the text to the browser as a file download, with a BOM (spreadsheets then read UTF-8) unless `bom` is false. */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8', bom = true): void {
  const url = URL.createObjectURL(new Blob(bom ? ['\uFEFF', text] : [text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
