import { describe, expect, it } from 'vitest';
import { AcceptanceSurface, invitationPath, SURFACE_ROUTES, surfaceFor, tokenFromInvitationUrl } from './acceptance-surface.js';
import { CloudInstance } from './clouds.js';

const { ADMIN_CENTER, OFFICE_ADMIN_PORTAL } = AcceptanceSurface;
const SURFACES = [ADMIN_CENTER, OFFICE_ADMIN_PORTAL] as const;
const ORIGIN = 'https://partnerlink.example';

describe('where a customer accepts (rule 6)', () => {
  it.each([
    { cloud: CloudInstance.PUBLIC, surface: ADMIN_CENTER },
    { cloud: CloudInstance.US_GOVERNMENT, surface: OFFICE_ADMIN_PORTAL },
  ])('a $cloud customer accepts on the $surface surface', ({ cloud, surface }) => {
    expect(surfaceFor(cloud)).toBe(surface);
  });

  it('the two surfaces are distinct routes', () => {
    expect(SURFACE_ROUTES.ADMIN_CENTER).not.toBe(SURFACE_ROUTES.OFFICE_ADMIN_PORTAL);
  });

  it.each([
    { surface: ADMIN_CENTER, path: '/admin-center/partner-invitation/abc123' },
    { surface: OFFICE_ADMIN_PORTAL, path: '/office-portal/partner-invitation/abc123' },
  ])('a $surface link has the path $path, ending with the token', ({ surface, path }) => {
    expect(invitationPath(surface, 'abc123')).toBe(path);
  });
});

describe('reading the token back from a link', () => {
  const TOKENS = [
    'abc123',
    'Zm9vYmFyLWJhei1xdXV4_-0123456789abcdefghij', // base64url, the usual shape
    'a/b', // a slash must not split the token
    'a?b#c', // nor must query or fragment characters
    'with space & percent %20',
    'ümlaut-ß',
  ];

  it.each(SURFACES.flatMap((surface) => TOKENS.map((token) => ({ surface, token }))))(
    'the $surface path of token "$token" gives the same token back',
    ({ surface, token }) => {
      const path = invitationPath(surface, token);
      expect(path.startsWith(`${SURFACE_ROUTES[surface]}/`)).toBe(true);
      expect(path.slice(SURFACE_ROUTES[surface].length + 1)).not.toContain('/');
      expect(tokenFromInvitationUrl(path)).toBe(token);
    },
  );

  it.each(SURFACES.flatMap((surface) => TOKENS.map((token) => ({ surface, token }))))(
    'the full $surface URL of token "$token" gives the same token back',
    ({ surface, token }) => {
      expect(tokenFromInvitationUrl(`${ORIGIN}${invitationPath(surface, token)}`)).toBe(token);
    },
  );

  it.each([
    { url: `${ORIGIN}/admin-center/partner-invitation/tok3n`, how: 'a full URL' },
    { url: `${ORIGIN}/admin-center/partner-invitation/tok3n?utm_source=mail`, how: 'a query string' },
    { url: `${ORIGIN}/admin-center/partner-invitation/tok3n?next=/somewhere/else`, how: 'a query string with slashes' },
    { url: `${ORIGIN}/admin-center/partner-invitation/tok3n#accept`, how: 'a fragment' },
    { url: `${ORIGIN}/admin-center/partner-invitation/tok3n?a=1#x/y`, how: 'a query string and a fragment' },
    { url: `${ORIGIN}/admin-center/partner-invitation/tok3n/`, how: 'a trailing slash' },
    { url: `http://localhost:4000/office-portal/partner-invitation/tok3n`, how: 'a port' },
    { url: '/office-portal/partner-invitation/tok3n?x=1', how: 'only a path and a query string' },
    { url: 'tok3n', how: 'only the token' },
  ])('a link with $how gives its token', ({ url }) => {
    expect(tokenFromInvitationUrl(url)).toBe('tok3n');
  });

  it.each([
    { url: '', how: 'an empty string' },
    { url: '/', how: 'a bare slash' },
    { url: '?token=tok3n', how: 'only a query string' },
    { url: '#tok3n', how: 'only a fragment' },
    { url: `${ORIGIN}`, how: 'a bare origin' },
    { url: `${ORIGIN}/`, how: 'a bare origin with a slash' },
    { url: `${ORIGIN}?token=tok3n`, how: 'an origin with a query string' },
    { url: `${ORIGIN}/admin-center/partner-invitation/%E0%A4%A`, how: 'broken percent-encoding' },
  ])('a link with $how gives no token instead of failing', ({ url }) => {
    expect(tokenFromInvitationUrl(url)).toBeNull();
  });
});
