import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AuthorizationSide, Locale, StoredAuthorizationStatus } from '@partnerlink/shared';

/** An indirect provider's authorisation of an indirect reseller (DESIGN.md rule 15). */
@Entity({ name: 'reseller_authorization' })
export class ResellerAuthorizationEntity {
  @PrimaryColumn({ type: String, length: 36 })
  id: string;

  @Column({ name: 'provider_tenant_id', type: String, length: 36 })
  providerTenantId: string;

  /** The reseller who accepted; null while the invitation waits. */
  @Column({ name: 'reseller_tenant_id', type: String, length: 36, nullable: true })
  resellerTenantId: string | null;

  /** SHA-256 of the link token; the token itself is only ever returned once. */
  @Column({ name: 'token_hash', type: String, length: 64 })
  tokenHash: string;

  /** Stored status; INVITED past expires_at reads as EXPIRED (see effectiveAuthorizationStatus). */
  @Column({ type: String, length: 16 })
  status: StoredAuthorizationStatus;

  @Column({ type: String, length: 2 })
  locale: Locale;

  @Column({ name: 'recipient_email', type: String, length: 254, nullable: true })
  recipientEmail: string | null;

  @Column({ type: String, length: 2000, nullable: true })
  message: string | null;

  @Column({ name: 'invited_by_user_id', type: String, length: 36 })
  invitedByUserId: string;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;

  @Column({ name: 'expires_at', type: Date })
  expiresAt: Date;

  @Column({ name: 'accepted_at', type: Date, nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'accepted_by_user_id', type: String, length: 36, nullable: true })
  acceptedByUserId: string | null;

  @Column({ name: 'ended_at', type: Date, nullable: true })
  endedAt: Date | null;

  @Column({ name: 'ended_by_user_id', type: String, length: 36, nullable: true })
  endedByUserId: string | null;

  @Column({ name: 'ended_by_side', type: String, length: 16, nullable: true })
  endedBySide: AuthorizationSide | null;
}
