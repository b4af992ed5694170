/**
 * Texts only the signed-in app shows (partner and customer views), a chunk of their own: the
 * acceptance page, whose first visit has a budget (e2e/bundleSizes.ts), never loads them.
 * Issue 14 (two tiers) started it; texts the acceptance page needs stay in en.ts.
 */
export const partnerAppEn = {
  // Two tiers (DESIGN.md rule 15): relationship type, activity, problems.
  'rel.type.INDIRECT_RESELLER': 'Indirect reseller',
  'partners.indirectThrough': 'Indirect reseller, through {provider} (who bills you)',
  'partners.confirm.INDIRECT_RESELLER.title': 'End the indirect reseller relationship with {partner}?',
  'partners.confirm.INDIRECT_RESELLER.text': '{partner} no longer serves your organisation. Your reseller of record stays: end that relationship separately.',
  'partners.confirm.INDIRECT_RESELLER.submit': 'End indirect reseller relationship',
  'partners.done.INDIRECT_RESELLER': 'The indirect reseller relationship with {partner} has ended.',
  'activity.text.RELATIONSHIP_CREATED.INDIRECT_RESELLER': 'Indirect reseller relationship with {customerName} now active.',
  'activity.text.RELATIONSHIP_CREATED.RESELLER.through': 'Reseller relationship with {customerName} now active: the customer came through your indirect reseller {indirectPartnerName}.',
  'activity.text.RELATIONSHIP_CREATED.INDIRECT_RESELLER.through': 'Indirect reseller relationship with {customerName} now active, through your indirect provider {indirectPartnerName}.',
  'activity.text.RELATIONSHIP_ENDED.INDIRECT_RESELLER.PARTNER': 'Indirect reseller relationship with {customerName} ended by {actorName}.',
  'activity.text.RELATIONSHIP_ENDED.INDIRECT_RESELLER.CUSTOMER': 'Indirect reseller relationship ended by {actorName} of {customerName} (customer side); {partnerName} no longer has it.',
  'problem.INDIRECT_PROVIDER_REQUIRED': 'Choose the indirect provider the customer will buy through.',
  'problem.INDIRECT_PROVIDER_NOT_ALLOWED': 'Only an indirect reseller names an indirect provider.',
  'problem.PROVIDER_NOT_AUTHORIZED': 'This indirect provider has not authorised your organisation (or no longer does). Choose one of your providers.',
  'problem.NOT_ASSOCIATED_RESELLER': 'This indirect reseller does not serve the customer through you.',

  // Batches of requests (issue 15): activity and the webhook event's name.
  'activity.REQUEST_BATCH_CREATED': 'Batch of requests created',
  'activity.REQUEST_BATCH_COMPLETED': 'Batch of requests complete',
  'activity.text.REQUEST_BATCH_CREATED': '{actorName} created a batch of requests: {created} of {total} rows became requests ({blocked} blocked, {invalid} not valid).',
  'activity.text.REQUEST_BATCH_COMPLETED.links': 'A batch of requests is complete: {actorName} received the links of its {created} requests.',
  'activity.text.REQUEST_BATCH_COMPLETED.sent': 'A batch of requests is complete: {sent} of {created} emails sent, {sendFailed} not sent.',
  'webhookEvent.RELATIONSHIP_REQUEST_BATCH_COMPLETED': 'Batch of requests complete',
  'problem.BATCH_NOT_SENT': 'Partnerlink did not email this batch: its links were handed out when it was created. Send a new link from the requests page.',
  'problem.BATCH_EMPTY': 'A batch needs at least one row.',
  'problem.BATCH_TOO_LARGE': 'A batch has at most {max} rows; split the file.',
  'problem.CUSTOMER_NOT_FOUND': 'No customer has this id.',
  'problem.DUPLICATE_ROW': 'Row {rowNumber} already asks this customer; each customer appears once per batch.',
  'problem.IDEMPOTENCY_KEY_REUSED': 'This idempotency key was already used for a different batch; use a new key for new rows.',
  'problem.CSV_COLUMN_MISSING': 'The header row has no {column} column. Download the template to see the column names.',
  'problem.CSV_CUSTOMER_COLUMN_MISSING': 'The header row needs a domain column or a customer id column. Download the template to see the column names.',
  'problem.CSV_COLUMN_DUPLICATE': 'The column “{column}” means the same as an earlier column; keep only one of them.',
  'problem.CSV_UNCLOSED_QUOTE': 'The quotation mark opened in line {line} is never closed; check the file’s quotation marks.',
  'batches.invite': 'Invite many (CSV)',
  'batches.link': 'Batches',

  // The request dialog of an indirect reseller.
  'request.provider': 'Indirect provider',
  'request.providerHint': '{provider} becomes the customer’s reseller of record: it places the orders and bills. You serve the customer as its indirect reseller.',
  'request.providerChoose': 'Choose a provider',
  'request.noProviders.title': 'No indirect provider has authorised you yet',
  'request.noProviders.text': 'As an indirect reseller you invite customers through one of your indirect providers. Once a provider has authorised you, choose it here.',
  'request.noProviders.link': 'See your providers',

  // Customers of two tiers: the provider's list and detail, the reseller's.
  'customers.col.through': 'Through',
  'customers.through': 'through {reseller}',
  'customers.direct': 'Direct',
  'customers.billedBy': 'billed by {provider}',
  'customers.filter.reseller': 'Indirect reseller',
  'customers.filter.allResellers': 'All',
  'detail.through': 'This customer came through your indirect reseller {reseller}; your orders are tagged with it.',
  'detail.billedBy': 'Billed by {provider}: your indirect provider is the reseller of record and places the orders. Ask it to order for this customer.',
  'detail.sub.readOnly': 'Sold by {partner}, who changes it; read only for you.',
  'purchase.associated': 'Indirect reseller',
  'purchase.associatedHint': 'The order is tagged with the reseller who serves the customer.',
  'requests.through': 'through {provider}',
} as const satisfies Record<string, string>;

export type PartnerAppMessageKey = keyof typeof partnerAppEn;
export type PartnerAppCatalog = Record<PartnerAppMessageKey, string>;
