import { ApolloLink } from '@apollo/client';
import { createPersistedQueryLink } from '@apollo/client/link/persisted-queries';

/** The SHA-256 of a query's text as lower-case hex, with the browser's own Web Crypto (no library). */
export async function sha256Hex(text: string, subtle: SubtleCrypto): Promise<string> {
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Automatic persisted queries: a query goes out as its hash only; the server answers
 * PERSISTED_QUERY_NOT_FOUND the first time, the link sends hash and text once, and every later
 * request with that text is the hash alone. POST only (GET stays off: CSRF prevention refuses
 * GETs without a preflight header). Web Crypto exists only in secure contexts (https, localhost):
 * elsewhere the link passes requests through unchanged.
 */
export function createPersistedQueriesLink(subtle: SubtleCrypto | undefined = globalThis.crypto?.subtle): ApolloLink {
  if (!subtle) return new ApolloLink((operation, forward) => forward(operation));
  return createPersistedQueryLink({ sha256: (text) => sha256Hex(text, subtle), useGETForHashedQueries: false });
}
