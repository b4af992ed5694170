import { lazy, Suspense } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout } from './layout/AppLayout.js';
import { SignInPage } from './routes/auth/SignInPage.js';
import { HomePage } from './routes/HomePage.js';
import { NotFoundPage } from './routes/NotFoundPage.js';
import { ActivityPage } from './routes/partner/activity/ActivityPage.js';
import { AddCustomerPage } from './routes/partner/customers/AddCustomerPage.js';
import { CustomersPage } from './routes/partner/customers/CustomersPage.js';
import { CustomerDetailPage } from './routes/partner/detail/CustomerDetailPage.js';
import { RequestsPage } from './routes/partner/requests/RequestsPage.js';
import { PartnerOnly } from './routes/PartnerOnly.js';

// Its own chunk, shared with the standalone acceptance app (see main.tsx).
const AcceptInvitationRoute = lazy(() => import('./routes/invitation/AcceptInvitationRoute.js'));
const acceptance = (surface: 'ADMIN_CENTER' | 'OFFICE_ADMIN_PORTAL') => (
  <Suspense fallback={null}>
    <AcceptInvitationRoute surface={surface} />
  </Suspense>
);

// The settings pages load on first visit, as one chunk (most users never open them).
const settings = () => import('./routes/partner/settings/index.js');

export const routes: RouteObject[] = [
  { path: '/sign-in', element: <SignInPage /> },
  // The acceptance surfaces: the link in the email points at one of these (SURFACE_ROUTES in shared).
  { path: '/admin-center/partner-invitation/:token', element: acceptance('ADMIN_CENTER') },
  { path: '/office-portal/partner-invitation/:token', element: acceptance('OFFICE_ADMIN_PORTAL') },
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      {
        element: <PartnerOnly />,
        children: [
          { path: 'customers', element: <CustomersPage /> },
          { path: 'customers/new', element: <AddCustomerPage /> },
          { path: 'customers/:id', element: <CustomerDetailPage /> },
          { path: 'requests', element: <RequestsPage /> },
          { path: 'activity', element: <ActivityPage /> },
          {
            path: 'settings',
            lazy: async () => ({ Component: (await settings()).SettingsLayout }),
            children: [
              { index: true, lazy: async () => ({ Component: (await settings()).SettingsIndex }) },
              { path: 'api-keys', lazy: async () => ({ Component: (await settings()).ApiKeysPage }) },
              { path: 'webhooks', lazy: async () => ({ Component: (await settings()).WebhooksPage }) },
              { path: 'webhooks/:id', lazy: async () => ({ Component: (await settings()).WebhookDeliveriesPage }) },
            ],
          },
        ],
      },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
