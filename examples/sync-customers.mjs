#!/usr/bin/env node
// Lists the partner's customers with an API key and creates a relationship request.
//   PARTNERLINK_URL=http://localhost:4000 PARTNERLINK_API_KEY=plk_… node examples/sync-customers.mjs
import { createClient } from './partnerlink-client.mjs';

const url = process.env.PARTNERLINK_URL ?? 'http://localhost:4000';
const apiKey = process.env.PARTNERLINK_API_KEY;
if (!apiKey) {
  console.error('Set PARTNERLINK_API_KEY to an API key (Settings → API keys in Partnerlink).');
  process.exit(2);
}

const client = createClient({ url, apiKey });
const customers = await client.listCustomers();
console.log(`${customers.length} customers`);
for (const customer of customers) {
  const admin = customer.adminRelationship?.status === 'ACTIVE' ? 'admin' : 'no admin';
  console.log(`- ${customer.companyName} (${customer.domain}, ${customer.country}, ${admin})`);
}
const invitation = await client.requestRelationship({ locale: 'en' });
console.log(`new request ${invitation.request.id}: ${invitation.url}`);
