import { Column, Entity, PrimaryColumn } from 'typeorm';

export type WebhookDeliveryStatus = 'PENDING' | 'SUCCEEDED' | 'FAILED';

/** One event to one endpoint: its attempts, the last outcome and when to try next. */
@Entity({ name: 'webhook_delivery' })
export class WebhookDeliveryEntity {
  @PrimaryColumn({ type: String, length: 36 })
  id: string;

  @Column({ name: 'event_id', type: String, length: 40 })
  eventId: string;

  @Column({ name: 'endpoint_id', type: String, length: 36 })
  endpointId: string;

  @Column({ name: 'partner_tenant_id', type: String, length: 36 })
  partnerTenantId: string;

  @Column({ type: String, length: 16 })
  status: WebhookDeliveryStatus;

  @Column({ type: Number })
  attempts: number;

  /** When a PENDING delivery is due; null once it SUCCEEDED or FAILED. */
  @Column({ name: 'next_attempt_at', type: Date, nullable: true })
  nextAttemptAt: Date | null;

  /** A dispatcher's lease while it sends; others skip the row until it passes. */
  @Column({ name: 'locked_until', type: Date, nullable: true })
  lockedUntil: Date | null;

  @Column({ name: 'last_attempt_at', type: Date, nullable: true })
  lastAttemptAt: Date | null;

  @Column({ name: 'last_status_code', type: Number, nullable: true })
  lastStatusCode: number | null;

  @Column({ name: 'last_error', type: String, length: 300, nullable: true })
  lastError: string | null;

  @Column({ name: 'last_duration_ms', type: Number, nullable: true })
  lastDurationMs: number | null;

  @Column({ name: 'delivered_at', type: Date, nullable: true })
  deliveredAt: Date | null;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;
}
