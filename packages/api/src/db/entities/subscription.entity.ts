import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SubscriptionStatus } from '@partnerlink/shared';

@Entity({ name: 'subscription' })
export class SubscriptionEntity {
  @PrimaryColumn({ type: String, length: 36 })
  id: string;

  @Column({ name: 'customer_tenant_id', type: String, length: 36 })
  customerTenantId: string;

  /** The partner that provisioned (sold) the subscription. */
  @Column({ name: 'partner_tenant_id', type: String, length: 36 })
  partnerTenantId: string;

  @Column({ name: 'product_id', type: String, length: 40 })
  productId: string;

  @Column({ name: 'order_id', type: String, length: 36 })
  orderId: string;

  @Column({ type: Number })
  quantity: number;

  @Column({ type: String, length: 16 })
  status: SubscriptionStatus;

  /**
   * 'AZURE_PLAN' while this is the customer's Azure plan from this partner and not cancelled,
   * else null: a unique index allows one such row per partner and customer.
   */
  @Column({ name: 'plan_key', type: String, length: 16, nullable: true })
  planKey: string | null;

  /** An indirect provider's order: the indirect reseller it is tagged with (who serves the customer); null otherwise. */
  @Column({ name: 'associated_partner_tenant_id', type: String, length: 36, nullable: true })
  associatedPartnerTenantId: string | null;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;

  @Column({ name: 'updated_at', type: Date })
  updatedAt: Date;
}
