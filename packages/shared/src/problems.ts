/**
 * Why an input or a change was refused, machine-readable: sent as `extensions.reason` (and
 * `extensions.params`) next to `code`, so a client shows its own sentence in its own language
 * instead of parsing the English `message`. A closed list: adding a reason is a contract change,
 * and the web's catalogs must give it a sentence in both languages (catalog.test.ts checks).
 */
export type Problem =
  // Free text, names, emails, domains, countries, languages, quantities, dates (validation.ts).
  | { readonly reason: 'REQUIRED' }
  | { readonly reason: 'TOO_SHORT'; readonly params: { readonly min: number } }
  | { readonly reason: 'TOO_LONG'; readonly params: { readonly max: number } }
  | { readonly reason: 'NAME_CHARACTERS' }
  | { readonly reason: 'EMAIL_TOO_LONG'; readonly params: { readonly max: number } }
  | { readonly reason: 'EMAIL_INVALID' }
  | { readonly reason: 'EMAIL_ADDRESS_LITERAL' }
  | { readonly reason: 'DOMAIN_INVALID' }
  | { readonly reason: 'COUNTRY_INVALID' }
  | { readonly reason: 'LOCALE_INVALID' }
  | { readonly reason: 'QUANTITY_RANGE'; readonly params: { readonly min: number; readonly max: number } }
  | { readonly reason: 'DATE_FORMAT' }
  | { readonly reason: 'DATE_NOT_REAL' }
  | { readonly reason: 'DATE_IN_FUTURE' }
  // Paging.
  | { readonly reason: 'PAGE_SIZE_RANGE'; readonly params: { readonly max: number } }
  | { readonly reason: 'CURSOR_INVALID' }
  | { readonly reason: 'DAYS_RANGE'; readonly params: { readonly min: number; readonly max: number } }
  | { readonly reason: 'TIME_RANGE' }
  // Customers and relationships.
  | { readonly reason: 'DOMAIN_TAKEN' }
  | { readonly reason: 'DOMAIN_NOT_CUSTOMER' }
  | { readonly reason: 'DOMAIN_NOT_OF_CUSTOMER' }
  | { readonly reason: 'AGREEMENT_ALREADY_RECORDED' }
  | { readonly reason: 'ALREADY_RELATED'; readonly params: { readonly customerName: string } }
  | { readonly reason: 'ALREADY_RELATED_WITH_ADMIN'; readonly params: { readonly customerName: string } }
  | { readonly reason: 'REQUEST_PENDING' }
  | { readonly reason: 'NOT_REVOCABLE'; readonly params: { readonly status: string } }
  | { readonly reason: 'NOT_RENEWABLE'; readonly params: { readonly status: string } }
  | { readonly reason: 'NOT_SENDABLE'; readonly params: { readonly status: string } }
  | { readonly reason: 'LINK_RENEWED_CONCURRENTLY' }
  | { readonly reason: 'TOKEN_OR_REQUEST_ID' }
  | { readonly reason: 'MAIL_DISABLED_SEND' }
  | { readonly reason: 'MAIL_DISABLED_REMIND' }
  | { readonly reason: 'NEVER_EMAILED' }
  | { readonly reason: 'RELATIONSHIP_ENDED' }
  | { readonly reason: 'NOT_RESELLER_RELATIONSHIP' }
  | { readonly reason: 'ACTIVE_SUBSCRIPTIONS'; readonly params: { readonly count: number } }
  // Two tiers: reseller authorisations (reseller-authorization.ts).
  | { readonly reason: 'NOT_INDIRECT_PROVIDER' }
  | { readonly reason: 'NOT_INDIRECT_RESELLER' }
  | { readonly reason: 'ALREADY_AUTHORIZED' }
  | { readonly reason: 'AUTHORIZATION_ENDED' }
  // Two tiers: requests through an indirect provider, orders for its resellers' customers (two-tier.ts).
  | { readonly reason: 'INDIRECT_PROVIDER_REQUIRED' }
  | { readonly reason: 'INDIRECT_PROVIDER_NOT_ALLOWED' }
  | { readonly reason: 'PROVIDER_NOT_AUTHORIZED' }
  | { readonly reason: 'NOT_ASSOCIATED_RESELLER' }
  // Batches of relationship requests (request-batch.ts).
  | { readonly reason: 'BATCH_EMPTY' }
  | { readonly reason: 'BATCH_TOO_LARGE'; readonly params: { readonly max: number } }
  | { readonly reason: 'DOMAIN_OR_CUSTOMER_ID' }
  | { readonly reason: 'CUSTOMER_NOT_FOUND' }
  | { readonly reason: 'DUPLICATE_ROW'; readonly params: { readonly rowNumber: number } }
  | { readonly reason: 'IDEMPOTENCY_KEY_REUSED' }
  | { readonly reason: 'BATCH_NOT_SENT' }
  // A batch's CSV file (batch-csv.ts).
  | { readonly reason: 'CSV_COLUMN_MISSING'; readonly params: { readonly column: string } }
  | { readonly reason: 'CSV_CUSTOMER_COLUMN_MISSING' }
  | { readonly reason: 'CSV_COLUMN_DUPLICATE'; readonly params: { readonly column: string } }
  | { readonly reason: 'CSV_UNCLOSED_QUOTE'; readonly params: { readonly line: number } }
  // Admin relationships (admin-roles.ts).
  | { readonly reason: 'ADMIN_ROLES_REQUIRED' }
  | { readonly reason: 'ADMIN_ROLE_UNKNOWN'; readonly params: { readonly role: string } }
  | { readonly reason: 'ADMIN_ROLE_NOT_REQUESTED'; readonly params: { readonly role: string } }
  | { readonly reason: 'DURATION_INVALID' }
  | { readonly reason: 'DURATION_OUT_OF_RANGE'; readonly params: { readonly min: number; readonly max: number } }
  | { readonly reason: 'AUTO_EXTEND_WITH_GLOBAL_ADMIN' }
  | { readonly reason: 'ADMIN_DISPLAY_NAME_TAKEN'; readonly params: { readonly name: string } }
  // The customer removes roles from an admin relationship (admin-role-removal.ts).
  | { readonly reason: 'ADMIN_ROLE_NOT_HELD'; readonly params: { readonly role: string } }
  | { readonly reason: 'ADMIN_ROLES_ALL_REMOVED' }
  | { readonly reason: 'NOT_ADMIN_RELATIONSHIP' }
  // Orders and subscriptions.
  | { readonly reason: 'AZURE_PLAN_QUANTITY' }
  | { readonly reason: 'AZURE_PLAN_SEATS' }
  | { readonly reason: 'AZURE_PLAN_EXISTS' }
  | { readonly reason: 'NOTHING_TO_CHANGE' }
  | { readonly reason: 'ADMIN_ROLE_REQUIRED'; readonly params: { readonly product: string; readonly roles: string } }
  // API keys.
  | { readonly reason: 'SCOPES_REQUIRED' }
  | { readonly reason: 'EXPIRY_RANGE' }
  | { readonly reason: 'KEY_ALREADY_REVOKED' }
  // Webhooks.
  | { readonly reason: 'EVENTS_REQUIRED' }
  | { readonly reason: 'DESCRIPTION_TOO_LONG'; readonly params: { readonly max: number } }
  | { readonly reason: 'ENDPOINT_LIMIT'; readonly params: { readonly max: number } }
  | { readonly reason: 'DELIVERY_IN_PROGRESS' }
  | { readonly reason: 'ENDPOINT_DISABLED' }
  | { readonly reason: 'URL_INVALID' }
  | { readonly reason: 'URL_TOO_LONG'; readonly params: { readonly max: number } }
  | { readonly reason: 'URL_HTTPS_ONLY' }
  | { readonly reason: 'URL_SCHEME' }
  | { readonly reason: 'URL_CREDENTIALS' }
  | { readonly reason: 'URL_PRIVATE_ADDRESS' }
  | { readonly reason: 'URL_RESOLVES_PRIVATE'; readonly params: { readonly host: string } };

