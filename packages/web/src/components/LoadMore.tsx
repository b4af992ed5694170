import { useI18n } from '../i18n/I18nProvider.js';

/** "Showing n of m" and a Load more button while the connection has a next page. */
export function LoadMore({ shown, total, hasNextPage, loading, onLoadMore }: {
  shown: number;
  total: number;
  hasNextPage: boolean;
  loading: boolean;
  onLoadMore(): void;
}) {
  const { t } = useI18n();
  return (
    <div className="load-more">
      <span className="muted" aria-live="polite">{t('app.showing', { shown, total })}</span>
      {hasNextPage ? (
        <button type="button" className="button" onClick={onLoadMore} disabled={loading} aria-busy={loading}>
          {loading ? t('app.loading') : t('app.loadMore')}
        </button>
      ) : null}
    </div>
  );
}
