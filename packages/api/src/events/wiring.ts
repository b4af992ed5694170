import type { DomainEventType } from './domain-events.js';

/**
 * What happens when a unit of work commits: the one place that says it.
 *
 * A service changes rows and emits domain events on its unit of work (`tx.emit(event)`, see
 * domain-events.ts). When its work is done, the events pass through these steps:
 *
 * Before the commit, in the same transaction (so they exist exactly when the change does):
 * - `writeActivity`: the entries of the partner's activity log, with their facts
 *   (modules/activity-log/activity-entries.ts);
 * - `queueWebhooks`: a webhook event and a PENDING delivery per subscribed endpoint of the partner
 *   (modules/webhooks/webhook-payload.ts builds the bodies, webhook-outbox.ts queues them);
 * - on PostgreSQL, a NOTIFY naming the new entries, which PostgreSQL delivers to the other
 *   instances when (and only if) the transaction commits (db/activity-channel.ts).
 *
 * After the commit, on this instance, and on every other instance when the NOTIFY arrives:
 * - `publishLive`: the entries go to the live bus, to the `relationshipEvents` subscriptions;
 * - `forgetCustomerCounts`: the partner's remembered customer-list counts are forgotten, when a
 *   customer joins or leaves one of its lists;
 * - `wakeDispatcher`: the webhook dispatcher sends what was queued at once (this instance; the
 *   others find it when they poll);
 * - `wakeBatchSender`: the batch sender starts on a new batch's emails (modules/request-batches/batch-sender.ts).
 *
 * So "what happens when a customer accepts?": the invitation service claims the request, creates
 * the relationships and emits `RequestAccepted`; its row below says the rest.
 */
export type BeforeCommitStep = 'writeActivity' | 'queueWebhooks';
export type AfterCommitStep = 'publishLive' | 'forgetCustomerCounts' | 'wakeDispatcher' | 'wakeBatchSender';

export interface Route {
  readonly beforeCommit: readonly BeforeCommitStep[];
  readonly afterCommit: readonly AfterCommitStep[];
}

/** Logged and shown live: the partner's own log and open pages hear of it, nothing else. */
const LOGGED: Route = { beforeCommit: ['writeActivity'], afterCommit: ['publishLive'] };
/** Like LOGGED, and announced to the partner's webhook endpoints. */
const ANNOUNCED: Route = { beforeCommit: ['writeActivity', 'queueWebhooks'], afterCommit: ['publishLive', 'wakeDispatcher'] };
/**
 * Like ANNOUNCED, and a customer joins or leaves one of the partner's customer lists (a
 * relationship begins or ends): the lists' remembered counts are forgotten. Requests, links,
 * emails, agreements, orders and roles change no count, so they keep them (a large partner's
 * recount costs tens of milliseconds, and each of its requests made every next page count again).
 */
const ANNOUNCED_LISTED: Route = {
  beforeCommit: ['writeActivity', 'queueWebhooks'],
  afterCommit: ['publishLive', 'forgetCustomerCounts', 'wakeDispatcher'],
};

