import { Link } from 'react-router';
import { StatusPanel } from '../components/StatusPanel.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';

export function NotFoundPage() {
  const { t } = useI18n();
  useDocumentTitle(t('app.notFound.title'));
  return (
    <main className="page" id="main">
      <StatusPanel tone="warning" title={t('app.notFound.title')} actions={<Link className="button" to="/">{t('app.backHome')}</Link>}>
        {t('app.notFound.text')}
      </StatusPanel>
    </main>
  );
}
