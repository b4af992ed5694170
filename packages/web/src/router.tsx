import { lazy, Suspense } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout } from './layout/AppLayout.js';
import { SignInPage } from './routes/auth/SignInPage.js';
import { HomePage } from './routes/HomePage.js';
import { NotFoundPage } from './routes/NotFoundPage.js';
import { CustomersPage } from './routes/partner/customers/CustomersPage.js';
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

// The pages behind the customer list load when first opened, each as its own chunk: a first visit
// lands on the list (or, for a customer, on its partners) and needs none of them. React Router
// fetches the chunk before it leaves the current page, so no page flashes a fallback.
const customerDetail = async () => ({ Component: (await import('./routes/partner/detail/CustomerDetailPage.js')).CustomerDetailPage });
const addCustomer = async () => ({ Component: (await import('./routes/partner/customers/AddCustomerPage.js')).AddCustomerPage });
const requests = async () => ({ Component: (await import('./routes/partner/requests/RequestsPage.js')).RequestsPage });
const activity = async () => ({ Component: (await import('./routes/partner/activity/ActivityPage.js')).ActivityPage });
// Two tiers: few partners are indirect, so their pages and the authorisation link's page load on first visit.
const tiers = () => import('./routes/partner/tiers/index.js');
// Batches of requests from a CSV (issue 15): the upload, the list and a batch, one chunk with its texts.
const batches = () => import('./routes/partner/batches/index.js');

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
          { path: 'customers/new', lazy: addCustomer },
          { path: 'customers/:id', lazy: customerDetail },
          { path: 'requests', lazy: requests },
          { path: 'requests/batches', lazy: async () => ({ Component: (await batches()).BatchesPage }) },
          { path: 'requests/batches/new', lazy: async () => ({ Component: (await batches()).BatchUploadPage }) },
          // The webhook relationship-request-batch-completed links here.
          { path: 'requests/batches/:id', lazy: async () => ({ Component: (await batches()).BatchPage }) },
          { path: 'activity', lazy: activity },
          { path: 'resellers', lazy: async () => ({ Component: (await tiers()).ResellersPage }) },
          { path: 'providers', lazy: async () => ({ Component: (await tiers()).ProvidersPage }) },
          // The link an indirect provider sends (resellerAuthorizationPath in shared); signed out, the layout sends the user to sign-in and back.
          { path: 'partner/reseller-authorization/:token', lazy: async () => ({ Component: (await tiers()).ResellerLinkPage }) },
          {
            path: 'settings',
            lazy: async () => ({ Component: (await settings()).SettingsLayout }),
            children: [
              { index: true, lazy: async () => ({ Component: (await settings()).SettingsIndex }) },
              { path: 'api-keys', lazy: async () => ({ Component: (await settings()).ApiKeysPage }) },
              { path: 'webhooks', lazy: async () => ({ Component: (await settings()).WebhooksPage }) },
              { path: 'notifications', lazy: async () => ({ Component: (await settings()).NotificationsPage }) },
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
