import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'api_key' })
export class ApiKeyEntity {
  @PrimaryColumn({ type: String, length: 36 })
  id: string;

  @Column({ name: 'partner_tenant_id', type: String, length: 36 })
  partnerTenantId: string;

  @Column({ type: String, length: 80 })
  name: string;

  /** Comma-separated ApiKeyScope values. */
  @Column({ type: String, length: 40 })
  scopes: string;

  /** The first characters of the secret, to recognise it in lists. */
  @Column({ type: String, length: 16 })
  prefix: string;

  /** SHA-256 of the secret; the secret itself is shown once and never stored. */
  @Column({ name: 'secret_hash', type: String, length: 64 })
  secretHash: string;

  @Column({ name: 'created_by_user_id', type: String, length: 36 })
  createdByUserId: string;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;

  @Column({ name: 'expires_at', type: Date, nullable: true })
  expiresAt: Date | null;

  @Column({ name: 'last_used_at', type: Date, nullable: true })
  lastUsedAt: Date | null;

  @Column({ name: 'revoked_at', type: Date, nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_by_user_id', type: String, length: 36, nullable: true })
  revokedByUserId: string | null;
}
