import type { IncomingHttpHeaders, ServerResponse } from 'node:http';

export const SESSION_COOKIE = 'partnerlink_session';

/** Where signIn and signOut put the session for the SPA. */
export interface SessionCookie {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/** Adds a Set-Cookie header, keeping any set before. */
function appendSetCookie(res: ServerResponse, value: string): void {
  const previous = res.getHeader('set-cookie');
  const values = previous === undefined ? [] : Array.isArray(previous) ? previous : [String(previous)];
  res.setHeader('set-cookie', [...values, value]);
}

/**
 * The httpOnly, SameSite=Lax session cookie of an HTTP response; Secure when the request came
 * over https (directly, or through a TLS-terminating proxy). Cleared by an expiry in 1970.
 */
export function httpSessionCookie(res: ServerResponse, secure: boolean): SessionCookie {
  const attributes = `; Path=/; Expires=%s; HttpOnly${secure ? '; Secure' : ''}; SameSite=Lax`;
  const cookie = (value: string, expires: Date) => `${SESSION_COOKIE}=${encodeURIComponent(value)}${attributes.replace('%s', expires.toUTCString())}`;
  return {
    set: (token, expiresAt) => appendSetCookie(res, cookie(token, expiresAt)),
    clear: () => appendSetCookie(res, cookie('', new Date(1))),
  };
}

/** Over a WebSocket there is no response to set a cookie on; the bearer token is the session. */
export const NO_SESSION_COOKIE: SessionCookie = { set: () => undefined, clear: () => undefined };

/** A cookie's value; undefined when it is absent or does not decode (`%`, a cut-off escape): no session. */
function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(value.join('='));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** The session token of a request: `Authorization: Bearer` first, then the cookie. */
export function sessionToken(headers: IncomingHttpHeaders, authorization?: unknown): string | undefined {
  const bearer = typeof authorization === 'string' ? authorization : headers.authorization;
  if (bearer?.startsWith('Bearer ')) return bearer.slice('Bearer '.length).trim() || undefined;
  return cookieValue(headers.cookie, SESSION_COOKIE);
}
