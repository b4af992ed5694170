/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
};

export type AcceptRelationshipPayload = {
  __typename: 'AcceptRelationshipPayload';
  /** The relationships now active with this partner. */
  relationships: Array<PartnerRelationship>;
  request: RelationshipRequest;
};

export type AcceptanceSurface =
  | 'ADMIN_CENTER'
  | 'OFFICE_ADMIN_PORTAL';

export type ActivityConnection = {
  __typename: 'ActivityConnection';
  edges: Array<ActivityEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActivityEdge = {
  __typename: 'ActivityEdge';
  cursor: Scalars['String']['output'];
  node: ActivityEntry;
};

/** One state change, with who did it and when. */
export type ActivityEntry = {
  __typename: 'ActivityEntry';
  /** Who did it; null when the system did. */
  actor: Maybe<UserSummary>;
  createdAt: Scalars['DateTimeISO']['output'];
  customer: Maybe<Customer>;
  id: Scalars['ID']['output'];
  /** The request, relationship, order or customer the entry is about. */
  subjectId: Scalars['ID']['output'];
  summary: Scalars['String']['output'];
  type: ActivityType;
};

export type ActivityType =
  | 'AGREEMENT_ACCEPTED'
  | 'API_KEY_CREATED'
  | 'API_KEY_REVOKED'
  | 'CUSTOMER_CREATED'
  | 'ORDER_PLACED'
  | 'RELATIONSHIP_CREATED'
  | 'RELATIONSHIP_ENDED'
  | 'RELATIONSHIP_END_REQUESTED'
  | 'REQUEST_ACCEPTED'
  | 'REQUEST_CREATED'
  | 'REQUEST_DECLINED'
  | 'REQUEST_EMAILED'
  | 'REQUEST_EXPIRED'
  | 'REQUEST_RESENT'
  | 'REQUEST_REVOKED'
  | 'REQUEST_VIEWED'
  | 'SUBSCRIPTION_CHANGED';

/** A partner's key for third-party tools. The secret is shown once, at creation. */
export type ApiKey = {
  __typename: 'ApiKey';
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy: Maybe<UserSummary>;
  expiresAt: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** Updated at most once a minute. */
  lastUsedAt: Maybe<Scalars['DateTimeISO']['output']>;
  name: Scalars['String']['output'];
  /** The first characters of the secret, to recognise it. */
  prefix: Scalars['String']['output'];
  revokedAt: Maybe<Scalars['DateTimeISO']['output']>;
  scopes: Array<ApiKeyScope>;
  status: ApiKeyStatus;
};

export type ApiKeyScope =
  /** Read customers, requests, relationships and the activity log. */
  | 'READ'
  /** Also request relationships, create customers, place orders and manage webhooks. */
  | 'WRITE';

export type ApiKeyStatus =
  | 'ACTIVE'
  /** Refused (UNAUTHENTICATED): the person who created the key is gone or no longer has a role that may manage API keys. A key never outlives its creator's standing; create a new one. */
  | 'CREATOR_LOST_ACCESS'
  | 'EXPIRED'
  | 'REVOKED';

/** Why an action is not possible now. */
export type Blocker = {
  __typename: 'Blocker';
  code: ErrorCode;
  message: Scalars['String']['output'];
};

export type CloudInstance =
  | 'PUBLIC'
  | 'US_GOVERNMENT';

/** A subscription the signed-in partner sold to a customer. */
export type CloudSubscription = {
  __typename: 'CloudSubscription';
  /** Whether this partner may cancel it now: any subscription it sold that is not cancelled yet. */
  canCancel: Scalars['Boolean']['output'];
  /** Whether this partner may change the seats now (see changeBlocker). */
  canChange: Scalars['Boolean']['output'];
  /** Whether this partner may reactivate it now: a SUSPENDED subscription, with an active reseller relationship. */
  canReactivate: Scalars['Boolean']['output'];
  /** Whether this partner may suspend it now: an ACTIVE subscription it sold, with or without a relationship. */
  canSuspend: Scalars['Boolean']['output'];
  /** Why this partner cannot change the seats of the subscription now. */
  changeBlocker: Maybe<Blocker>;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  product: Product;
  quantity: Scalars['Int']['output'];
  status: SubscriptionStatus;
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type CreateApiKeyInput = {
  /** When the key stops working; none means until revoked. */
  expiresAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** What the key is for, e.g. "PSA sync". */
  name: Scalars['String']['input'];
  scopes: Array<ApiKeyScope>;
};

export type CreateCustomerInput = {
  /** The customer agreement acceptance, if the customer has signed already; it can be recorded later. */
  agreement?: InputMaybe<CustomerAgreementInput>;
  companyName: Scalars['String']['input'];
  contactEmail: Scalars['String']['input'];
  contactName: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2 country code; must be in the partner’s market. */
  country: Scalars['String']['input'];
  /** The customer's primary domain, like fabrikam.com. */
  domain: Scalars['String']['input'];
};

export type CreateWebhookEndpointInput = {
  /** A note for people, at most 500 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** At least one. */
  events: Array<WebhookEventType>;
  /** Where to POST events: https:// (http:// only outside production). */
  url: Scalars['String']['input'];
};

/** A new key with its secret: store the secret now, it is never shown again. */
export type CreatedApiKey = {
  __typename: 'CreatedApiKey';
  apiKey: ApiKey;
  /** Send as `Authorization: Bearer <secret>`. */
  secret: Scalars['String']['output'];
};

/** An endpoint with its signing secret, returned only by create and rotate. */
export type CreatedWebhookEndpoint = {
  __typename: 'CreatedWebhookEndpoint';
  endpoint: WebhookEndpoint;
  /** The signing secret (whsec_…). Store it now: it is never shown again. */
  secret: Scalars['String']['output'];
};

/** A customer tenant, as the signed-in partner sees it. */
export type Customer = {
  __typename: 'Customer';
  /** This partner's admin (delegated admin) relationship. */
  adminRelationship: Maybe<Relationship>;
  /** Whether this partner may purchase for the customer now. */
  canPurchase: Scalars['Boolean']['output'];
  cloud: CloudInstance;
  companyName: Scalars['String']['output'];
  contactEmail: Maybe<Scalars['String']['output']>;
  contactName: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 country code. */
  country: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  customerAgreement: Maybe<CustomerAgreement>;
  customerAgreementAccepted: Scalars['Boolean']['output'];
  domain: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Why this partner cannot purchase for the customer now. */
  purchaseBlocker: Maybe<Blocker>;
  /** Every relationship with this partner, newest first. */
  relationships: Array<Relationship>;
  /** This partner's reseller relationship. */
  resellerRelationship: Maybe<Relationship>;
  /** Active subscriptions from this partner. */
  subscriptionCount: Scalars['Int']['output'];
  /** Subscriptions this partner sold to the customer. */
  subscriptions: Array<CloudSubscription>;
};

/** The partner's record of the customer's acceptance of the customer agreement. */
export type CustomerAgreement = {
  __typename: 'CustomerAgreement';
  acceptedAt: Scalars['DateTimeISO']['output'];
  signerEmail: Maybe<Scalars['String']['output']>;
  signerName: Maybe<Scalars['String']['output']>;
};

/** The customer's acceptance of the customer agreement, as the partner recorded it. */
export type CustomerAgreementInput = {
  /** The date the customer signed, YYYY-MM-DD. */
  acceptedOn: Scalars['String']['input'];
  signerEmail: Scalars['String']['input'];
  signerName: Scalars['String']['input'];
};

export type CustomerConnection = {
  __typename: 'CustomerConnection';
  edges: Array<CustomerEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CustomerEdge = {
  __typename: 'CustomerEdge';
  cursor: Scalars['String']['output'];
  node: Customer;
};

/** Sort order of the customer list (by company name). */
export type CustomerOrder =
  | 'NAME_ASC'
  | 'NAME_DESC';

export type EndedBySide =
  | 'CUSTOMER'
  | 'PARTNER';

/** The codes of extensions.code on errors. */
export type ErrorCode =
  | 'ADMIN_RELATIONSHIP_REQUIRED'
  | 'BAD_USER_INPUT'
  | 'CLOUD_MISMATCH'
  | 'CUSTOMER_AGREEMENT_REQUIRED'
  | 'FAILED_PRECONDITION'
  | 'FORBIDDEN'
  | 'INTERNAL_SERVER_ERROR'
  | 'INVITATION_ALREADY_USED'
  | 'INVITATION_DECLINED'
  | 'INVITATION_EXPIRED'
  | 'INVITATION_REVOKED'
  | 'NOT_FOUND'
  | 'RATE_LIMITED'
  | 'REGION_NOT_ALLOWED'
  | 'RELATIONSHIP_REQUIRED'
  | 'UNAUTHENTICATED';

/** What the acceptance page shows; readable with the link alone. */
export type Invitation = {
  __typename: 'Invitation';
  createdAt: Scalars['DateTimeISO']['output'];
  /** Set when only this customer may answer. */
  customer: Maybe<InvitedCustomer>;
  expiresAt: Scalars['DateTimeISO']['output'];
  includesDelegatedAdmin: Scalars['Boolean']['output'];
  locale: Locale;
  /** The partner's personal message. */
  message: Maybe<Scalars['String']['output']>;
  partner: PartnerProfile;
  status: RelationshipRequestStatus;
  surface: AcceptanceSurface;
};

/** The templated invitation email. */
export type InvitationEmail = {
  __typename: 'InvitationEmail';
  /** Plain text, containing the link. */
  body: Scalars['String']['output'];
  subject: Scalars['String']['output'];
};

/** The customer a request was made for. */
export type InvitedCustomer = {
  __typename: 'InvitedCustomer';
  companyName: Scalars['String']['output'];
  domain: Scalars['String']['output'];
};

export type Locale =
  | 'de'
  | 'en';

export type Mutation = {
  __typename: 'Mutation';
  /** A customer's global admin accepts a request. */
  acceptRelationshipRequest: AcceptRelationshipPayload;
  /** Creates an API key; the secret is in this answer only. */
  createApiKey: CreatedApiKey;
  /** Creates a new customer with an ACTIVE reseller relationship. */
  createCustomer: Customer;
  /** Registers an endpoint; the signing secret is returned only here and by rotate. */
  createWebhookEndpoint: CreatedWebhookEndpoint;
  /** A customer's global admin declines a request. The same checks as accepting, in the same order (pinned tenant, cloud, market), except the customer agreement. */
  declineRelationshipRequest: RelationshipRequest;
  /** Removes an endpoint and its delivery log. */
  deleteWebhookEndpoint: Scalars['Boolean']['output'];
  /** Ends a relationship, from either side. Partners: GLOBAL_ADMIN, ADMIN_AGENT or SALES_AGENT; customers: GLOBAL_ADMIN. A reseller relationship cannot end while subscriptions the partner sold the customer are ACTIVE (FAILED_PRECONDITION with extensions.subscriptions: { id productId productName quantity status }). */
  endRelationship: Relationship;
  /** Buys on behalf of a customer: needs an active reseller relationship and the customer agreement. */
  placeOrder: Order;
  /** Records the customer's acceptance of the customer agreement (needed to purchase). */
  recordCustomerAgreement: Customer;
  /** Sends a delivery again, with the same webhook-id. */
  redeliverWebhook: WebhookDelivery;
  /** One-click reminder for a pending or expired request the server emailed before: emails a renewed link with a new expiry to the same address (only link hashes are stored, so the old link cannot be sent again). */
  remindRelationshipRequest: RelationshipInvitation;
  /** A customer's GLOBAL_ADMIN asks the partner to cancel the active subscriptions that keep the reseller relationship from ending: recorded in the partner's activity log, sent as the webhook event relationship-end-requested and emailed to its admin agents. Once a day per relationship (RATE_LIMITED with Retry-After otherwise). */
  requestRelationshipEnd: PartnerRelationship;
  /** Creates a request with a unique link and the templated email. The url is only ever returned here. */
  requestResellerRelationship: RelationshipInvitation;
  /** Replaces the link of a pending request (the old one stops working) and renews its expiry; renews an expired request the same way (it is pending again). FAILED_PRECONDITION with `status` for an answered or revoked request. */
  resendRelationshipRequest: RelationshipInvitation;
  /** Revokes a key: the next request with it is UNAUTHENTICATED. */
  revokeApiKey: ApiKey;
  /** Withdraws a pending request; its link stops working. */
  revokeRelationshipRequest: RelationshipRequest;
  /** Replaces the signing secret at once; the new one is returned only here. */
  rotateWebhookSecret: CreatedWebhookEndpoint;
  /** Emails a pending request's invitation to an address (needs SMTP on the server). Pass the link's token. */
  sendRelationshipInvitation: RelationshipRequest;
  /** Queues a `test` event for the endpoint, signed and delivered like any other. */
  sendTestWebhook: WebhookDelivery;
  /** Signs in; also sets an httpOnly session cookie. */
  signIn: SignInPayload;
  /** Ends the current session (cookie or bearer token). */
  signOut: Scalars['Boolean']['output'];
  /** Ends every session of the signed-in user on every device, this one included (API keys keep working: revoke them separately). Use it after a lost device or a password leak. People only: an API key gets FORBIDDEN. */
  signOutEverywhere: Scalars['Boolean']['output'];
  /** Changes seats or status of a subscription you sold. Suspending (SUSPENDED) and cancelling (CANCELLED, final) are always allowed to you; reactivating (ACTIVE) needs an active reseller relationship; seats need admin permissions, except for an Azure plan you provisioned. A cancelled subscription cannot change (FAILED_PRECONDITION with extensions.status). */
  updateSubscription: CloudSubscription;
  /** Changes the URL, events or description, or enables or disables an endpoint. */
  updateWebhookEndpoint: WebhookEndpoint;
};


export type MutationAcceptRelationshipRequestArgs = {
  acceptCustomerAgreement?: InputMaybe<Scalars['Boolean']['input']>;
  token: Scalars['String']['input'];
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateCustomerArgs = {
  input: CreateCustomerInput;
};


export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


export type MutationDeclineRelationshipRequestArgs = {
  token: Scalars['String']['input'];
};


export type MutationDeleteWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEndRelationshipArgs = {
  alsoEndAdminRelationship?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationPlaceOrderArgs = {
  input: PlaceOrderInput;
};


export type MutationRecordCustomerAgreementArgs = {
  customerId: Scalars['ID']['input'];
  input: CustomerAgreementInput;
};


export type MutationRedeliverWebhookArgs = {
  deliveryId: Scalars['ID']['input'];
};


export type MutationRemindRelationshipRequestArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRequestRelationshipEndArgs = {
  id: Scalars['ID']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRequestResellerRelationshipArgs = {
  input: RequestResellerRelationshipInput;
};


export type MutationResendRelationshipRequestArgs = {
  id: Scalars['ID']['input'];
  locale?: InputMaybe<Locale>;
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeRelationshipRequestArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotateWebhookSecretArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSendRelationshipInvitationArgs = {
  input: SendRelationshipInvitationInput;
};


export type MutationSendTestWebhookArgs = {
  endpointId: Scalars['ID']['input'];
};


export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationUpdateSubscriptionArgs = {
  input: UpdateSubscriptionInput;
};


export type MutationUpdateWebhookEndpointArgs = {
  input: UpdateWebhookEndpointInput;
};

/** A purchase made by the partner on behalf of a customer. */
export type Order = {
  __typename: 'Order';
  createdAt: Scalars['DateTimeISO']['output'];
  customerId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  product: Product;
  quantity: Scalars['Int']['output'];
  subscription: CloudSubscription;
};

export type PageInfo = {
  __typename: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** What a customer may know of a partner. */
export type PartnerProfile = {
  __typename: 'PartnerProfile';
  cloud: CloudInstance;
  /** ISO 3166-1 alpha-2 country code. */
  country: Scalars['String']['output'];
  name: Scalars['String']['output'];
  partnerId: Scalars['String']['output'];
};

/** A relationship as the customer sees it: with the partner's profile. */
export type PartnerRelationship = {
  __typename: 'PartnerRelationship';
  /** The ACTIVE subscriptions this partner sold you, which keep a reseller relationship from ending (always empty for admin relationships). */
  activeSubscriptions: Array<SubscriptionSummary>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** When you last asked the partner to cancel them (requestRelationshipEnd); null if never. */
  endRequestedAt: Maybe<Scalars['DateTimeISO']['output']>;
  endedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Which side ended it. */
  endedBy: Maybe<EndedBySide>;
  id: Scalars['ID']['output'];
  origin: RelationshipOrigin;
  partner: PartnerProfile;
  status: RelationshipStatus;
  type: RelationshipType;
};

export type PartnerRelationshipConnection = {
  __typename: 'PartnerRelationshipConnection';
  edges: Array<PartnerRelationshipEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PartnerRelationshipEdge = {
  __typename: 'PartnerRelationshipEdge';
  cursor: Scalars['String']['output'];
  node: PartnerRelationship;
};

/** What a user may do in its tenant. */
export type PartnerRole =
  | 'ADMIN_AGENT'
  | 'BILLING_ADMIN'
  | 'GLOBAL_ADMIN'
  | 'HELPDESK_AGENT'
  | 'SALES_AGENT';

export type PlaceOrderInput = {
  customerId: Scalars['ID']['input'];
  productId: Scalars['ID']['input'];
  /** Seats, 1 to 100000 (1 for an Azure plan). */
  quantity: Scalars['Int']['input'];
};

/** A product of the catalog. */
export type Product = {
  __typename: 'Product';
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: ProductKind;
  name: Scalars['String']['output'];
  /** Monthly price per seat in cents; 0 for consumption-billed plans. */
  unitPriceCents: Scalars['Int']['output'];
};

export type ProductKind =
  | 'AZURE_PLAN'
  | 'SEAT_LICENSE';

export type Query = {
  __typename: 'Query';
  /** The partner's activity log, newest first. */
  activityLog: ActivityConnection;
  /** The partner's API keys, newest first (never their secrets). */
  apiKeys: Array<ApiKey>;
  /** A customer of this partner; null for any other id. */
  customer: Maybe<Customer>;
  /** The partner's customers, sorted by name. */
  customers: CustomerConnection;
  /** The acceptance page: readable with the link alone. Null for an unknown token. The first visit that is not by the requesting partner's own users sets the request's viewedAt. */
  invitation: Maybe<Invitation>;
  /** Finds a customer tenant by its domain (public directory data). */
  lookupTenant: Maybe<TenantLookup>;
  /** A customer's own partner relationships, newest first. */
  partnerRelationships: PartnerRelationshipConnection;
  /** The product catalog. */
  products: Array<Product>;
  relationshipRequest: Maybe<RelationshipRequest>;
  /** The partner's requests, newest first. */
  relationshipRequests: RelationshipRequestConnection;
  /** What this server can do (for example, send email). */
  serverCapabilities: ServerCapabilities;
  /** Who is signed in; null when anonymous. */
  viewer: Maybe<Viewer>;
  /** An endpoint's delivery log, newest first. */
  webhookDeliveries: WebhookDeliveryConnection;
  /** The partner's webhook endpoints, oldest first. */
  webhookEndpoints: Array<WebhookEndpoint>;
};


export type QueryActivityLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CustomerOrder>;
  relationship?: InputMaybe<RelationshipFilter>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryInvitationArgs = {
  token: Scalars['String']['input'];
};


export type QueryLookupTenantArgs = {
  domain: Scalars['String']['input'];
};


export type QueryPartnerRelationshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RelationshipStatus>;
};


export type QueryRelationshipRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRelationshipRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  expiringWithinDays?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RelationshipRequestStatus>;
};


export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  endpointId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A reseller or delegated-admin relationship between a partner and a customer. */
export type Relationship = {
  __typename: 'Relationship';
  createdAt: Scalars['DateTimeISO']['output'];
  endedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Which side ended it. */
  endedBy: Maybe<EndedBySide>;
  id: Scalars['ID']['output'];
  origin: RelationshipOrigin;
  status: RelationshipStatus;
  type: RelationshipType;
};

/** Which customers the partner list shows. */
export type RelationshipFilter =
  /** Every customer with an active relationship of any type. */
  | 'ALL'
  /** Customers whose relationships have all ended. */
  | 'FORMER'
  /** Customers with an active reseller relationship. */
  | 'RESELLER'
  /** Active reseller relationship and active admin permissions. */
  | 'RESELLER_AND_ADMIN'
  /** Active reseller relationship but no admin permissions. */
  | 'RESELLER_WITHOUT_ADMIN';

/** A new or renewed request with its link. The url is only ever returned here. */
export type RelationshipInvitation = {
  __typename: 'RelationshipInvitation';
  email: InvitationEmail;
  request: RelationshipRequest;
  /** The unique link; its last path segment is the token. */
  url: Scalars['String']['output'];
};

export type RelationshipOrigin =
  | 'INVITATION'
  | 'NEW_CUSTOMER';

/** A partner's request for a reseller relationship (and maybe admin permissions). */
export type RelationshipRequest = {
  __typename: 'RelationshipRequest';
  /** When the customer accepted or declined. */
  answeredAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The customer administrator who answered. */
  answeredBy: Maybe<UserSummary>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The partner user who made the request. */
  createdBy: UserSummary;
  /** The customer: the one it was made for, or the one that accepted it. */
  customer: Maybe<Customer>;
  expiresAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  includesDelegatedAdmin: Scalars['Boolean']['output'];
  /** When the link was last replaced by a resend. */
  linkRotatedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The language of the invitation email. */
  locale: Locale;
  /** The personal message in the email. */
  message: Maybe<Scalars['String']['output']>;
  revokedAt: Maybe<Scalars['DateTimeISO']['output']>;
  revokedBy: Maybe<UserSummary>;
  sentAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The last address the server emailed the invitation to. */
  sentTo: Maybe<Scalars['String']['output']>;
  /** PENDING past its expiry reads as EXPIRED. */
  status: RelationshipRequestStatus;
  /** Where the customer accepts. */
  surface: AcceptanceSurface;
  /** When the link was first opened. */
  viewedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

export type RelationshipRequestConnection = {
  __typename: 'RelationshipRequestConnection';
  edges: Array<RelationshipRequestEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RelationshipRequestEdge = {
  __typename: 'RelationshipRequestEdge';
  cursor: Scalars['String']['output'];
  node: RelationshipRequest;
};

export type RelationshipRequestStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

export type RelationshipStatus =
  | 'ACTIVE'
  | 'TERMINATED';

export type RelationshipType =
  | 'DELEGATED_ADMIN'
  | 'RESELLER';

export type RequestResellerRelationshipInput = {
  /** Invite a known customer: only that tenant may answer. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Also request delegated admin permissions. Always true for US Government partners. */
  includeDelegatedAdmin?: InputMaybe<Scalars['Boolean']['input']>;
  /** Language of the email. */
  locale: Locale;
  /** A personal message for the email (at most 2000 characters). */
  message?: InputMaybe<Scalars['String']['input']>;
};

export type SendRelationshipInvitationInput = {
  /** The customer administrator's email address. */
  to: Scalars['String']['input'];
  /** The token of the link (its last path segment), as returned with the url. */
  token: Scalars['String']['input'];
};

/** What this server can do. */
export type ServerCapabilities = {
  __typename: 'ServerCapabilities';
  /** Whether the server can email invitations (SMTP is configured). */
  emailSending: Scalars['Boolean']['output'];
};

export type SignInPayload = {
  __typename: 'SignInPayload';
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Send as `Authorization: Bearer <token>`; the SPA uses the cookie instead. */
  token: Scalars['String']['output'];
  viewer: Viewer;
};

export type Subscription = {
  __typename: 'Subscription';
  /** The partner's activity as it happens: requests viewed, accepted, declined, revoked or expired, relationships created or ended, orders. Over graphql-ws on /graphql. */
  relationshipEvents: ActivityEntry;
};

export type SubscriptionStatus =
  /** Billed and in use. */
  | 'ACTIVE'
  /** Cancelled by the partner: final, it never changes again. */
  | 'CANCELLED'
  /** Paused by the partner; it can be reactivated or cancelled. */
  | 'SUSPENDED';

/** A subscription in brief: what a client needs to act on it (the same objects as extensions.subscriptions of a refused endRelationship). */
export type SubscriptionSummary = {
  __typename: 'SubscriptionSummary';
  /** The subscription's id (updateSubscription takes it). */
  id: Scalars['ID']['output'];
  /** The product of the catalog. */
  productId: Scalars['ID']['output'];
  /** The product's name. */
  productName: Scalars['String']['output'];
  /** Seats (1 for an Azure plan). */
  quantity: Scalars['Int']['output'];
  /** ACTIVE for the subscriptions that block ending. */
  status: SubscriptionStatus;
};

export type TenantKind =
  | 'CUSTOMER'
  | 'PARTNER';

/** Public directory information about a customer tenant, found by its domain. */
export type TenantLookup = {
  __typename: 'TenantLookup';
  cloud: CloudInstance;
  country: Scalars['String']['output'];
  domain: Scalars['String']['output'];
  /** Pass as customerId to requestResellerRelationship. */
  id: Scalars['ID']['output'];
};

/** The signed-in user's tenant. */
export type TenantProfile = {
  __typename: 'TenantProfile';
  cloud: CloudInstance;
  /** ISO 3166-1 alpha-2 country code. */
  country: Scalars['String']['output'];
  /** Customers: whether the tenant has accepted the customer agreement. */
  customerAgreementAccepted: Scalars['Boolean']['output'];
  domain: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: TenantKind;
  /** The partner's CSP market (partners only). */
  market: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** The partner's public identifier; null for customers. */
  partnerId: Maybe<Scalars['String']['output']>;
};

/** Set either or both. */
export type UpdateSubscriptionInput = {
  id: Scalars['ID']['input'];
  quantity?: InputMaybe<Scalars['Int']['input']>;
  /** SUSPENDED to suspend, ACTIVE to reactivate, CANCELLED to cancel (final). */
  status?: InputMaybe<SubscriptionStatus>;
};

/** Changes to an endpoint; omitted fields stay as they are. */
export type UpdateWebhookEndpointInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Re-enabling also clears failingSince. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  events?: InputMaybe<Array<WebhookEventType>>;
  id: Scalars['ID']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A person, as far as the other side may know them. */
export type UserSummary = {
  __typename: 'UserSummary';
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

/** Who is signed in. */
export type Viewer = {
  __typename: 'Viewer';
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  roles: Array<PartnerRole>;
  tenant: TenantProfile;
};

/** One event sent (or to be sent) to one endpoint. */
export type WebhookDelivery = {
  __typename: 'WebhookDelivery';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  deliveredAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** How long the last attempt took. */
  durationMs: Maybe<Scalars['Int']['output']>;
  /** The payload's type, e.g. order-placed, or test. */
  eventType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastAttemptAt: Maybe<Scalars['DateTimeISO']['output']>;
  lastError: Maybe<Scalars['String']['output']>;
  /** The receiver's HTTP status on the last attempt; null when it was not reached. */
  lastStatusCode: Maybe<Scalars['Int']['output']>;
  /** When the next attempt is due (PENDING only). */
  nextAttemptAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The JSON body as sent. */
  payload: Scalars['String']['output'];
  status: WebhookDeliveryStatus;
  /** The webhook-id header: the same on every attempt and redelivery. */
  webhookId: Scalars['String']['output'];
};

export type WebhookDeliveryConnection = {
  __typename: 'WebhookDeliveryConnection';
  edges: Array<WebhookDeliveryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WebhookDeliveryEdge = {
  __typename: 'WebhookDeliveryEdge';
  cursor: Scalars['String']['output'];
  node: WebhookDelivery;
};

export type WebhookDeliveryStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SUCCEEDED';

/** A partner's webhook receiver. Its signing secret is shown only when created or rotated. */
export type WebhookEndpoint = {
  __typename: 'WebhookEndpoint';
  createdAt: Scalars['DateTimeISO']['output'];
  description: Scalars['String']['output'];
  enabled: Scalars['Boolean']['output'];
  events: Array<WebhookEventType>;
  /** Set after repeated failed attempts; cleared by the next success. */
  failingSince: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  url: Scalars['String']['output'];
};

/** Events an endpoint can subscribe to; the payload's `type` is the dashed name (e.g. order-placed). */
export type WebhookEventType =
  /** customer-created */
  | 'CUSTOMER_CREATED'
  /** delegated-admin-relationship-approved: admin permissions became active. */
  | 'DELEGATED_ADMIN_RELATIONSHIP_APPROVED'
  /** order-placed */
  | 'ORDER_PLACED'
  /** relationship-end-requested: a customer asked you to cancel the subscriptions that keep your reseller relationship from ending. */
  | 'RELATIONSHIP_END_REQUESTED'
  /** relationship-request-declined */
  | 'RELATIONSHIP_REQUEST_DECLINED'
  /** relationship-request-expired */
  | 'RELATIONSHIP_REQUEST_EXPIRED'
  /** relationship-request-revoked */
  | 'RELATIONSHIP_REQUEST_REVOKED'
  /** relationship-terminated: either side ended a relationship. */
  | 'RELATIONSHIP_TERMINATED'
  /** reseller-relationship-accepted-by-customer: a customer accepted a request. */
  | 'RESELLER_RELATIONSHIP_ACCEPTED_BY_CUSTOMER';

export type AcceptInvitationPageQueryQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type AcceptInvitationPageQueryQuery = { invitation: { __typename: 'Invitation', status: RelationshipRequestStatus, includesDelegatedAdmin: boolean, createdAt: string, expiresAt: string, surface: AcceptanceSurface, message: string | null, locale: Locale, partner: { __typename: 'PartnerProfile', name: string, country: string, partnerId: string, cloud: CloudInstance }, customer: { __typename: 'InvitedCustomer', companyName: string, domain: string } | null } | null, viewer: { __typename: 'Viewer', id: string, displayName: string, roles: Array<PartnerRole>, tenant: { __typename: 'TenantProfile', id: string, name: string, kind: TenantKind, country: string, cloud: CloudInstance, domain: string, customerAgreementAccepted: boolean } } | null };

export type AcceptInvitationMutationMutationVariables = Exact<{
  token: Scalars['String']['input'];
  acceptCustomerAgreement?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type AcceptInvitationMutationMutation = { acceptRelationshipRequest: { __typename: 'AcceptRelationshipPayload', request: { __typename: 'RelationshipRequest', id: string, status: RelationshipRequestStatus, answeredAt: string | null }, relationships: Array<{ __typename: 'PartnerRelationship', id: string, type: RelationshipType, status: RelationshipStatus, createdAt: string }> } };

export type DeclineInvitationMutationMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type DeclineInvitationMutationMutation = { declineRelationshipRequest: { __typename: 'RelationshipRequest', id: string, status: RelationshipRequestStatus } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const AcceptInvitationPageQueryDocument = new TypedDocumentString(`
    query AcceptInvitationPageQuery($token: String!) {
  invitation(token: $token) {
    status
    includesDelegatedAdmin
    createdAt
    expiresAt
    surface
    message
    locale
    partner {
      name
      country
      partnerId
      cloud
    }
    customer {
      companyName
      domain
    }
  }
  viewer {
    id
    displayName
    roles
    tenant {
      id
      name
      kind
      country
      cloud
      domain
      customerAgreementAccepted
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptInvitationPageQueryQuery, AcceptInvitationPageQueryQueryVariables>;
export const AcceptInvitationMutationDocument = new TypedDocumentString(`
    mutation AcceptInvitationMutation($token: String!, $acceptCustomerAgreement: Boolean) {
  acceptRelationshipRequest(
    token: $token
    acceptCustomerAgreement: $acceptCustomerAgreement
  ) {
    request {
      id
      status
      answeredAt
    }
    relationships {
      id
      type
      status
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptInvitationMutationMutation, AcceptInvitationMutationMutationVariables>;
export const DeclineInvitationMutationDocument = new TypedDocumentString(`
    mutation DeclineInvitationMutation($token: String!) {
  declineRelationshipRequest(token: $token) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DeclineInvitationMutationMutation, DeclineInvitationMutationMutationVariables>;