/** Every domain event and the steps it takes (the compiler insists on a row per event). */
export const ROUTES: { readonly [T in DomainEventType]: Route } = {
  // A partner adds a new customer: CUSTOMER_CREATED + RELATIONSHIP_CREATED, webhook customer-created.
  CustomerCreated: ANNOUNCED_LISTED,
  // A partner records an agreement signed elsewhere: AGREEMENT_ACCEPTED.
  CustomerAgreementRecorded: LOGGED,
  // A partner asks for a relationship: REQUEST_CREATED.
  RequestCreated: LOGGED,
  // One request of a batch: REQUEST_CREATED too, but not live one by one (5,000 would make every open page refetch
  // 5,000 times): the batch's own RequestBatchCreated is live.
  BatchRequestCreated: { beforeCommit: ['writeActivity'], afterCommit: [] },
  // The customer opens the link for the first time: REQUEST_VIEWED.
  RequestViewed: LOGGED,
  // A new link (by hand, or with a reminder email): REQUEST_RESENT.
  RequestRenewed: LOGGED,
  // The server emailed the link: REQUEST_EMAILED.
  InvitationEmailed: LOGGED,
  // The batch sender emailed a batch's link: REQUEST_EMAILED, not live one by one (the batch page follows its counts).
  BatchInvitationEmailed: { beforeCommit: ['writeActivity'], afterCommit: [] },
  // The customer accepts: AGREEMENT_ACCEPTED (if it came with it), REQUEST_ACCEPTED, RELATIONSHIP_CREATED per new
  // relationship; webhooks reseller-relationship-accepted-by-customer and, for admin permissions,
  // delegated-admin-relationship-approved.
  RequestAccepted: ANNOUNCED_LISTED,
  // A two-tier request accepted, for the indirect provider: AGREEMENT_ACCEPTED (if it came with it), RELATIONSHIP_CREATED
  // naming the indirect reseller (when the provider was not reseller of record yet); webhook
  // reseller-relationship-accepted-by-customer with indirectPartner. Its reseller hears RequestAccepted.
  IndirectCustomerAccepted: ANNOUNCED_LISTED,
  // The customer declines: REQUEST_DECLINED, webhook relationship-request-declined.
  RequestDeclined: ANNOUNCED,
  // A customer user tried to accept but may not (market, cloud, not a global admin): ACCEPT_REFUSED, at most once
  // per request, user and reason an hour; no webhook.
  AcceptRefused: LOGGED,
  // The partner revokes: REQUEST_REVOKED, webhook relationship-request-revoked.
  RequestRevoked: ANNOUNCED,
  // Noticed by whoever touches an overdue request first, or the sweep: REQUEST_EXPIRED, webhook relationship-request-expired.
  RequestExpired: ANNOUNCED,
  // Either side ends relationships: RELATIONSHIP_ENDED per relationship, webhook relationship-terminated each.
  RelationshipsEnded: ANNOUNCED_LISTED,
  // The customer asks the partner to cancel subscriptions: RELATIONSHIP_END_REQUESTED, webhook relationship-end-requested.
  RelationshipEndRequested: ANNOUNCED,
  // A partner orders for a customer: ORDER_PLACED, webhook order-placed.
  OrderPlaced: ANNOUNCED,
  // Seats or status of a subscription change: SUBSCRIPTION_CHANGED.
  SubscriptionChanged: LOGGED,
  // API keys: API_KEY_CREATED, API_KEY_REVOKED.
  ApiKeyCreated: LOGGED,
  ApiKeyRevoked: LOGGED,
  // The lifecycle sweep (modules/relationships/admin-lifecycle.ts, which also emails the partner):
  // 30/7/1 days before the end: ADMIN_RELATIONSHIP_EXPIRING, webhook admin-relationship-expiring;
  AdminRelationshipExpiring: ANNOUNCED,
  // at the end, without auto-extension: ADMIN_RELATIONSHIP_EXPIRED, webhook admin-relationship-expired;
  AdminRelationshipExpired: ANNOUNCED_LISTED,
  // at the end, with auto-extension: ADMIN_RELATIONSHIP_EXTENDED, webhook admin-relationship-extended.
  AdminRelationshipExtended: ANNOUNCED_LISTED,
  // The customer removes roles from an admin relationship: ADMIN_ROLES_REMOVED, webhook admin-relationship-roles-removed.
  AdminRolesRemoved: ANNOUNCED,
  // Two tiers (modules/reseller-authorizations), one event per partner side:
  // a provider invites a reseller: RESELLER_AUTHORIZATION_INVITED in the provider's log; no webhook;
  ResellerAuthorizationInvited: LOGGED,
  // the reseller accepts: RESELLER_AUTHORIZATION_ACCEPTED in both logs, webhook reseller-authorization-accepted to both;
  ResellerAuthorizationAccepted: ANNOUNCED,
  // either side ends it (or the provider withdraws an invitation): RESELLER_AUTHORIZATION_ENDED, webhook
  // reseller-authorization-ended, to both sides (to the provider alone for a withdrawn invitation).
  ResellerAuthorizationEnded: ANNOUNCED,
  // Batches (modules/request-batches): a batch is created: REQUEST_BATCH_CREATED (its requests log REQUEST_CREATED each),
  // and the batch sender starts emailing its links when the batch is SENDING;
  RequestBatchCreated: { beforeCommit: ['writeActivity'], afterCommit: ['publishLive', 'wakeBatchSender'] },
  // nothing is left to do for it (links handed out, or every email sent or failed): REQUEST_BATCH_COMPLETED,
  // webhook relationship-request-batch-completed with the counts.
  RequestBatchCompleted: ANNOUNCED,
};
