// The settings pages: one lazily loaded chunk (router.tsx), so the first visit does not pay for them.
export { SettingsIndex, SettingsLayout } from './SettingsLayout.js';
export { ApiKeysPage } from './apiKeys/ApiKeysPage.js';
export { WebhooksPage } from './webhooks/WebhooksPage.js';
export { NotificationsPage } from './notifications/NotificationsPage.js';
export { WebhookDeliveriesPage } from './webhooks/WebhookDeliveriesPage.js';
