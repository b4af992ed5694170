import { durationDays } from '@partnerlink/shared';
import type { AdminMessageKey } from './messages.js';

/** The durations the section offers, 1 day to 2 years (GDAP's bounds), each with its words. */
export const DURATION_CHOICES = ['P1D', 'P7D', 'P30D', 'P90D', 'P180D', 'P1Y', 'P2Y'] as const;
type Choice = (typeof DURATION_CHOICES)[number];

function isChoice(duration: string): duration is Choice {
  return (DURATION_CHOICES as readonly string[]).includes(duration);
}

/** A duration in words ("2 years"); one outside the choices (asked for through the API) in days. */
export function durationText(at: (key: AdminMessageKey, params?: Record<string, number>) => string, duration: string): string {
  return isChoice(duration) ? at(`admin.duration.${duration}`) : at('admin.durationDays', { count: durationDays(duration) ?? 0 });
}
