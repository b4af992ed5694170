import type { AdminRole, AdminRoleRisk, Locale } from '@partnerlink/shared';
import type { MessageKey } from '../../messages/en.js';
import type { InvitationData } from './useInvitation.js';

/** A requested role as the customer reads it: Microsoft's name, our plain-language sentence, its risk. */
export interface RoleText {
  readonly role: AdminRole;
  readonly displayName: string;
  readonly risk: AdminRoleRisk;
  readonly description: string;
}

/** Roles a customer should think twice about: the page warns while one of them is ticked. */
export const WARN_RISKS: readonly AdminRoleRisk[] = ['HIGH', 'CRITICAL'];

const DAY_MS = 24 * 60 * 60 * 1000;
const DAYS_PER_YEAR = 365;

/**
 * shared's `durationDays` (GDAP's day counts: a year is 365 days, a month 30), restated here
 * because importing it would pull shared's whole role catalogue into this bundle (its module has
 * top-level work a bundler keeps): about 8 kB gzipped, measured with e2e/bundle-size.e2e.ts.
 * adminTerms.test.ts checks that both agree.
 */
export function termDays(duration: string): number {
  const match = /^P(?:(\d{1,6})Y)?(?:(\d{1,6})M)?(?:(\d{1,6})D)?$/.exec(duration);
  if (!match || duration === 'P') return 0;
  return Number(match[1] ?? 0) * DAYS_PER_YEAR + Number(match[2] ?? 0) * 30 + Number(match[3] ?? 0);
}

/**
 * The texts of `roles` from the page query's catalogue (English names and risks, descriptions in
 * the page's language), in the order asked for. The catalogue comes over the wire, so this bundle
 * does not carry it.
 */
export function roleTexts(data: Pick<InvitationData, 'adminRolesEn' | 'adminRolesDe'>, locale: Locale, roles: readonly AdminRole[]): RoleText[] {
  const german = new Map(data.adminRolesDe.map((r) => [r.role, r.description]));
  const byRole = new Map(data.adminRolesEn.map((r) => [r.role, r]));
  return roles.map((role) => {
    const found = byRole.get(role);
    const description = (locale === 'de' ? german.get(role) : undefined) ?? found?.description ?? '';
    return { role, displayName: found?.displayName ?? role, risk: found?.risk ?? 'CRITICAL', description };
  });
}

/** A duration in words, as the invitation email says it: whole years, else days. */
export function durationWords(duration: string): [MessageKey, { count: number }] {
  const days = termDays(duration);
  if (days > 0 && days % DAYS_PER_YEAR === 0) {
    const years = days / DAYS_PER_YEAR;
    return [years === 1 ? 'duration.year' : 'duration.years', { count: years }];
  }
  return [days === 1 ? 'duration.day' : 'duration.days', { count: days }];
}

/** When access of this duration would end if approved at `now` (ISO), as the api computes it. */
export function endsAtIfApproved(duration: string, now: number): string {
  return new Date(now + termDays(duration) * DAY_MS).toISOString();
}
