import { describe, expect, it } from 'vitest';
import { caught } from '../test/caught.js';
import {
  assertCanChangeSubscription,
  assertCanPurchase,
  assertRelationshipEndable,
  assertSubscriptionActions,
  canChangeSubscription,
  canPurchase,
  MAX_QUANTITY,
  MIN_QUANTITY,
  ProductKind,
  planSlotOf,
  purchaseBlocker,
  requestedSubscriptionActions,
  subscriptionActionBlocker,
  subscriptionChangeBlocker,
  SubscriptionAction,
  SubscriptionStatus,
  type SubscriptionSummary,
} from './purchasing.js';

const { SEAT_LICENSE, AZURE_PLAN } = ProductKind;
/** The catalogue lists these roles for the product; an admin relationship with one of them may change it. */
const REQUIRED = ['LICENSE_ADMINISTRATOR', 'GLOBAL_ADMINISTRATOR'] as const;
const WITH_ROLE = { adminRoles: ['DIRECTORY_READERS', 'LICENSE_ADMINISTRATOR'], requiredRoles: REQUIRED } as const;
const NO_ADMIN = { adminRoles: [], requiredRoles: REQUIRED } as const;

describe('purchasing for a customer (rules 2 and 9)', () => {
  it.each([
    { hasActiveReseller: true, customerAgreementAccepted: true, blocker: null },
    { hasActiveReseller: true, customerAgreementAccepted: false, blocker: 'CUSTOMER_AGREEMENT_REQUIRED' },
    { hasActiveReseller: false, customerAgreementAccepted: true, blocker: 'RELATIONSHIP_REQUIRED' },
    // without a relationship, the relationship is what the partner needs first
    { hasActiveReseller: false, customerAgreementAccepted: false, blocker: 'RELATIONSHIP_REQUIRED' },
  ])(
    'with an active reseller relationship $hasActiveReseller and the agreement accepted $customerAgreementAccepted, the partner is blocked by $blocker',
    ({ blocker, ...context }) => {
      expect(purchaseBlocker(context)?.code ?? null).toBe(blocker);
      expect(canPurchase(context)).toBe(blocker === null);
      if (blocker === null) {
        expect(() => assertCanPurchase(context)).not.toThrow();
      } else {
        expect(caught(() => assertCanPurchase(context))).toMatchObject({ code: blocker, field: undefined });
      }
    },
  );

  it('an indirect reseller is told that its indirect provider places the orders', () => {
    const blocker = purchaseBlocker({ hasActiveReseller: false, customerAgreementAccepted: true, indirectReseller: true });
    expect(blocker).toMatchObject({ code: 'RELATIONSHIP_REQUIRED', message: expect.stringMatching(/indirect provider is the reseller of record/) });
  });

  it('quantities run from 1 to 100,000', () => {
    expect([MIN_QUANTITY, MAX_QUANTITY]).toEqual([1, 100_000]);
  });
});

