/**
 * An admin relationship in brief, for lists (the customer list's admin column, its CSV): the
 * days left until its end (the preset its roles equal is admin-purposes.ts' presetOfRoles). Pure.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whole days until `endsAt`, rounded up (an end 29 days and 1 hour away is "30 days"; one an hour
 * away is "1 day"); 0 once it has come.
 */
export function daysUntil(endsAt: Date, now: Date): number {
  return Math.max(0, Math.ceil((endsAt.getTime() - now.getTime()) / DAY_MS));
}
