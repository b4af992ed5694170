import type { Locale } from '@partnerlink/shared';

/**
 * A moment with its time zone, as the acceptance page shows times ("5 Jan 2027, 14:00 CET",
 * "5. Jan. 2027, 14:00 MEZ"): the reader may not be where the partner is. `timeZone` defaults to
 * the browser's.
 */
export function zonedTime(locale: Locale, iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone,
  }).format(new Date(iso));
}
