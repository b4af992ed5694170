import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import type { Locale } from '@partnerlink/shared';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createCache } from '../apollo/client.js';
import { I18nProvider } from '../i18n/I18nProvider.js';
import { ViewerContext, type Viewer } from '../viewer/ViewerContext.js';

export function viewerFixture(overrides: {
  roles?: Viewer['roles'];
  kind?: Viewer['tenant']['kind'];
  cloud?: Viewer['tenant']['cloud'];
  country?: string;
  agreement?: boolean;
  partnerType?: Viewer['tenant']['partnerType'];
} = {}): Viewer {
  const kind = overrides.kind ?? 'PARTNER';
  return {
    __typename: 'Viewer',
    id: 'user-1',
    email: 'sam.sales@contoso-partner.example',
    displayName: 'Sam Sales',
    roles: overrides.roles ?? ['SALES_AGENT'],
    tenant: {
      __typename: 'TenantProfile',
      id: 'tenant-1',
      name: kind === 'PARTNER' ? 'Contoso Cloud Partners GmbH' : 'Northwind Traders SARL',
      kind,
      domain: kind === 'PARTNER' ? 'contoso-partner.example' : 'northwind.example',
      country: overrides.country ?? 'DE',
      cloud: overrides.cloud ?? 'PUBLIC',
      market: kind === 'PARTNER' ? 'Europe' : null,
      partnerId: kind === 'PARTNER' ? '4433221' : null,
      partnerType: kind === 'PARTNER' ? (overrides.partnerType ?? 'DIRECT') : null,
      customerAgreementAccepted: overrides.agreement ?? false,
    },
  };
}

/** Renders a page the way the app does: Apollo (mocked), language, router, signed-in viewer. */
export function renderPage(ui: ReactElement, options: {
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  viewer?: Viewer | null;
  locale?: Locale;
  path?: string;
  url?: string;
} = {}): RenderResult {
  const { mocks = [], viewer = viewerFixture(), locale = 'en', path = '/', url = '/' } = options;
  // A data router, as the app's (router.tsx): hooks like useNavigation work as in production.
  const router = createMemoryRouter(
    [
      { path, element: ui },
      { path: '/sign-in', element: <p>sign-in page</p> },
    ],
    { initialEntries: [url] },
  );
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <I18nProvider locale={locale}>
        <ViewerContext.Provider value={viewer}>
          <RouterProvider router={router} />
        </ViewerContext.Provider>
      </I18nProvider>
    </MockedProvider>,
  );
}