export type ProblemReason = Problem['reason'];
/** The params of a reason's problem (an empty object for a reason without params). */
export type ProblemParams<R extends ProblemReason> = Extract<Problem, { reason: R }> extends { params: infer P } ? P : Record<never, never>;

/** The API's English sentence per reason: what `message` says (third parties read it). */
const ENGLISH: { readonly [R in ProblemReason]: (params: ProblemParams<R>) => string } = {
  REQUIRED: () => 'This field is required.',
  TOO_SHORT: ({ min }) => `Enter at least ${min} characters.`,
  TOO_LONG: ({ max }) => `Enter at most ${max} characters.`,
  NAME_CHARACTERS: () => 'A name cannot contain control characters, invisible characters or text-direction controls.',
  EMAIL_TOO_LONG: ({ max }) => `An email address has at most ${max} characters.`,
  EMAIL_INVALID: () => 'Enter a valid email address, like name@example.com.',
  EMAIL_ADDRESS_LITERAL: () => 'An email address needs a domain name after the @, like name@example.com, not an IP address.',
  DOMAIN_INVALID: () => 'Enter a domain name, like contoso.com.',
  COUNTRY_INVALID: () => 'Choose a country (ISO 3166-1 alpha-2 code).',
  LOCALE_INVALID: () => 'The language is de or en.',
  QUANTITY_RANGE: ({ min, max }) => `The quantity is a whole number from ${min} to ${max}.`,
  DATE_FORMAT: () => 'Enter the date as YYYY-MM-DD.',
  DATE_NOT_REAL: () => 'Enter a real calendar date.',
  DATE_IN_FUTURE: () => 'The agreement date cannot be in the future.',
  PAGE_SIZE_RANGE: ({ max }) => `first must be between 1 and ${max}.`,
  CURSOR_INVALID: () => 'The cursor is not valid; start again from the first page.',
  DAYS_RANGE: ({ min, max }) => `expiringWithinDays is between ${min} and ${max}.`,
  TIME_RANGE: () => 'from must not be after to.',
  DOMAIN_TAKEN: () => 'A tenant with this domain already exists. Invite it with a relationship request instead.',
  DOMAIN_NOT_CUSTOMER: () => 'This domain belongs to a partner organisation, not a customer.',
  DOMAIN_NOT_OF_CUSTOMER: () => 'This domain is not the domain of the chosen customer. Give only one of them, or both matching.',
  AGREEMENT_ALREADY_RECORDED: () => 'The customer agreement is already on record for this customer.',
  ALREADY_RELATED: ({ customerName }) => `${customerName} already has a reseller relationship with you.`,
  ALREADY_RELATED_WITH_ADMIN: ({ customerName }) => `${customerName} already has a reseller relationship and admin permissions with you.`,
  REQUEST_PENDING: () => 'This customer already has a pending request from you. Open it, or send a reminder with a new link.',
  NOT_REVOCABLE: ({ status }) => `Only a pending request can be revoked; this one is ${status.toLowerCase()}.`,
  NOT_RENEWABLE: ({ status }) => `Only a pending or expired request can get a new link; this one is ${status.toLowerCase()}.`,
  NOT_SENDABLE: ({ status }) => `Only a pending request can be sent; this one is ${status.toLowerCase()}.`,
  LINK_RENEWED_CONCURRENTLY: () => 'Someone renewed this link at the same moment; its newest link is the one that works.',
  TOKEN_OR_REQUEST_ID: () => 'Give exactly one of the link’s token and the request’s id.',
  MAIL_DISABLED_SEND: () => 'This server cannot send email. Copy the message or open it in your mail app.',
  MAIL_DISABLED_REMIND: () => 'This server cannot send email. Use “New link” and send it yourself.',
  NEVER_EMAILED: () => 'This request was never emailed from Partnerlink: use “New link” and send it yourself.',
  RELATIONSHIP_ENDED: () => 'This relationship has already ended.',
  NOT_RESELLER_RELATIONSHIP: () => 'Only a reseller relationship waits for subscriptions to be cancelled.',
  ACTIVE_SUBSCRIPTIONS: ({ count }) =>
    `The customer still has ${count} active subscription(s) from this partner; the partner must cancel or suspend them before the reseller relationship can end.`,
  NOT_INDIRECT_PROVIDER: () => 'Only an indirect provider authorises indirect resellers.',
  NOT_INDIRECT_RESELLER: () => 'Only an indirect reseller can accept a reseller authorisation; ask Partnerlink to set up your organisation as an indirect reseller.',
  ALREADY_AUTHORIZED: () => 'Your organisation is already an authorised reseller of this indirect provider.',
  AUTHORIZATION_ENDED: () => 'This reseller authorisation has already ended.',
  INDIRECT_PROVIDER_REQUIRED: () => 'As an indirect reseller, choose the indirect provider the customer will buy through.',
  INDIRECT_PROVIDER_NOT_ALLOWED: () => 'Only an indirect reseller names an indirect provider; your organisation is the reseller of record itself.',
  PROVIDER_NOT_AUTHORIZED: () => 'This is not one of your indirect providers: choose a provider whose reseller authorisation is active.',
  NOT_ASSOCIATED_RESELLER: () => 'This partner is not an indirect reseller of the customer through your organisation.',
  BATCH_EMPTY: () => 'A batch needs at least one row.',
  BATCH_TOO_LARGE: ({ max }) => `A batch has at most ${max} rows; split the file.`,
  DOMAIN_OR_CUSTOMER_ID: () => 'Give either the domain or the customer id of each row, not both and not neither.',
  CUSTOMER_NOT_FOUND: () => 'No customer has this id.',
  DUPLICATE_ROW: ({ rowNumber }) => `Row ${rowNumber} already asks this customer; each customer appears once per batch.`,
  IDEMPOTENCY_KEY_REUSED: () => 'This idempotency key was already used for a different batch; use a new key for new rows.',
  BATCH_NOT_SENT: () => 'Partnerlink did not email this batch: its links were handed out when it was created. Send a new link from the requests page.',
  CSV_COLUMN_MISSING: ({ column }) => `The header row has no ${column} column. Download the template to see the column names.`,
  CSV_CUSTOMER_COLUMN_MISSING: () => 'The header row needs a domain column or a customer id column. Download the template to see the column names.',
  CSV_COLUMN_DUPLICATE: ({ column }) => `The column “${column}” means the same as an earlier column; keep only one of them.`,
  CSV_UNCLOSED_QUOTE: ({ line }) => `The quotation mark opened in line ${line} is never closed; check the file’s quotation marks.`,
  ADMIN_ROLES_REQUIRED: () => 'Choose at least one admin role.',
  ADMIN_ROLE_UNKNOWN: ({ role }) => `${role} is not an admin role Partnerlink knows.`,
  ADMIN_ROLE_NOT_REQUESTED: ({ role }) => `${role} was not requested; approve only roles the partner asked for.`,
  DURATION_INVALID: () => 'Enter the duration in ISO 8601 days, months or years, like P90D, P6M or P1Y6M.',
  DURATION_OUT_OF_RANGE: ({ min, max }) => `The duration is from ${min} day (P1D) to ${max} days (P2Y).`,
  AUTO_EXTEND_WITH_GLOBAL_ADMIN: () => 'An admin relationship with the Global Administrator role cannot be extended automatically.',
  ADMIN_DISPLAY_NAME_TAKEN: ({ name }) => `You already use the name "${name}" for an active admin relationship or a pending request. Choose another.`,
  ADMIN_ROLE_NOT_HELD: ({ role }) => `The admin relationship does not hold ${role}; remove only roles it holds.`,
  ADMIN_ROLES_ALL_REMOVED: () => 'Removing every role would leave nothing of the admin relationship: end it instead (endRelationship).',
  NOT_ADMIN_RELATIONSHIP: () => 'Only an admin relationship has roles to remove.',
  AZURE_PLAN_QUANTITY: () => 'An Azure plan is bought once per customer: quantity 1.',
  AZURE_PLAN_SEATS: () => 'An Azure plan has no seats to change.',
  AZURE_PLAN_EXISTS: () => 'The customer already has an Azure plan from you; cancel it before buying another.',
  NOTHING_TO_CHANGE: () => 'Give a new quantity or status.',
  ADMIN_ROLE_REQUIRED: ({ product, roles }) =>
    `Changing ${product} needs an active admin relationship with the customer holding one of these roles: ${roles}.`,
  SCOPES_REQUIRED: () => 'Choose at least one scope.',
  EXPIRY_RANGE: () => 'The expiry must be in the future and at most two years away.',
  KEY_ALREADY_REVOKED: () => 'This key is already revoked.',
  EVENTS_REQUIRED: () => 'Choose at least one event.',
  DESCRIPTION_TOO_LONG: ({ max }) => `The description is longer than ${max} characters.`,
  ENDPOINT_LIMIT: ({ max }) => `A partner can register at most ${max} webhook endpoints.`,
  DELIVERY_IN_PROGRESS: () => 'This delivery is being sent right now; try again in a minute.',
  ENDPOINT_DISABLED: () => 'The endpoint is disabled; enable it first.',
  URL_INVALID: () => 'Enter a full URL, like https://example.com/webhooks/partnerlink.',
  URL_TOO_LONG: ({ max }) => `The URL is longer than ${max} characters.`,
  URL_HTTPS_ONLY: () => 'Webhook URLs must start with https://.',
  URL_SCHEME: () => 'Webhook URLs must start with https:// or http://.',
  URL_CREDENTIALS: () => 'Webhook URLs may not contain a user name or password.',
  URL_PRIVATE_ADDRESS: () => 'Webhook URLs must point to a public address, not a private, loopback or link-local one.',
  URL_RESOLVES_PRIVATE: ({ host }) => `${host} resolves to a private, loopback or link-local address.`,
};

/**
 * Every reason, for tests that check each has a sentence (the web's catalogs, the API's English).
 * Marked pure so a bundle that needs no English sentence (the web) leaves the table out.
 */
export const PROBLEM_REASONS = /* @__PURE__ */ Object.keys(ENGLISH) as readonly ProblemReason[];

const REASONS: ReadonlySet<string> = /* @__PURE__ */ new Set(PROBLEM_REASONS);

export function isProblemReason(value: unknown): value is ProblemReason {
  return typeof value === 'string' && REASONS.has(value);
}

/** A problem's params (an empty object for a reason without params). */
export function problemParams(problem: Problem): Readonly<Record<string, string | number>> {
  return 'params' in problem ? problem.params : {};
}

/** The API's English sentence for a problem (the error's `message`). */
export function problemMessage(problem: Problem): string {
  const render = ENGLISH[problem.reason] as (params: Readonly<Record<string, string | number>>) => string;
  return render(problemParams(problem));
}
