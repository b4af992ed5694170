/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: unknown; output: unknown; }
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
  /** The facts of the entry as they were at the time (names, figures), to render it in any language; the keys depend on `type` (see docs/api.md, "Activity entries"). Null for entries recorded before entries had them. */
  params: Maybe<Scalars['JSONObject']['output']>;
  /** The request, relationship, order or customer the entry is about. */
  subjectId: Scalars['ID']['output'];
  /** What happened, as an English sentence written at the time (use `params` for other languages). */
  summary: Scalars['String']['output'];
  type: ActivityType;
};

export type ActivityType =
  | 'ACCEPT_REFUSED'
  | 'ADMIN_RELATIONSHIP_EXPIRED'
  | 'ADMIN_RELATIONSHIP_EXPIRING'
  | 'ADMIN_RELATIONSHIP_EXTENDED'
  | 'ADMIN_ROLES_REMOVED'
  | 'AGREEMENT_ACCEPTED'
  | 'API_KEY_CREATED'
  | 'API_KEY_REVOKED'
  | 'CUSTOMER_CREATED'
  | 'ORDER_PLACED'
  | 'RELATIONSHIP_CREATED'
  | 'RELATIONSHIP_ENDED'
  | 'RELATIONSHIP_END_REQUESTED'
  | 'REQUEST_ACCEPTED'
  | 'REQUEST_BATCH_COMPLETED'
  | 'REQUEST_BATCH_CREATED'
  | 'REQUEST_CREATED'
  | 'REQUEST_DECLINED'
  | 'REQUEST_EMAILED'
  | 'REQUEST_EXPIRED'
  | 'REQUEST_RESENT'
  | 'REQUEST_REVOKED'
  | 'REQUEST_VIEWED'
  | 'RESELLER_AUTHORIZATION_ACCEPTED'
  | 'RESELLER_AUTHORIZATION_ENDED'
  | 'RESELLER_AUTHORIZATION_INVITED'
  | 'SUBSCRIPTION_CHANGED';

/** The admin access (GDAP) a request asks for: accepting creates an admin relationship with these terms. */
export type AdminAccess = {
  __typename: 'AdminAccess';
  /** Whether it extends itself by P180D at each end (never with GLOBAL_ADMINISTRATOR). */
  autoExtend: Scalars['Boolean']['output'];
  /** The admin relationship's display name, unique among the partner's active admin relationships and pending requests. */
  displayName: Scalars['String']['output'];
  /** How long the admin relationship lasts from its approval (ISO 8601, P1D to P2Y). */
  duration: Scalars['String']['output'];
  /** The roles asked for, in catalogue order; the customer may approve a subset. */
  roles: Array<AdminRole>;
};

/** Admin access (GDAP) to ask for: Microsoft Entra roles for a limited time. */
export type AdminAccessInput = {
  /** Extend by P180D at each end until ended; refused with GLOBAL_ADMINISTRATOR (AUTO_EXTEND_WITH_GLOBAL_ADMIN). */
  autoExtend?: InputMaybe<Scalars['Boolean']['input']>;
  /** A display name (at most 50 characters) unique among your active admin relationships and pending requests; by default the customer's name or 'Admin access' with the date, numbered (2), (3)… in the order asked for that day. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** ISO 8601 duration from approval, P1D to P2Y (730 days; a year counts 365 days, a month 30). */
  duration?: InputMaybe<Scalars['String']['input']>;
  /** At least one role; the customer may approve a subset. See the query adminRolePresets for common sets. */
  roles: Array<AdminRole>;
};

/** This partner's ACTIVE admin relationship (GDAP) with a customer in brief, as the customer list shows it. */
export type AdminAccessSummary = {
  __typename: 'AdminAccessSummary';
  /** It extends itself by P180D at each end. */
  autoExtend: Scalars['Boolean']['output'];
  /** Whole days until endsAt, rounded up (1 when less than a day is left). */
  daysLeft: Maybe<Scalars['Int']['output']>;
  /** When it ends (after any auto-extension due by now); null only for a relationship without an end. */
  endsAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** It ends within 30 days (the filter ADMIN_EXPIRING). */
  expiringSoon: Scalars['Boolean']['output'];
  /** The preset these roles are exactly, if any (else show the roles). */
  preset: Maybe<AdminRolePreset>;
  /** The admin relationship. */
  relationshipId: Scalars['ID']['output'];
  /** The roles the customer approved (catalogue order). */
  roles: Array<AdminRole>;
};

/** A Microsoft Entra built-in role a partner may hold in a customer's directory through an admin relationship (the query adminRoles describes each, with its Entra role definition id and risk). */
export type AdminRole =
  /** Application Administrator (HIGH): The partner can register and configure applications, including application proxy, and consent to the data access they ask for on behalf of your organisation. */
  | 'APPLICATION_ADMINISTRATOR'
  /** Authentication Administrator (HIGH): The partner can see and reset the sign-in methods (such as multi-factor authentication) of users who are not administrators, for example when a phone is lost. */
  | 'AUTHENTICATION_ADMINISTRATOR'
  /** Billing Administrator (MEDIUM): The partner can buy and cancel subscriptions, see invoices and change payment details in the Microsoft 365 admin center. */
  | 'BILLING_ADMINISTRATOR'
  /** Cloud Application Administrator (HIGH): The partner can register and configure cloud applications and consent to the data access they ask for on behalf of your organisation (application proxy excluded). */
  | 'CLOUD_APPLICATION_ADMINISTRATOR'
  /** Compliance Administrator (MEDIUM): The partner can manage compliance settings such as retention and data loss prevention policies and read compliance reports. */
  | 'COMPLIANCE_ADMINISTRATOR'
  /** Directory Readers (LOW): The partner can read basic information about your users, groups and organisation, but cannot change anything. */
  | 'DIRECTORY_READERS'
  /** Dynamics 365 Administrator (MEDIUM): The partner can manage Dynamics 365: its environments, settings and the users who work in it. */
  | 'DYNAMICS_365_ADMINISTRATOR'
  /** Exchange Administrator (HIGH): The partner can manage Exchange Online: mailboxes, mail flow and mail settings, and can give itself access to mailboxes. */
  | 'EXCHANGE_ADMINISTRATOR'
  /** Global Administrator (CRITICAL): Unlimited control of your organisation: the partner can change every setting, every user and every administrator, including you. Approve only if you want the partner to act as your own top administrator. */
  | 'GLOBAL_ADMINISTRATOR'
  /** Global Reader (LOW): The partner can see every setting a Global Administrator sees, but cannot change anything. */
  | 'GLOBAL_READER'
  /** Helpdesk Administrator (MEDIUM): The partner can reset passwords of users who are not administrators and sign them out of their sessions, to help when someone is locked out. */
  | 'HELPDESK_ADMINISTRATOR'
  /** Intune Administrator (HIGH): The partner can manage your devices through Intune: policies, apps and software on them, and can wipe or reset devices. */
  | 'INTUNE_ADMINISTRATOR'
  /** License Administrator (MEDIUM): The partner can assign licences you own to users and groups and take them away again; it cannot buy anything. */
  | 'LICENSE_ADMINISTRATOR'
  /** Power Platform Administrator (MEDIUM): The partner can manage Power Apps, Power Automate and Dynamics 365 environments and their settings. */
  | 'POWER_PLATFORM_ADMINISTRATOR'
  /** Privileged Authentication Administrator (CRITICAL): The partner can reset passwords and sign-in methods (such as multi-factor authentication) of every user, administrators included, and so could sign in as any of them. */
  | 'PRIVILEGED_AUTHENTICATION_ADMINISTRATOR'
  /** Privileged Role Administrator (CRITICAL): The partner can give any administrator role to anyone, including Global Administrator to itself. In effect as powerful as Global Administrator. */
  | 'PRIVILEGED_ROLE_ADMINISTRATOR'
  /** Reports Reader (LOW): The partner can read usage reports and the sign-in and audit logs, but cannot change anything. */
  | 'REPORTS_READER'
  /** Security Administrator (HIGH): The partner can read security reports and change security settings and policies across Microsoft Entra ID and Microsoft 365. */
  | 'SECURITY_ADMINISTRATOR'
  /** Security Reader (LOW): The partner can read security reports, alerts and settings, but cannot change anything. */
  | 'SECURITY_READER'
  /** Service Support Administrator (LOW): The partner can read the health of your Microsoft services and open and follow support requests with Microsoft for you. */
  | 'SERVICE_SUPPORT_ADMINISTRATOR'
  /** SharePoint Administrator (HIGH): The partner can manage SharePoint and OneDrive: create and delete sites, change sharing settings and reach the files stored there. */
  | 'SHAREPOINT_ADMINISTRATOR'
  /** Teams Administrator (MEDIUM): The partner can manage Microsoft Teams: teams, meeting and calling settings, telephony and the Microsoft 365 groups behind teams. */
  | 'TEAMS_ADMINISTRATOR'
  /** User Administrator (HIGH): The partner can create, change and delete users and groups and reset passwords of users and of some administrators. */
  | 'USER_ADMINISTRATOR';

/** A Microsoft Entra built-in role an admin relationship can hold, as the acceptance page explains it. */
export type AdminRoleInfo = {
  __typename: 'AdminRoleInfo';
  /** What the role lets the partner do in the customer's organisation, in plain words, in the language asked for. */
  description: Scalars['String']['output'];
  /** Microsoft's name of the role (Microsoft shows it in English in every language). */
  displayName: Scalars['String']['output'];
  risk: AdminRoleRisk;
  role: AdminRole;
  /** Microsoft Entra's role definition (template) id, as Microsoft's GDAP API takes it. */
  roleDefinitionId: Scalars['String']['output'];
};

/** A named set of admin roles for a common purpose (the query adminRolePresets). */
export type AdminRolePreset =
  | 'FULL_ACCESS'
  | 'HELPDESK'
  | 'LICENCES_AND_USERS'
  | 'SECURITY_OPERATIONS'
  | 'STANDARD';

/** A named set of admin roles for a common purpose. */
export type AdminRolePresetInfo = {
  __typename: 'AdminRolePresetInfo';
  /** What it is for, in the language asked for. */
  description: Scalars['String']['output'];
  /** Its name in the language asked for. */
  name: Scalars['String']['output'];
  preset: AdminRolePreset;
  /** Its roles, in catalogue order. */
  roles: Array<AdminRole>;
};

/** How much harm a role in the wrong hands could do, from LOW (read only) to CRITICAL (can take over the directory). */
export type AdminRoleRisk =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

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

/** One side of a reseller authorisation: the indirect provider or the indirect reseller. */
export type AuthorizationPartner = {
  __typename: 'AuthorizationPartner';
  /** The partner's cloud. */
  cloud: CloudInstance;
  /** ISO 3166-1 alpha-2 country code. */
  country: Scalars['String']['output'];
  /** The partner tenant's id. */
  id: Scalars['ID']['output'];
  /** The partner's name. */
  name: Scalars['String']['output'];
  /** The partner's public identifier (like a Partner Network ID). */
  partnerId: Maybe<Scalars['String']['output']>;
  /** The partner's tier. */
  partnerType: PartnerType;
};

/** A side of a reseller authorisation. */
export type AuthorizationSide =
  /** The indirect provider. */
  | 'PROVIDER'
  /** The indirect reseller. */
  | 'RESELLER';

/** A batch's figures. Rows count once under created, blocked or invalid; the rest describe the created ones. */
export type BatchCountsType = {
  __typename: 'BatchCountsType';
  /** Requests the customer accepted. */
  accepted: Scalars['Int']['output'];
  /** Rows a rule blocked. */
  blocked: Scalars['Int']['output'];
  /** Rows whose request was created (in a dry run: would be). */
  created: Scalars['Int']['output'];
  /** Requests the customer declined. */
  declined: Scalars['Int']['output'];
  /** Rows that were not valid. */
  invalid: Scalars['Int']['output'];
  /** Requests still waiting for an answer (not expired, not revoked). */
  pending: Scalars['Int']['output'];
  /** Emails that did not go out. */
  sendFailed: Scalars['Int']['output'];
  /** Emails Partnerlink sent. */
  sent: Scalars['Int']['output'];
  /** All rows. */
  total: Scalars['Int']['output'];
};

/** A row of a batch, as submitted, with its status and, for a refused row, why. */
export type BatchRow = {
  __typename: 'BatchRow';
  companyName: Maybe<Scalars['String']['output']>;
  customerId: Maybe<Scalars['ID']['output']>;
  domain: Maybe<Scalars['String']['output']>;
  /** INVALID and BLOCKED rows: the code requestResellerRelationship would answer with. */
  errorCode: Maybe<ErrorCode>;
  /** INVALID and BLOCKED rows: the reason's parameters (for example rowNumber for DUPLICATE_ROW, max for TOO_LONG) and the error's details (requestId of a pending request, relationshipId of an existing relationship), to render the reason in any language. */
  errorParams: Maybe<Scalars['JSONObject']['output']>;
  /** The input field the reason is about, when there is one. */
  field: Maybe<Scalars['String']['output']>;
  /** INVALID and BLOCKED rows: the English sentence requestResellerRelationship would answer with. */
  message: Maybe<Scalars['String']['output']>;
  /** INVALID and BLOCKED rows: the reason (a problem reason such as EMAIL_INVALID or DUPLICATE_ROW, or a RequestBlocker such as REGION_NOT_ALLOWED). */
  reason: Maybe<Scalars['String']['output']>;
  recipientEmail: Scalars['String']['output'];
  recipientName: Maybe<Scalars['String']['output']>;
  /** The row's request, for rows that became one (null in a dry run). */
  request: Maybe<RelationshipRequest>;
  /** Its place in the submitted rows, from 1. */
  rowNumber: Scalars['Int']['output'];
  /** SEND_FAILED rows: why (MAIL_REFUSED, EMAIL_LIMIT, INTERRUPTED, NOT_PENDING). */
  sendError: Maybe<Scalars['String']['output']>;
  /** When the email went out. */
  sentAt: Maybe<Scalars['DateTimeISO']['output']>;
  status: BatchRowStatus;
};

