import { can, type Action, type Principal } from '@partnerlink/shared';
import type { MessageKey } from '../../../messages/en.js';

/** The settings pages, each behind the action it manages (the same `can()` the api's auth checker asks). */
export const SETTINGS_PAGES = [
  { path: 'api-keys', action: 'apiKey.manage', label: 'settings.apiKeys' },
  { path: 'webhooks', action: 'webhook.manage', label: 'settings.webhooks' },
] as const satisfies readonly { path: string; action: Action; label: MessageKey }[];

/** The settings pages a user may open; none means no Settings entry in the navigation. */
export function settingsPagesFor(principal: Principal | null) {
  return SETTINGS_PAGES.filter((page) => can(principal, page.action));
}
