import { activitySummary, type ActivityFacts, type CloudInstance, type PartnerRole, type PartnerType, type TenantKind } from '@partnerlink/shared';
import { newId } from '../security/tokens.js';
import type {
  ActivityEntity,
  OrderEntity,
  RelationshipEntity,
  RelationshipRequestEntity,
  SessionEntity,
  SubscriptionEntity,
  TenantEntity,
  UserEntity,
} from './entities/index.js';

/**
 * Complete entity rows with defaults, for everything that makes rows: the services, the demo data,
 * the test builders and the benchmark's seeder. Each table's columns are listed
 * here once, so a new column is added in one place (and the compiler finds every row missing it).
 * The fields that have a default are optional; an `id` left out is a fresh `newId()`.
 */
type Row<Entity extends { id: string }, Defaulted extends keyof Entity> = Omit<Entity, Defaulted | 'id'> & Partial<Pick<Entity, Defaulted | 'id'>>;

export interface TenantRowInput {
  id?: string;
  kind: TenantKind;
  name: string;
  domain: string;
  country: string;
  cloud?: CloudInstance;
  /** The partner's Microsoft partner id (partners only). */
  partnerId?: string | null;
  /** The partner's tier (partners only; default DIRECT). */
  partnerType?: PartnerType | null;
  contact?: { name: string; email: string } | null;
  /** The customer agreement, accepted at `acceptedAt` (default: `createdAt`) by the signer. */
  agreement?: { signerName: string; signerEmail: string; acceptedAt?: Date } | null;
  createdAt: Date;
}

export function tenantRow(input: TenantRowInput): TenantEntity {
  const { agreement, contact } = input;
  return {
    id: input.id ?? newId(),
    kind: input.kind,
    name: input.name,
    nameKey: input.name.toLowerCase(),
    domain: input.domain,
    country: input.country,
    cloud: input.cloud ?? 'PUBLIC',
    partnerId: input.partnerId ?? null,
    partnerType: input.kind === 'PARTNER' ? (input.partnerType ?? 'DIRECT') : null,
    contactName: contact?.name ?? null,
    contactEmail: contact?.email ?? null,
    agreementAcceptedAt: agreement ? (agreement.acceptedAt ?? input.createdAt) : null,
    agreementSignerName: agreement?.signerName ?? null,
    agreementSignerEmail: agreement?.signerEmail ?? null,
    createdAt: input.createdAt,
  };
}

/** A user; notified of answers and digests unless told otherwise. */
export function userRow(
  input: Omit<Row<UserEntity, 'notifyOnAnswer' | 'notifyDigest' | 'lastDigestOn'>, 'roles'> & { roles: readonly PartnerRole[] },
): UserEntity {
  return {
    id: input.id ?? newId(),
    tenantId: input.tenantId,
    email: input.email,
    displayName: input.displayName,
    passwordHash: input.passwordHash,
    roles: input.roles.join(','),
    createdAt: input.createdAt,
    notifyOnAnswer: input.notifyOnAnswer ?? true,
    notifyDigest: input.notifyDigest ?? true,
    lastDigestOn: input.lastDigestOn ?? null,
  };
}

export function sessionRow(input: Row<SessionEntity, never>): SessionEntity {
  return {
    id: input.id ?? newId(),
    userId: input.userId,
    tokenHash: input.tokenHash,
    createdAt: input.createdAt,
    expiresAt: input.expiresAt,
  };
}

/** The admin relationship's columns, which a reseller relationship leaves empty. */
type AdminColumns = 'roles' | 'duration' | 'autoExtend' | 'activatedAt' | 'endsAt' | 'displayName' | 'lastReminderDays';

export function relationshipRow(
  input: Row<RelationshipEntity, 'status' | 'requestId' | 'endedAt' | 'endedByUserId' | 'endedBySide' | 'indirectProviderTenantId' | AdminColumns>,
): RelationshipEntity {
  return {
    id: input.id ?? newId(),
    partnerTenantId: input.partnerTenantId,
    customerTenantId: input.customerTenantId,
    type: input.type,
    status: input.status ?? 'ACTIVE',
    origin: input.origin,
    requestId: input.requestId ?? null,
    indirectProviderTenantId: input.indirectProviderTenantId ?? null,
    createdAt: input.createdAt,
    endedAt: input.endedAt ?? null,
    endedByUserId: input.endedByUserId ?? null,
    endedBySide: input.endedBySide ?? null,
    roles: input.roles ?? null,
    duration: input.duration ?? null,
    autoExtend: input.autoExtend ?? false,
    activatedAt: input.activatedAt ?? null,
    endsAt: input.endsAt ?? null,
    displayName: input.displayName ?? null,
    lastReminderDays: input.lastReminderDays ?? null,
  };
}

