import { DomainError, type ErrorCode } from './errors.js';

export const ProductKind = {
  SEAT_LICENSE: 'SEAT_LICENSE',
  AZURE_PLAN: 'AZURE_PLAN',
} as const;
export type ProductKind = (typeof ProductKind)[keyof typeof ProductKind];

export const SubscriptionStatus = {
  ACTIVE: 'ACTIVE',
  SUSPENDED: 'SUSPENDED',
} as const;
export type SubscriptionStatus = (typeof SubscriptionStatus)[keyof typeof SubscriptionStatus];

export const MIN_QUANTITY = 1;
export const MAX_QUANTITY = 100_000;

export interface PurchaseContext {
  readonly hasActiveReseller: boolean;
  readonly customerAgreementAccepted: boolean;
}

type Blocker = { readonly code: ErrorCode; readonly message: string };

/** Why a partner may not buy for a customer, or null when it may. */
export function purchaseBlocker(context: PurchaseContext): Blocker | null {
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
  readonly hasActiveAdmin: boolean;
  readonly productKind: ProductKind;
  /** Whether the partner asking is the one that provisioned the subscription. */
  readonly provisionedByPartner: boolean;
}

/**
 * Managing a subscription needs an active reseller relationship and admin permissions, except
 * an Azure plan the partner provisioned itself: the reseller relationship alone is enough for that.
 */
export function subscriptionChangeBlocker(context: SubscriptionChangeContext): Blocker | null {
  if (!context.hasActiveReseller) {
    return {
      code: 'RELATIONSHIP_REQUIRED',
      message: 'Changing subscriptions needs an active reseller relationship.',
    };
  }
  if (context.hasActiveAdmin) return null;
  if (context.productKind === ProductKind.AZURE_PLAN && context.provisionedByPartner) return null;
  return {
    code: 'ADMIN_RELATIONSHIP_REQUIRED',
    message: 'Changing this subscription needs admin permissions for the customer.',
  };
}

export function canChangeSubscription(context: SubscriptionChangeContext): boolean {
  return subscriptionChangeBlocker(context) === null;
}

export function assertCanChangeSubscription(context: SubscriptionChangeContext): void {
  const blocker = subscriptionChangeBlocker(context);
  if (blocker) throw new DomainError(blocker.code, blocker.message);
}

/** A partner cannot end a reseller relationship while the customer holds active subscriptions from it. */
export function assertResellerEndable(activeSubscriptionsFromPartner: number): void {
  if (activeSubscriptionsFromPartner > 0) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `The customer still has ${activeSubscriptionsFromPartner} active subscription(s) from this partner; suspend them before ending the reseller relationship.`,
    );
  }
}
