import { adminRoleDefinition, type AdminRole } from './admin-roles.js';
import { DomainError, failedPrecondition, type ErrorCode, type ErrorDetails } from './errors.js';
import { problemMessage, type Problem } from './problems.js';
import type { RelationshipType } from './relationships.js';

export const ProductKind = {
  SEAT_LICENSE: 'SEAT_LICENSE',
  AZURE_PLAN: 'AZURE_PLAN',
} as const;
export type ProductKind = (typeof ProductKind)[keyof typeof ProductKind];

export const SubscriptionStatus = {
  ACTIVE: 'ACTIVE',
  SUSPENDED: 'SUSPENDED',
  /** Terminal: the partner cancelled it; nothing changes it any more. */
  CANCELLED: 'CANCELLED',
} as const;
export type SubscriptionStatus = (typeof SubscriptionStatus)[keyof typeof SubscriptionStatus];

export const MIN_QUANTITY = 1;
export const MAX_QUANTITY = 100_000;

export interface PurchaseContext {
  readonly hasActiveReseller: boolean;
  readonly customerAgreementAccepted: boolean;
  /** The partner serves the customer as an indirect reseller (ACTIVE INDIRECT_RESELLER): its provider places the orders. */
  readonly indirectReseller?: boolean;
}

type Blocker = {
  readonly code: ErrorCode;
  readonly message: string;
  readonly details?: ErrorDetails;
  /** The machine-readable reason, when the blocker has one (sent as extensions.reason/params). */
  readonly problem?: Problem;
  /** ADMIN_RELATIONSHIP_REQUIRED: the admin roles of which the partner needs one. */
  readonly requiredRoles?: readonly AdminRole[];
};

/** Why a partner may not buy for a customer, or null when it may. */
export function purchaseBlocker(context: PurchaseContext): Blocker | null {
  if (!context.hasActiveReseller && context.indirectReseller) {
    return {
      code: 'RELATIONSHIP_REQUIRED',
      message: 'Your indirect provider is the reseller of record for this customer: it places the orders, tagged with your organisation.',
    };
  }
  if (!context.hasActiveReseller) {
    return {
      code: 'RELATIONSHIP_REQUIRED',
      message: 'Purchasing for this customer needs an active reseller relationship.',
    };
  }
  if (!context.customerAgreementAccepted) {
    return {
      code: 'CUSTOMER_AGREEMENT_REQUIRED',
      message: 'The customer has not accepted the customer agreement yet.',
    };
  }
  return null;
}

export function canPurchase(context: PurchaseContext): boolean {
  return purchaseBlocker(context) === null;
}

export function assertCanPurchase(context: PurchaseContext): void {
  const blocker = purchaseBlocker(context);
  if (blocker) throw new DomainError(blocker.code, blocker.message);
}

export interface SubscriptionChangeContext {
  readonly hasActiveReseller: boolean;
  /**
   * The roles of this partner's admin relationship with the customer that is ACTIVE at the moment
   * of the change (shared `adminRelationshipAt`: one whose end has come counts as ended even before
   * the sweep writes it down); empty when there is none.
   */
  readonly adminRoles: readonly AdminRole[];
  /** The admin roles the product catalogue lists for the subscription's product (product-admin-roles.ts); one is enough. */
  readonly requiredRoles: readonly AdminRole[];
  readonly productKind: ProductKind;
  /** The product's name, for the message. */
  readonly productName?: string;
  /** Whether the partner asking is the one that provisioned the subscription. */
  readonly provisionedByPartner: boolean;
}

/** The sentence's list of role names: Microsoft's display names (the same in every language). */
export function requiredRoleNames(roles: readonly AdminRole[]): string {
  return roles.map((role) => adminRoleDefinition(role).displayName).join(', ');
}

/**
 * Managing a subscription needs an active reseller relationship and an ACTIVE admin relationship
 * holding one of the roles the catalogue lists for the product (GDAP, rule 14), except an Azure
 * plan the partner provisioned itself: the reseller relationship alone is enough for that (rule 4).
 * Otherwise ADMIN_RELATIONSHIP_REQUIRED with `requiredRoles` (reason ADMIN_ROLE_REQUIRED).
 */
export function subscriptionChangeBlocker(context: SubscriptionChangeContext): Blocker | null {
  if (!context.hasActiveReseller) {
    return {
      code: 'RELATIONSHIP_REQUIRED',
      message: 'Changing subscriptions needs an active reseller relationship.',
    };
  }
  if (context.productKind === ProductKind.AZURE_PLAN && context.provisionedByPartner) return null;
  if (context.adminRoles.some((role) => context.requiredRoles.includes(role))) return null;
  const problem: Problem = {
    reason: 'ADMIN_ROLE_REQUIRED',
    params: { product: context.productName ?? 'this subscription', roles: requiredRoleNames(context.requiredRoles) },
  };
  return {
    code: 'ADMIN_RELATIONSHIP_REQUIRED',
    message: problemMessage(problem),
    problem,
    requiredRoles: [...context.requiredRoles],
    details: { requiredRoles: [...context.requiredRoles] },
  };
}

export function canChangeSubscription(context: SubscriptionChangeContext): boolean {
  return subscriptionChangeBlocker(context) === null;
}

export function assertCanChangeSubscription(context: SubscriptionChangeContext): void {
  const blocker = subscriptionChangeBlocker(context);
  if (blocker) throw blockerError(blocker);
}

