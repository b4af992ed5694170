import { SURFACE_ROUTES, type AcceptanceSurface } from '@partnerlink/shared';

const SURFACES = Object.keys(SURFACE_ROUTES) as AcceptanceSurface[];

/** The surface and token of an acceptance-page path (`/admin-center/partner-invitation/<token>`), or null. */
export function acceptanceRouteOf(pathname: string): { surface: AcceptanceSurface; token: string } | null {
  for (const surface of SURFACES) {
    const prefix = `${SURFACE_ROUTES[surface]}/`;
    const rest = pathname.startsWith(prefix) ? pathname.slice(prefix.length).replace(/\/$/, '') : '';
    if (!rest || rest.includes('/')) continue;
    try {
      return { surface, token: decodeURIComponent(rest) };
    } catch {
      return { surface, token: rest };
    }
  }
  return null;
}
