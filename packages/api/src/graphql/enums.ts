import { registerEnumType } from 'type-graphql';
import {
  AcceptanceSurface,
  ADMIN_ROLES,
  AdminRole,
  AdminRolePreset,
  AdminRoleRisk,
  AuthorizationSide,
  BatchRowStatus,
  BatchStatus,
  PartnerType,
  ResellerAuthorizationStatus,
  ActivityType,
  ApiKeyScope,
  CloudInstance,
  CustomerOrder,
  EndedBySide,
  ErrorCode,
  Locale,
  PartnerRole,
  ProductKind,
  RelationshipFilter,
  RelationshipOrigin,
  RelationshipRequestStatus,
  RequestBlocker,
  DeclineReason,
  InvitationSource,
  RelationshipStatus,
  RelationshipType,
  SubscriptionStatus,
  TenantKind,
  WebhookEventType,
} from '@partnerlink/shared';

// shared's const objects are the enums; they are registered here once.
registerEnumType(PartnerRole, { name: 'PartnerRole', description: 'What a user may do in its tenant.' });
registerEnumType(CloudInstance, { name: 'CloudInstance' });
registerEnumType(PartnerType, {
  name: 'PartnerType',
  description: "A partner's tier (DESIGN.md rule 15). Partners from before tiers existed are DIRECT.",
  valuesConfig: {
    DIRECT: { description: 'Buys from Microsoft itself and sells to its customers.' },
    INDIRECT_PROVIDER: { description: 'A distributor: authorises indirect resellers and is reseller of record for their customers.' },
    INDIRECT_RESELLER: { description: 'Sells through one or more indirect providers that authorised it.' },
  },
});
registerEnumType(ResellerAuthorizationStatus, {
  name: 'ResellerAuthorizationStatus',
  description: 'Where a reseller authorisation stands: INVITED → ACTIVE → TERMINATED, or EXPIRED when nobody accepted in time.',
  valuesConfig: {
    INVITED: { description: 'The provider sent a link; no reseller has accepted yet.' },
    ACTIVE: { description: 'The reseller accepted: it may sell through the provider.' },
    TERMINATED: { description: 'Ended by either side, or withdrawn by the provider before anyone accepted.' },
    EXPIRED: { description: 'An invitation nobody accepted before expiresAt; its link no longer works.' },
  },
});
registerEnumType(AuthorizationSide, {
  name: 'AuthorizationSide',
  description: 'A side of a reseller authorisation.',
  valuesConfig: {
    PROVIDER: { description: 'The indirect provider.' },
    RESELLER: { description: 'The indirect reseller.' },
  },
});
registerEnumType(RelationshipRequestStatus, { name: 'RelationshipRequestStatus' });
registerEnumType(RelationshipType, { name: 'RelationshipType' });
registerEnumType(RelationshipStatus, {
  name: 'RelationshipStatus',
  valuesConfig: {
    ACTIVE: { description: 'In force.' },
    EXPIRED: { description: 'An admin relationship whose end (endsAt) came without auto-extension.' },
    TERMINATED: { description: 'Ended by the partner or the customer (endedBy), or replaced by a renewal.' },
  },
});
registerEnumType(AdminRole, {
  name: 'AdminRole',
  description:
    "A Microsoft Entra built-in role a partner may hold in a customer's directory through an admin relationship " +
    '(the query adminRoles describes each, with its Entra role definition id and risk).',
  valuesConfig: Object.fromEntries(ADMIN_ROLES.map((d) => [d.role, { description: `${d.displayName} (${d.risk}): ${d.description.en}` }])),
});
registerEnumType(AdminRoleRisk, {
  name: 'AdminRoleRisk',
  description: 'How much harm a role in the wrong hands could do, from LOW (read only) to CRITICAL (can take over the directory).',
});
registerEnumType(AdminRolePreset, { name: 'AdminRolePreset', description: 'A named set of admin roles for a common purpose (the query adminRolePresets).' });
registerEnumType(RelationshipOrigin, { name: 'RelationshipOrigin' });
registerEnumType(RelationshipFilter, {
  name: 'RelationshipFilter',
  description: 'Which customers the partner list shows.',
  valuesConfig: {
    ALL: { description: 'Every customer with an active relationship of any type.' },
    RESELLER: { description: 'Customers with an active reseller relationship.' },
    RESELLER_AND_ADMIN: { description: 'Active reseller relationship and active admin permissions.' },
    RESELLER_WITHOUT_ADMIN: { description: 'Active reseller relationship but no admin permissions.' },
    FORMER: { description: 'Customers whose relationships have all ended.' },
    ADMIN_EXPIRING: {
      description:
        'Customers whose ACTIVE admin relationship (GDAP) ends within 30 days (exactly 30 days included) and has not ended yet; auto-extending ones included.',
    },
  },
});
registerEnumType(RequestBlocker, {
  name: 'RequestBlocker',
  description: 'Why requestResellerRelationship would refuse a request (the query requestEligibility), in the order they are checked.',
  valuesConfig: {
    DOMAIN_NOT_CUSTOMER: { description: "The domain is a partner organisation's: BAD_USER_INPUT with reason DOMAIN_NOT_CUSTOMER." },
    CLOUD_MISMATCH: { description: 'The customer is in another cloud than the partner: CLOUD_MISMATCH.' },
    REGION_NOT_ALLOWED: { description: "The customer's country is outside the partner's CSP market: REGION_NOT_ALLOWED." },
    ALREADY_RELATED: { description: 'The partner already resells to the customer and asks for no admin access: FAILED_PRECONDITION, reason ALREADY_RELATED.' },
    ALREADY_RELATED_WITH_ADMIN: {
      description: 'The partner already resells to the customer and has ACTIVE admin access: FAILED_PRECONDITION, reason ALREADY_RELATED_WITH_ADMIN.',
    },
    REQUEST_PENDING: { description: "A request of the partner for this customer or domain is pending: FAILED_PRECONDITION, reason REQUEST_PENDING (open it, or send a reminder)." },
  },
});
registerEnumType(CustomerOrder, { name: 'CustomerOrder', description: 'Sort order of the customer list (by company name).' });
registerEnumType(AcceptanceSurface, { name: 'AcceptanceSurface' });
registerEnumType(TenantKind, { name: 'TenantKind' });
registerEnumType(Locale, { name: 'Locale' });
registerEnumType(EndedBySide, { name: 'EndedBySide' });
registerEnumType(ProductKind, { name: 'ProductKind' });
registerEnumType(SubscriptionStatus, {
  name: 'SubscriptionStatus',
  valuesConfig: {
    ACTIVE: { description: 'Billed and in use.' },
    SUSPENDED: { description: 'Paused by the partner; it can be reactivated or cancelled.' },
    CANCELLED: { description: 'Cancelled by the partner: final, it never changes again.' },
  },
});
registerEnumType(ActivityType, { name: 'ActivityType' });
registerEnumType(InvitationSource, {
  name: 'InvitationSource',
  description: "How a pending request reached the customer's inbox.",
  valuesConfig: {
    TENANT: { description: 'The partner made it for your organisation (by its id, or by a domain Partnerlink knew).' },
    DOMAIN: { description: "The partner pinned it to your organisation's domain before your organisation was in Partnerlink." },
    OPENED_LINK: { description: 'An open link (made for no particular customer) that someone in your organisation opened while signed in.' },
  },
});