/** The error a blocker is thrown as: its reason and params when it has them, and its details as extensions. */
export function blockerError(blocker: Blocker): DomainError {
  return new DomainError(blocker.code, blocker.problem ?? blocker.message, undefined, blocker.details ?? {});
}

/**
 * A customer holds at most one Azure plan per partner while it is not cancelled: the plan takes
 * the customer's plan slot (the api keeps it in a uniquely indexed column), anything else takes none.
 */
export function planSlotOf(productKind: ProductKind, status: SubscriptionStatus): string | null {
  return productKind === ProductKind.AZURE_PLAN && status !== SubscriptionStatus.CANCELLED ? ProductKind.AZURE_PLAN : null;
}

/** What a partner may do to a subscription it sold. */
export const SubscriptionAction = {
  SUSPEND: 'SUSPEND',
  REACTIVATE: 'REACTIVATE',
  CANCEL: 'CANCEL',
  CHANGE_QUANTITY: 'CHANGE_QUANTITY',
} as const;
export type SubscriptionAction = (typeof SubscriptionAction)[keyof typeof SubscriptionAction];

export interface SubscriptionLifecycleContext extends SubscriptionChangeContext {
  readonly status: SubscriptionStatus;
}

/**
 * Why the partner that sold a subscription may not take an action on it now, or null.
 * - A CANCELLED subscription is final: every action is FAILED_PRECONDITION `{ status }`.
 * - Suspending and cancelling are always allowed: the seller stays responsible for the billing,
 *   with or without a relationship.
 * - Reactivating bills again, so it needs an active reseller relationship (no admin permissions).
 * - Changing seats keeps `subscriptionChangeBlocker`'s rule (an ACTIVE admin relationship with
 *   one of the product's admin roles, except for an Azure plan the partner provisioned).
 */
export function subscriptionActionBlocker(action: SubscriptionAction, context: SubscriptionLifecycleContext): Blocker | null {
  if (context.status === SubscriptionStatus.CANCELLED) {
    return {
      code: 'FAILED_PRECONDITION',
      message: 'This subscription is cancelled; a cancelled subscription cannot be changed.',
      details: { status: SubscriptionStatus.CANCELLED },
    };
  }
  switch (action) {
    case SubscriptionAction.SUSPEND:
    case SubscriptionAction.CANCEL:
      return null;
    case SubscriptionAction.REACTIVATE:
      return context.hasActiveReseller
        ? null
        : { code: 'RELATIONSHIP_REQUIRED', message: 'Reactivating a subscription needs an active reseller relationship.' };
    case SubscriptionAction.CHANGE_QUANTITY:
      return subscriptionChangeBlocker(context);
  }
}

/** The actions an update asks for: a status change (to another status) and/or a new quantity. */
export function requestedSubscriptionActions(
  current: { readonly status: SubscriptionStatus; readonly quantity: number },
  change: { readonly status?: SubscriptionStatus | null; readonly quantity?: number | null },
): SubscriptionAction[] {
  const actions: SubscriptionAction[] = [];
  if (change.quantity !== null && change.quantity !== undefined && change.quantity !== current.quantity) {
    actions.push(SubscriptionAction.CHANGE_QUANTITY);
  }
  const status = change.status ?? current.status;
  if (status !== current.status || current.status === SubscriptionStatus.CANCELLED) {
    if (status === SubscriptionStatus.CANCELLED) actions.push(SubscriptionAction.CANCEL);
    else if (status === SubscriptionStatus.SUSPENDED) actions.push(SubscriptionAction.SUSPEND);
    else actions.push(SubscriptionAction.REACTIVATE);
  }
  return actions;
}

/** Throws the first blocker of the actions an update asks for (seats first, then status). */
export function assertSubscriptionActions(actions: readonly SubscriptionAction[], context: SubscriptionLifecycleContext): void {
  for (const action of actions) {
    const blocker = subscriptionActionBlocker(action, context);
    if (blocker) throw blockerError(blocker);
  }
}

/** What a client needs to act on a subscription that blocks ending a relationship (sent in `extensions.subscriptions`). */
export interface SubscriptionSummary {
  readonly id: string;
  readonly productId: string;
  readonly productName: string;
  readonly quantity: number;
  readonly status: SubscriptionStatus;
}

/** The subscriptions that keep a reseller relationship from ending: only the ACTIVE ones (suspended ones can still be cancelled later). */
export function subscriptionsBlockingEnd<T extends { readonly status: SubscriptionStatus }>(subscriptions: readonly T[]): T[] {
  return subscriptions.filter((s) => s.status === SubscriptionStatus.ACTIVE);
}

/**
 * A reseller relationship cannot end, from either side, while subscriptions that partner sold
 * to the customer are ACTIVE: afterwards nobody could suspend or cancel them. FAILED_PRECONDITION
 * with `extensions.subscriptions`. Admin relationships end freely.
 */
export function assertRelationshipEndable(type: RelationshipType, subscriptionsFromPartner: readonly SubscriptionSummary[]): void {
  if (type !== 'RESELLER') return;
  const blocking = subscriptionsBlockingEnd(subscriptionsFromPartner);
  if (blocking.length === 0) return;
  throw failedPrecondition(
    { reason: 'ACTIVE_SUBSCRIPTIONS', params: { count: blocking.length } },
    { subscriptions: blocking.map(({ id, productId, productName, quantity, status }) => ({ id, productId, productName, quantity, status })) },
  );
}
