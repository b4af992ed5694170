import { StrictMode, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '../../i18n/I18nProvider.js';
import { AcceptInvitationPage } from './AcceptInvitationPage.js';
import { acceptanceRouteOf } from './acceptanceRoute.js';

/** The acceptance page as its own small app: no router, no Apollo Client. */
export function AcceptanceApp() {
  const [path, setPath] = useState(() => window.location.pathname);
  useEffect(() => {
    const onPopState = () => setPath(window.location.pathname);
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
  const redirect = useCallback((to: string) => {
    window.history.replaceState(null, '', to);
    setPath(to);
  }, []);
  const route = acceptanceRouteOf(path);
  useEffect(() => {
    if (!route) window.location.reload(); // back to a partner-app address: let the other app load
  }, [route]);
  return (
    <I18nProvider>
      {route ? <AcceptInvitationPage surface={route.surface} token={route.token} onRedirect={redirect} /> : null}
    </I18nProvider>
  );
}

export function mountAcceptanceApp(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <AcceptanceApp />
    </StrictMode>,
  );
}
