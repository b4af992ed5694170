import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ProductKind } from '@partnerlink/shared';

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
}
