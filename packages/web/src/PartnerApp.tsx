import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createClient } from './apollo/client.js';
import { I18nProvider } from './i18n/I18nProvider.js';
import { createRouter } from './router.js';

/** The signed-in app (partner view and the customer's partner list): Apollo Client and the router. */
export function mountPartnerApp(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <ApolloProvider client={createClient()}>
        <I18nProvider>
          <RouterProvider router={createRouter()} />
        </I18nProvider>
      </ApolloProvider>
    </StrictMode>,
  );
}
