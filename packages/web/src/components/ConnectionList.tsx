import type { ReactNode } from 'react';
import { useLoadMore } from '../hooks/useLoadMore.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { ErrorNotice } from './ErrorNotice.js';
import { LoadMore } from './LoadMore.js';

/** A cursor connection as the api pages its lists (totalCount, edges' nodes, pageInfo). */
export interface Connection<T> {
  totalCount: number;
  edges: readonly { node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * One list page's table in its states: the query's failure (with Retry), loading, empty, the rows,
 * and "Showing n of m" with Load more for a connection. `list` is undefined until loaded: a
 * connection (paged with `fetchPage`) or a plain array (a list the api returns whole).
 */
export function ConnectionList<T>({ list, loading, error, onRetry, notices, announceLoading, empty, head, row, busy, fetchPage, cards = false }: {
  list: Connection<T> | readonly T[] | undefined;
  loading: boolean;
  error: unknown;
  onRetry(): void;
  /** The page's own notices (its mutations' failures), shown under the query's failure. */
  notices?: ReactNode;
  /** Announce the loading line to screen readers (role="status"). */
  announceLoading?: boolean;
  empty: ReactNode;
  /** The header row (`<tr>` of `<th scope="col">`). */
  head: ReactNode;
  /** One row (`<tr>`, keyed) per item. */
  row(item: T): ReactNode;
  /** aria-busy of the table while a new query runs over the shown rows. */
  busy?: boolean;
  /** Fetches the page after a cursor (a connection's Load more). */
  fetchPage?(after: string): Promise<unknown>;
  /** On a phone each row becomes a card, its cells labelled by their `data-label`; else the table scrolls in its box. */
  cards?: boolean;
}) {
  const { t } = useI18n();
  const connection = list && !isArray(list) ? list : undefined;
  const items = list && isArray(list) ? list : connection?.edges.map((edge) => edge.node);
  const { loadingMore, loadMore } = useLoadMore(connection?.pageInfo.endCursor, fetchPage ?? (async () => undefined));

  return (
    <>
      {error ? <ErrorNotice error={error} onRetry={onRetry} /> : null}
      {notices}
      {!items && loading ? <p className="page-loading" role={announceLoading ? 'status' : undefined}>{t('app.loading')}</p> : null}
      {items && items.length === 0 ? empty : null}
      {items && items.length > 0 ? (
        <>
          {/* A table that scrolls in its box can be scrolled from the keyboard too (focusable). */}
          <div className="table-wrap" aria-busy={busy} tabIndex={cards ? undefined : 0}>
            <table className={cards ? 'table table--cards' : 'table'}>
              <thead>{head}</thead>
              <tbody>{items.map(row)}</tbody>
            </table>
          </div>
          {connection && fetchPage ? (
            <LoadMore
              shown={items.length}
              total={connection.totalCount}
              hasNextPage={connection.pageInfo.hasNextPage}
              loading={loadingMore}
              onLoadMore={() => void loadMore()}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}

function isArray<T>(list: Connection<T> | readonly T[]): list is readonly T[] {
  return Array.isArray(list);
}
