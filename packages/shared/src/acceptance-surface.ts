import { CloudInstance } from './clouds.js';

/** Where a customer accepts a request: depends on the cloud. */
export const AcceptanceSurface = {
  ADMIN_CENTER: 'ADMIN_CENTER',
  OFFICE_ADMIN_PORTAL: 'OFFICE_ADMIN_PORTAL',
} as const;
export type AcceptanceSurface = (typeof AcceptanceSurface)[keyof typeof AcceptanceSurface];

export function surfaceFor(cloud: CloudInstance): AcceptanceSurface {
  return cloud === CloudInstance.US_GOVERNMENT
    ? AcceptanceSurface.OFFICE_ADMIN_PORTAL
    : AcceptanceSurface.ADMIN_CENTER;
}

/** The route prefix of each surface; the SPA mounts its acceptance pages under these. */
export const SURFACE_ROUTES: Readonly<Record<AcceptanceSurface, string>> = {
  ADMIN_CENTER: '/admin-center/partner-invitation',
  OFFICE_ADMIN_PORTAL: '/office-portal/partner-invitation',
};

/** The path of an invitation link; the token is its last segment. */
export function invitationPath(surface: AcceptanceSurface, token: string): string {
  return `${SURFACE_ROUTES[surface]}/${encodeURIComponent(token)}`;
}

/** The token of an invitation URL or path (its last path segment), or null. */
export function tokenFromInvitationUrl(url: string): string | null {
  const path = (url.split(/[?#]/, 1)[0] ?? '').replace(/^[a-z][a-z\d+.-]*:\/\/[^/]*/i, '');
  const segment = path.split('/').filter(Boolean).pop();
  if (!segment) return null;
  try {
    return decodeURIComponent(segment);
  } catch {
    return null; // malformed percent-encoding: not a link we issued
  }
}
