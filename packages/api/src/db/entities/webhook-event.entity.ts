import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The outbox: one row per event, written in the transaction of the change it announces. */
@Entity({ name: 'webhook_event' })
export class WebhookEventEntity {
  /** The Standard Webhooks message id (`webhook-id`), the same on every attempt. */
  @PrimaryColumn({ type: String, length: 40 })
  id: string;

  @Column({ name: 'partner_tenant_id', type: String, length: 36 })
  partnerTenantId: string;

  /** The wire name, e.g. `reseller-relationship-accepted-by-customer` or `test`. */
  @Column({ type: String, length: 60 })
  type: string;

  /** The exact JSON body that is signed and sent. */
  @Column({ type: 'text' })
  payload: string;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;
}
