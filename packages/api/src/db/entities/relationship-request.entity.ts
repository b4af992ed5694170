import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Locale, RelationshipRequestStatus } from '@partnerlink/shared';

@Entity({ name: 'relationship_request' })
export class RelationshipRequestEntity {
  @PrimaryColumn({ type: String, length: 36 })
  id: string;

  @Column({ name: 'partner_tenant_id', type: String, length: 36 })
  partnerTenantId: string;

  /** Set when the request was made for a known customer: only that tenant may answer. */
  @Column({ name: 'customer_tenant_id', type: String, length: 36, nullable: true })
  customerTenantId: string | null;

  /** SHA-256 of the link token; the token itself is only ever returned once. */
  @Column({ name: 'token_hash', type: String, length: 64 })
  tokenHash: string;

  /** Stored status; PENDING past expires_at reads as EXPIRED (see effectiveStatus). */
  @Column({ type: String, length: 16 })
  status: RelationshipRequestStatus;

  @Column({ name: 'includes_delegated_admin', type: Boolean })
  includesDelegatedAdmin: boolean;

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

  @Column({ name: 'revoked_at', type: Date, nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_by_user_id', type: String, length: 36, nullable: true })
  revokedByUserId: string | null;
}
