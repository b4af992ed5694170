import type { EntityManager } from 'typeorm';
import {
  adminRelationshipAt,
  associatedPartnerFor,
  assertCanPurchase,
  assertQuantity,
  assertSubscriptionActions,
  DomainError,
  failedPrecondition,
  planSlotOf,
  productAdminRoles,
  requestedSubscriptionActions,
  TenantKind,
} from '@partnerlink/shared';
import type { AdminRole } from '@partnerlink/shared';
import type { Clock } from '../../clock.js';
import type { Viewer } from '../../viewer.js';
import type { Database } from '../../db/database.js';
import { isUniqueViolation } from '../../db/errors.js';
import {
  OrderEntity,
  ProductEntity,
  RelationshipEntity,
  SubscriptionEntity,
  TenantEntity,
} from '../../db/entities/index.js';
import { newId } from '../../security/tokens.js';
import { holdActiveRelationships } from '../relationships/relationship-hold.js';
import { toOrder, toProduct, toSubscription, type PlaceOrderInput, type UpdateSubscriptionInput } from './order.type.js';

/**
 * This partner's relationships with the customer (any status), whether the reseller one is
 * active, and the roles of the admin relationship that is ACTIVE at `now` (an end that has come
 * counts even before the sweep writes it down; empty when there is none).
 */
export async function relationshipsWith(em: EntityManager, partnerId: string, customerId: string, now: Date) {
  const rows = await em.findBy(RelationshipEntity, { partnerTenantId: partnerId, customerTenantId: customerId });
  return {
    any: rows.length > 0,
    reseller: rows.some((r) => r.type === 'RESELLER' && r.status === 'ACTIVE'),
    indirectReseller: rows.some((r) => r.type === 'INDIRECT_RESELLER' && r.status === 'ACTIVE'),
    adminRoles: activeAdminRoles(rows, now),
  };
}

/** The roles of the admin relationship among `rows` that is ACTIVE at `now`, or none. */
export function activeAdminRoles(rows: readonly RelationshipEntity[], now: Date): AdminRole[] {
  const admin = rows.find((r) => r.type === 'DELEGATED_ADMIN' && adminRelationshipAt(r, now).status === 'ACTIVE');
  return admin?.roles ?? [];
}

/**
 * The indirect resellers that serve the customer through this provider (their ACTIVE
 * INDIRECT_RESELLER relationships naming it), newest first; none for any other partner.
 */
export async function indirectResellersOf(em: EntityManager, providerId: string, customerId: string): Promise<string[]> {
  const rows = await em.find(RelationshipEntity, {
    where: { indirectProviderTenantId: providerId, customerTenantId: customerId, type: 'INDIRECT_RESELLER', status: 'ACTIVE' },
    order: { createdAt: 'DESC', id: 'DESC' },
  });
  return rows.map((row) => row.partnerTenantId);
}

/** The same answer for an unknown id and for a customer this partner never had a relationship with (isolation). */
function noSuchCustomer(): DomainError {
  return new DomainError('NOT_FOUND', 'No customer tenant has this id.', 'customerId');
}

/** The customer's Azure plan from this partner that is not cancelled, if any (first the checks, then the index). */
async function existingAzurePlan(em: EntityManager, partnerId: string, customerId: string): Promise<SubscriptionEntity | null> {
  return em
    .createQueryBuilder(SubscriptionEntity, 's')
    .innerJoin(ProductEntity, 'p', 'p.id = s.productId')
    .where('s.partnerTenantId = :partnerId AND s.customerTenantId = :customerId', { partnerId, customerId })
    .andWhere("p.kind = 'AZURE_PLAN' AND s.status <> 'CANCELLED'")
    .orderBy('s.createdAt', 'ASC')
    .getOne();
}

function duplicateAzurePlan(existing: SubscriptionEntity | null): DomainError {
  return failedPrecondition({ reason: 'AZURE_PLAN_EXISTS' }, {
    subscriptionId: existing?.id ?? null,
  });
}

