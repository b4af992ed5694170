import { body, SIGN_IN } from './cases.js';
import { BENCH_PASSWORD } from './seed.js';

interface GraphQLReply {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** One GraphQL request; throws on a non-2xx answer or GraphQL errors. */
export async function post(url: string, requestBody: string, token: string | null): Promise<GraphQLReply> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: requestBody,
    signal: AbortSignal.timeout(30_000),
  });
  const reply = (await response.json()) as GraphQLReply;
  if (!response.ok || reply.errors?.length) {
    throw new Error(`HTTP ${response.status}: ${JSON.stringify(reply.errors ?? reply).slice(0, 500)}`);
  }
  return reply;
}

export async function signIn(url: string, email: string): Promise<string> {
  const reply = await post(url, body(SIGN_IN, { email, password: BENCH_PASSWORD }), null);
  const token = (reply.data as { signIn?: { token?: string } } | undefined)?.signIn?.token;
  if (!token) throw new Error(`signing in ${email} returned no token`);
  return token;
}

/** Waits until the instance has worked off what a case left queued (/healthz queues behind it). */
export async function drain(origin: string): Promise<void> {
  const response = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(180_000) });
  if (!response.ok) throw new Error(`${origin}/healthz answered ${response.status} after a case`);
  await response.arrayBuffer();
}
