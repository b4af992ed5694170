import type { EntityManager } from 'typeorm';
import {
  ActivityType,
  assertCanChangeSubscription,
  assertCanPurchase,
  assertQuantity,
  DomainError,
  TenantKind,
} from '@partnerlink/shared';
import type { Viewer } from '../../context.js';
import type { Database } from '../../db/database.js';
import {
  OrderEntity,
  ProductEntity,
  RelationshipEntity,
  SubscriptionEntity,
  TenantEntity,
} from '../../db/entities/index.js';
import { newId } from '../../security/tokens.js';
import { recordActivity } from '../activity-log/activity-log.service.js';
import { toOrder, toProduct, toSubscription, type PlaceOrderInput, type UpdateSubscriptionInput } from './order.type.js';

async function activeTypes(em: EntityManager, partnerId: string, customerId: string) {
  const rows = await em.findBy(RelationshipEntity, { partnerTenantId: partnerId, customerTenantId: customerId, status: 'ACTIVE' });
  return { reseller: rows.some((r) => r.type === 'RESELLER'), admin: rows.some((r) => r.type === 'DELEGATED_ADMIN') };
}

/** Purchasing for related customers: the catalog, orders and subscription changes. */
export class OrderService {
  constructor(private readonly db: Database) {}

  async products() {
    const rows = await this.db.read((em) => em.find(ProductEntity, { order: { name: 'ASC' } }));
    return rows.map(toProduct);
  }

  async place(viewer: Viewer, input: PlaceOrderInput) {
    const quantity = assertQuantity('quantity', input.quantity);
    const now = new Date();
    return this.db.write(async (em) => {
      const customer = await em.findOneBy(TenantEntity, { id: input.customerId, kind: TenantKind.CUSTOMER });
      if (!customer) throw new DomainError('NOT_FOUND', 'No customer tenant has this id.', 'customerId');
      const product = await em.findOneBy(ProductEntity, { id: input.productId });
      if (!product) throw new DomainError('NOT_FOUND', 'There is no such product in the catalog.', 'productId');
      if (product.kind === 'AZURE_PLAN' && quantity !== 1) {
        throw new DomainError('BAD_USER_INPUT', 'An Azure plan is bought once per customer: quantity 1.', 'quantity');
      }
      const active = await activeTypes(em, viewer.tenantId, customer.id);
      assertCanPurchase({ hasActiveReseller: active.reseller, customerAgreementAccepted: customer.agreementAcceptedAt !== null });

      const order: OrderEntity = {
        id: newId(),
        partnerTenantId: viewer.tenantId,
        customerTenantId: customer.id,
        productId: product.id,
        quantity,
        placedByUserId: viewer.userId,
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
        createdAt: now,
        updatedAt: now,
      };
      await em.insert(OrderEntity, order);
      await em.insert(SubscriptionEntity, subscription);
      await recordActivity(em, {
        partnerTenantId: viewer.tenantId,
        customerTenantId: customer.id,
        type: ActivityType.ORDER_PLACED,
        subjectId: order.id,
        summary: `${viewer.displayName} ordered ${quantity} × ${product.name} for ${customer.name}.`,
        actor: viewer,
        at: now,
      });
      return toOrder(order, subscription, product);
    });
  }

  /** Quantity and suspension. Needs admin permissions, except for an Azure plan this partner provisioned. */
  async update(viewer: Viewer, input: UpdateSubscriptionInput) {
    if ((input.quantity === null || input.quantity === undefined) && !input.status) {
      throw new DomainError('BAD_USER_INPUT', 'Give a new quantity or status.', 'quantity');
    }
    const quantity = input.quantity === null || input.quantity === undefined ? undefined : assertQuantity('quantity', input.quantity);
    const now = new Date();
    return this.db.write(async (em) => {
      const row = await em.findOneBy(SubscriptionEntity, { id: input.id, partnerTenantId: viewer.tenantId });
      if (!row) throw new DomainError('NOT_FOUND', 'There is no such subscription.', 'id');
      const product = await em.findOneByOrFail(ProductEntity, { id: row.productId });
      if (product.kind === 'AZURE_PLAN' && quantity !== undefined && quantity !== 1) {
        throw new DomainError('BAD_USER_INPUT', 'An Azure plan has no seats to change.', 'quantity');
      }
      const active = await activeTypes(em, viewer.tenantId, row.customerTenantId);
      assertCanChangeSubscription({
        hasActiveReseller: active.reseller,
        hasActiveAdmin: active.admin,
        productKind: product.kind,
        provisionedByPartner: row.partnerTenantId === viewer.tenantId,
      });
      const changes = { quantity: quantity ?? row.quantity, status: input.status ?? row.status, updatedAt: now };
      await em.update(SubscriptionEntity, { id: row.id }, changes);
      const before = `${row.quantity} ${row.status.toLowerCase()}`;
      Object.assign(row, changes);
      const customer = await em.findOneByOrFail(TenantEntity, { id: row.customerTenantId });
      await recordActivity(em, {
        partnerTenantId: viewer.tenantId,
        customerTenantId: row.customerTenantId,
        type: ActivityType.SUBSCRIPTION_CHANGED,
        subjectId: row.id,
        summary: `${viewer.displayName} changed ${product.name} for ${customer.name} from ${before} to ${row.quantity} ${row.status.toLowerCase()}.`,
        actor: viewer,
        at: now,
      });
      return toSubscription(row);
    });
  }
}
