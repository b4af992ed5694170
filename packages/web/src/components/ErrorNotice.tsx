import { Navigate, useLocation } from 'react-router';
import { errorCodeOf } from '../errors/errorCode.js';
import { useI18n } from '../i18n/I18nProvider.js';

/** An error as a sentence in the page's language; UNAUTHENTICATED goes to sign-in instead. */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, errorText } = useI18n();
  const location = useLocation();
  const code = errorCodeOf(error);
  if (!code) return null;
  if (code === 'UNAUTHENTICATED') {
    return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  }
  return (
    <div className="notice notice--danger" role="alert">
      <span>{errorText(code)}</span>
      {onRetry ? (
        <button type="button" className="button button--small" onClick={onRetry}>
          {t('app.retry')}
        </button>
      ) : null}
    </div>
  );
}
