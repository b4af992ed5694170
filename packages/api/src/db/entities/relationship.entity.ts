import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EndedBySide, RelationshipOrigin, RelationshipStatus, RelationshipType } from '@partnerlink/shared';

@Entity({ name: 'relationship' })
export class RelationshipEntity {
  @PrimaryColumn({ type: String, length: 36 })
  id: string;

  @Column({ name: 'partner_tenant_id', type: String, length: 36 })
  partnerTenantId: string;

  @Column({ name: 'customer_tenant_id', type: String, length: 36 })
  customerTenantId: string;

  @Column({ type: String, length: 16 })
  type: RelationshipType;

  @Column({ type: String, length: 16 })
  status: RelationshipStatus;

  @Column({ type: String, length: 16 })
  origin: RelationshipOrigin;

  @Column({ name: 'request_id', type: String, length: 36, nullable: true })
  requestId: string | null;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;

  @Column({ name: 'ended_at', type: Date, nullable: true })
  endedAt: Date | null;

  @Column({ name: 'ended_by_user_id', type: String, length: 36, nullable: true })
  endedByUserId: string | null;

  @Column({ name: 'ended_by_side', type: String, length: 16, nullable: true })
  endedBySide: EndedBySide | null;
}
