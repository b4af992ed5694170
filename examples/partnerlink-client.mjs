// A small third-party client for the Partnerlink GraphQL API: plain Node 20, no build step,
// no dependencies. Copy it into your integration and adapt.
import { createHmac, timingSafeEqual } from 'node:crypto';

export class PartnerlinkError extends Error {
  constructor(errors) {
    super(errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
    this.code = errors[0]?.extensions?.code;
    this.errors = errors;
  }
}

/** A client for one partner tenant, authenticated with an API key (`plk_…`). */
export function createClient({ url, apiKey }) {
  async function request(query, variables = {}) {
    for (let attempt = 0; ; attempt += 1) {
      const response = await fetch(new URL('/graphql', url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
        body: JSON.stringify({ query, variables }),
      });
      const retryAfter = Number(response.headers.get('retry-after'));
      const body = await response.json();
      if (body.errors?.[0]?.extensions?.code === 'RATE_LIMITED' && attempt < 3 && retryAfter > 0) {
        await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
        continue;
      }
      if (body.errors?.length) throw new PartnerlinkError(body.errors);
      return body.data;
    }
  }

  return {
    request,

    /** Every customer of the partner (all pages), optionally filtered. */
    async listCustomers({ relationship = 'ALL', search } = {}) {
      const customers = [];
      let after = null;
      do {
        const data = await request(
          `query Customers($after: String, $relationship: RelationshipFilter, $search: String) {
            customers(first: 100, after: $after, relationship: $relationship, search: $search) {
              pageInfo { hasNextPage endCursor }
              edges { node { id companyName domain country canPurchase adminRelationship { status } } }
            }
          }`,
          { after, relationship, search },
        );
        customers.push(...data.customers.edges.map((edge) => edge.node));
        after = data.customers.pageInfo.hasNextPage ? data.customers.pageInfo.endCursor : null;
      } while (after);
      return customers;
    },

    /** A new relationship request: returns its id, the link to send and the templated email. */
    async requestRelationship({ locale = 'en', includeDelegatedAdmin = false, message } = {}) {
      const data = await request(
        `mutation Request($input: RequestResellerRelationshipInput!) {
          requestResellerRelationship(input: $input) { url email { subject body } request { id status expiresAt } }
        }`,
        { input: { locale, includeDelegatedAdmin, message } },
      );
      return data.requestResellerRelationship;
    },
  };
}

/**
 * Verifies a Partnerlink webhook (Standard Webhooks): `body` is the raw request body string.
 * Returns the parsed event, or null when the signature or timestamp is not valid.
 */
export function verifyWebhook(secret, headers, body, toleranceSeconds = 300) {
  const id = headers['webhook-id'];
  const timestamp = Number(headers['webhook-timestamp']);
  if (!id || !Number.isFinite(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > toleranceSeconds) return null;
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest();
  const valid = String(headers['webhook-signature'] ?? '')
    .split(' ')
    .filter((entry) => entry.startsWith('v1,'))
    .map((entry) => Buffer.from(entry.slice(3), 'base64'))
    .some((signature) => signature.length === expected.length && timingSafeEqual(signature, expected));
  return valid ? JSON.parse(body) : null;
}