registerEnumType(DeclineReason, {
  name: 'DeclineReason',
  description: 'Why a customer declines a request; the partner sees it. OTHER needs reasonText.',
  valuesConfig: {
    NOT_EXPECTED: { description: 'We did not expect a request from this partner.' },
    WRONG_PARTNER: { description: 'We work with another partner.' },
    NOT_NOW: { description: 'Not now; perhaps later.' },
    OTHER: { description: 'Something else, said in reasonText (required, at most 500 characters).' },
  },
});
registerEnumType(ErrorCode, { name: 'ErrorCode', description: 'The codes of extensions.code on errors.' });
registerEnumType(ApiKeyScope, {
  name: 'ApiKeyScope',
  valuesConfig: {
    READ: { description: 'Read customers, requests, relationships and the activity log.' },
    WRITE: { description: 'Also request relationships, create customers, place orders and manage webhooks.' },
  },
});
registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  description: "Events an endpoint can subscribe to; the payload's `type` is the dashed name (e.g. order-placed).",
  valuesConfig: {
    RESELLER_RELATIONSHIP_ACCEPTED_BY_CUSTOMER: { description: 'reseller-relationship-accepted-by-customer: a customer accepted a request.' },
    DELEGATED_ADMIN_RELATIONSHIP_APPROVED: { description: 'delegated-admin-relationship-approved: admin permissions became active.' },
    RELATIONSHIP_REQUEST_DECLINED: { description: 'relationship-request-declined' },
    RELATIONSHIP_REQUEST_EXPIRED: { description: 'relationship-request-expired' },
    RELATIONSHIP_REQUEST_REVOKED: { description: 'relationship-request-revoked' },
    RELATIONSHIP_TERMINATED: { description: 'relationship-terminated: either side ended a relationship.' },
    RELATIONSHIP_END_REQUESTED: {
      description: 'relationship-end-requested: a customer asked you to cancel the subscriptions that keep your reseller relationship from ending.',
    },
    CUSTOMER_CREATED: { description: 'customer-created' },
    ORDER_PLACED: { description: 'order-placed' },
    ADMIN_RELATIONSHIP_EXPIRING: {
      description: 'admin-relationship-expiring: an admin relationship without auto-extension ends in 30, 7 or 1 days (one event each).',
    },
    ADMIN_RELATIONSHIP_EXPIRED: { description: 'admin-relationship-expired: an admin relationship reached its end without auto-extension.' },
    ADMIN_RELATIONSHIP_EXTENDED: { description: 'admin-relationship-extended: an auto-extending admin relationship reached its end and runs on for 180 days.' },
    ADMIN_RELATIONSHIP_ROLES_REMOVED: {
      description: 'admin-relationship-roles-removed: a customer removed some roles from your admin relationship (removedAdminRoles); adminRoles lists those you keep.',
    },
    RESELLER_AUTHORIZATION_ACCEPTED: {
      description: 'reseller-authorization-accepted: an indirect reseller accepted an indirect provider\'s invitation (sent to both partners; resellerAuthorization.side says which you are).',
    },
    RESELLER_AUTHORIZATION_ENDED: {
      description:
        'reseller-authorization-ended: either side ended a reseller authorisation (resellerAuthorization.endedBy), sent to both partners; ' +
        'or the provider withdrew an invitation (sent to the provider only, reseller null).',
    },
    RELATIONSHIP_REQUEST_BATCH_COMPLETED: {
      description:
        'relationship-request-batch-completed: nothing is left to do for a batch of requests (its links were handed out, or every email went out or failed); ' +
        'batch.counts has the figures. Each request of the batch has its own events as usual.',
    },
  },
});
registerEnumType(BatchStatus, {
  name: 'RelationshipRequestBatchStatus',
  description: 'Where a batch of relationship requests stands.',
  valuesConfig: {
    DRY_RUN: { description: 'A dry run: the verdicts only; nothing was created or stored.' },
    SENDING: { description: 'Its requests exist and their emails are going out in the background.' },
    COMPLETED: { description: 'Nothing is left to do: the links were handed out, or every email went out or failed. Customers may still answer.' },
  },
});
registerEnumType(BatchRowStatus, {
  name: 'BatchRowStatus',
  description: "A batch row's status: its verdict, then how its email went, then its request's own status.",
  valuesConfig: {
    INVALID: { description: 'The row is not valid (errorCode BAD_USER_INPUT; field and reason say why): no request.' },
    BLOCKED: { description: 'A rule stands in the way (market, cloud, already related, pending request, duplicate row, unknown customer): no request. errorCode is what requestResellerRelationship would answer.' },
    CREATED: { description: 'Its request is pending: its link was handed out, or its email waits to be sent (in a dry run: it would be created).' },
    SENT: { description: 'Partnerlink emailed the link to the recipient; the request is pending.' },
    SEND_FAILED: { description: 'The email did not go out (sendError says why); the request is pending: send a new link from the requests page.' },
    ACCEPTED: { description: 'The customer accepted the request.' },
    DECLINED: { description: 'The customer declined the request.' },
    REVOKED: { description: 'Your organisation revoked the request.' },
    EXPIRED: { description: 'The request expired unanswered.' },
  },
});