/** A request; pending, unpinned and unsent unless told otherwise. */
export function requestRow(
  input: Row<
    RelationshipRequestEntity,
    | 'customerTenantId'
    | 'pinnedDomain'
    | 'recipientEmail'
    | 'recipientName'
    | 'status'
    | 'includesReseller'
    | 'adminRoles'
    | 'adminDuration'
    | 'adminAutoExtend'
    | 'adminDisplayName'
    | 'approvedRoles'
    | 'message'
    | 'viewedAt'
    | 'linkRotatedAt'
    | 'sentTo'
    | 'sentAt'
    | 'answeredAt'
    | 'answeredByUserId'
    | 'answeredByTenantId'
    | 'revokedAt'
    | 'revokedByUserId'
    | 'declineReason'
    | 'declineReasonText'
    | 'indirectProviderTenantId'
  >,
): RelationshipRequestEntity {
  return {
    id: input.id ?? newId(),
    partnerTenantId: input.partnerTenantId,
    customerTenantId: input.customerTenantId ?? null,
    pinnedDomain: input.pinnedDomain ?? null,
    indirectProviderTenantId: input.indirectProviderTenantId ?? null,
    recipientEmail: input.recipientEmail ?? null,
    recipientName: input.recipientName ?? null,
    tokenHash: input.tokenHash,
    status: input.status ?? 'PENDING',
    includesReseller: input.includesReseller ?? true,
    includesDelegatedAdmin: input.includesDelegatedAdmin,
    adminRoles: input.adminRoles ?? null,
    adminDuration: input.adminDuration ?? null,
    adminAutoExtend: input.adminAutoExtend ?? false,
    adminDisplayName: input.adminDisplayName ?? null,
    approvedRoles: input.approvedRoles ?? null,
    locale: input.locale,
    message: input.message ?? null,
    createdByUserId: input.createdByUserId,
    createdAt: input.createdAt,
    expiresAt: input.expiresAt,
    viewedAt: input.viewedAt ?? null,
    linkRotatedAt: input.linkRotatedAt ?? null,
    sentTo: input.sentTo ?? null,
    sentAt: input.sentAt ?? null,
    answeredAt: input.answeredAt ?? null,
    answeredByUserId: input.answeredByUserId ?? null,
    answeredByTenantId: input.answeredByTenantId ?? null,
    revokedAt: input.revokedAt ?? null,
    revokedByUserId: input.revokedByUserId ?? null,
    declineReason: input.declineReason ?? null,
    declineReasonText: input.declineReasonText ?? null,
  };
}

export function orderRow(input: Row<OrderEntity, 'associatedPartnerTenantId'>): OrderEntity {
  return {
    id: input.id ?? newId(),
    partnerTenantId: input.partnerTenantId,
    customerTenantId: input.customerTenantId,
    productId: input.productId,
    quantity: input.quantity,
    placedByUserId: input.placedByUserId,
    associatedPartnerTenantId: input.associatedPartnerTenantId ?? null,
    createdAt: input.createdAt,
  };
}

/** A subscription; ACTIVE, updated when created, and no Azure plan slot unless told otherwise. */
export function subscriptionRow(input: Row<SubscriptionEntity, 'status' | 'planKey' | 'updatedAt' | 'associatedPartnerTenantId'>): SubscriptionEntity {
  return {
    id: input.id ?? newId(),
    customerTenantId: input.customerTenantId,
    partnerTenantId: input.partnerTenantId,
    productId: input.productId,
    orderId: input.orderId,
    quantity: input.quantity,
    status: input.status ?? 'ACTIVE',
    planKey: input.planKey ?? null,
    associatedPartnerTenantId: input.associatedPartnerTenantId ?? null,
    createdAt: input.createdAt,
    updatedAt: input.updatedAt ?? input.createdAt,
  };
}

/** An activity entry; without an actor unless told otherwise. */
/** An activity entry from its facts: the English summary and the stored params both come from them. */
export function activityRow(
  input: Omit<Row<ActivityEntity, 'customerTenantId' | 'actorUserId' | 'actorTenantId'>, 'type' | 'summary' | 'params'> & { facts: ActivityFacts },
): ActivityEntity {
  return {
    id: input.id ?? newId(),
    partnerTenantId: input.partnerTenantId,
    customerTenantId: input.customerTenantId ?? null,
    type: input.facts.type,
    subjectId: input.subjectId,
    summary: activitySummary(input.facts).slice(0, 500),
    params: JSON.stringify(input.facts.params),
    actorUserId: input.actorUserId ?? null,
    actorTenantId: input.actorTenantId ?? null,
    createdAt: input.createdAt,
  };
}