describe('changing a subscription (rule 4)', () => {
  const WITH_ADMIN = 'with admin permissions';
  const RESELLER_ONLY = 'with a reseller relationship only';
  const OWN = 'it provisioned';
  const OTHER = 'someone else provisioned';
  const reseller = { hasActiveReseller: true } as const;
  it.each([
    [WITH_ADMIN, 'may', SEAT_LICENSE, OWN, { ...reseller, ...WITH_ROLE, provisionedByPartner: true }, null],
    [WITH_ADMIN, 'may', SEAT_LICENSE, OTHER, { ...reseller, ...WITH_ROLE, provisionedByPartner: false }, null],
    [WITH_ADMIN, 'may', AZURE_PLAN, OWN, { ...reseller, ...WITH_ROLE, provisionedByPartner: true }, null],
    [WITH_ADMIN, 'may', AZURE_PLAN, OTHER, { ...reseller, ...WITH_ROLE, provisionedByPartner: false }, null],
    [RESELLER_ONLY, 'may', AZURE_PLAN, OWN, { ...reseller, ...NO_ADMIN, provisionedByPartner: true }, null],
    [RESELLER_ONLY, 'may not', AZURE_PLAN, OTHER, { ...reseller, ...NO_ADMIN, provisionedByPartner: false }, 'ADMIN_RELATIONSHIP_REQUIRED'],
    [RESELLER_ONLY, 'may not', SEAT_LICENSE, OWN, { ...reseller, ...NO_ADMIN, provisionedByPartner: true }, 'ADMIN_RELATIONSHIP_REQUIRED'],
    [RESELLER_ONLY, 'may not', SEAT_LICENSE, OTHER, { ...reseller, ...NO_ADMIN, provisionedByPartner: false }, 'ADMIN_RELATIONSHIP_REQUIRED'],
  ] as const)('a partner %s %s change a %s %s', (_admin, _verdict, productKind, _who, flags, blocker) => {
    const context = { ...flags, productKind };
    expect(subscriptionChangeBlocker(context)?.code ?? null).toBe(blocker);
    expect(canChangeSubscription(context)).toBe(blocker === null);
    if (blocker === null) {
      expect(() => assertCanChangeSubscription(context)).not.toThrow();
    } else {
      expect(caught(() => assertCanChangeSubscription(context))).toMatchObject({ code: blocker, field: undefined });
    }
  });

  it.each([
    [WITH_ADMIN, SEAT_LICENSE, OTHER, { ...WITH_ROLE, provisionedByPartner: false }],
    [WITH_ADMIN, AZURE_PLAN, OWN, { ...WITH_ROLE, provisionedByPartner: true }],
    ['without admin permissions', AZURE_PLAN, OWN, { ...NO_ADMIN, provisionedByPartner: true }],
    ['without admin permissions', SEAT_LICENSE, OTHER, { ...NO_ADMIN, provisionedByPartner: false }],
  ] as const)(
    'a former reseller %s gets RELATIONSHIP_REQUIRED when changing a %s %s',
    (_admin, productKind, _who, flags) => {
      const context = { ...flags, productKind, hasActiveReseller: false };
      expect(canChangeSubscription(context)).toBe(false);
      expect(caught(() => assertCanChangeSubscription(context))).toMatchObject({
        code: 'RELATIONSHIP_REQUIRED',
        field: undefined,
      });
    },
  );
});

describe('the management gate: the product catalogue’s admin roles (rule 14)', () => {
  const base = { hasActiveReseller: true, productKind: SEAT_LICENSE, productName: 'Microsoft 365 Business Basic', provisionedByPartner: true } as const;

  it('an admin relationship holding only unrelated roles is refused, naming the roles it needs', () => {
    const context = { ...base, adminRoles: ['HELPDESK_ADMINISTRATOR', 'GLOBAL_READER'], requiredRoles: REQUIRED } as const;
    const blocker = subscriptionChangeBlocker(context);
    expect(blocker).toMatchObject({
      code: 'ADMIN_RELATIONSHIP_REQUIRED',
      requiredRoles: ['LICENSE_ADMINISTRATOR', 'GLOBAL_ADMINISTRATOR'],
      problem: { reason: 'ADMIN_ROLE_REQUIRED', params: { product: 'Microsoft 365 Business Basic', roles: 'License Administrator, Global Administrator' } },
    });
    expect(caught(() => assertCanChangeSubscription(context))).toMatchObject({
      code: 'ADMIN_RELATIONSHIP_REQUIRED',
      reason: 'ADMIN_ROLE_REQUIRED',
      details: { requiredRoles: ['LICENSE_ADMINISTRATOR', 'GLOBAL_ADMINISTRATOR'] },
      message: 'Changing Microsoft 365 Business Basic needs an active admin relationship with the customer holding one of these roles: License Administrator, Global Administrator.',
    });
  });

  it('any one of the listed roles is enough', () => {
    for (const role of REQUIRED) {
      expect(subscriptionChangeBlocker({ ...base, adminRoles: [role], requiredRoles: REQUIRED })).toBeNull();
    }
  });
});

