import { describe, expect, it } from 'vitest';
import { caught } from '../test/caught.js';
import {
  assertCanChangeSubscription,
  assertCanPurchase,
  assertResellerEndable,
  canChangeSubscription,
  canPurchase,
  MAX_QUANTITY,
  MIN_QUANTITY,
  ProductKind,
  purchaseBlocker,
  subscriptionChangeBlocker,
} from './purchasing.js';

const { SEAT_LICENSE, AZURE_PLAN } = ProductKind;

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
    [WITH_ADMIN, 'may', SEAT_LICENSE, OWN, { ...reseller, hasActiveAdmin: true, provisionedByPartner: true }, null],
    [WITH_ADMIN, 'may', SEAT_LICENSE, OTHER, { ...reseller, hasActiveAdmin: true, provisionedByPartner: false }, null],
    [WITH_ADMIN, 'may', AZURE_PLAN, OWN, { ...reseller, hasActiveAdmin: true, provisionedByPartner: true }, null],
    [WITH_ADMIN, 'may', AZURE_PLAN, OTHER, { ...reseller, hasActiveAdmin: true, provisionedByPartner: false }, null],
    [RESELLER_ONLY, 'may', AZURE_PLAN, OWN, { ...reseller, hasActiveAdmin: false, provisionedByPartner: true }, null],
    [RESELLER_ONLY, 'may not', AZURE_PLAN, OTHER, { ...reseller, hasActiveAdmin: false, provisionedByPartner: false }, 'ADMIN_RELATIONSHIP_REQUIRED'],
    [RESELLER_ONLY, 'may not', SEAT_LICENSE, OWN, { ...reseller, hasActiveAdmin: false, provisionedByPartner: true }, 'ADMIN_RELATIONSHIP_REQUIRED'],
    [RESELLER_ONLY, 'may not', SEAT_LICENSE, OTHER, { ...reseller, hasActiveAdmin: false, provisionedByPartner: false }, 'ADMIN_RELATIONSHIP_REQUIRED'],
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
    [WITH_ADMIN, SEAT_LICENSE, OTHER, { hasActiveAdmin: true, provisionedByPartner: false }],
    [WITH_ADMIN, AZURE_PLAN, OWN, { hasActiveAdmin: true, provisionedByPartner: true }],
    ['without admin permissions', AZURE_PLAN, OWN, { hasActiveAdmin: false, provisionedByPartner: true }],
    ['without admin permissions', SEAT_LICENSE, OTHER, { hasActiveAdmin: false, provisionedByPartner: false }],
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

describe('ending a reseller relationship (rule 11)', () => {
  it('a partner may end a reseller relationship once the customer has no active subscriptions from it', () => {
    expect(() => assertResellerEndable(0)).not.toThrow();
  });

  it.each([1, 2, 25])('a partner cannot end it while the customer holds %i active subscription(s)', (count) => {
    const error = caught(() => assertResellerEndable(count));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain(`still has ${count} active subscription(s)`);
  });
});
