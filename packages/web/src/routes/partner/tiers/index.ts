// The two-tier pages, one lazily loaded chunk (router.tsx).
export { ProvidersPage, ResellersPage } from './ResellerAuthorizationsPage.js';
export { ResellerLinkPage } from './ResellerLinkPage.js';
