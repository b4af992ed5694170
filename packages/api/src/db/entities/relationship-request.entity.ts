import { Column, Entity, PrimaryColumn } from 'typeorm';
import { rolesColumn } from './roles-column.js';
import type { AdminRole, DeclineReason, Locale, RelationshipRequestStatus } from '@partnerlink/shared';

@Entity({ name: 'relationship_request' })
export class RelationshipRequestEntity {
  @PrimaryColumn({ type: String, length: 36 })
  id: string;

  @Column({ name: 'partner_tenant_id', type: String, length: 36 })
  partnerTenantId: string;

  /** Set when the request was made for a known customer: only that tenant may answer. */
  @Column({ name: 'customer_tenant_id', type: String, length: 36, nullable: true })
  customerTenantId: string | null;

  /**
   * The domain of the organisation the request is for, lower-case: set with customer_tenant_id when
   * the customer is known, alone for a domain no tenant has yet. Only a tenant with this domain may answer.
   */
  @Column({ name: 'pinned_domain', type: String, length: 253, nullable: true })
  pinnedDomain: string | null;

  /** The indirect provider an indirect reseller's request names (DESIGN.md rule 15): accepting makes it reseller of record. */
  @Column({ name: 'indirect_provider_tenant_id', type: String, length: 36, nullable: true })
  indirectProviderTenantId: string | null;

  /** Whom the partner sends the link to (lower-case); null on requests made before recipients existed. */
  @Column({ name: 'recipient_email', type: String, length: 254, nullable: true })
  recipientEmail: string | null;

  @Column({ name: 'recipient_name', type: String, length: 120, nullable: true })
  recipientName: string | null;

  /** SHA-256 of the link token; the token itself is only ever returned once. */
  @Column({ name: 'token_hash', type: String, length: 64 })
  tokenHash: string;

  /** Stored status; PENDING past expires_at reads as EXPIRED (see effectiveStatus). */
  @Column({ type: String, length: 16 })
  status: RelationshipRequestStatus;

  /** Whether accepting creates a reseller relationship (false: an admin-only request). */
  @Column({ name: 'includes_reseller', type: Boolean, default: true })
  includesReseller: boolean;

  /** Whether admin access is asked for: adminRoles is set exactly when this is true. */
  @Column({ name: 'includes_delegated_admin', type: Boolean })
  includesDelegatedAdmin: boolean;

  /** The admin roles asked for, in catalogue order; null when no admin access is asked for. */
  @Column({ name: 'admin_roles', type: String, length: 1000, nullable: true, transformer: rolesColumn() })
  adminRoles: AdminRole[] | null;

  @Column({ name: 'admin_duration', type: String, length: 16, nullable: true })
  adminDuration: string | null;

  @Column({ name: 'admin_auto_extend', type: Boolean, default: false })
  adminAutoExtend: boolean;

  @Column({ name: 'admin_display_name', type: String, length: 50, nullable: true })
  adminDisplayName: string | null;

  /** The roles the customer approved (a non-empty subset of adminRoles), once accepted. */
  @Column({ name: 'approved_roles', type: String, length: 1000, nullable: true, transformer: rolesColumn() })
  approvedRoles: AdminRole[] | null;

  @Column({ type: String, length: 2 })
  locale: Locale;

  @Column({ type: String, length: 2000, nullable: true })
  message: string | null;

  @Column({ name: 'created_by_user_id', type: String, length: 36 })
  createdByUserId: string;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;

  @Column({ name: 'expires_at', type: Date })
  expiresAt: Date;

  @Column({ name: 'viewed_at', type: Date, nullable: true })
  viewedAt: Date | null;

  @Column({ name: 'link_rotated_at', type: Date, nullable: true })
  linkRotatedAt: Date | null;

  /** The last address the server emailed the invitation to. */
  @Column({ name: 'sent_to', type: String, length: 254, nullable: true })
  sentTo: string | null;

  @Column({ name: 'sent_at', type: Date, nullable: true })
  sentAt: Date | null;

  @Column({ name: 'answered_at', type: Date, nullable: true })
  answeredAt: Date | null;

  @Column({ name: 'answered_by_user_id', type: String, length: 36, nullable: true })
  answeredByUserId: string | null;

  @Column({ name: 'answered_by_tenant_id', type: String, length: 36, nullable: true })
  answeredByTenantId: string | null;

  /** Why the customer declined, when they said. */
  @Column({ name: 'decline_reason', type: String, length: 16, nullable: true })
  declineReason: DeclineReason | null;

  /** The customer's own words when declining (required with OTHER). */
  @Column({ name: 'decline_reason_text', type: String, length: 500, nullable: true })
  declineReasonText: string | null;

  @Column({ name: 'revoked_at', type: Date, nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_by_user_id', type: String, length: 36, nullable: true })
  revokedByUserId: string | null;
}
