import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PartnerRole } from '@partnerlink/shared';

@Entity({ name: 'app_user' })
export class UserEntity {
  @PrimaryColumn({ type: String, length: 36 })
  id: string;

  @Column({ name: 'tenant_id', type: String, length: 36 })
  tenantId: string;

  @Column({ type: String, length: 254 })
  email: string;

  @Column({ name: 'display_name', type: String, length: 120 })
  displayName: string;

  @Column({ name: 'password_hash', type: String, length: 255 })
  passwordHash: string;

  /** Comma-separated PartnerRole values. */
  @Column({ type: String, length: 200 })
  roles: string;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;

  /** Email me when a customer accepts or declines one of my requests. */
  @Column({ name: 'notify_on_answer', type: Boolean, default: true })
  notifyOnAnswer: boolean;

  /** Email me a daily digest of my pending requests expiring within 7 days. */
  @Column({ name: 'notify_digest', type: Boolean, default: true })
  notifyDigest: boolean;

  /** The day (YYYY-MM-DD, UTC) the last digest was claimed for this user: at most one a day. */
  @Column({ name: 'last_digest_on', type: String, length: 10, nullable: true })
  lastDigestOn: string | null;
}

export function rolesOf(user: Pick<UserEntity, 'roles'>): PartnerRole[] {
  return user.roles.split(',').filter(Boolean) as PartnerRole[];
}
