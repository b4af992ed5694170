import { ActivityType } from '@partnerlink/shared';

/** The activity log's filters as the URL holds them (so a filtered view can be shared). */
export interface ActivityFilter {
  readonly types: readonly ActivityType[];
  readonly customerId: string | null;
  readonly actorId: string | null;
  /** The first day shown, YYYY-MM-DD in the viewer's time zone. */
  readonly from: string | null;
  /** The last day shown (inclusive), YYYY-MM-DD in the viewer's time zone. */
  readonly to: string | null;
}

export const ACTIVITY_TYPES = Object.values(ActivityType);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const day = (value: string | null) => (value && DAY.test(value) && !Number.isNaN(new Date(`${value}T00:00:00`).getTime()) ? value : null);

/** `?type=A&type=B&customer=…&actor=…&from=YYYY-MM-DD&to=YYYY-MM-DD`; unknown values are ignored. */
export function filterFromParams(params: URLSearchParams): ActivityFilter {
  const types = params.getAll('type').filter((type): type is ActivityType => (ACTIVITY_TYPES as readonly string[]).includes(type));
  return {
    types: [...new Set(types)],
    customerId: params.get('customer') || null,
    actorId: params.get('actor') || null,
    from: day(params.get('from')),
    to: day(params.get('to')),
  };
}

/** The URL of a filter (the page's other parameters kept). */
export function paramsOf(filter: ActivityFilter, base = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(base);
  for (const key of ['type', 'customer', 'actor', 'from', 'to']) next.delete(key);
  for (const type of filter.types) next.append('type', type);
  if (filter.customerId) next.set('customer', filter.customerId);
  if (filter.actorId) next.set('actor', filter.actorId);
  if (filter.from) next.set('from', filter.from);
  if (filter.to) next.set('to', filter.to);
  return next;
}

/** Whether the days are the wrong way round (the API would refuse them). */
export const daysReversed = (filter: ActivityFilter) => Boolean(filter.from && filter.to && filter.from > filter.to);

/**
 * The API's arguments: whole days in the viewer's time zone, from the first moment of `from`
 * to the last moment of `to` (both inclusive), as instants.
 */
export function variablesOf(filter: ActivityFilter) {
  const start = filter.from ? new Date(`${filter.from}T00:00:00`) : null;
  const end = filter.to ? new Date(`${filter.to}T23:59:59.999`) : null;
  return {
    types: filter.types.length > 0 ? [...filter.types] : null,
    customerId: filter.customerId,
    actorId: filter.actorId,
    from: start ? start.toISOString() : null,
    to: end ? end.toISOString() : null,
  };
}

export const isFiltered = (filter: ActivityFilter) =>
  filter.types.length > 0 || Boolean(filter.customerId || filter.actorId || filter.from || filter.to);