/** Purchasing for related customers: the catalog, orders and subscription changes. */
export class OrderService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  async products() {
    const rows = await this.db.read((em) => em.find(ProductEntity, { order: { name: 'ASC' } }));
    return rows.map(toProduct);
  }

  async place(viewer: Viewer, input: PlaceOrderInput) {
    try {
      return await this.placeOnce(viewer, input);
    } catch (error) {
      // Two orders at the same moment: the unique index lets one Azure plan in, the other is told.
      if (!isUniqueViolation(error)) throw error;
      throw duplicateAzurePlan(await this.db.read((em) => existingAzurePlan(em, viewer.tenantId, input.customerId)));
    }
  }

  private async placeOnce(viewer: Viewer, input: PlaceOrderInput) {
    const quantity = assertQuantity('quantity', input.quantity);
    const now = this.clock.now();
    return this.db.write(async (tx) => {
      const { em } = tx;
      const customer = await em.findOneBy(TenantEntity, { id: input.customerId, kind: TenantKind.CUSTOMER });
      if (!customer) throw noSuchCustomer();
      // Purchasing needs no admin relationship (rule 9): only the reseller relationship and the agreement.
      const relationships = await relationshipsWith(em, viewer.tenantId, customer.id, now);
      if (!relationships.any) throw noSuchCustomer();
      const product = await em.findOneBy(ProductEntity, { id: input.productId });
      if (!product) throw new DomainError('NOT_FOUND', 'There is no such product in the catalog.', 'productId');
      if (product.kind === 'AZURE_PLAN' && quantity !== 1) {
        throw new DomainError('BAD_USER_INPUT', { reason: 'AZURE_PLAN_QUANTITY' }, 'quantity');
      }
      assertCanPurchase({
        hasActiveReseller: relationships.reseller,
        customerAgreementAccepted: customer.agreementAcceptedAt !== null,
        indirectReseller: relationships.indirectReseller,
      });
      // Holds the reseller relationship's row till the commit: an end at the same moment either
      // waits and then sees this subscription, or ended it first and this order is refused.
      if (!(await holdActiveRelationships(em, { partnerTenantId: viewer.tenantId, customerTenantId: customer.id, type: 'RESELLER' }))) {
        assertCanPurchase({ hasActiveReseller: false, customerAgreementAccepted: true });
      }
      if (product.kind === 'AZURE_PLAN') {
        const existing = await existingAzurePlan(em, viewer.tenantId, customer.id);
        if (existing) throw duplicateAzurePlan(existing);
      }

      // An indirect provider's order is tagged with the indirect reseller who serves the customer (rule 15).
      const resellers = await indirectResellersOf(em, viewer.tenantId, customer.id);
      const associatedPartnerTenantId = associatedPartnerFor(input.associatedPartnerId ?? null, resellers);
      const order: OrderEntity = {
        id: newId(),
        partnerTenantId: viewer.tenantId,
        customerTenantId: customer.id,
        productId: product.id,
        quantity,
        placedByUserId: viewer.userId,
        associatedPartnerTenantId,
        createdAt: now,
      };
      const subscription: SubscriptionEntity = {
        id: newId(),
        customerTenantId: customer.id,
        partnerTenantId: viewer.tenantId,
        productId: product.id,
        orderId: order.id,
        quantity,
        status: 'ACTIVE',
        planKey: planSlotOf(product.kind, 'ACTIVE'),
        associatedPartnerTenantId,
        createdAt: now,
        updatedAt: now,
      };
      await em.insert(OrderEntity, order);
      await em.insert(SubscriptionEntity, subscription);
      tx.emit({ type: 'OrderPlaced', order, product, customer, actor: viewer, at: now });
      return toOrder(order, subscription, product);
    });
  }

  /**
   * Seats and status of a subscription this partner sold. Suspending and cancelling need no
   * relationship, reactivating a reseller relationship, seats an admin relationship ACTIVE now
   * holding one of the product's admin roles (except for an Azure plan this partner
   * provisioned); a cancelled subscription never changes.
   */
  async update(viewer: Viewer, input: UpdateSubscriptionInput) {
    if ((input.quantity === null || input.quantity === undefined) && !input.status) {
      throw new DomainError('BAD_USER_INPUT', { reason: 'NOTHING_TO_CHANGE' }, 'quantity');
    }
    const quantity = input.quantity === null || input.quantity === undefined ? undefined : assertQuantity('quantity', input.quantity);
    const now = this.clock.now();
    return this.db.write(async (tx) => {
      const { em } = tx;
      const row = await em.findOneBy(SubscriptionEntity, { id: input.id, partnerTenantId: viewer.tenantId });
      if (!row) throw new DomainError('NOT_FOUND', 'There is no such subscription.', 'id');
      const product = await em.findOneByOrFail(ProductEntity, { id: row.productId });
      if (product.kind === 'AZURE_PLAN' && quantity !== undefined && quantity !== 1) {
        throw new DomainError('BAD_USER_INPUT', { reason: 'AZURE_PLAN_SEATS' }, 'quantity');
      }
      const active = await relationshipsWith(em, viewer.tenantId, row.customerTenantId, now);
      assertSubscriptionActions(requestedSubscriptionActions(row, { status: input.status, quantity }), {
        hasActiveReseller: active.reseller,
        adminRoles: active.adminRoles,
        requiredRoles: productAdminRoles(product),
        productKind: product.kind,
        productName: product.name,
        provisionedByPartner: row.partnerTenantId === viewer.tenantId,
        status: row.status,
      });
      const status = input.status ?? row.status;
      const changes = { quantity: quantity ?? row.quantity, status, updatedAt: now,
        // Cancelling frees the plan slot; nothing else takes one (a legacy duplicate keeps none).
        planKey: status === 'CANCELLED' ? null : row.planKey };
      await em.update(SubscriptionEntity, { id: row.id }, changes);
      const before = { quantity: row.quantity, status: row.status };
      Object.assign(row, changes);
      const customer = await em.findOneByOrFail(TenantEntity, { id: row.customerTenantId });
      tx.emit({ type: 'SubscriptionChanged', subscription: row, before, product, customer, actor: viewer, at: now });
      return toSubscription(row);
    });
  }
}
