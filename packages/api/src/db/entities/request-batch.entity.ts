import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { BatchStatus, ErrorCode, Locale, StoredBatchRowStatus } from '@partnerlink/shared';

/**
 * A batch of relationship requests (DESIGN.md rule 16): one partner's submission of up to 5,000
 * rows under an idempotency key. What it asked for is stored once here; each row and its verdict
 * in relationship_request_batch_row. The counts of the verdicts never change after creation; what
 * happens later (emails, answers) is counted from the rows.
 */
@Entity({ name: 'relationship_request_batch' })
export class RequestBatchEntity {
  @PrimaryColumn({ type: String, length: 36 })
  id: string;

  @Column({ name: 'partner_tenant_id', type: String, length: 36 })
  partnerTenantId: string;

  /** The partner's key for the submission: unique per partner, so a retry returns this batch. */
  @Column({ name: 'idempotency_key', type: String, length: 100 })
  idempotencyKey: string;

  /** SHA-256 of what was submitted: the same key with other rows or options is IDEMPOTENCY_KEY_REUSED. */
  @Column({ name: 'input_hash', type: String, length: 64 })
  inputHash: string;

  /** SENDING while its emails go out, then COMPLETED (never DRY_RUN: dry runs are not stored). */
  @Column({ type: String, length: 16 })
  status: BatchStatus;

  /** Whether Partnerlink emails the links (false: the partner took them from the response). */
  @Column({ type: Boolean })
  send: boolean;

  @Column({ type: String, length: 2 })
  locale: Locale;

  @Column({ name: 'indirect_provider_tenant_id', type: String, length: 36, nullable: true })
  indirectProviderTenantId: string | null;

  @Column({ name: 'total_rows', type: 'integer' })
  totalRows: number;

  @Column({ name: 'created_rows', type: 'integer' })
  createdRows: number;

  @Column({ name: 'blocked_rows', type: 'integer' })
  blockedRows: number;

  @Column({ name: 'invalid_rows', type: 'integer' })
  invalidRows: number;

  @Column({ name: 'created_by_user_id', type: String, length: 36 })
  createdByUserId: string;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;

  /** When nothing was left to do: at creation without sending, else when the last email went out or failed. */
  @Column({ name: 'completed_at', type: Date, nullable: true })
  completedAt: Date | null;
}

/** One row of a batch as submitted, its verdict and, when it became a request, that request and its email. */
@Entity({ name: 'relationship_request_batch_row' })
export class RequestBatchRowEntity {
  @PrimaryColumn({ name: 'batch_id', type: String, length: 36 })
  batchId: string;

  /** 1-based, in the order submitted. */
  @PrimaryColumn({ name: 'row_number', type: 'integer' })
  rowNumber: number;

  @Column({ type: 'text', nullable: true })
  domain: string | null;

  @Column({ name: 'customer_id', type: 'text', nullable: true })
  customerId: string | null;

  @Column({ name: 'recipient_email', type: 'text' })
  recipientEmail: string;

  @Column({ name: 'recipient_name', type: 'text', nullable: true })
  recipientName: string | null;

  @Column({ name: 'company_name', type: 'text', nullable: true })
  companyName: string | null;

  @Column({ type: String, length: 16 })
  status: StoredBatchRowStatus;

  /** INVALID and BLOCKED rows: the error code the single mutation would give, the reason, the field and the reason's parameters and details (JSON). */
  @Column({ name: 'error_code', type: String, length: 32, nullable: true })
  errorCode: ErrorCode | null;

  @Column({ type: String, length: 48, nullable: true })
  reason: string | null;

  @Column({ type: String, length: 32, nullable: true })
  field: string | null;

  @Column({ type: 'text', nullable: true })
  params: string | null;

  /** INVALID and BLOCKED rows: the English sentence the single mutation would give. */
  @Column({ type: 'text', nullable: true })
  message: string | null;

  @Column({ name: 'request_id', type: String, length: 36, nullable: true })
  requestId: string | null;

  @Column({ name: 'sent_at', type: Date, nullable: true })
  sentAt: Date | null;

  /** SEND_FAILED: why (MAIL_REFUSED, EMAIL_LIMIT, INTERRUPTED, NOT_PENDING). */
  @Column({ name: 'send_error', type: String, length: 32, nullable: true })
  sendError: string | null;
}
