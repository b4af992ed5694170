import { ADMIN_ROLE_PRESETS, adminRoleDefinition, type AdminRole, type AdminRolePreset } from '@partnerlink/shared';
import type { I18n } from '../../../i18n/I18nProvider.js';

/** What the customer list knows of a customer's ACTIVE admin relationship (Customer.adminAccessSummary). */
export interface AdminAccessBrief {
  readonly roles: readonly AdminRole[];
  readonly preset?: AdminRolePreset | null;
  readonly endsAt?: string | null;
  readonly expiringSoon: boolean;
  readonly daysLeft?: number | null;
  /** It runs on for P180D at each end. */
  readonly autoExtend?: boolean;
}

/** Microsoft's names of the roles (the same in every language), in the order given (the catalogue's). */
export function roleNames(roles: readonly AdminRole[]): string[] {
  return roles.map((role) => adminRoleDefinition(role).displayName);
}

/** The roles in a word: the preset's name when they are exactly a preset, else "N roles" (one role: its name). */
export function rolesLabel(i18n: I18n, access: Pick<AdminAccessBrief, 'roles' | 'preset'>): string {
  if (access.preset) return ADMIN_ROLE_PRESETS[access.preset].name[i18n.locale];
  if (access.roles.length === 1) return roleNames(access.roles).join('');
  return i18n.t('customers.admin.roleCount', { count: access.roles.length });
}

/** "Expires in N days" for the badge (tomorrow and today read naturally). */
export function expiresInText(i18n: I18n, daysLeft: number): string {
  return daysLeft <= 1 ? i18n.t('customers.admin.expiresInOne') : i18n.t('customers.admin.expiresIn', { days: daysLeft });
}

/** The end as a plain calendar date (UTC) for a spreadsheet: 2026-03-31. */
export function isoDate(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10) : '';
}
