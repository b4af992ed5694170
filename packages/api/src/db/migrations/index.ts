import { InitialSchema1764000000000 } from './1764000000000-initial-schema.js';
import { Webhooks1764100000000 } from './1764100000000-webhooks.js';
import { ApiKeys1764100000001 } from './1764100000001-api-keys.js';
import { RateLimits1764200000000 } from './1764200000000-rate-limits.js';
import { AzurePlanSlot1764300000000 } from './1764300000000-azure-plan-slot.js';
import { OnePendingRequestPerCustomer1764300000100 } from './1764300000100-one-pending-request-per-customer.js';
import { SignInLimits1764300000200 } from './1764300000200-sign-in-limits.js';
import { ActivityParams1764300000300 } from './1764300000300-activity-params.js';
import { AdminRelationships1764300000400 } from './1764300000400-admin-relationships.js';
import { ProductAdminRoles1764300000500 } from './1764300000500-product-admin-roles.js';
import { RequestRecipients1764300000600 } from './1764300000600-request-recipients.js';
import { ReplacedRequestLinks1764300000700 } from './1764300000700-replaced-request-links.js';
import { ActivityFilters1764300000800 } from './1764300000800-activity-filters.js';
import { Answers1764300000900 } from './1764300000900-answers.js';
import { RequestVisits1764300001000 } from './1764300001000-request-visits.js';
import { PartnerTypes1764300001100 } from './1764300001100-partner-types.js';
import { TwoTierRequests1764300001200 } from './1764300001200-two-tier-requests.js';
import { RequestBatches1764300001300 } from './1764300001300-request-batches.js';
import { AdminNameIndex1764300001400 } from './1764300001400-admin-name-index.js';
import { PartnerStatusCustomerIndex1764300001500 } from './1764300001500-partner-status-customer-index.js';
import { RelationshipNameOrder1764300001600 } from './1764300001600-relationship-name-order.js';
import { RelationshipEndedNameOrder1764300001700 } from './1764300001700-relationship-ended-name-order.js';
import { AdminNameCounters1764300001800 } from './1764300001800-admin-name-counters.js';
import { RelationshipAdminNameOrder1764300001900 } from './1764300001900-relationship-admin-name-order.js';

export const MIGRATIONS = [
  InitialSchema1764000000000,
  Webhooks1764100000000,
  ApiKeys1764100000001,
  RateLimits1764200000000,
  AzurePlanSlot1764300000000,
  OnePendingRequestPerCustomer1764300000100,
  SignInLimits1764300000200,
  ActivityParams1764300000300,
  AdminRelationships1764300000400,
  ProductAdminRoles1764300000500,
  RequestRecipients1764300000600,
  ReplacedRequestLinks1764300000700,
  ActivityFilters1764300000800,
  Answers1764300000900,
  RequestVisits1764300001000,
  PartnerTypes1764300001100,
  TwoTierRequests1764300001200,
  RequestBatches1764300001300,
  AdminNameIndex1764300001400,
  PartnerStatusCustomerIndex1764300001500,
  RelationshipNameOrder1764300001600,
  RelationshipEndedNameOrder1764300001700,
  AdminNameCounters1764300001800,
  RelationshipAdminNameOrder1764300001900,
];
