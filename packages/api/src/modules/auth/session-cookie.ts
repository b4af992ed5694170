import type { IncomingHttpHeaders } from 'node:http';
import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'partnerlink_session';

/** Where signIn and signOut put the session for the SPA. */
export interface SessionCookie {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/** The httpOnly, SameSite=Lax session cookie of an HTTP request. */
export function httpSessionCookie(req: Request, res: Response): SessionCookie {
  const secure = req.secure || req.get('x-forwarded-proto') === 'https';
  const options = { httpOnly: true, sameSite: 'lax', secure, path: '/' } as const;
  return {
    set: (token, expiresAt) => res.cookie(SESSION_COOKIE, token, { ...options, expires: expiresAt }),
    clear: () => res.clearCookie(SESSION_COOKIE, options),
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
