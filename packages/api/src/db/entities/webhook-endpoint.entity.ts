import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A partner's receiver of webhooks. The signing secret is stored only encrypted. */
@Entity({ name: 'webhook_endpoint' })
export class WebhookEndpointEntity {
  @PrimaryColumn({ type: String, length: 36 })
  id: string;

  @Column({ name: 'partner_tenant_id', type: String, length: 36 })
  partnerTenantId: string;

  @Column({ type: String, length: 2048 })
  url: string;

  @Column({ type: String, length: 500 })
  description: string;

  /** Subscribed event types (wire names), comma-separated. */
  @Column({ type: String, length: 1000 })
  events: string;

  @Column({ type: Boolean })
  enabled: boolean;

  /** AES-256-GCM of the `whsec_…` secret (see webhook-signing.ts). */
  @Column({ name: 'secret_ciphertext', type: String, length: 200 })
  secretCiphertext: string;

  @Column({ name: 'consecutive_failures', type: Number })
  consecutiveFailures: number;

  /** Set after repeated failed attempts; cleared by the next success. */
  @Column({ name: 'failing_since', type: Date, nullable: true })
  failingSince: Date | null;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;

  @Column({ name: 'updated_at', type: Date })
  updatedAt: Date;
}