export type BatchRowConnection = {
  __typename: 'BatchRowConnection';
  edges: Array<BatchRowEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type BatchRowEdge = {
  __typename: 'BatchRowEdge';
  cursor: Scalars['String']['output'];
  node: BatchRow;
};

/** One row of a batch: the customer (by domain or by customer id, exactly one), whom the link is for, and optionally the company. */
export type BatchRowInput = {
  /** The company, for an organisation Partnerlink does not know yet: the email and the admin relationship name use it (a known customer keeps its own name). */
  companyName?: InputMaybe<Scalars['String']['input']>;
  /** A known customer tenant, instead of a domain. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** The customer organisation's domain (known to Partnerlink or not yet). */
  domain?: InputMaybe<Scalars['String']['input']>;
  /** The customer administrator's email address: the link is for them. */
  recipientEmail: Scalars['String']['input'];
  /** The recipient's name (the email greets them by it). */
  recipientName?: InputMaybe<Scalars['String']['input']>;
};

/** A link of a batch, returned once, in the response that created it. */
export type BatchRowLink = {
  __typename: 'BatchRowLink';
  expiresAt: Scalars['DateTimeISO']['output'];
  recipientEmail: Scalars['String']['output'];
  recipientName: Maybe<Scalars['String']['output']>;
  /** The request the link answers. */
  requestId: Scalars['ID']['output'];
  rowNumber: Scalars['Int']['output'];
  /** The acceptance link for the recipient; never shown again. */
  url: Scalars['String']['output'];
};

/** A batch row's status: its verdict, then how its email went, then its request's own status. */
export type BatchRowStatus =
  /** The customer accepted the request. */
  | 'ACCEPTED'
  /** A rule stands in the way (market, cloud, already related, pending request, duplicate row, unknown customer): no request. errorCode is what requestResellerRelationship would answer. */
  | 'BLOCKED'
  /** Its request is pending: its link was handed out, or its email waits to be sent (in a dry run: it would be created). */
  | 'CREATED'
  /** The customer declined the request. */
  | 'DECLINED'
  /** The request expired unanswered. */
  | 'EXPIRED'
  /** The row is not valid (errorCode BAD_USER_INPUT; field and reason say why): no request. */
  | 'INVALID'
  /** Your organisation revoked the request. */
  | 'REVOKED'
  /** The email did not go out (sendError says why); the request is pending: send a new link from the requests page. */
  | 'SEND_FAILED'
  /** Partnerlink emailed the link to the recipient; the request is pending. */
  | 'SENT';

/** Why an action is not possible now. */
export type Blocker = {
  __typename: 'Blocker';
  code: ErrorCode;
  message: Scalars['String']['output'];
  /** ADMIN_RELATIONSHIP_REQUIRED: the admin roles of which an ACTIVE admin relationship with the customer must hold one (the product catalogue's list, as extensions.requiredRoles of the refused mutation); null for other codes. */
  requiredRoles: Maybe<Array<AdminRole>>;
};

export type CloudInstance =
  | 'PUBLIC'
  | 'US_GOVERNMENT';

/** A subscription the signed-in partner sold to a customer; for an indirect reseller, one its indirect provider sold to the reseller's customer, tagged with the reseller (read only). */
export type CloudSubscription = {
  __typename: 'CloudSubscription';
  /** Two tiers: the indirect reseller an indirect provider sold it with (who serves the customer); null for a direct sale. */
  associatedPartner: Maybe<PartnerProfile>;
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
  /** The partner who sold it (reseller of record): you, or for an indirect reseller its indirect provider. */
  soldBy: PartnerProfile;
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

/** A batch of up to 5000 reseller relationship requests, each checked like requestResellerRelationship. */
export type CreateRelationshipRequestBatchInput = {
  /** Also ask every customer for admin access with these roles and terms. Each request gets its own display name: the given one numbered (2), (3)… or, without one, the company name and the day. */
  adminAccess?: InputMaybe<AdminAccessInput>;
  /** Only check the rows: the response has each row's verdict, status DRY_RUN and no id to look up later; nothing is created or stored. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** Your key for this submission (1 to 100 characters, unique per partner). Submitting it again, also at the same moment, returns the batch it created (without links) and creates nothing; with other rows or options it is BAD_USER_INPUT IDEMPOTENCY_KEY_REUSED. Dry runs do not use it up. */
  idempotencyKey: Scalars['String']['input'];
  /** Shorthand for adminAccess with the STANDARD preset for P2Y; ignored when adminAccess is given. */
  includeDelegatedAdmin?: InputMaybe<Scalars['Boolean']['input']>;
  /** Indirect resellers only, and required for them: the indirect provider every request names (as in requestResellerRelationship). */
  indirectProviderId?: InputMaybe<Scalars['ID']['input']>;
  /** Language of the emails. */
  locale: Locale;
  /** A personal message for every email (at most 2000 characters). */
  message?: InputMaybe<Scalars['String']['input']>;
  /** The rows, 1 to 5000 (BAD_USER_INPUT BATCH_EMPTY or BATCH_TOO_LARGE on field rows). */
  rows: Array<BatchRowInput>;
  /** Email each link to its recipient in the background, within your daily email limits (needs SMTP on the server: serverCapabilities.emailSending; BAD_USER_INPUT MAIL_DISABLED_SEND otherwise). False: the response carries the links (links), once. */
  send?: InputMaybe<Scalars['Boolean']['input']>;
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
  /** This partner's admin relationship in brief (roles or their preset, end, days left) while it is ACTIVE; null when there is none. On the customer list it costs no query of its own. */
  adminAccessSummary: Maybe<AdminAccessSummary>;
  /** This partner's admin relationship (GDAP): the ACTIVE one, else the latest that ended; with its roles and end. */
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
  /** Two tiers, for an indirect reseller: the indirect provider that is the customer's reseller of record for you (places the orders, bills); null for a partner that resells directly. */
  indirectProvider: Maybe<PartnerProfile>;
  /** Two tiers, for an indirect provider: the indirect reseller through whom the customer came (the one with an ACTIVE indirect reseller relationship through you, the most recent if several); null for a customer you serve directly, and for any other partner. */
  indirectReseller: Maybe<PartnerProfile>;
  /** Why this partner cannot purchase for the customer now. */
  purchaseBlocker: Maybe<Blocker>;
  /** Every relationship with this partner, newest first. */
  relationships: Array<Relationship>;
  /** This partner's reseller relationship: as reseller of record, or for an indirect reseller its INDIRECT_RESELLER relationship. */
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

/** A page of the partner's customers. */
export type CustomerConnection = {
  __typename: 'CustomerConnection';
  /** How many of the partner's customers have an ACTIVE admin relationship ending within 30 days (the filter ADMIN_EXPIRING), whatever this page is filtered or searched by: what a banner announces. Counted only when asked for. */
  adminExpiringCount: Scalars['Int']['output'];
  edges: Array<CustomerEdge>;
  pageInfo: PageInfo;
  /** How many of the partner's customers match the filter (and the search). With a search it counts up to 1,000 matches: 1000 means 1,000 or more (narrow the search to count exactly). Counted only when asked for. */
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

/** Why a customer declines a request; the partner sees it. OTHER needs reasonText. */
export type DeclineReason =
  /** We did not expect a request from this partner. */
  | 'NOT_EXPECTED'
  /** Not now; perhaps later. */
  | 'NOT_NOW'
  /** Something else, said in reasonText (required, at most 500 characters). */
  | 'OTHER'
  /** We work with another partner. */
  | 'WRONG_PARTNER';

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
  | 'INVITATION_LINK_REPLACED'
  | 'INVITATION_REVOKED'
  | 'NOT_FOUND'
  | 'RATE_LIMITED'
  | 'REGION_NOT_ALLOWED'
  | 'RELATIONSHIP_REQUIRED'
  | 'UNAUTHENTICATED';

/** What the acceptance page shows; readable with the link alone. */
export type Invitation = {
  __typename: 'Invitation';
  /** The admin roles, duration and auto-extension asked for; null when none. */
  adminAccess: Maybe<AdminAccess>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Set when only this customer may answer. */
  customer: Maybe<InvitedCustomer>;
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Whether the partner asks for admin access (adminAccess lists the roles). */
  includesDelegatedAdmin: Scalars['Boolean']['output'];
  /** Whether accepting makes the partner your reseller (false: admin access only). */
  includesReseller: Scalars['Boolean']['output'];
  /** Two tiers: when the asking partner is an indirect reseller, the indirect provider it works through. Accepting makes the provider your reseller of record (it places orders and bills you) and the asking partner your indirect reseller (it serves you). Null otherwise. */
  indirectProvider: Maybe<PartnerProfile>;
  locale: Locale;
  /** The partner's personal message. */
  message: Maybe<Scalars['String']['output']>;
  partner: PartnerProfile;
  /** The domain of the only organisation that may answer; set also when no organisation has it in Partnerlink yet (customer is null then). Null for an open link. */
  pinnedDomain: Maybe<Scalars['String']['output']>;
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

/** How a pending request reached the customer's inbox. */
export type InvitationSource =
  /** The partner pinned it to your organisation's domain before your organisation was in Partnerlink. */
  | 'DOMAIN'
  /** An open link (made for no particular customer) that someone in your organisation opened while signed in. */
  | 'OPENED_LINK'
  /** The partner made it for your organisation (by its id, or by a domain Partnerlink knew). */
  | 'TENANT';

/** An invitation of an indirect reseller. */
export type InviteIndirectResellerInput = {
  /** The language the link is sent in (de or en). */
  locale: Locale;
  /** A personal message for the reseller (at most 2000 characters). */
  message?: InputMaybe<Scalars['String']['input']>;
  /** Whom the link is for (an email address); optional. */
  recipientEmail?: InputMaybe<Scalars['String']['input']>;
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
  /** The customer's global admin accepts a request. With admin access asked for, approvedRoles (a non-empty subset of the roles asked for) grants only those; left out, every role asked for. The admin relationship runs for the requested duration from now and replaces an ACTIVE one with this partner. Access: customer users with the role GLOBAL_ADMIN. */
  acceptRelationshipRequest: AcceptRelationshipPayload;
  /** The signed-in indirect reseller accepts a provider's invitation, once: the authorisation becomes ACTIVE. NOT_FOUND for an unknown link; INVITATION_EXPIRED, INVITATION_REVOKED or INVITATION_ALREADY_USED for a closed one; FAILED_PRECONDITION with reason NOT_INDIRECT_RESELLER (a direct partner or a provider) or ALREADY_AUTHORIZED; CLOUD_MISMATCH and REGION_NOT_ALLOWED as between a partner and a customer. Access: partner users with the role GLOBAL_ADMIN or ADMIN_AGENT, or an API key with the WRITE scope. */
  acceptResellerAuthorization: ResellerAuthorization;
  /** Creates an API key; the secret is in this answer only. Access: partner users with the role GLOBAL_ADMIN or ADMIN_AGENT (not with an API key). */
  createApiKey: CreatedApiKey;
  /** Creates a new customer with an ACTIVE reseller relationship. Access: partner users with the role ADMIN_AGENT or SALES_AGENT, or an API key with the WRITE scope. */
  createCustomer: Customer;
  /** Up to 5,000 reseller relationship requests at once (DESIGN.md rule 16). Each row is judged like requestResellerRelationship (rows: INVALID or BLOCKED with the code it would answer, else CREATED); the requests, the batch and its rows are created in one transaction. With dryRun nothing is created. The same idempotencyKey returns the same batch, never a second one. Errors about the batch itself (BATCH_EMPTY, BATCH_TOO_LARGE, IDEMPOTENCY_KEY_REUSED, an indirect provider, the admin access) refuse the whole batch. Access: partner users with the role ADMIN_AGENT or SALES_AGENT, or an API key with the WRITE scope. */
  createRelationshipRequestBatch: RelationshipRequestBatch;
  /** Registers an endpoint; the signing secret is returned only here and by rotate. Access: partner users with the role GLOBAL_ADMIN or ADMIN_AGENT, or an API key with the WRITE scope. */
  createWebhookEndpoint: CreatedWebhookEndpoint;
  /** The customer declines a request, optionally saying why (the partner sees the reason, the text and who declined). The same checks as accepting, in the same order (pinned tenant, cloud, market), except the customer agreement. Access: customer users with the role GLOBAL_ADMIN. */
  declineRelationshipRequest: RelationshipRequest;
  /** Removes an endpoint and its delivery log. Access: partner users with the role GLOBAL_ADMIN or ADMIN_AGENT, or an API key with the WRITE scope. */
  deleteWebhookEndpoint: Scalars['Boolean']['output'];
  /** Ends a relationship, from either side. A reseller relationship cannot end while subscriptions the partner sold the customer are ACTIVE (FAILED_PRECONDITION with extensions.subscriptions: { id productId productName quantity status }). Access: partner users with the role GLOBAL_ADMIN, ADMIN_AGENT or SALES_AGENT, or an API key with the WRITE scope; customer users with the role GLOBAL_ADMIN. */
  endRelationship: Relationship;
  /** Either side ends an authorisation (TERMINATED), or the provider withdraws an invitation. NOT_FOUND for an id that is not yours; FAILED_PRECONDITION (reason AUTHORIZATION_ENDED) once ended. Access: partner users with the role GLOBAL_ADMIN or ADMIN_AGENT, or an API key with the WRITE scope. */
  endResellerAuthorization: ResellerAuthorization;
  /** An indirect provider invites an indirect reseller: a new authorisation (INVITED) with a unique link that expires like a request's. The url is only ever returned here. FAILED_PRECONDITION (reason NOT_INDIRECT_PROVIDER) for any other partner. Access: partner users with the role GLOBAL_ADMIN or ADMIN_AGENT, or an API key with the WRITE scope. */
  inviteIndirectReseller: ResellerAuthorizationInvitation;
  /** Buys on behalf of a customer: needs an active reseller relationship and the customer agreement (no admin relationship). Access: partner users with the role ADMIN_AGENT or SALES_AGENT, or an API key with the WRITE scope. */
  placeOrder: Order;
  /** Records the customer's acceptance of the customer agreement (needed to purchase). Access: partner users with the role ADMIN_AGENT or SALES_AGENT, or an API key with the WRITE scope. */
  recordCustomerAgreement: Customer;
  /** Sends a delivery again, with the same webhook-id. Access: partner users with the role GLOBAL_ADMIN or ADMIN_AGENT, or an API key with the WRITE scope. */
  redeliverWebhook: WebhookDelivery;
  /** One-click reminder for a pending or expired request the server emailed before: emails a renewed link with a new expiry to the same address (only link hashes are stored, so the old link cannot be sent again). Access: partner users with the role ADMIN_AGENT or SALES_AGENT, or an API key with the WRITE scope. */
  remindRelationshipRequest: RelationshipInvitation;
  /** The customer removes some roles from one of its ACTIVE admin relationships; the partner keeps the others until the same end. Refused for roles it does not hold (BAD_USER_INPUT, reason ADMIN_ROLE_NOT_HELD) and for all of them (reason ADMIN_ROLES_ALL_REMOVED: end it instead). Recorded in the partner's activity log (ADMIN_ROLES_REMOVED) and sent as the webhook event admin-relationship-roles-removed. Access: customer users with the role GLOBAL_ADMIN. */
  removeAdminRoles: PartnerRelationship;
  /** Asks a customer you resell to for admin access (GDAP) alone: Microsoft Entra roles for a duration, with its own link and email. The customer may approve a subset of the roles; accepting replaces an ACTIVE admin relationship with this customer (a renewal). The url is only ever returned here. Access: partner users with the role ADMIN_AGENT or SALES_AGENT, or an API key with the WRITE scope. */
  requestAdminRelationship: RelationshipInvitation;
  /** The customer asks the partner to cancel the active subscriptions that keep the reseller relationship from ending: recorded in the partner's activity log, sent as the webhook event relationship-end-requested and emailed to its admin agents. Once a day per relationship (RATE_LIMITED with Retry-After otherwise). Access: customer users with the role GLOBAL_ADMIN. */
  requestRelationshipEnd: PartnerRelationship;
  /** Creates a request with a unique link and the templated email. The url is only ever returned here. Access: partner users with the role ADMIN_AGENT or SALES_AGENT, or an API key with the WRITE scope. */
  requestResellerRelationship: RelationshipInvitation;
  /** Replaces the link of a pending request (the old one stops working) and renews its expiry; renews an expired request the same way (it is pending again). FAILED_PRECONDITION with `status` for an answered or revoked request. Access: partner users with the role ADMIN_AGENT or SALES_AGENT, or an API key with the WRITE scope. */
  resendRelationshipRequest: RelationshipInvitation;
  /** Sends the emails of a batch again that did not go out (SEND_FAILED with MAIL_REFUSED or EMAIL_LIMIT; with includeInterrupted also INTERRUPTED, whose first email may have arrived), for rows whose request is still pending. The batch is SENDING again until they are sent or fail, then COMPLETED (announced again with the new counts). NOT_FOUND for another partner's batch; BAD_USER_INPUT BATCH_NOT_SENT for a batch created without send, MAIL_DISABLED_SEND without SMTP. Access: partner users with the role ADMIN_AGENT or SALES_AGENT, or an API key with the WRITE scope. */
  retryRelationshipRequestBatchEmails: RelationshipRequestBatch;
  /** Revokes a key: the next request with it is UNAUTHENTICATED. Access: partner users with the role GLOBAL_ADMIN or ADMIN_AGENT (not with an API key). */
  revokeApiKey: ApiKey;
  /** Withdraws a pending request; its link stops working. Access: partner users with the role ADMIN_AGENT or SALES_AGENT, or an API key with the WRITE scope. */
  revokeRelationshipRequest: RelationshipRequest;
  /** Replaces the signing secret at once; the new one is returned only here. Access: partner users with the role GLOBAL_ADMIN or ADMIN_AGENT, or an API key with the WRITE scope. */
  rotateWebhookSecret: CreatedWebhookEndpoint;
  /** Emails a pending request's invitation to an address (needs SMTP on the server). Pass the link's token. Access: partner users with the role ADMIN_AGENT or SALES_AGENT, or an API key with the WRITE scope. */
  sendRelationshipInvitation: RelationshipRequest;
  /** Queues a `test` event for the endpoint, signed and delivered like any other. Access: partner users with the role GLOBAL_ADMIN or ADMIN_AGENT, or an API key with the WRITE scope. */
  sendTestWebhook: WebhookDelivery;
  /** Signs in; also sets an httpOnly session cookie. */
  signIn: SignInPayload;
  /** Ends the current session (cookie or bearer token). */
  signOut: Scalars['Boolean']['output'];
  /** Ends every session of the signed-in user on every device, this one included (API keys keep working: revoke them separately). Use it after a lost device or a password leak. Access: anyone signed in as a person (not with an API key). */
  signOutEverywhere: Scalars['Boolean']['output'];
  /** Changes your own email notifications; those left out keep their value. Access: anyone signed in as a person (not with an API key). */
  updateNotificationSettings: NotificationSettings;
  /** Changes seats or status of a subscription you sold. Suspending (SUSPENDED) and cancelling (CANCELLED, final) are always allowed to you; reactivating (ACTIVE) needs an active reseller relationship; seats need an ACTIVE admin relationship holding one of the product's requiredAdminRoles, except for an Azure plan you provisioned (ADMIN_RELATIONSHIP_REQUIRED with extensions.requiredRoles otherwise). A cancelled subscription cannot change (FAILED_PRECONDITION with extensions.status). Access: partner users with the role ADMIN_AGENT or SALES_AGENT, or an API key with the WRITE scope. */
  updateSubscription: CloudSubscription;
  /** Changes the URL, events or description, or enables or disables an endpoint. Access: partner users with the role GLOBAL_ADMIN or ADMIN_AGENT, or an API key with the WRITE scope. */
  updateWebhookEndpoint: WebhookEndpoint;
};


export type MutationAcceptRelationshipRequestArgs = {
  acceptCustomerAgreement?: InputMaybe<Scalars['Boolean']['input']>;
  approvedRoles?: InputMaybe<Array<AdminRole>>;
  requestId?: InputMaybe<Scalars['ID']['input']>;
  token?: InputMaybe<Scalars['String']['input']>;
};


export type MutationAcceptResellerAuthorizationArgs = {
  token: Scalars['String']['input'];
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateCustomerArgs = {
  input: CreateCustomerInput;
};


export type MutationCreateRelationshipRequestBatchArgs = {
  input: CreateRelationshipRequestBatchInput;
};


export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


export type MutationDeclineRelationshipRequestArgs = {
  reason?: InputMaybe<DeclineReason>;
  reasonText?: InputMaybe<Scalars['String']['input']>;
  requestId?: InputMaybe<Scalars['ID']['input']>;
  token?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEndRelationshipArgs = {
  alsoEndAdminRelationship?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationEndResellerAuthorizationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationInviteIndirectResellerArgs = {
  input: InviteIndirectResellerInput;
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


export type MutationRemoveAdminRolesArgs = {
  relationshipId: Scalars['ID']['input'];
  roles: Array<AdminRole>;
};


export type MutationRequestAdminRelationshipArgs = {
  input: RequestAdminRelationshipInput;
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


export type MutationRetryRelationshipRequestBatchEmailsArgs = {
  id: Scalars['ID']['input'];
  includeInterrupted?: Scalars['Boolean']['input'];
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


export type MutationUpdateNotificationSettingsArgs = {
  input: NotificationSettingsInput;
};


export type MutationUpdateSubscriptionArgs = {
  input: UpdateSubscriptionInput;
};


export type MutationUpdateWebhookEndpointArgs = {
  input: UpdateWebhookEndpointInput;
};

/** Which emails the signed-in user gets about their own relationship requests (sent only when the server has SMTP). */
export type NotificationSettings = {
  __typename: 'NotificationSettings';
  /** A daily email listing your pending requests that expire within 7 days (default true). */
  digest: Scalars['Boolean']['output'];
  /** An email when a customer accepts or declines a request you made (default true). */
  onAnswer: Scalars['Boolean']['output'];
};

/** The notification settings to change; those left out keep their value. */
export type NotificationSettingsInput = {
  /** A daily email listing your pending requests that expire within 7 days. */
  digest?: InputMaybe<Scalars['Boolean']['input']>;
  /** An email when a customer accepts or declines a request you made. */
  onAnswer?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A purchase made by the partner on behalf of a customer. */
export type Order = {
  __typename: 'Order';
  /** Two tiers: the indirect reseller an indirect provider's order is tagged with (who serves the customer); null for a direct sale. */
  associatedPartner: Maybe<PartnerProfile>;
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

/** What a customer may know of a partner (and what one partner of a two-tier pair knows of the other). */
export type PartnerProfile = {
  __typename: 'PartnerProfile';
  /** The partner's cloud. */
  cloud: CloudInstance;
  /** The partner's contact address for its customers; null when the partner has none on file. */
  contactEmail: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 country code. */
  country: Scalars['String']['output'];
  /** The partner tenant's id (a provider filters its customer list by an indirect reseller's). */
  id: Scalars['ID']['output'];
  /** The partner's name. */
  name: Scalars['String']['output'];
  /** The partner's public identifier (like a Partner Network ID); empty when it has none. */
  partnerId: Scalars['String']['output'];
};

/** A relationship as the customer sees it: with the partner's profile. */
export type PartnerRelationship = {
  __typename: 'PartnerRelationship';
  /** An admin relationship: when the customer approved it. */
  activatedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The ACTIVE subscriptions this partner sold you, which keep a reseller relationship from ending (always empty for admin relationships). */
  activeSubscriptions: Array<SubscriptionSummary>;
  /** An admin relationship that extends itself by P180D at each end (never with GLOBAL_ADMINISTRATOR). False for a reseller relationship. */
  autoExtend: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** An admin relationship: its display name, unique among the partner's active admin relationships. */
  displayName: Maybe<Scalars['String']['output']>;
  /** An admin relationship: how long it was granted for (ISO 8601, P1D to P2Y). */
  duration: Maybe<Scalars['String']['output']>;
  /** When you last asked the partner to cancel them (requestRelationshipEnd); null if never. */
  endRequestedAt: Maybe<Scalars['DateTimeISO']['output']>;
  endedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Which side ended it. */
  endedBy: Maybe<EndedBySide>;
  /** An admin relationship: when it ends (ACTIVE), ended by expiry (EXPIRED) or was due to end (TERMINATED). Null for a reseller relationship. */
  endsAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** An ACTIVE admin relationship that ends within 30 days (auto-extending ones included). */
  expiringSoon: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Two tiers: on an INDIRECT_RESELLER relationship, the indirect provider through whom this partner serves you (your reseller of record, who bills); null otherwise. */
  indirectProvider: Maybe<PartnerProfile>;
  origin: RelationshipOrigin;
  partner: PartnerProfile;
  /** An admin relationship: the roles the customer approved (catalogue order). Null for a reseller relationship. */
  roles: Maybe<Array<AdminRole>>;
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

/** A partner's tier (DESIGN.md rule 15). Partners from before tiers existed are DIRECT. */
export type PartnerType =
  /** Buys from Microsoft itself and sells to its customers. */
  | 'DIRECT'
  /** A distributor: authorises indirect resellers and is reseller of record for their customers. */
  | 'INDIRECT_PROVIDER'
  /** Sells through one or more indirect providers that authorised it. */
  | 'INDIRECT_RESELLER';

/** A request waiting for the customer's answer, in its inbox: who asks, for what, and how it reached the customer. */
export type PendingInvitation = {
  __typename: 'PendingInvitation';
  /** The admin roles, duration and auto-extension asked for; null when none. */
  adminAccess: Maybe<AdminAccess>;
  /** Whether the partner asks for admin access (adminAccess lists the roles). */
  includesDelegatedAdmin: Scalars['Boolean']['output'];
  /** Whether accepting makes the partner your reseller (false: admin access only). */
  includesReseller: Scalars['Boolean']['output'];
  /** Two tiers: when the asking partner is an indirect reseller, the indirect provider it works through. Accepting makes the provider your reseller of record (it places orders and bills you) and the asking partner your indirect reseller (it serves you). Null otherwise. */
  indirectProvider: Maybe<PartnerProfile>;
  /** The language the partner wrote the request in. */
  locale: Locale;
  /** The partner's personal message. */
  message: Maybe<Scalars['String']['output']>;
  /** The partner asking: its name, partner id, market (country) and cloud. */
  partner: PartnerProfile;
  reachedBy: InvitationSource;
  request: PendingInvitationRequest;
};

export type PendingInvitationConnection = {
  __typename: 'PendingInvitationConnection';
  edges: Array<PendingInvitationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PendingInvitationEdge = {
  __typename: 'PendingInvitationEdge';
  cursor: Scalars['String']['output'];
  node: PendingInvitation;
};

/** The request behind a pending invitation, as the customer sees it. */
export type PendingInvitationRequest = {
  __typename: 'PendingInvitationRequest';
  createdAt: Scalars['DateTimeISO']['output'];
  /** After this, the request can no longer be answered. */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Pass as requestId to acceptRelationshipRequest or declineRelationshipRequest. */
  id: Scalars['ID']['output'];
  /** PENDING: the inbox lists nothing else. */
  status: RelationshipRequestStatus;
};

export type PlaceOrderInput = {
  /** Indirect providers: the indirect reseller to tag the order with (associatedPartner). It must serve the customer through you (FAILED_PRECONDITION, reason NOT_ASSOCIATED_RESELLER, otherwise); by default the reseller the customer came through most recently. */
  associatedPartnerId?: InputMaybe<Scalars['ID']['input']>;
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
  /** The admin roles that let a partner change a subscription of this product that it did not provision: its ACTIVE admin relationship with the customer must hold at least one (catalogue order). Buying needs none of them. */
  requiredAdminRoles: Array<AdminRole>;
  /** Monthly price per seat in cents; 0 for consumption-billed plans. */
  unitPriceCents: Scalars['Int']['output'];
};

export type ProductKind =
  | 'AZURE_PLAN'
  | 'SEAT_LICENSE';

export type Query = {
  __typename: 'Query';
  /** The partner's activity log, newest first, optionally narrowed (the filters combine; totalCount counts what they let through). An unknown id, or one of another tenant, finds nothing rather than failing. Access: any partner user, or an API key with the READ scope. */
  activityLog: ActivityConnection;
  /** The presets the SPA offers (HELPDESK, LICENCES_AND_USERS, SECURITY_OPERATIONS, STANDARD: what includeDelegatedAdmin stands for, FULL_ACCESS). */
  adminRolePresets: Array<AdminRolePresetInfo>;
  /** Every admin role a partner may ask for, least to most powerful within each group (the catalogue order). */
  adminRoles: Array<AdminRoleInfo>;
  /** The partner's API keys, newest first (never their secrets). Access: partner users with the role GLOBAL_ADMIN or ADMIN_AGENT (not with an API key). */
  apiKeys: Array<ApiKey>;
  /** A customer of this partner; null for any other id. Access: any partner user, or an API key with the READ scope. */
  customer: Maybe<Customer>;
  /** The partner's customers, sorted by name. Access: any partner user, or an API key with the READ scope. */
  customers: CustomerConnection;
  /** The acceptance page: readable with the link alone. Null for an unknown token. The first visit that is not by the requesting partner's own users sets the request's viewedAt. */
  invitation: Maybe<Invitation>;
  /** Finds a customer tenant by its domain (public directory data). Access: any partner user, or an API key with the READ scope. */
  lookupTenant: Maybe<TenantLookup>;
  /** A customer's own partner relationships, newest first. Access: customer users with the role GLOBAL_ADMIN or BILLING_ADMIN. */
  partnerRelationships: PartnerRelationshipConnection;
  /** The partner's own users, by name: whom activityLog's actorId can name. Access: any partner user, or an API key with the READ scope. */
  partnerUsers: Array<UserSummary>;
  /** The customer's inbox: the pending requests made for your organisation (by its id or its domain) and the open links someone in it opened while signed in, newest first. Answer them with acceptRelationshipRequest or declineRelationshipRequest and the requestId. Access: customer users with the role GLOBAL_ADMIN. */
  pendingInvitations: PendingInvitationConnection;
  /** The product catalog. Access: any partner user, or an API key with the READ scope. */
  products: Array<Product>;
  /** A request of this partner; null for any other id. Access: any partner user, or an API key with the READ scope. */
  relationshipRequest: Maybe<RelationshipRequest>;
  /** One of your organisation's batches; null for any other id. Access: any partner user, or an API key with the READ scope. */
  relationshipRequestBatch: Maybe<RelationshipRequestBatch>;
  /** Your organisation's batches, newest first. Access: any partner user, or an API key with the READ scope. */
  relationshipRequestBatches: RelationshipRequestBatchConnection;
  /** The partner's requests, newest first. Access: any partner user, or an API key with the READ scope. */
  relationshipRequests: RelationshipRequestConnection;
  /** For an old link whose request has a newer one (the partner used "New link", or a reminder went out): who replaced it and when, so the page can say so instead of "not found". Null for any other token, including a current link (ask invitation). A replaced link can never be answered (INVITATION_LINK_REPLACED). */
  replacedInvitationLink: Maybe<ReplacedInvitationLink>;
  /** Before a link exists: whether the organisation with this domain uses Partnerlink, its market and cloud, what this partner already has with it (relationships, a pending request, the customer agreement) and whether requestResellerRelationship would accept a request for it, and if not why (blocker, blockerCode). Only public directory data of an organisation that is not this partner's customer. BAD_USER_INPUT on field domain for an invalid domain. Access: any partner user, or an API key with the READ scope. */
  requestEligibility: RequestEligibility;
  /** The link page before accepting: who invites, whether the link still works, the message. Null for an unknown token. Look-ups are limited per client address (RATE_LIMITED), like invitation(token). Access: any partner user, or an API key with the READ scope. */
  resellerAuthorizationInvitation: Maybe<ResellerAuthorizationInvitationPreview>;
  /** The partner's reseller authorisations, newest first: an indirect provider's resellers and invitations, an indirect reseller's providers. Access: any partner user, or an API key with the READ scope. */
  resellerAuthorizations: ResellerAuthorizationConnection;
  /** What this server can do (for example, send email). Access: anyone signed in (a person or an API key). */
  serverCapabilities: ServerCapabilities;
  /** Who is signed in; null when anonymous. */
  viewer: Maybe<Viewer>;
  /** An endpoint's delivery log, newest first. Access: partner users with the role GLOBAL_ADMIN or ADMIN_AGENT, or an API key with the WRITE scope. */
  webhookDeliveries: WebhookDeliveryConnection;
  /** The partner's webhook endpoints, oldest first. Access: partner users with the role GLOBAL_ADMIN or ADMIN_AGENT, or an API key with the WRITE scope. */
  webhookEndpoints: Array<WebhookEndpoint>;
};


export type QueryActivityLogArgs = {
  actorId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
  types?: InputMaybe<Array<ActivityType>>;
};


export type QueryAdminRolePresetsArgs = {
  locale?: InputMaybe<Locale>;
};


export type QueryAdminRolesArgs = {
  locale?: InputMaybe<Locale>;
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  indirectResellerId?: InputMaybe<Scalars['ID']['input']>;
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


export type QueryPendingInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRelationshipRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRelationshipRequestBatchArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRelationshipRequestBatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRelationshipRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  createdBy?: InputMaybe<Scalars['ID']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  expiringWithinDays?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<RelationshipRequestStatus>;
};


export type QueryReplacedInvitationLinkArgs = {
  token: Scalars['String']['input'];
};


export type QueryRequestEligibilityArgs = {
  adminAccess?: Scalars['Boolean']['input'];
  domain: Scalars['String']['input'];
  indirectProviderId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryResellerAuthorizationInvitationArgs = {
  token: Scalars['String']['input'];
};


export type QueryResellerAuthorizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ResellerAuthorizationStatus>;
};


export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  endpointId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A reseller or delegated-admin relationship between a partner and a customer. */
export type Relationship = {
  __typename: 'Relationship';
  /** An admin relationship: when the customer approved it. */
  activatedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** An admin relationship that extends itself by P180D at each end (never with GLOBAL_ADMINISTRATOR). False for a reseller relationship. */
  autoExtend: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** An admin relationship: its display name, unique among the partner's active admin relationships. */
  displayName: Maybe<Scalars['String']['output']>;
  /** An admin relationship: how long it was granted for (ISO 8601, P1D to P2Y). */
  duration: Maybe<Scalars['String']['output']>;
  endedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Which side ended it. */
  endedBy: Maybe<EndedBySide>;
  /** An admin relationship: when it ends (ACTIVE), ended by expiry (EXPIRED) or was due to end (TERMINATED). Null for a reseller relationship. */
  endsAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** An ACTIVE admin relationship that ends within 30 days (auto-extending ones included). */
  expiringSoon: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  origin: RelationshipOrigin;
  /** An admin relationship: the roles the customer approved (catalogue order). Null for a reseller relationship. */
  roles: Maybe<Array<AdminRole>>;
  status: RelationshipStatus;
  type: RelationshipType;
};

/** Which customers the partner list shows. */
export type RelationshipFilter =
  /** Customers whose ACTIVE admin relationship (GDAP) ends within 30 days (exactly 30 days included) and has not ended yet; auto-extending ones included. */
  | 'ADMIN_EXPIRING'
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

/** A partner's request for a reseller relationship, admin access (GDAP) or both. */
export type RelationshipRequest = {
  __typename: 'RelationshipRequest';
  /** The admin access asked for; null when none. */
  adminAccess: Maybe<AdminAccess>;
  /** When the customer accepted or declined. */
  answeredAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The customer administrator who accepted or declined (name and email); null before an answer. */
  answeredBy: Maybe<UserSummary>;
  /** The roles the customer approved when accepting (all or a subset of adminAccess.roles); null before, or without admin access. */
  approvedRoles: Maybe<Array<AdminRole>>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The partner user who made the request. */
  createdBy: UserSummary;
  /** The customer: the one it was made for, or, for an open link, the one that accepted or declined it. */
  customer: Maybe<Customer>;
  /** Why the customer declined, when they said; null otherwise. */
  declineReason: Maybe<DeclineReason>;
  /** The customer's own words when declining (always with OTHER); null otherwise. */
  declineReasonText: Maybe<Scalars['String']['output']>;
  expiresAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** Whether admin access is asked for (adminAccess says which). */
  includesDelegatedAdmin: Scalars['Boolean']['output'];
  /** Whether accepting creates a reseller relationship (false for requestAdminRelationship). */
  includesReseller: Scalars['Boolean']['output'];
  /** Two tiers: the indirect provider an indirect reseller's request names (it becomes the customer's reseller of record); null for a direct request. */
  indirectProvider: Maybe<PartnerProfile>;
  /** When the link was last replaced by a resend. */
  linkRotatedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The language of the invitation email. */
  locale: Locale;
  /** The personal message in the email. */
  message: Maybe<Scalars['String']['output']>;
  /** The domain of the organisation the request is pinned to (by customerId or domain): only a tenant with this domain may answer. Null for an open link. */
  pinnedDomain: Maybe<Scalars['String']['output']>;
  /** Whom the partner sends the link to (lower-case); null on requests made without a recipient. */
  recipientEmail: Maybe<Scalars['String']['output']>;
  /** The recipient's name, as the partner gave it. */
  recipientName: Maybe<Scalars['String']['output']>;
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

/** A batch of relationship requests (DESIGN.md rule 16). */
export type RelationshipRequestBatch = {
  __typename: 'RelationshipRequestBatch';
  /** When nothing was left to do. */
  completedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The figures of the batch, as they are now (answers included). */
  counts: BatchCountsType;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Who created it (null in a dry run). */
  createdBy: Maybe<UserSummary>;
  /** While SENDING: your organisation's daily limit of invitation emails is used up, and the remaining rows wait until this time (they stay CREATED and go out then). Null otherwise. */
  emailLimitResetsAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Null for a dry run (nothing was stored). */
  id: Maybe<Scalars['ID']['output']>;
  /** The idempotency key it was submitted with. */
  idempotencyKey: Scalars['String']['output'];
  /** Two tiers: the indirect provider every request of the batch names. */
  indirectProvider: Maybe<PartnerProfile>;
  /** Without send: the links of the created rows, only in the response of the call that created the batch (links are stored hashed, never shown again; a retry with the same key returns null here: renew a link with resendRelationshipRequest). Null with send and in dry runs. */
  links: Maybe<Array<BatchRowLink>>;
  locale: Locale;
  /** Dry runs: every row that would not be created (INVALID and BLOCKED), in row order, all of them: a dry run stores nothing to page through later. The rows not listed would be created. Null for a stored batch (use rows(status:)). */
  refusals: Maybe<Array<BatchRow>>;
  /** Its rows in the order submitted, optionally only those with one status. */
  rows: BatchRowConnection;
  /** Whether Partnerlink emails the links. */
  send: Scalars['Boolean']['output'];
  status: RelationshipRequestBatchStatus;
};


/** A batch of relationship requests (DESIGN.md rule 16). */
export type RelationshipRequestBatchRowsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<BatchRowStatus>;
};

export type RelationshipRequestBatchConnection = {
  __typename: 'RelationshipRequestBatchConnection';
  edges: Array<RelationshipRequestBatchEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RelationshipRequestBatchEdge = {
  __typename: 'RelationshipRequestBatchEdge';
  cursor: Scalars['String']['output'];
  node: RelationshipRequestBatch;
};

/** Where a batch of relationship requests stands. */
export type RelationshipRequestBatchStatus =
  /** Nothing is left to do: the links were handed out, or every email went out or failed. Customers may still answer. */
  | 'COMPLETED'
  /** A dry run: the verdicts only; nothing was created or stored. */
  | 'DRY_RUN'
  /** Its requests exist and their emails are going out in the background. */
  | 'SENDING';

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
  /** In force. */
  | 'ACTIVE'
  /** An admin relationship whose end (endsAt) came without auto-extension. */
  | 'EXPIRED'
  /** Ended by the partner or the customer (endedBy), or replaced by a renewal. */
  | 'TERMINATED';

export type RelationshipType =
  | 'DELEGATED_ADMIN'
  | 'INDIRECT_RESELLER'
  | 'RESELLER';

/** An invitation link the partner replaced with a newer one ("New link" or a reminder): it cannot be answered any more. Says only what the old link showed already: who sent it, and when it was replaced. */
export type ReplacedInvitationLink = {
  __typename: 'ReplacedInvitationLink';
  /** The partner who sent the link and the newer one; the customer asks it for the newer link. */
  partner: PartnerProfile;
  /** When a newer link replaced this one. */
  replacedAt: Scalars['DateTimeISO']['output'];
};

export type RequestAdminRelationshipInput = {
  adminAccess: AdminAccessInput;
  /** A customer you have an ACTIVE reseller relationship with (RELATIONSHIP_REQUIRED otherwise). */
  customerId: Scalars['ID']['input'];
  /** Language of the email. */
  locale: Locale;
  /** A personal message for the email (at most 2000 characters). */
  message?: InputMaybe<Scalars['String']['input']>;
  /** Whom you send the link to: the customer administrator's email address (it prefills sendRelationshipInvitation). */
  recipientEmail?: InputMaybe<Scalars['String']['input']>;
  /** The recipient's name (at most 120 characters): the email greets them by it. */
  recipientName?: InputMaybe<Scalars['String']['input']>;
};

/** Why requestResellerRelationship would refuse a request (the query requestEligibility), in the order they are checked. */
export type RequestBlocker =
  /** The partner already resells to the customer and asks for no admin access: FAILED_PRECONDITION, reason ALREADY_RELATED. */
  | 'ALREADY_RELATED'
  /** The partner already resells to the customer and has ACTIVE admin access: FAILED_PRECONDITION, reason ALREADY_RELATED_WITH_ADMIN. */
  | 'ALREADY_RELATED_WITH_ADMIN'
  /** The customer is in another cloud than the partner: CLOUD_MISMATCH. */
  | 'CLOUD_MISMATCH'
  /** The domain is a partner organisation's: BAD_USER_INPUT with reason DOMAIN_NOT_CUSTOMER. */
  | 'DOMAIN_NOT_CUSTOMER'
  /** The customer's country is outside the partner's CSP market: REGION_NOT_ALLOWED. */
  | 'REGION_NOT_ALLOWED'
  /** A request of the partner for this customer or domain is pending: FAILED_PRECONDITION, reason REQUEST_PENDING (open it, or send a reminder). */
  | 'REQUEST_PENDING';

/** What a partner may know before asking the organisation of a domain for a reseller relationship (DESIGN.md rule 13): whether Partnerlink knows it, its market and cloud, what this partner already has with it, and whether requestResellerRelationship would accept the request. */
export type RequestEligibility = {
  __typename: 'RequestEligibility';
  /** Whether the verdict is for a request with admin access (asked for, or always in the US Government cloud). */
  adminAccess: Scalars['Boolean']['output'];
  /** Whether the customer agreement is on file for this partner's customer; null when it is not this partner's customer. */
  agreementOnFile: Maybe<Scalars['Boolean']['output']>;
  /** Why it would not; null when it would. */
  blocker: Maybe<RequestBlocker>;
  /** The error code requestResellerRelationship would refuse with (its extensions.reason is the blocker for BAD_USER_INPUT and FAILED_PRECONDITION). */
  blockerCode: Maybe<ErrorCode>;
  /** The refusal's message in English, as the mutation would give it. */
  blockerMessage: Maybe<Scalars['String']['output']>;
  /** Whether requestResellerRelationship would accept a request for this domain now (it still checks when called). */
  canRequest: Scalars['Boolean']['output'];
  /** This partner's customer with this domain (a relationship now or before), with its relationships (resellerRelationship, adminRelationship); null when the organisation is not, and never was, this partner's customer. */
  customer: Maybe<Customer>;
  /** The domain checked, trimmed and lower-cased. */
  domain: Scalars['String']['output'];
  /** Whether a customer organisation with this domain uses Partnerlink (false also for a partner organisation's domain). */
  known: Scalars['Boolean']['output'];
  /** The CSP market of the customer's country (for example EUROPE); null when unknown or in no market. */
  market: Maybe<Scalars['String']['output']>;
  /** The English name of that market (for example "Europe"). */
  marketName: Maybe<Scalars['String']['output']>;
  /** This partner's PENDING request for this customer or domain; null when there is none. */
  pendingRequest: Maybe<RelationshipRequest>;
  /** The customer organisation with this domain (public directory data, as lookupTenant gives it); null when none is known. */
  tenant: Maybe<TenantLookup>;
};

export type RequestResellerRelationshipInput = {
  /** Also ask for admin access with these roles and terms. */
  adminAccess?: InputMaybe<AdminAccessInput>;
  /** Invite a known customer: only that tenant may answer. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Pin the request to the organisation with this domain (known or not yet in Partnerlink): only a tenant with this domain may answer. With customerId it must be that customer's domain (DOMAIN_NOT_OF_CUSTOMER). */
  domain?: InputMaybe<Scalars['String']['input']>;
  /** Shorthand for adminAccess with the STANDARD preset for P2Y (least privilege: no Global Administrator). Ignored when adminAccess is given. US Government partners always ask for admin access. */
  includeDelegatedAdmin?: InputMaybe<Scalars['Boolean']['input']>;
  /** Indirect resellers only, and required for them: the indirect provider (one whose reseller authorisation of you is ACTIVE) the customer will buy through. Accepting makes that provider reseller of record and you the indirect reseller. BAD_USER_INPUT (INDIRECT_PROVIDER_REQUIRED) when missing, FAILED_PRECONDITION (PROVIDER_NOT_AUTHORIZED) for another provider, (INDIRECT_PROVIDER_NOT_ALLOWED) from any other partner. */
  indirectProviderId?: InputMaybe<Scalars['ID']['input']>;
  /** Language of the email. */
  locale: Locale;
  /** A personal message for the email (at most 2000 characters). */
  message?: InputMaybe<Scalars['String']['input']>;
  /** Whom you send the link to: the customer administrator's email address (it prefills sendRelationshipInvitation). */
  recipientEmail?: InputMaybe<Scalars['String']['input']>;
  /** The recipient's name (at most 120 characters): the email greets them by it. */
  recipientName?: InputMaybe<Scalars['String']['input']>;
};

/** An indirect provider authorises an indirect reseller to sell through it (DESIGN.md rule 15): invited by link, ACTIVE once the reseller accepts, TERMINATED when either side ends it. */
export type ResellerAuthorization = {
  __typename: 'ResellerAuthorization';
  /** When the reseller accepted; null before. */
  acceptedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the provider invited. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** When either side ended it (or the provider withdrew the invitation); null while in force. */
  endedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Which side ended it; null while in force. */
  endedBy: Maybe<AuthorizationSide>;
  /** After this, the invitation can no longer be accepted. */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Pass to endResellerAuthorization. */
  id: Scalars['ID']['output'];
  /** The indirect provider who invited. */
  provider: AuthorizationPartner;
  /** Whom the provider sent the link to (lower-case); shown to the provider only, null for the reseller. */
  recipientEmail: Maybe<Scalars['String']['output']>;
  /** The indirect reseller who accepted; null while nobody has. */
  reseller: Maybe<AuthorizationPartner>;
  /** INVITED past its expiry reads as EXPIRED. */
  status: ResellerAuthorizationStatus;
};

export type ResellerAuthorizationConnection = {
  __typename: 'ResellerAuthorizationConnection';
  edges: Array<ResellerAuthorizationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ResellerAuthorizationEdge = {
  __typename: 'ResellerAuthorizationEdge';
  cursor: Scalars['String']['output'];
  node: ResellerAuthorization;
};

/** A new reseller authorisation invitation and its link. */
export type ResellerAuthorizationInvitation = {
  __typename: 'ResellerAuthorizationInvitation';
  /** The invitation, INVITED. */
  authorization: ResellerAuthorization;
  /** The link to send the indirect reseller; its last path segment is the token for acceptResellerAuthorization. Only ever returned here. */
  url: Scalars['String']['output'];
};

/** What an authorisation link shows before it is accepted (resellerAuthorizationInvitation): who invites, whether the link still works, and the provider's message. Never the recipient's address or the provider's other resellers. */
export type ResellerAuthorizationInvitationPreview = {
  __typename: 'ResellerAuthorizationInvitationPreview';
  /** Whether your organisation is the reseller who accepted this link. */
  acceptedByYourOrganization: Scalars['Boolean']['output'];
  /** Why the link can no longer be accepted, as acceptResellerAuthorization would say: INVITATION_EXPIRED, INVITATION_REVOKED (the provider withdrew it) or INVITATION_ALREADY_USED; null while it can. */
  closedReason: Maybe<ErrorCode>;
  /** After this, the link can no longer be accepted. */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** The language the provider chose for the invitation. */
  locale: Locale;
  /** The provider's personal message; null without one. */
  message: Maybe<Scalars['String']['output']>;
  /** The indirect provider who invites: the reseller will invite customers through it, and it bills them. */
  provider: AuthorizationPartner;
  /** INVITED while the link can be accepted; EXPIRED past its expiry; ACTIVE or TERMINATED once answered or withdrawn. */
  status: ResellerAuthorizationStatus;
};

/** Where a reseller authorisation stands: INVITED → ACTIVE → TERMINATED, or EXPIRED when nobody accepted in time. */
export type ResellerAuthorizationStatus =
  /** The reseller accepted: it may sell through the provider. */
  | 'ACTIVE'
  /** An invitation nobody accepted before expiresAt; its link no longer works. */
  | 'EXPIRED'
  /** The provider sent a link; no reseller has accepted yet. */
  | 'INVITED'
  /** Ended by either side, or withdrawn by the provider before anyone accepted. */
  | 'TERMINATED';

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
  /** The partner's activity as it happens: requests viewed, accepted, declined, revoked or expired, relationships created or ended, orders. Over graphql-ws on /graphql. Access: any partner user, or an API key with the READ scope. */
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
  /** The partner's tier: DIRECT, INDIRECT_PROVIDER or INDIRECT_RESELLER (partners from before tiers are DIRECT); null for customers. */
  partnerType: Maybe<PartnerType>;
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
  /** Which emails you get about your own relationship requests. */
  notificationSettings: NotificationSettings;
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
  /** admin-relationship-expired: an admin relationship reached its end without auto-extension. */
  | 'ADMIN_RELATIONSHIP_EXPIRED'
  /** admin-relationship-expiring: an admin relationship without auto-extension ends in 30, 7 or 1 days (one event each). */
  | 'ADMIN_RELATIONSHIP_EXPIRING'
  /** admin-relationship-extended: an auto-extending admin relationship reached its end and runs on for 180 days. */
  | 'ADMIN_RELATIONSHIP_EXTENDED'
  /** admin-relationship-roles-removed: a customer removed some roles from your admin relationship (removedAdminRoles); adminRoles lists those you keep. */
  | 'ADMIN_RELATIONSHIP_ROLES_REMOVED'
  /** customer-created */
  | 'CUSTOMER_CREATED'
  /** delegated-admin-relationship-approved: admin permissions became active. */
  | 'DELEGATED_ADMIN_RELATIONSHIP_APPROVED'
  /** order-placed */
  | 'ORDER_PLACED'
  /** relationship-end-requested: a customer asked you to cancel the subscriptions that keep your reseller relationship from ending. */
  | 'RELATIONSHIP_END_REQUESTED'
  /** relationship-request-batch-completed: nothing is left to do for a batch of requests (its links were handed out, or every email went out or failed); batch.counts has the figures. Each request of the batch has its own events as usual. */
  | 'RELATIONSHIP_REQUEST_BATCH_COMPLETED'
  /** relationship-request-declined */
  | 'RELATIONSHIP_REQUEST_DECLINED'
  /** relationship-request-expired */
  | 'RELATIONSHIP_REQUEST_EXPIRED'
  /** relationship-request-revoked */
  | 'RELATIONSHIP_REQUEST_REVOKED'
  /** relationship-terminated: either side ended a relationship. */
  | 'RELATIONSHIP_TERMINATED'
  /** reseller-authorization-accepted: an indirect reseller accepted an indirect provider's invitation (sent to both partners; resellerAuthorization.side says which you are). */
  | 'RESELLER_AUTHORIZATION_ACCEPTED'
  /** reseller-authorization-ended: either side ended a reseller authorisation (resellerAuthorization.endedBy), sent to both partners; or the provider withdrew an invitation (sent to the provider only, reseller null). */
  | 'RESELLER_AUTHORIZATION_ENDED'
  /** reseller-relationship-accepted-by-customer: a customer accepted a request. */
  | 'RESELLER_RELATIONSHIP_ACCEPTED_BY_CUSTOMER';

export type InvitationResult_InvitationFragment = { __typename: 'RelationshipInvitation', url: string, email: { __typename: 'InvitationEmail', subject: string, body: string }, request: { __typename: 'RelationshipRequest', id: string, status: RelationshipRequestStatus, expiresAt: string, includesReseller: boolean, recipientEmail: string | null, adminAccess: { __typename: 'AdminAccess', roles: Array<AdminRole>, duration: string, autoExtend: boolean, displayName: string } | null } };

export type NewRequestDialogMutationMutationVariables = Exact<{
  input: RequestResellerRelationshipInput;
}>;


export type NewRequestDialogMutationMutation = { requestResellerRelationship: { __typename: 'RelationshipInvitation', url: string, email: { __typename: 'InvitationEmail', subject: string, body: string }, request: { __typename: 'RelationshipRequest', id: string, status: RelationshipRequestStatus, expiresAt: string, includesReseller: boolean, recipientEmail: string | null, adminAccess: { __typename: 'AdminAccess', roles: Array<AdminRole>, duration: string, autoExtend: boolean, displayName: string } | null } } };

export type NewRequestDialogAdminMutationMutationVariables = Exact<{
  input: RequestAdminRelationshipInput;
}>;


export type NewRequestDialogAdminMutationMutation = { requestAdminRelationship: { __typename: 'RelationshipInvitation', url: string, email: { __typename: 'InvitationEmail', subject: string, body: string }, request: { __typename: 'RelationshipRequest', id: string, status: RelationshipRequestStatus, expiresAt: string, includesReseller: boolean, recipientEmail: string | null, adminAccess: { __typename: 'AdminAccess', roles: Array<AdminRole>, duration: string, autoExtend: boolean, displayName: string } | null } } };

export type NewRequestDialogRenewMutationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NewRequestDialogRenewMutationMutation = { resendRelationshipRequest: { __typename: 'RelationshipInvitation', url: string, email: { __typename: 'InvitationEmail', subject: string, body: string }, request: { __typename: 'RelationshipRequest', id: string, status: RelationshipRequestStatus, expiresAt: string, includesReseller: boolean, recipientEmail: string | null, adminAccess: { __typename: 'AdminAccess', roles: Array<AdminRole>, duration: string, autoExtend: boolean, displayName: string } | null } } };

export type SendInvitationCapabilitiesQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type SendInvitationCapabilitiesQueryQuery = { serverCapabilities: { __typename: 'ServerCapabilities', emailSending: boolean } };

export type SendInvitationMutationMutationVariables = Exact<{
  input: SendRelationshipInvitationInput;
}>;


export type SendInvitationMutationMutation = { sendRelationshipInvitation: { __typename: 'RelationshipRequest', id: string, sentTo: string | null, sentAt: string | null } };

export type AdminAccessCard_CustomerFragment = { __typename: 'Customer', id: string, companyName: string, resellerRelationship: { __typename: 'Relationship', id: string, status: RelationshipStatus } | null, adminRelationship: { __typename: 'Relationship', id: string, status: RelationshipStatus, roles: Array<AdminRole> | null, displayName: string | null, duration: string | null, autoExtend: boolean, endsAt: string | null, endedAt: string | null, expiringSoon: boolean } | null };

export type AdminAccessCardPendingQueryQueryVariables = Exact<{
  customerId: Scalars['ID']['input'];
}>;


export type AdminAccessCardPendingQueryQuery = { relationshipRequests: { __typename: 'RelationshipRequestConnection', edges: Array<{ __typename: 'RelationshipRequestEdge', node: { __typename: 'RelationshipRequest', id: string, expiresAt: string, adminAccess: { __typename: 'AdminAccess', roles: Array<AdminRole>, duration: string, autoExtend: boolean } | null } }> } };

export type RequestEligibilityQueryQueryVariables = Exact<{
  domain: Scalars['String']['input'];
  adminAccess?: InputMaybe<Scalars['Boolean']['input']>;
  indirectProviderId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type RequestEligibilityQueryQuery = { requestEligibility: { __typename: 'RequestEligibility', domain: string, known: boolean, agreementOnFile: boolean | null, canRequest: boolean, blocker: RequestBlocker | null, tenant: { __typename: 'TenantLookup', id: string, country: string, cloud: CloudInstance } | null, customer: { __typename: 'Customer', id: string, companyName: string, resellerRelationship: { __typename: 'Relationship', id: string, status: RelationshipStatus } | null, adminRelationship: { __typename: 'Relationship', id: string, status: RelationshipStatus } | null } | null, pendingRequest: { __typename: 'RelationshipRequest', id: string } | null } };

export type IndirectProvidersQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type IndirectProvidersQueryQuery = { resellerAuthorizations: { __typename: 'ResellerAuthorizationConnection', edges: Array<{ __typename: 'ResellerAuthorizationEdge', node: { __typename: 'ResellerAuthorization', id: string, provider: { __typename: 'AuthorizationPartner', id: string, name: string } } }> } };

export type AppLayoutQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type AppLayoutQueryQuery = { viewer: { __typename: 'Viewer', id: string, email: string, displayName: string, roles: Array<PartnerRole>, tenant: { __typename: 'TenantProfile', id: string, name: string, kind: TenantKind, domain: string, country: string, cloud: CloudInstance, market: string | null, partnerId: string | null, partnerType: PartnerType | null, customerAgreementAccepted: boolean } } | null };

export type SignOutMutationMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutationMutation = { signOut: boolean };

export type SignOutEverywhereMutationMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhereMutationMutation = { signOutEverywhere: boolean };

export type RelationshipEventsSubscriptionSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type RelationshipEventsSubscriptionSubscription = { relationshipEvents: { __typename: 'ActivityEntry', id: string, type: ActivityType, createdAt: string, customer: { __typename: 'Customer', id: string, companyName: string } | null } };

export type SignInPageMutationMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type SignInPageMutationMutation = { signIn: { __typename: 'SignInPayload', expiresAt: string, viewer: { __typename: 'Viewer', id: string, displayName: string } } };

export type SignInInvitationQueryQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type SignInInvitationQueryQuery = { invitation: { __typename: 'Invitation', partner: { __typename: 'PartnerProfile', name: string } } | null };

export type YourPartnersPageAskMutationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
}>;


export type YourPartnersPageAskMutationMutation = { requestRelationshipEnd: { __typename: 'PartnerRelationship', id: string, endRequestedAt: string | null } };

export type CustomerInboxQueryQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  locale: Locale;
}>;


export type CustomerInboxQueryQuery = { pendingInvitations: { __typename: 'PendingInvitationConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'PendingInvitationEdge', cursor: string, node: { __typename: 'PendingInvitation', reachedBy: InvitationSource, includesReseller: boolean, includesDelegatedAdmin: boolean, message: string | null, request: { __typename: 'PendingInvitationRequest', id: string, status: RelationshipRequestStatus, createdAt: string, expiresAt: string }, partner: { __typename: 'PartnerProfile', name: string, partnerId: string, country: string, cloud: CloudInstance, contactEmail: string | null }, indirectProvider: { __typename: 'PartnerProfile', name: string, country: string, cloud: CloudInstance } | null, adminAccess: { __typename: 'AdminAccess', roles: Array<AdminRole>, duration: string, autoExtend: boolean, displayName: string } | null } }> }, adminRoles: Array<{ __typename: 'AdminRoleInfo', role: AdminRole, displayName: string, description: string }> };

export type YourPartnersPageRemoveRolesMutationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  roles: Array<AdminRole> | AdminRole;
}>;


export type YourPartnersPageRemoveRolesMutationMutation = { removeAdminRoles: { __typename: 'PartnerRelationship', id: string, status: RelationshipStatus, roles: Array<AdminRole> | null } };

export type YourPartnersPageQueryQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  locale: Locale;
}>;


export type YourPartnersPageQueryQuery = { partnerRelationships: { __typename: 'PartnerRelationshipConnection', totalCount: number, edges: Array<{ __typename: 'PartnerRelationshipEdge', cursor: string, node: { __typename: 'PartnerRelationship', id: string, type: RelationshipType, status: RelationshipStatus, createdAt: string, endedAt: string | null, endedBy: EndedBySide | null, endRequestedAt: string | null, roles: Array<AdminRole> | null, endsAt: string | null, expiringSoon: boolean, autoExtend: boolean, activeSubscriptions: Array<{ __typename: 'SubscriptionSummary', id: string, productName: string, quantity: number }>, indirectProvider: { __typename: 'PartnerProfile', name: string } | null, partner: { __typename: 'PartnerProfile', name: string, country: string, partnerId: string } } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } }, adminRoles: Array<{ __typename: 'AdminRoleInfo', role: AdminRole, displayName: string, description: string }> };

export type YourPartnersPageEndMutationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  alsoEndAdminRelationship?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type YourPartnersPageEndMutationMutation = { endRelationship: { __typename: 'Relationship', id: string, status: RelationshipStatus, endedAt: string | null, endedBy: EndedBySide | null } };

export type ActivityFiltersQueryQueryVariables = Exact<{
  customerId: Scalars['ID']['input'];
  withCustomer: Scalars['Boolean']['input'];
}>;


export type ActivityFiltersQueryQuery = { partnerUsers: Array<{ __typename: 'UserSummary', id: string, displayName: string }>, customer?: { __typename: 'Customer', id: string, companyName: string } | null };

export type CustomerPickerQueryQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type CustomerPickerQueryQuery = { customers: { __typename: 'CustomerConnection', edges: Array<{ __typename: 'CustomerEdge', node: { __typename: 'Customer', id: string, companyName: string } }> } };

export type ActivityLogQueryQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<ActivityType> | ActivityType>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  actorId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
}>;


export type ActivityLogQueryQuery = { activityLog: { __typename: 'ActivityConnection', totalCount: number, edges: Array<{ __typename: 'ActivityEdge', cursor: string, node: { __typename: 'ActivityEntry', id: string, type: ActivityType, summary: string, params: unknown | null, createdAt: string, actor: { __typename: 'UserSummary', id: string, displayName: string, email: string } | null, customer: { __typename: 'Customer', id: string, companyName: string, domain: string } | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type BatchPageRowFragment = { __typename: 'BatchRow', rowNumber: number, status: BatchRowStatus, domain: string | null, customerId: string | null, recipientEmail: string, recipientName: string | null, companyName: string | null, reason: string | null, message: string | null, errorParams: unknown | null, sendError: string | null, request: { __typename: 'RelationshipRequest', id: string, status: RelationshipRequestStatus } | null };

export type BatchPageQueryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<BatchRowStatus>;
}>;


export type BatchPageQueryQuery = { relationshipRequestBatch: { __typename: 'RelationshipRequestBatch', id: string | null, status: RelationshipRequestBatchStatus, send: boolean, locale: Locale, createdAt: string, completedAt: string | null, emailLimitResetsAt: string | null, createdBy: { __typename: 'UserSummary', id: string, displayName: string } | null, indirectProvider: { __typename: 'PartnerProfile', id: string, name: string } | null, counts: { __typename: 'BatchCountsType', total: number, created: number, blocked: number, invalid: number, sent: number, sendFailed: number, accepted: number, declined: number, pending: number }, rows: { __typename: 'BatchRowConnection', totalCount: number, edges: Array<{ __typename: 'BatchRowEdge', cursor: string, node: { __typename: 'BatchRow', rowNumber: number, status: BatchRowStatus, domain: string | null, customerId: string | null, recipientEmail: string, recipientName: string | null, companyName: string | null, reason: string | null, message: string | null, errorParams: unknown | null, sendError: string | null, request: { __typename: 'RelationshipRequest', id: string, status: RelationshipRequestStatus } | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } | null };

export type RetryBatchEmailsMutationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RetryBatchEmailsMutationMutation = { retryRelationshipRequestBatchEmails: { __typename: 'RelationshipRequestBatch', id: string | null, status: RelationshipRequestBatchStatus } };

export type BatchRowsQueryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type BatchRowsQueryQuery = { relationshipRequestBatch: { __typename: 'RelationshipRequestBatch', id: string | null, rows: { __typename: 'BatchRowConnection', edges: Array<{ __typename: 'BatchRowEdge', node: { __typename: 'BatchRow', rowNumber: number, status: BatchRowStatus, domain: string | null, customerId: string | null, recipientEmail: string, recipientName: string | null, reason: string | null, message: string | null, errorParams: unknown | null, sendError: string | null, request: { __typename: 'RelationshipRequest', id: string } | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } | null };

export type BatchPreviewRowFragment = { __typename: 'BatchRow', rowNumber: number, reason: string | null, message: string | null, errorParams: unknown | null };

export type BatchUploadCapabilitiesQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type BatchUploadCapabilitiesQueryQuery = { serverCapabilities: { __typename: 'ServerCapabilities', emailSending: boolean } };

export type BatchPreviewMutationMutationVariables = Exact<{
  input: CreateRelationshipRequestBatchInput;
}>;


export type BatchPreviewMutationMutation = { createRelationshipRequestBatch: { __typename: 'RelationshipRequestBatch', counts: { __typename: 'BatchCountsType', total: number, created: number, blocked: number, invalid: number }, refusals: Array<{ __typename: 'BatchRow', status: BatchRowStatus, rowNumber: number, reason: string | null, message: string | null, errorParams: unknown | null }> | null } };

export type BatchCreateMutationMutationVariables = Exact<{
  input: CreateRelationshipRequestBatchInput;
}>;


export type BatchCreateMutationMutation = { createRelationshipRequestBatch: { __typename: 'RelationshipRequestBatch', id: string | null, status: RelationshipRequestBatchStatus, send: boolean, counts: { __typename: 'BatchCountsType', total: number, created: number, blocked: number, invalid: number }, links: Array<{ __typename: 'BatchRowLink', rowNumber: number, requestId: string, url: string, recipientEmail: string, recipientName: string | null, expiresAt: string }> | null } };

export type BatchesPageQueryQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type BatchesPageQueryQuery = { relationshipRequestBatches: { __typename: 'RelationshipRequestBatchConnection', totalCount: number, edges: Array<{ __typename: 'RelationshipRequestBatchEdge', cursor: string, node: { __typename: 'RelationshipRequestBatch', id: string | null, status: RelationshipRequestBatchStatus, send: boolean, createdAt: string, createdBy: { __typename: 'UserSummary', id: string, displayName: string } | null, counts: { __typename: 'BatchCountsType', total: number, created: number, blocked: number, invalid: number, accepted: number, declined: number, pending: number } } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type AddCustomerPageMutationMutationVariables = Exact<{
  input: CreateCustomerInput;
}>;


export type AddCustomerPageMutationMutation = { createCustomer: { __typename: 'Customer', id: string, companyName: string, domain: string, country: string, cloud: CloudInstance, customerAgreementAccepted: boolean, subscriptionCount: number, resellerRelationship: { __typename: 'Relationship', id: string, status: RelationshipStatus } | null, indirectReseller: { __typename: 'PartnerProfile', id: string, name: string } | null, indirectProvider: { __typename: 'PartnerProfile', id: string, name: string } | null, adminRelationship: { __typename: 'Relationship', id: string, status: RelationshipStatus } | null, adminAccessSummary: { __typename: 'AdminAccessSummary', roles: Array<AdminRole>, preset: AdminRolePreset | null, endsAt: string | null, autoExtend: boolean, expiringSoon: boolean, daysLeft: number | null } | null } };

export type CustomerRow_CustomerFragment = { __typename: 'Customer', id: string, companyName: string, domain: string, country: string, cloud: CloudInstance, customerAgreementAccepted: boolean, subscriptionCount: number, resellerRelationship: { __typename: 'Relationship', id: string, status: RelationshipStatus } | null, indirectReseller: { __typename: 'PartnerProfile', id: string, name: string } | null, indirectProvider: { __typename: 'PartnerProfile', id: string, name: string } | null, adminRelationship: { __typename: 'Relationship', id: string, status: RelationshipStatus } | null, adminAccessSummary: { __typename: 'AdminAccessSummary', roles: Array<AdminRole>, preset: AdminRolePreset | null, endsAt: string | null, autoExtend: boolean, expiringSoon: boolean, daysLeft: number | null } | null };

export type CustomersPageQueryQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  relationship?: InputMaybe<RelationshipFilter>;
  orderBy?: InputMaybe<CustomerOrder>;
  indirectResellerId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CustomersPageQueryQuery = { customers: { __typename: 'CustomerConnection', totalCount: number, adminExpiringCount: number, edges: Array<{ __typename: 'CustomerEdge', cursor: string, node: { __typename: 'Customer', id: string, companyName: string, domain: string, country: string, cloud: CloudInstance, customerAgreementAccepted: boolean, subscriptionCount: number, resellerRelationship: { __typename: 'Relationship', id: string, status: RelationshipStatus } | null, indirectReseller: { __typename: 'PartnerProfile', id: string, name: string } | null, indirectProvider: { __typename: 'PartnerProfile', id: string, name: string } | null, adminRelationship: { __typename: 'Relationship', id: string, status: RelationshipStatus } | null, adminAccessSummary: { __typename: 'AdminAccessSummary', roles: Array<AdminRole>, preset: AdminRolePreset | null, endsAt: string | null, autoExtend: boolean, expiringSoon: boolean, daysLeft: number | null } | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type ResellerFilterQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type ResellerFilterQueryQuery = { resellerAuthorizations: { __typename: 'ResellerAuthorizationConnection', edges: Array<{ __typename: 'ResellerAuthorizationEdge', node: { __typename: 'ResellerAuthorization', id: string, reseller: { __typename: 'AuthorizationPartner', id: string, name: string } | null } }> } };

export type CustomersExportQueryQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  relationship?: InputMaybe<RelationshipFilter>;
  orderBy?: InputMaybe<CustomerOrder>;
}>;


export type CustomersExportQueryQuery = { customers: { __typename: 'CustomerConnection', edges: Array<{ __typename: 'CustomerEdge', node: { __typename: 'Customer', id: string, companyName: string, domain: string, country: string, cloud: CloudInstance, customerAgreementAccepted: boolean, subscriptionCount: number, resellerRelationship: { __typename: 'Relationship', id: string, status: RelationshipStatus } | null, indirectReseller: { __typename: 'PartnerProfile', id: string, name: string } | null, indirectProvider: { __typename: 'PartnerProfile', id: string, name: string } | null, adminRelationship: { __typename: 'Relationship', id: string, status: RelationshipStatus } | null, adminAccessSummary: { __typename: 'AdminAccessSummary', roles: Array<AdminRole>, preset: AdminRolePreset | null, endsAt: string | null, autoExtend: boolean, expiringSoon: boolean, daysLeft: number | null } | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type AgreementFormMutationMutationVariables = Exact<{
  customerId: Scalars['ID']['input'];
  input: CustomerAgreementInput;
}>;


export type AgreementFormMutationMutation = { recordCustomerAgreement: { __typename: 'Customer', id: string, customerAgreementAccepted: boolean, canPurchase: boolean, purchaseBlocker: { __typename: 'Blocker', code: ErrorCode, message: string } | null, customerAgreement: { __typename: 'CustomerAgreement', signerName: string | null, signerEmail: string | null, acceptedAt: string } | null } };

export type CancelSubscriptionMutationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelSubscriptionMutationMutation = { updateSubscription: { __typename: 'CloudSubscription', id: string, quantity: number, status: SubscriptionStatus, createdAt: string, canChange: boolean, canSuspend: boolean, canReactivate: boolean, canCancel: boolean, changeBlocker: { __typename: 'Blocker', code: ErrorCode, message: string, requiredRoles: Array<AdminRole> | null } | null, product: { __typename: 'Product', id: string, name: string, kind: ProductKind }, soldBy: { __typename: 'PartnerProfile', id: string, name: string }, associatedPartner: { __typename: 'PartnerProfile', id: string, name: string } | null } };

export type CustomerDetailPageQueryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerDetailPageQueryQuery = { customer: { __typename: 'Customer', id: string, companyName: string, domain: string, country: string, cloud: CloudInstance, contactName: string | null, contactEmail: string | null, createdAt: string, customerAgreementAccepted: boolean, canPurchase: boolean, customerAgreement: { __typename: 'CustomerAgreement', signerName: string | null, signerEmail: string | null, acceptedAt: string } | null, resellerRelationship: { __typename: 'Relationship', id: string, status: RelationshipStatus } | null, indirectReseller: { __typename: 'PartnerProfile', id: string, name: string } | null, indirectProvider: { __typename: 'PartnerProfile', id: string, name: string } | null, adminRelationship: { __typename: 'Relationship', id: string, status: RelationshipStatus, roles: Array<AdminRole> | null, displayName: string | null, duration: string | null, autoExtend: boolean, endsAt: string | null, endedAt: string | null, expiringSoon: boolean } | null, purchaseBlocker: { __typename: 'Blocker', code: ErrorCode, message: string } | null, relationships: Array<{ __typename: 'Relationship', id: string, type: RelationshipType, status: RelationshipStatus, origin: RelationshipOrigin, createdAt: string, endedAt: string | null, endedBy: EndedBySide | null }>, subscriptions: Array<{ __typename: 'CloudSubscription', id: string, quantity: number, status: SubscriptionStatus, createdAt: string, canChange: boolean, canSuspend: boolean, canReactivate: boolean, canCancel: boolean, changeBlocker: { __typename: 'Blocker', code: ErrorCode, message: string, requiredRoles: Array<AdminRole> | null } | null, product: { __typename: 'Product', id: string, name: string, kind: ProductKind }, soldBy: { __typename: 'PartnerProfile', id: string, name: string }, associatedPartner: { __typename: 'PartnerProfile', id: string, name: string } | null }> } | null };

export type CustomerRequestsQueryQueryVariables = Exact<{
  customerId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CustomerRequestsQueryQuery = { relationshipRequests: { __typename: 'RelationshipRequestConnection', totalCount: number, edges: Array<{ __typename: 'RelationshipRequestEdge', cursor: string, node: { __typename: 'RelationshipRequest', id: string, status: RelationshipRequestStatus, includesReseller: boolean, createdAt: string, expiresAt: string, answeredAt: string | null, adminAccess: { __typename: 'AdminAccess', roles: Array<AdminRole> } | null, createdBy: { __typename: 'UserSummary', id: string, displayName: string }, answeredBy: { __typename: 'UserSummary', id: string, displayName: string } | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type PurchaseFormQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type PurchaseFormQueryQuery = { products: Array<{ __typename: 'Product', id: string, name: string, kind: ProductKind, unitPriceCents: number, currency: string }> };

export type PurchaseFormMutationMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;


export type PurchaseFormMutationMutation = { placeOrder: { __typename: 'Order', id: string, quantity: number, subscription: { __typename: 'CloudSubscription', id: string, quantity: number, status: SubscriptionStatus, createdAt: string, canChange: boolean, canSuspend: boolean, canReactivate: boolean, canCancel: boolean, changeBlocker: { __typename: 'Blocker', code: ErrorCode, message: string, requiredRoles: Array<AdminRole> | null } | null, product: { __typename: 'Product', id: string, name: string, kind: ProductKind }, soldBy: { __typename: 'PartnerProfile', id: string, name: string }, associatedPartner: { __typename: 'PartnerProfile', id: string, name: string } | null } } };

export type RelationshipsTable_RelationshipFragment = { __typename: 'Relationship', id: string, type: RelationshipType, status: RelationshipStatus, origin: RelationshipOrigin, createdAt: string, endedAt: string | null, endedBy: EndedBySide | null };

export type RelationshipsTableEndMutationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  alsoEndAdminRelationship?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type RelationshipsTableEndMutationMutation = { endRelationship: { __typename: 'Relationship', id: string, type: RelationshipType, status: RelationshipStatus, origin: RelationshipOrigin, createdAt: string, endedAt: string | null, endedBy: EndedBySide | null } };

export type SubscriptionRow_SubscriptionFragment = { __typename: 'CloudSubscription', id: string, quantity: number, status: SubscriptionStatus, createdAt: string, canChange: boolean, canSuspend: boolean, canReactivate: boolean, canCancel: boolean, changeBlocker: { __typename: 'Blocker', code: ErrorCode, message: string, requiredRoles: Array<AdminRole> | null } | null, product: { __typename: 'Product', id: string, name: string, kind: ProductKind }, soldBy: { __typename: 'PartnerProfile', id: string, name: string }, associatedPartner: { __typename: 'PartnerProfile', id: string, name: string } | null };

export type SubscriptionRowMutationMutationVariables = Exact<{
  input: UpdateSubscriptionInput;
}>;


export type SubscriptionRowMutationMutation = { updateSubscription: { __typename: 'CloudSubscription', id: string, quantity: number, status: SubscriptionStatus, createdAt: string, canChange: boolean, canSuspend: boolean, canReactivate: boolean, canCancel: boolean, changeBlocker: { __typename: 'Blocker', code: ErrorCode, message: string, requiredRoles: Array<AdminRole> | null } | null, product: { __typename: 'Product', id: string, name: string, kind: ProductKind }, soldBy: { __typename: 'PartnerProfile', id: string, name: string }, associatedPartner: { __typename: 'PartnerProfile', id: string, name: string } | null } };

export type RequestRow_RequestFragment = { __typename: 'RelationshipRequest', id: string, status: RelationshipRequestStatus, includesReseller: boolean, approvedRoles: Array<AdminRole> | null, createdAt: string, expiresAt: string, viewedAt: string | null, answeredAt: string | null, sentTo: string | null, sentAt: string | null, recipientEmail: string | null, recipientName: string | null, pinnedDomain: string | null, declineReason: DeclineReason | null, declineReasonText: string | null, adminAccess: { __typename: 'AdminAccess', roles: Array<AdminRole>, duration: string, autoExtend: boolean, displayName: string } | null, customer: { __typename: 'Customer', id: string, companyName: string } | null, indirectProvider: { __typename: 'PartnerProfile', id: string, name: string } | null, createdBy: { __typename: 'UserSummary', id: string, displayName: string }, answeredBy: { __typename: 'UserSummary', id: string, displayName: string, email: string } | null };

export type RequestsPageQueryQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<RelationshipRequestStatus>;
  expiringWithinDays?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  createdBy?: InputMaybe<Scalars['ID']['input']>;
}>;


export type RequestsPageQueryQuery = { serverCapabilities: { __typename: 'ServerCapabilities', emailSending: boolean }, expiringSoon: { __typename: 'RelationshipRequestConnection', totalCount: number }, relationshipRequests: { __typename: 'RelationshipRequestConnection', totalCount: number, edges: Array<{ __typename: 'RelationshipRequestEdge', cursor: string, node: { __typename: 'RelationshipRequest', id: string, sentTo: string | null, status: RelationshipRequestStatus, includesReseller: boolean, approvedRoles: Array<AdminRole> | null, createdAt: string, expiresAt: string, viewedAt: string | null, answeredAt: string | null, sentAt: string | null, recipientEmail: string | null, recipientName: string | null, pinnedDomain: string | null, declineReason: DeclineReason | null, declineReasonText: string | null, adminAccess: { __typename: 'AdminAccess', roles: Array<AdminRole>, duration: string, autoExtend: boolean, displayName: string } | null, customer: { __typename: 'Customer', id: string, companyName: string } | null, indirectProvider: { __typename: 'PartnerProfile', id: string, name: string } | null, createdBy: { __typename: 'UserSummary', id: string, displayName: string }, answeredBy: { __typename: 'UserSummary', id: string, displayName: string, email: string } | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type RequestsPageRevokeMutationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RequestsPageRevokeMutationMutation = { revokeRelationshipRequest: { __typename: 'RelationshipRequest', id: string, status: RelationshipRequestStatus, includesReseller: boolean, approvedRoles: Array<AdminRole> | null, createdAt: string, expiresAt: string, viewedAt: string | null, answeredAt: string | null, sentTo: string | null, sentAt: string | null, recipientEmail: string | null, recipientName: string | null, pinnedDomain: string | null, declineReason: DeclineReason | null, declineReasonText: string | null, adminAccess: { __typename: 'AdminAccess', roles: Array<AdminRole>, duration: string, autoExtend: boolean, displayName: string } | null, customer: { __typename: 'Customer', id: string, companyName: string } | null, indirectProvider: { __typename: 'PartnerProfile', id: string, name: string } | null, createdBy: { __typename: 'UserSummary', id: string, displayName: string }, answeredBy: { __typename: 'UserSummary', id: string, displayName: string, email: string } | null } };

export type RequestsPageResendMutationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  locale?: InputMaybe<Locale>;
}>;


export type RequestsPageResendMutationMutation = { resendRelationshipRequest: { __typename: 'RelationshipInvitation', url: string, request: { __typename: 'RelationshipRequest', id: string, status: RelationshipRequestStatus, expiresAt: string, includesReseller: boolean, recipientEmail: string | null, approvedRoles: Array<AdminRole> | null, createdAt: string, viewedAt: string | null, answeredAt: string | null, sentTo: string | null, sentAt: string | null, recipientName: string | null, pinnedDomain: string | null, declineReason: DeclineReason | null, declineReasonText: string | null, adminAccess: { __typename: 'AdminAccess', roles: Array<AdminRole>, duration: string, autoExtend: boolean, displayName: string } | null, customer: { __typename: 'Customer', id: string, companyName: string } | null, indirectProvider: { __typename: 'PartnerProfile', id: string, name: string } | null, createdBy: { __typename: 'UserSummary', id: string, displayName: string }, answeredBy: { __typename: 'UserSummary', id: string, displayName: string, email: string } | null }, email: { __typename: 'InvitationEmail', subject: string, body: string } } };

export type RequestsPageRemindMutationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RequestsPageRemindMutationMutation = { remindRelationshipRequest: { __typename: 'RelationshipInvitation', request: { __typename: 'RelationshipRequest', id: string, status: RelationshipRequestStatus, includesReseller: boolean, approvedRoles: Array<AdminRole> | null, createdAt: string, expiresAt: string, viewedAt: string | null, answeredAt: string | null, sentTo: string | null, sentAt: string | null, recipientEmail: string | null, recipientName: string | null, pinnedDomain: string | null, declineReason: DeclineReason | null, declineReasonText: string | null, adminAccess: { __typename: 'AdminAccess', roles: Array<AdminRole>, duration: string, autoExtend: boolean, displayName: string } | null, customer: { __typename: 'Customer', id: string, companyName: string } | null, indirectProvider: { __typename: 'PartnerProfile', id: string, name: string } | null, createdBy: { __typename: 'UserSummary', id: string, displayName: string }, answeredBy: { __typename: 'UserSummary', id: string, displayName: string, email: string } | null } } };

export type ApiKeyRow_ApiKeyFragment = { __typename: 'ApiKey', id: string, name: string, scopes: Array<ApiKeyScope>, prefix: string, status: ApiKeyStatus, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null, createdBy: { __typename: 'UserSummary', id: string, displayName: string } | null };

export type ApiKeysPageQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysPageQueryQuery = { apiKeys: Array<{ __typename: 'ApiKey', id: string, name: string, scopes: Array<ApiKeyScope>, prefix: string, status: ApiKeyStatus, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null, createdBy: { __typename: 'UserSummary', id: string, displayName: string } | null }> };

export type ApiKeysPageRevokeMutationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApiKeysPageRevokeMutationMutation = { revokeApiKey: { __typename: 'ApiKey', id: string, name: string, scopes: Array<ApiKeyScope>, prefix: string, status: ApiKeyStatus, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null, createdBy: { __typename: 'UserSummary', id: string, displayName: string } | null } };

export type NewApiKeyDialogMutationMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type NewApiKeyDialogMutationMutation = { createApiKey: { __typename: 'CreatedApiKey', secret: string, apiKey: { __typename: 'ApiKey', id: string, name: string, scopes: Array<ApiKeyScope>, prefix: string, status: ApiKeyStatus, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null, createdBy: { __typename: 'UserSummary', id: string, displayName: string } | null } } };

export type NotificationsPageQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationsPageQueryQuery = { viewer: { __typename: 'Viewer', id: string, notificationSettings: { __typename: 'NotificationSettings', onAnswer: boolean, digest: boolean } } | null, serverCapabilities: { __typename: 'ServerCapabilities', emailSending: boolean } };

export type NotificationsPageUpdateMutationMutationVariables = Exact<{
  input: NotificationSettingsInput;
}>;


export type NotificationsPageUpdateMutationMutation = { updateNotificationSettings: { __typename: 'NotificationSettings', onAnswer: boolean, digest: boolean } };

export type DeliveryRow_DeliveryFragment = { __typename: 'WebhookDelivery', id: string, webhookId: string, eventType: string, status: WebhookDeliveryStatus, attempts: number, lastStatusCode: number | null, lastError: string | null, durationMs: number | null, createdAt: string, lastAttemptAt: string | null, nextAttemptAt: string | null, deliveredAt: string | null };

export type WebhookDeliveriesPageQueryQueryVariables = Exact<{
  endpointId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebhookDeliveriesPageQueryQuery = { webhookEndpoints: Array<{ __typename: 'WebhookEndpoint', id: string, url: string, description: string, events: Array<WebhookEventType>, enabled: boolean, failingSince: string | null, createdAt: string, updatedAt: string }>, webhookDeliveries: { __typename: 'WebhookDeliveryConnection', totalCount: number, edges: Array<{ __typename: 'WebhookDeliveryEdge', cursor: string, node: { __typename: 'WebhookDelivery', id: string, webhookId: string, eventType: string, status: WebhookDeliveryStatus, attempts: number, lastStatusCode: number | null, lastError: string | null, durationMs: number | null, createdAt: string, lastAttemptAt: string | null, nextAttemptAt: string | null, deliveredAt: string | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type RedeliverWebhookMutationMutationVariables = Exact<{
  deliveryId: Scalars['ID']['input'];
}>;


export type RedeliverWebhookMutationMutation = { redeliverWebhook: { __typename: 'WebhookDelivery', id: string, webhookId: string, eventType: string, status: WebhookDeliveryStatus, attempts: number, lastStatusCode: number | null, lastError: string | null, durationMs: number | null, createdAt: string, lastAttemptAt: string | null, nextAttemptAt: string | null, deliveredAt: string | null } };

export type WebhookEndpointDialogCreateMutationMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type WebhookEndpointDialogCreateMutationMutation = { createWebhookEndpoint: { __typename: 'CreatedWebhookEndpoint', secret: string, endpoint: { __typename: 'WebhookEndpoint', id: string, url: string, description: string, events: Array<WebhookEventType>, enabled: boolean, failingSince: string | null, createdAt: string, updatedAt: string } } };

export type WebhookEndpointDialogUpdateMutationMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;


export type WebhookEndpointDialogUpdateMutationMutation = { updateWebhookEndpoint: { __typename: 'WebhookEndpoint', id: string, url: string, description: string, events: Array<WebhookEventType>, enabled: boolean, failingSince: string | null, createdAt: string, updatedAt: string } };

export type WebhookEndpointRow_EndpointFragment = { __typename: 'WebhookEndpoint', id: string, url: string, description: string, events: Array<WebhookEventType>, enabled: boolean, failingSince: string | null, createdAt: string, updatedAt: string };

export type WebhooksPageQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhooksPageQueryQuery = { webhookEndpoints: Array<{ __typename: 'WebhookEndpoint', id: string, url: string, description: string, events: Array<WebhookEventType>, enabled: boolean, failingSince: string | null, createdAt: string, updatedAt: string }> };

export type WebhookEndpointToggleMutationMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;


export type WebhookEndpointToggleMutationMutation = { updateWebhookEndpoint: { __typename: 'WebhookEndpoint', id: string, enabled: boolean, failingSince: string | null, updatedAt: string } };

export type SendTestWebhookMutationMutationVariables = Exact<{
  endpointId: Scalars['ID']['input'];
}>;


export type SendTestWebhookMutationMutation = { sendTestWebhook: { __typename: 'WebhookDelivery', id: string, webhookId: string, eventType: string, status: WebhookDeliveryStatus, attempts: number, lastStatusCode: number | null, lastError: string | null, durationMs: number | null, createdAt: string, lastAttemptAt: string | null, nextAttemptAt: string | null, deliveredAt: string | null } };

export type RotateWebhookSecretMutationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RotateWebhookSecretMutationMutation = { rotateWebhookSecret: { __typename: 'CreatedWebhookEndpoint', secret: string, endpoint: { __typename: 'WebhookEndpoint', id: string, updatedAt: string } } };

export type DeleteWebhookEndpointMutationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteWebhookEndpointMutationMutation = { deleteWebhookEndpoint: boolean };

export type AuthorizationRow_AuthorizationFragment = { __typename: 'ResellerAuthorization', id: string, status: ResellerAuthorizationStatus, recipientEmail: string | null, createdAt: string, expiresAt: string, acceptedAt: string | null, endedAt: string | null, endedBy: AuthorizationSide | null, provider: { __typename: 'AuthorizationPartner', id: string, name: string, partnerId: string | null, country: string }, reseller: { __typename: 'AuthorizationPartner', id: string, name: string, partnerId: string | null, country: string } | null };

export type InviteResellerDialogMutationMutationVariables = Exact<{
  input: InviteIndirectResellerInput;
}>;


export type InviteResellerDialogMutationMutation = { inviteIndirectReseller: { __typename: 'ResellerAuthorizationInvitation', url: string, authorization: { __typename: 'ResellerAuthorization', id: string, status: ResellerAuthorizationStatus, recipientEmail: string | null, createdAt: string, expiresAt: string, acceptedAt: string | null, endedAt: string | null, endedBy: AuthorizationSide | null, provider: { __typename: 'AuthorizationPartner', id: string, name: string, partnerId: string | null, country: string }, reseller: { __typename: 'AuthorizationPartner', id: string, name: string, partnerId: string | null, country: string } | null } } };

export type ResellerAuthorizationsPageQueryQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ResellerAuthorizationsPageQueryQuery = { resellerAuthorizations: { __typename: 'ResellerAuthorizationConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ResellerAuthorizationEdge', node: { __typename: 'ResellerAuthorization', id: string, status: ResellerAuthorizationStatus, recipientEmail: string | null, createdAt: string, expiresAt: string, acceptedAt: string | null, endedAt: string | null, endedBy: AuthorizationSide | null, provider: { __typename: 'AuthorizationPartner', id: string, name: string, partnerId: string | null, country: string }, reseller: { __typename: 'AuthorizationPartner', id: string, name: string, partnerId: string | null, country: string } | null } }> } };

export type ResellerAuthorizationsPageEndMutationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResellerAuthorizationsPageEndMutationMutation = { endResellerAuthorization: { __typename: 'ResellerAuthorization', id: string, status: ResellerAuthorizationStatus, recipientEmail: string | null, createdAt: string, expiresAt: string, acceptedAt: string | null, endedAt: string | null, endedBy: AuthorizationSide | null, provider: { __typename: 'AuthorizationPartner', id: string, name: string, partnerId: string | null, country: string }, reseller: { __typename: 'AuthorizationPartner', id: string, name: string, partnerId: string | null, country: string } | null } };

export type ResellerLinkPageQueryQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type ResellerLinkPageQueryQuery = { resellerAuthorizationInvitation: { __typename: 'ResellerAuthorizationInvitationPreview', status: ResellerAuthorizationStatus, closedReason: ErrorCode | null, acceptedByYourOrganization: boolean, expiresAt: string, message: string | null, provider: { __typename: 'AuthorizationPartner', id: string, name: string, partnerId: string | null, country: string, cloud: CloudInstance } } | null };

export type ResellerLinkPageAcceptMutationMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type ResellerLinkPageAcceptMutationMutation = { acceptResellerAuthorization: { __typename: 'ResellerAuthorization', id: string, status: ResellerAuthorizationStatus, recipientEmail: string | null, createdAt: string, expiresAt: string, acceptedAt: string | null, endedAt: string | null, endedBy: AuthorizationSide | null, provider: { __typename: 'AuthorizationPartner', id: string, name: string, partnerId: string | null, country: string }, reseller: { __typename: 'AuthorizationPartner', id: string, name: string, partnerId: string | null, country: string } | null } };

export type ViewerContext_ViewerFragment = { __typename: 'Viewer', id: string, email: string, displayName: string, roles: Array<PartnerRole>, tenant: { __typename: 'TenantProfile', id: string, name: string, kind: TenantKind, domain: string, country: string, cloud: CloudInstance, market: string | null, partnerId: string | null, partnerType: PartnerType | null, customerAgreementAccepted: boolean } };

export const InvitationResult_InvitationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationResult_invitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"email"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"includesReseller"}},{"kind":"Field","name":{"kind":"Name","value":"recipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"adminAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"autoExtend"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<InvitationResult_InvitationFragment, unknown>;
export const AdminAccessCard_CustomerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAccessCard_customer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"resellerRelationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adminRelationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"autoExtend"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiringSoon"}}]}}]}}]} as unknown as DocumentNode<AdminAccessCard_CustomerFragment, unknown>;
export const BatchPageRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchPageRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BatchRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"recipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"errorParams"}},{"kind":"Field","name":{"kind":"Name","value":"sendError"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<BatchPageRowFragment, unknown>;
export const BatchPreviewRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchPreviewRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BatchRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"errorParams"}}]}}]} as unknown as DocumentNode<BatchPreviewRowFragment, unknown>;
export const CustomerRow_CustomerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerRow_customer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"cloud"}},{"kind":"Field","name":{"kind":"Name","value":"customerAgreementAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptionCount"}},{"kind":"Field","name":{"kind":"Name","value":"resellerRelationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indirectReseller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indirectProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adminRelationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adminAccessSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"preset"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"autoExtend"}},{"kind":"Field","name":{"kind":"Name","value":"expiringSoon"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}}]}}]}}]} as unknown as DocumentNode<CustomerRow_CustomerFragment, unknown>;
export const RelationshipsTable_RelationshipFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationshipsTable_relationship"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedBy"}}]}}]} as unknown as DocumentNode<RelationshipsTable_RelationshipFragment, unknown>;
export const SubscriptionRow_SubscriptionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubscriptionRow_subscription"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CloudSubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canChange"}},{"kind":"Field","name":{"kind":"Name","value":"canSuspend"}},{"kind":"Field","name":{"kind":"Name","value":"canReactivate"}},{"kind":"Field","name":{"kind":"Name","value":"canCancel"}},{"kind":"Field","name":{"kind":"Name","value":"changeBlocker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requiredRoles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"soldBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"associatedPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SubscriptionRow_SubscriptionFragment, unknown>;
export const RequestRow_RequestFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestRow_request"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"includesReseller"}},{"kind":"Field","name":{"kind":"Name","value":"adminAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"autoExtend"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedRoles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentTo"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"pinnedDomain"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indirectProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"declineReasonText"}}]}}]} as unknown as DocumentNode<RequestRow_RequestFragment, unknown>;
export const ApiKeyRow_ApiKeyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyRow_apiKey"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ApiKeyRow_ApiKeyFragment, unknown>;
export const DeliveryRow_DeliveryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryRow_delivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]} as unknown as DocumentNode<DeliveryRow_DeliveryFragment, unknown>;
export const WebhookEndpointRow_EndpointFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointRow_endpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<WebhookEndpointRow_EndpointFragment, unknown>;
export const AuthorizationRow_AuthorizationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorizationRow_authorization"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResellerAuthorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedBy"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reseller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<AuthorizationRow_AuthorizationFragment, unknown>;
export const ViewerContext_ViewerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerContext_viewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"cloud"}},{"kind":"Field","name":{"kind":"Name","value":"market"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerType"}},{"kind":"Field","name":{"kind":"Name","value":"customerAgreementAccepted"}}]}}]}}]} as unknown as DocumentNode<ViewerContext_ViewerFragment, unknown>;
export const NewRequestDialogMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewRequestDialogMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestResellerRelationshipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestResellerRelationship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationResult_invitation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationResult_invitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"email"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"includesReseller"}},{"kind":"Field","name":{"kind":"Name","value":"recipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"adminAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"autoExtend"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<NewRequestDialogMutationMutation, NewRequestDialogMutationMutationVariables>;
export const NewRequestDialogAdminMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewRequestDialogAdminMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestAdminRelationshipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestAdminRelationship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationResult_invitation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationResult_invitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"email"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"includesReseller"}},{"kind":"Field","name":{"kind":"Name","value":"recipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"adminAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"autoExtend"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<NewRequestDialogAdminMutationMutation, NewRequestDialogAdminMutationMutationVariables>;
export const NewRequestDialogRenewMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewRequestDialogRenewMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendRelationshipRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationResult_invitation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationResult_invitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"email"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"includesReseller"}},{"kind":"Field","name":{"kind":"Name","value":"recipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"adminAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"autoExtend"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<NewRequestDialogRenewMutationMutation, NewRequestDialogRenewMutationMutationVariables>;
export const SendInvitationCapabilitiesQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SendInvitationCapabilitiesQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serverCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailSending"}}]}}]}}]} as unknown as DocumentNode<SendInvitationCapabilitiesQueryQuery, SendInvitationCapabilitiesQueryQueryVariables>;
export const SendInvitationMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendInvitationMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendRelationshipInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendRelationshipInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sentTo"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]} as unknown as DocumentNode<SendInvitationMutationMutation, SendInvitationMutationMutationVariables>;
export const AdminAccessCardPendingQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminAccessCardPendingQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationshipRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}},{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"adminAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"autoExtend"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminAccessCardPendingQueryQuery, AdminAccessCardPendingQueryQueryVariables>;
export const RequestEligibilityQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestEligibilityQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"domain"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"adminAccess"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indirectProviderId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestEligibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"domain"},"value":{"kind":"Variable","name":{"kind":"Name","value":"domain"}}},{"kind":"Argument","name":{"kind":"Name","value":"adminAccess"},"value":{"kind":"Variable","name":{"kind":"Name","value":"adminAccess"}}},{"kind":"Argument","name":{"kind":"Name","value":"indirectProviderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indirectProviderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"known"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"cloud"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"resellerRelationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adminRelationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreementOnFile"}},{"kind":"Field","name":{"kind":"Name","value":"pendingRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canRequest"}},{"kind":"Field","name":{"kind":"Name","value":"blocker"}}]}}]}}]} as unknown as DocumentNode<RequestEligibilityQueryQuery, RequestEligibilityQueryQueryVariables>;
export const IndirectProvidersQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndirectProvidersQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resellerAuthorizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IndirectProvidersQueryQuery, IndirectProvidersQueryQueryVariables>;
export const AppLayoutQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppLayoutQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerContext_viewer"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerContext_viewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"cloud"}},{"kind":"Field","name":{"kind":"Name","value":"market"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerType"}},{"kind":"Field","name":{"kind":"Name","value":"customerAgreementAccepted"}}]}}]}}]} as unknown as DocumentNode<AppLayoutQueryQuery, AppLayoutQueryQueryVariables>;
export const SignOutMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOutMutation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutationMutation, SignOutMutationMutationVariables>;
export const SignOutEverywhereMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOutEverywhereMutation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOutEverywhere"}}]}}]} as unknown as DocumentNode<SignOutEverywhereMutationMutation, SignOutEverywhereMutationMutationVariables>;
export const RelationshipEventsSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RelationshipEventsSubscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationshipEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}}]}}]}}]}}]} as unknown as DocumentNode<RelationshipEventsSubscriptionSubscription, RelationshipEventsSubscriptionSubscriptionVariables>;
export const SignInPageMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInPageMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<SignInPageMutationMutation, SignInPageMutationMutationVariables>;
export const SignInInvitationQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInInvitationQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SignInInvitationQueryQuery, SignInInvitationQueryQueryVariables>;
export const YourPartnersPageAskMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"YourPartnersPageAskMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestRelationshipEnd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endRequestedAt"}}]}}]}}]} as unknown as DocumentNode<YourPartnersPageAskMutationMutation, YourPartnersPageAskMutationMutationVariables>;
export const CustomerInboxQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerInboxQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingInvitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"cloud"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indirectProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"cloud"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reachedBy"}},{"kind":"Field","name":{"kind":"Name","value":"includesReseller"}},{"kind":"Field","name":{"kind":"Name","value":"includesDelegatedAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"adminAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"autoExtend"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adminRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<CustomerInboxQueryQuery, CustomerInboxQueryQueryVariables>;
export const YourPartnersPageRemoveRolesMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"YourPartnersPageRemoveRolesMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roles"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminRole"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeAdminRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"relationshipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"roles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roles"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<YourPartnersPageRemoveRolesMutationMutation, YourPartnersPageRemoveRolesMutationMutationVariables>;
export const YourPartnersPageQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YourPartnersPageQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerRelationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedBy"}},{"kind":"Field","name":{"kind":"Name","value":"endRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiringSoon"}},{"kind":"Field","name":{"kind":"Name","value":"autoExtend"}},{"kind":"Field","name":{"kind":"Name","value":"activeSubscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indirectProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adminRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<YourPartnersPageQueryQuery, YourPartnersPageQueryQueryVariables>;
export const YourPartnersPageEndMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"YourPartnersPageEndMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alsoEndAdminRelationship"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endRelationship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"alsoEndAdminRelationship"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alsoEndAdminRelationship"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedBy"}}]}}]}}]} as unknown as DocumentNode<YourPartnersPageEndMutationMutation, YourPartnersPageEndMutationMutationVariables>;
export const ActivityFiltersQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityFiltersQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withCustomer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withCustomer"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}}]}}]}}]} as unknown as DocumentNode<ActivityFiltersQueryQuery, ActivityFiltersQueryQueryVariables>;
export const CustomerPickerQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerPickerQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerPickerQueryQuery, CustomerPickerQueryQueryVariables>;
export const ActivityLogQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityLogQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actorId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"actorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityLogQueryQuery, ActivityLogQueryQueryVariables>;
export const BatchPageQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchPageQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BatchRowStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationshipRequestBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"send"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailLimitResetsAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indirectProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}},{"kind":"Field","name":{"kind":"Name","value":"invalid"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"sendFailed"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BatchPageRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchPageRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BatchRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"recipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"errorParams"}},{"kind":"Field","name":{"kind":"Name","value":"sendError"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<BatchPageQueryQuery, BatchPageQueryQueryVariables>;
export const RetryBatchEmailsMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryBatchEmailsMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryRelationshipRequestBatchEmails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RetryBatchEmailsMutationMutation, RetryBatchEmailsMutationMutationVariables>;
export const BatchRowsQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchRowsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationshipRequestBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"recipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"errorParams"}},{"kind":"Field","name":{"kind":"Name","value":"sendError"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BatchRowsQueryQuery, BatchRowsQueryQueryVariables>;
export const BatchUploadCapabilitiesQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchUploadCapabilitiesQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serverCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailSending"}}]}}]}}]} as unknown as DocumentNode<BatchUploadCapabilitiesQueryQuery, BatchUploadCapabilitiesQueryQueryVariables>;
export const BatchPreviewMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BatchPreviewMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRelationshipRequestBatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRelationshipRequestBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}},{"kind":"Field","name":{"kind":"Name","value":"invalid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BatchPreviewRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchPreviewRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BatchRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"errorParams"}}]}}]} as unknown as DocumentNode<BatchPreviewMutationMutation, BatchPreviewMutationMutationVariables>;
export const BatchCreateMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BatchCreateMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRelationshipRequestBatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRelationshipRequestBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"send"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}},{"kind":"Field","name":{"kind":"Name","value":"invalid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"recipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<BatchCreateMutationMutation, BatchCreateMutationMutationVariables>;
export const BatchesPageQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchesPageQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationshipRequestBatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"send"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}},{"kind":"Field","name":{"kind":"Name","value":"invalid"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<BatchesPageQueryQuery, BatchesPageQueryQueryVariables>;
export const AddCustomerPageMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCustomerPageMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerRow_customer"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerRow_customer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"cloud"}},{"kind":"Field","name":{"kind":"Name","value":"customerAgreementAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptionCount"}},{"kind":"Field","name":{"kind":"Name","value":"resellerRelationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indirectReseller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indirectProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adminRelationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adminAccessSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"preset"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"autoExtend"}},{"kind":"Field","name":{"kind":"Name","value":"expiringSoon"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}}]}}]}}]} as unknown as DocumentNode<AddCustomerPageMutationMutation, AddCustomerPageMutationMutationVariables>;
export const CustomersPageQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersPageQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"relationship"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indirectResellerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"relationship"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relationship"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"indirectResellerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indirectResellerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"adminExpiringCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerRow_customer"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerRow_customer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"cloud"}},{"kind":"Field","name":{"kind":"Name","value":"customerAgreementAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptionCount"}},{"kind":"Field","name":{"kind":"Name","value":"resellerRelationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indirectReseller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indirectProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adminRelationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adminAccessSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"preset"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"autoExtend"}},{"kind":"Field","name":{"kind":"Name","value":"expiringSoon"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}}]}}]}}]} as unknown as DocumentNode<CustomersPageQueryQuery, CustomersPageQueryQueryVariables>;
export const ResellerFilterQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResellerFilterQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resellerAuthorizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reseller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResellerFilterQueryQuery, ResellerFilterQueryQueryVariables>;
export const CustomersExportQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersExportQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"relationship"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"relationship"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relationship"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerRow_customer"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerRow_customer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"cloud"}},{"kind":"Field","name":{"kind":"Name","value":"customerAgreementAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptionCount"}},{"kind":"Field","name":{"kind":"Name","value":"resellerRelationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indirectReseller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indirectProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adminRelationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adminAccessSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"preset"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"autoExtend"}},{"kind":"Field","name":{"kind":"Name","value":"expiringSoon"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}}]}}]}}]} as unknown as DocumentNode<CustomersExportQueryQuery, CustomersExportQueryQueryVariables>;
export const AgreementFormMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreementFormMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCustomerAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerAgreementAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"canPurchase"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseBlocker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}}]}}]}}]} as unknown as DocumentNode<AgreementFormMutationMutation, AgreementFormMutationMutationVariables>;
export const CancelSubscriptionMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelSubscriptionMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"CANCELLED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubscriptionRow_subscription"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubscriptionRow_subscription"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CloudSubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canChange"}},{"kind":"Field","name":{"kind":"Name","value":"canSuspend"}},{"kind":"Field","name":{"kind":"Name","value":"canReactivate"}},{"kind":"Field","name":{"kind":"Name","value":"canCancel"}},{"kind":"Field","name":{"kind":"Name","value":"changeBlocker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requiredRoles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"soldBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"associatedPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CancelSubscriptionMutationMutation, CancelSubscriptionMutationMutationVariables>;
export const CustomerDetailPageQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerDetailPageQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"cloud"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customerAgreementAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"customerAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resellerRelationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indirectReseller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indirectProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adminRelationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminAccessCard_customer"}},{"kind":"Field","name":{"kind":"Name","value":"canPurchase"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseBlocker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipsTable_relationship"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubscriptionRow_subscription"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAccessCard_customer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"resellerRelationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adminRelationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"autoExtend"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiringSoon"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationshipsTable_relationship"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubscriptionRow_subscription"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CloudSubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canChange"}},{"kind":"Field","name":{"kind":"Name","value":"canSuspend"}},{"kind":"Field","name":{"kind":"Name","value":"canReactivate"}},{"kind":"Field","name":{"kind":"Name","value":"canCancel"}},{"kind":"Field","name":{"kind":"Name","value":"changeBlocker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requiredRoles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"soldBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"associatedPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CustomerDetailPageQueryQuery, CustomerDetailPageQueryQueryVariables>;
export const CustomerRequestsQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerRequestsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationshipRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"includesReseller"}},{"kind":"Field","name":{"kind":"Name","value":"adminAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerRequestsQueryQuery, CustomerRequestsQueryQueryVariables>;
export const PurchaseFormQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PurchaseFormQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<PurchaseFormQueryQuery, PurchaseFormQueryQueryVariables>;
export const PurchaseFormMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PurchaseFormMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubscriptionRow_subscription"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubscriptionRow_subscription"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CloudSubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canChange"}},{"kind":"Field","name":{"kind":"Name","value":"canSuspend"}},{"kind":"Field","name":{"kind":"Name","value":"canReactivate"}},{"kind":"Field","name":{"kind":"Name","value":"canCancel"}},{"kind":"Field","name":{"kind":"Name","value":"changeBlocker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requiredRoles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"soldBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"associatedPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PurchaseFormMutationMutation, PurchaseFormMutationMutationVariables>;
export const RelationshipsTableEndMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RelationshipsTableEndMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alsoEndAdminRelationship"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endRelationship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"alsoEndAdminRelationship"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alsoEndAdminRelationship"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipsTable_relationship"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationshipsTable_relationship"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedBy"}}]}}]} as unknown as DocumentNode<RelationshipsTableEndMutationMutation, RelationshipsTableEndMutationMutationVariables>;
export const SubscriptionRowMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubscriptionRowMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSubscriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubscriptionRow_subscription"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubscriptionRow_subscription"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CloudSubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canChange"}},{"kind":"Field","name":{"kind":"Name","value":"canSuspend"}},{"kind":"Field","name":{"kind":"Name","value":"canReactivate"}},{"kind":"Field","name":{"kind":"Name","value":"canCancel"}},{"kind":"Field","name":{"kind":"Name","value":"changeBlocker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requiredRoles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"soldBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"associatedPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SubscriptionRowMutationMutation, SubscriptionRowMutationMutationVariables>;
export const RequestsPageQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestsPageQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipRequestStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expiringWithinDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"createdBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serverCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailSending"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"expiringSoon"},"name":{"kind":"Name","value":"relationshipRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"expiringWithinDays"},"value":{"kind":"IntValue","value":"7"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationshipRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"expiringWithinDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expiringWithinDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"createdBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"createdBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sentTo"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestRow_request"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestRow_request"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"includesReseller"}},{"kind":"Field","name":{"kind":"Name","value":"adminAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"autoExtend"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedRoles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentTo"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"pinnedDomain"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indirectProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"declineReasonText"}}]}}]} as unknown as DocumentNode<RequestsPageQueryQuery, RequestsPageQueryQueryVariables>;
export const RequestsPageRevokeMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestsPageRevokeMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeRelationshipRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestRow_request"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestRow_request"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"includesReseller"}},{"kind":"Field","name":{"kind":"Name","value":"adminAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"autoExtend"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedRoles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentTo"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"pinnedDomain"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indirectProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"declineReasonText"}}]}}]} as unknown as DocumentNode<RequestsPageRevokeMutationMutation, RequestsPageRevokeMutationMutationVariables>;
export const RequestsPageResendMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestsPageResendMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendRelationshipRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationResult_invitation"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestRow_request"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationResult_invitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"email"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"includesReseller"}},{"kind":"Field","name":{"kind":"Name","value":"recipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"adminAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"autoExtend"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestRow_request"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"includesReseller"}},{"kind":"Field","name":{"kind":"Name","value":"adminAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"autoExtend"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedRoles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentTo"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"pinnedDomain"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indirectProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"declineReasonText"}}]}}]} as unknown as DocumentNode<RequestsPageResendMutationMutation, RequestsPageResendMutationMutationVariables>;
export const RequestsPageRemindMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestsPageRemindMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remindRelationshipRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestRow_request"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestRow_request"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"includesReseller"}},{"kind":"Field","name":{"kind":"Name","value":"adminAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"autoExtend"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedRoles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentTo"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"pinnedDomain"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indirectProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"declineReasonText"}}]}}]} as unknown as DocumentNode<RequestsPageRemindMutationMutation, RequestsPageRemindMutationMutationVariables>;
export const ApiKeysPageQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeysPageQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyRow_apiKey"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyRow_apiKey"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ApiKeysPageQueryQuery, ApiKeysPageQueryQueryVariables>;
export const ApiKeysPageRevokeMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeysPageRevokeMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyRow_apiKey"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyRow_apiKey"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ApiKeysPageRevokeMutationMutation, ApiKeysPageRevokeMutationMutationVariables>;
export const NewApiKeyDialogMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewApiKeyDialogMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyRow_apiKey"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyRow_apiKey"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<NewApiKeyDialogMutationMutation, NewApiKeyDialogMutationMutationVariables>;
export const NotificationsPageQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationsPageQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notificationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"digest"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serverCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailSending"}}]}}]}}]} as unknown as DocumentNode<NotificationsPageQueryQuery, NotificationsPageQueryQueryVariables>;
export const NotificationsPageUpdateMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationsPageUpdateMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNotificationSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"digest"}}]}}]}}]} as unknown as DocumentNode<NotificationsPageUpdateMutationMutation, NotificationsPageUpdateMutationMutationVariables>;
export const WebhookDeliveriesPageQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveriesPageQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointRow_endpoint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryRow_delivery"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointRow_endpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryRow_delivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]} as unknown as DocumentNode<WebhookDeliveriesPageQueryQuery, WebhookDeliveriesPageQueryQueryVariables>;
export const RedeliverWebhookMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeliverWebhookMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deliveryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliverWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deliveryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deliveryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryRow_delivery"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryRow_delivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]} as unknown as DocumentNode<RedeliverWebhookMutationMutation, RedeliverWebhookMutationMutationVariables>;
export const WebhookEndpointDialogCreateMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhookEndpointDialogCreateMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointRow_endpoint"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointRow_endpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<WebhookEndpointDialogCreateMutationMutation, WebhookEndpointDialogCreateMutationMutationVariables>;
export const WebhookEndpointDialogUpdateMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhookEndpointDialogUpdateMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointRow_endpoint"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointRow_endpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<WebhookEndpointDialogUpdateMutationMutation, WebhookEndpointDialogUpdateMutationMutationVariables>;
export const WebhooksPageQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhooksPageQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointRow_endpoint"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointRow_endpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<WebhooksPageQueryQuery, WebhooksPageQueryQueryVariables>;
export const WebhookEndpointToggleMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhookEndpointToggleMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<WebhookEndpointToggleMutationMutation, WebhookEndpointToggleMutationMutationVariables>;
export const SendTestWebhookMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendTestWebhookMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendTestWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryRow_delivery"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryRow_delivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]} as unknown as DocumentNode<SendTestWebhookMutationMutation, SendTestWebhookMutationMutationVariables>;
export const RotateWebhookSecretMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateWebhookSecretMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RotateWebhookSecretMutationMutation, RotateWebhookSecretMutationMutationVariables>;
export const DeleteWebhookEndpointMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhookEndpointMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteWebhookEndpointMutationMutation, DeleteWebhookEndpointMutationMutationVariables>;
export const InviteResellerDialogMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteResellerDialogMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteIndirectResellerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteIndirectReseller"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorizationRow_authorization"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorizationRow_authorization"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResellerAuthorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedBy"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reseller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<InviteResellerDialogMutationMutation, InviteResellerDialogMutationMutationVariables>;
export const ResellerAuthorizationsPageQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResellerAuthorizationsPageQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resellerAuthorizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorizationRow_authorization"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorizationRow_authorization"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResellerAuthorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedBy"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reseller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<ResellerAuthorizationsPageQueryQuery, ResellerAuthorizationsPageQueryQueryVariables>;
export const ResellerAuthorizationsPageEndMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResellerAuthorizationsPageEndMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endResellerAuthorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorizationRow_authorization"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorizationRow_authorization"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResellerAuthorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedBy"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reseller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<ResellerAuthorizationsPageEndMutationMutation, ResellerAuthorizationsPageEndMutationMutationVariables>;
export const ResellerLinkPageQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResellerLinkPageQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resellerAuthorizationInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedReason"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedByYourOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"cloud"}}]}}]}}]}}]} as unknown as DocumentNode<ResellerLinkPageQueryQuery, ResellerLinkPageQueryQueryVariables>;
export const ResellerLinkPageAcceptMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResellerLinkPageAcceptMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptResellerAuthorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorizationRow_authorization"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorizationRow_authorization"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResellerAuthorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedBy"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reseller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<ResellerLinkPageAcceptMutationMutation, ResellerLinkPageAcceptMutationMutationVariables>;