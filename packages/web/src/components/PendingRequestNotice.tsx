import { errorCodeOf } from '../errors/errorCode.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { Link } from 'react-router';

/**
 * A customer can have one pending request per partner: instead of a bare error, the way to the
 * pending one and a reminder (a new link for it, which the dialog then shows to send).
 */
export function PendingRequestNotice({ company, requestId, busy, error, onRemind }: {
  company: string;
  requestId: string;
  busy: boolean;
  error: unknown;
  onRemind(): void;
}) {
  const { t, errorText } = useI18n();
  const remindCode = errorCodeOf(error);
  return (
    <div className="notice notice--warning" role="alert">
      <p>{company ? t('request.pendingExists', { company }) : t('request.pendingExistsAny')}</p>
      <div className="button-row">
        <Link className="button" to={`/requests?status=PENDING&request=${encodeURIComponent(requestId)}`}>{t('request.openPending')}</Link>
        <button type="button" className="button" onClick={onRemind} disabled={busy}>{t('request.remindPending')}</button>
      </div>
      {remindCode ? <p>{errorText(remindCode)}</p> : null}
    </div>
  );
}