describe('the lifecycle of a subscription the partner sold (rule 17)', () => {
  const { SUSPEND, REACTIVATE, CANCEL, CHANGE_QUANTITY } = SubscriptionAction;
  const { ACTIVE, SUSPENDED, CANCELLED } = SubscriptionStatus;
  const seats = { productKind: SEAT_LICENSE, provisionedByPartner: true } as const;
  const full = { ...seats, hasActiveReseller: true, ...WITH_ROLE } as const;
  const resellerOnly = { ...seats, hasActiveReseller: true, ...NO_ADMIN } as const;
  const noRelationship = { ...seats, hasActiveReseller: false, ...NO_ADMIN } as const;
  it.each([
    [SUSPEND, ACTIVE, 'no relationship at all', noRelationship, null],
    [CANCEL, ACTIVE, 'no relationship at all', noRelationship, null],
    [CANCEL, SUSPENDED, 'no relationship at all', noRelationship, null],
    [SUSPEND, ACTIVE, 'a reseller relationship only', resellerOnly, null],
    [REACTIVATE, SUSPENDED, 'a reseller relationship only', resellerOnly, null],
    [REACTIVATE, SUSPENDED, 'no relationship at all', noRelationship, 'RELATIONSHIP_REQUIRED'],
    [CHANGE_QUANTITY, ACTIVE, 'a reseller relationship only', resellerOnly, 'ADMIN_RELATIONSHIP_REQUIRED'],
    [CHANGE_QUANTITY, ACTIVE, 'admin permissions', full, null],
    [CHANGE_QUANTITY, ACTIVE, 'no relationship at all', noRelationship, 'RELATIONSHIP_REQUIRED'],
    [SUSPEND, CANCELLED, 'admin permissions', full, 'FAILED_PRECONDITION'],
    [REACTIVATE, CANCELLED, 'admin permissions', full, 'FAILED_PRECONDITION'],
    [CANCEL, CANCELLED, 'admin permissions', full, 'FAILED_PRECONDITION'],
    [CHANGE_QUANTITY, CANCELLED, 'admin permissions', full, 'FAILED_PRECONDITION'],
  ] as const)('%s of a %s seat subscription with %s: blocked by %s', (action, status, _with, flags, blocker) => {
    const context = { ...flags, status };
    expect(subscriptionActionBlocker(action, context)?.code ?? null).toBe(blocker);
    if (blocker === 'FAILED_PRECONDITION') {
      expect(caught(() => assertSubscriptionActions([action], context))).toMatchObject({ details: { status: 'CANCELLED' } });
    }
  });

  it.each([
    [{ status: ACTIVE, quantity: 3 }, { status: CANCELLED }, [CANCEL]],
    [{ status: ACTIVE, quantity: 3 }, { status: SUSPENDED, quantity: 3 }, [SUSPEND]],
    [{ status: SUSPENDED, quantity: 3 }, { status: ACTIVE }, [REACTIVATE]],
    [{ status: ACTIVE, quantity: 3 }, { quantity: 5 }, [CHANGE_QUANTITY]],
    [{ status: ACTIVE, quantity: 3 }, { status: ACTIVE, quantity: 3 }, []],
    [{ status: CANCELLED, quantity: 3 }, { status: CANCELLED }, [CANCEL]],
  ] as const)('from %o, the change %o asks for %o', (current, change, actions) => {
    expect(requestedSubscriptionActions(current, change)).toEqual(actions);
  });
});

describe('one Azure plan per customer (item 7)', () => {
  it.each([
    [AZURE_PLAN, 'ACTIVE', 'AZURE_PLAN'],
    [AZURE_PLAN, 'SUSPENDED', 'AZURE_PLAN'],
    [AZURE_PLAN, 'CANCELLED', null],
    [SEAT_LICENSE, 'ACTIVE', null],
  ] as const)('a %s that is %s takes the plan slot %s', (kind, status, slot) => {
    expect(planSlotOf(kind, status)).toBe(slot);
  });
});

describe('ending a relationship (rules 11 and 17)', () => {
  const subscription = (status: SubscriptionStatus): SubscriptionSummary => ({
    id: `s-${status}`,
    productId: 'm365-business-basic',
    productName: 'Microsoft 365 Business Basic',
    quantity: 3,
    status,
  });

  it('a reseller relationship ends once no subscription from the partner is active (suspended and cancelled ones do not block)', () => {
    expect(() => assertRelationshipEndable('RESELLER', [])).not.toThrow();
    expect(() => assertRelationshipEndable('RESELLER', [subscription('SUSPENDED'), subscription('CANCELLED')])).not.toThrow();
  });

  it('admin permissions end whatever subscriptions exist', () => {
    expect(() => assertRelationshipEndable('DELEGATED_ADMIN', [subscription('ACTIVE')])).not.toThrow();
  });

  it('an active subscription blocks ending with FAILED_PRECONDITION listing only the active ones', () => {
    const error = caught(() => assertRelationshipEndable('RESELLER', [subscription('ACTIVE'), subscription('SUSPENDED')]));
    expect(error.code).toBe('FAILED_PRECONDITION');
    expect(error.details).toEqual({ subscriptions: [subscription('ACTIVE')] });
    expect(error.message).toContain('1 active subscription(s)');
  });
});
