import { Navigate, NavLink, Outlet } from 'react-router';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { principalOf, useViewer } from '../../../viewer/ViewerContext.js';
import { settingsPagesFor } from './settingsPages.js';

/** Settings: tabs for the pages this user may manage; nobody else gets here. */
export function SettingsLayout() {
  const { t } = useI18n();
  const pages = settingsPagesFor(principalOf(useViewer()));
  if (pages.length === 0) return <Navigate to="/" replace />;
  return (
    <>
      <nav aria-label={t('settings.nav.label')} className="tabs">
        {pages.map((page) => <NavLink key={page.path} to={`/settings/${page.path}`}>{t(page.label)}</NavLink>)}
      </nav>
      <Outlet />
    </>
  );
}

/** /settings itself: the first page this user may open. */
export function SettingsIndex() {
  const [first] = settingsPagesFor(principalOf(useViewer()));
  return <Navigate to={first ? `/settings/${first.path}` : '/'} replace />;
}
