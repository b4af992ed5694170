import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ActivityType } from '@partnerlink/shared';

@Entity({ name: 'activity' })
export class ActivityEntity {
  @PrimaryColumn({ type: String, length: 36 })
  id: string;

  /** The partner whose log shows this entry. */
  @Column({ name: 'partner_tenant_id', type: String, length: 36 })
  partnerTenantId: string;

  @Column({ name: 'customer_tenant_id', type: String, length: 36, nullable: true })
  customerTenantId: string | null;

  @Column({ type: String, length: 40 })
  type: ActivityType;

  /** Null when the system did it (e.g. noticing an expiry). */
  @Column({ name: 'actor_user_id', type: String, length: 36, nullable: true })
  actorUserId: string | null;

  @Column({ name: 'actor_tenant_id', type: String, length: 36, nullable: true })
  actorTenantId: string | null;

  @Column({ name: 'subject_id', type: String, length: 36 })
  subjectId: string;

  /** A short human summary, written at the time of the change. */
  @Column({ type: String, length: 500 })
  summary: string;

  /** The entry's facts as JSON (ActivityParamsByType in @partnerlink/shared); null on entries older than them. */
  @Column({ type: 'text', nullable: true })
  params: string | null;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;
}
