import { Column, Entity, PrimaryColumn } from 'typeorm';
import { rolesColumn } from './roles-column.js';
import type { AdminRole, EndedBySide, RelationshipOrigin, RelationshipStatus, RelationshipType } from '@partnerlink/shared';

@Entity({ name: 'relationship' })
export class RelationshipEntity {
  @PrimaryColumn({ type: String, length: 36 })
  id: string;

  @Column({ name: 'partner_tenant_id', type: String, length: 36 })
  partnerTenantId: string;

  @Column({ name: 'customer_tenant_id', type: String, length: 36 })
  customerTenantId: string;

  @Column({ type: String, length: 24 })
  type: RelationshipType;

  @Column({ type: String, length: 16 })
  status: RelationshipStatus;

  @Column({ type: String, length: 16 })
  origin: RelationshipOrigin;

  @Column({ name: 'request_id', type: String, length: 36, nullable: true })
  requestId: string | null;

  /** On an INDIRECT_RESELLER relationship: the indirect provider who holds the customer's RESELLER relationship; null otherwise. */
  @Column({ name: 'indirect_provider_tenant_id', type: String, length: 36, nullable: true })
  indirectProviderTenantId: string | null;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;

  @Column({ name: 'ended_at', type: Date, nullable: true })
  endedAt: Date | null;

  @Column({ name: 'ended_by_user_id', type: String, length: 36, nullable: true })
  endedByUserId: string | null;

  @Column({ name: 'ended_by_side', type: String, length: 16, nullable: true })
  endedBySide: EndedBySide | null;

  // Admin relationships (DELEGATED_ADMIN) only; null on reseller relationships.

  /** The approved roles, comma-separated in catalogue order (see rolesColumn). */
  @Column({ type: String, length: 1000, nullable: true, transformer: rolesColumn() })
  roles: AdminRole[] | null;

  /** ISO 8601, as requested (P1D…P2Y). */
  @Column({ type: String, length: 16, nullable: true })
  duration: string | null;

  @Column({ name: 'auto_extend', type: Boolean, default: false })
  autoExtend: boolean;

  @Column({ name: 'activated_at', type: Date, nullable: true })
  activatedAt: Date | null;

  /**
   * When it ends (or ended). A stored ACTIVE row past ends_at reads as EXPIRED, or, with
   * auto_extend, as ACTIVE with a later end, until the sweep writes it down (shared `adminRelationshipAt`).
   */
  @Column({ name: 'ends_at', type: Date, nullable: true })
  endsAt: Date | null;

  /** Unique per partner among its active admin relationships and pending requests. */
  @Column({ name: 'display_name', type: String, length: 50, nullable: true })
  displayName: string | null;

  /** The expiry reminder last sent (30, 7 or 1 days before the end), null for none yet. */
  @Column({ name: 'last_reminder_days', type: Number, nullable: true })
  lastReminderDays: number | null;
}
