import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'purchase_order' })
export class OrderEntity {
  @PrimaryColumn({ type: String, length: 36 })
  id: string;

  @Column({ name: 'partner_tenant_id', type: String, length: 36 })
  partnerTenantId: string;

  @Column({ name: 'customer_tenant_id', type: String, length: 36 })
  customerTenantId: string;

  @Column({ name: 'product_id', type: String, length: 40 })
  productId: string;

  @Column({ type: Number })
  quantity: number;

  @Column({ name: 'placed_by_user_id', type: String, length: 36 })
  placedByUserId: string;

  /** An indirect provider's order: the indirect reseller it is tagged with (who serves the customer); null otherwise. */
  @Column({ name: 'associated_partner_tenant_id', type: String, length: 36, nullable: true })
  associatedPartnerTenantId: string | null;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;
}
