import { can, canRun, type Action, type Operation, type Principal } from '@partnerlink/shared';
import type { MessageKey } from '../../../messages/en.js';

type SettingsPage = { path: string; label: MessageKey } & ({ action: Action } | { operation: Operation });

/**
 * The settings pages, each behind the action it manages (the same `can()` the api's auth checker
 * asks), or the operation it runs (your own notifications: any partner person).
 */
export const SETTINGS_PAGES = [
  { path: 'api-keys', action: 'apiKey.manage', label: 'settings.apiKeys' },
  { path: 'webhooks', action: 'webhook.manage', label: 'settings.webhooks' },
  { path: 'notifications', operation: 'updateNotificationSettings', label: 'settings.notifications.title' },
] as const satisfies readonly SettingsPage[];

/** The settings pages a user may open; none means no Settings entry in the navigation. */
export function settingsPagesFor(principal: Principal | null) {
  return SETTINGS_PAGES.filter((page) => ('action' in page ? can(principal, page.action) : principal?.tenantKind === 'PARTNER' && canRun(principal, page.operation)));
}
