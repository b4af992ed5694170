import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AdminRole, ProductKind } from '@partnerlink/shared';
import { rolesColumn } from './roles-column.js';

@Entity({ name: 'product' })
export class ProductEntity {
  @PrimaryColumn({ type: String, length: 40 })
  id: string;

  @Column({ type: String, length: 120 })
  name: string;

  @Column({ type: String, length: 16 })
  kind: ProductKind;

  /** Monthly price per seat in cents; 0 for consumption-billed plans. */
  @Column({ name: 'unit_price_cents', type: Number })
  unitPriceCents: number;

  @Column({ type: String, length: 3 })
  currency: string;

  /**
   * The admin roles that let a partner change a subscription of this product it did not
   * provision (one is enough), comma-separated in catalogue order; null (or left out when
   * inserting) for its kind's list (shared `productAdminRoles`).
   */
  @Column({ name: 'admin_roles', type: String, length: 1000, nullable: true, transformer: rolesColumn() })
  adminRoles?: AdminRole[] | null;
}
