import { lazy, Suspense } from 'react';
import { Navigate } from 'react-router';
import { useI18n } from '../i18n/I18nProvider.js';
import { useViewer } from '../viewer/ViewerContext.js';

// The customer's pages load only for customers: a partner's first visit (most visits) needs none of them.
const YourPartnersPage = lazy(async () => ({ default: (await import('./customer/YourPartnersPage.js')).YourPartnersPage }));

/** Partners start at their customers; customer admins at their partners (and their inbox). */
export function HomePage() {
  const viewer = useViewer();
  const { t } = useI18n();
  if (viewer.tenant.kind === 'PARTNER') return <Navigate to="/customers" replace />;
  return (
    <Suspense fallback={<p className="page-loading" role="status">{t('app.loading')}</p>}>
      <YourPartnersPage />
    </Suspense>
  );
}
