import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { ErrorNotice } from '../components/ErrorNotice.js';
import { LanguageSwitch } from '../components/LanguageSwitch.js';
import { graphql } from '../gql/index.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { LiveUpdates } from '../live/LiveUpdates.js';
import { settingsPagesFor } from '../routes/partner/settings/settingsPages.js';
import { tierPageFor } from '../routes/partner/tiers/tierPages.js';
import { principalOf, ViewerContext } from '../viewer/ViewerContext.js';

export const AppLayoutQuery = graphql(`
  query AppLayoutQuery {
    viewer {
      ...ViewerContext_viewer
    }
  }
`);

const SignOutMutation = graphql(`
  mutation SignOutMutation {
    signOut
  }
`);

export const SignOutEverywhereMutation = graphql(`
  mutation SignOutEverywhereMutation {
    signOutEverywhere
  }
`);

/** The signed-in frame: header with user, tenant and role, navigation, language switch. */
export function AppLayout() {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(AppLayoutQuery);
  const [signOut] = useMutation(SignOutMutation);
  const [signOutEverywhere] = useMutation(SignOutEverywhereMutation);
  const menu = useDismissableMenu();

  if (loading && !data) return <p className="page-loading">{t('app.loading')}</p>;
  if (error && !data) {
    // The first load failed (network, server): keep the frame and offer Retry.
    return (
      <>
        <header className="app-header">
          <div className="app-header__inner">
            <span className="brand"><span className="brand__mark" aria-hidden="true">P</span>{t('app.name')}</span>
            <div className="app-header__user"><LanguageSwitch /></div>
          </div>
        </header>
        <main id="main" className="page" tabIndex={-1}><ErrorNotice error={error} onRetry={() => void refetch()} /></main>
      </>
    );
  }
  const viewer = data?.viewer;
  if (!viewer) {
    return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  }

  const isPartner = viewer.tenant.kind === 'PARTNER';
  const tierPage = tierPageFor(principalOf(viewer), viewer.tenant.partnerType);
  const leave = async (end: () => Promise<unknown>) => {
    await end().catch(() => undefined);
    await client.clearStore();
    navigate('/sign-in', { replace: true });
  };

  return (
    <ViewerContext.Provider value={viewer}>
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <header className="app-header">
        <div className="app-header__inner">
          <NavLink to="/" className="brand">
            <span className="brand__mark" aria-hidden="true">P</span>
            {t('app.name')}
          </NavLink>
          <nav aria-label={t('nav.label')} className="app-nav">
            {isPartner ? (
              <>
                <NavLink to="/customers">{t('nav.customers')}</NavLink>
                <NavLink to="/requests">{t('nav.requests')}</NavLink>
                {tierPage ? <NavLink to={tierPage.path}>{t(tierPage.label)}</NavLink> : null}
                <NavLink to="/activity">{t('nav.activity')}</NavLink>
                {settingsPagesFor(principalOf(viewer)).length > 0 ? <NavLink to="/settings">{t('nav.settings')}</NavLink> : null}
              </>
            ) : (
              <NavLink to="/" end>{t('nav.partners')}</NavLink>
            )}
          </nav>
          <div className="app-header__user">
            <LanguageSwitch />
            <details className="account-menu" ref={menu}>
              <summary title={t('nav.account')}>
                <span className="user-chip" data-testid="user-chip">
                  <span className="user-chip__name">{viewer.displayName}</span>
                  <span className="user-chip__meta">
                    {viewer.tenant.name} · {viewer.roles.map((role) => t(`role.${role}`)).join(', ')}
                  </span>
                </span>
              </summary>
              <div className="account-menu__panel">
                <button type="button" className="account-menu__item" onClick={() => leave(signOut)}>
                  {t('nav.signOut')}
                </button>
                <button type="button" className="account-menu__item" aria-describedby="sign-out-everywhere-hint" onClick={() => leave(signOutEverywhere)}>
                  {t('nav.signOutEverywhere')}
                </button>
                <p id="sign-out-everywhere-hint" className="account-menu__hint">{t('nav.signOutEverywhere.hint')}</p>
              </div>
            </details>
          </div>
        </div>
        {isPartner ? <LiveUpdates /> : null}
      </header>
      <main id="main" className="page" tabIndex={-1}>
        <Outlet />
      </main>
    </ViewerContext.Provider>
  );
}

/** A <details> menu that closes on Escape and on a click outside it. */
function useDismissableMenu() {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const close = (event: Event) => {
      const menu = ref.current;
      if (!menu?.open) return;
      const outside = event instanceof MouseEvent && !(event.target instanceof Node && menu.contains(event.target));
      const escape = event instanceof KeyboardEvent && event.key === 'Escape';
      if (outside || escape) menu.open = false;
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, []);
  return ref;
}
