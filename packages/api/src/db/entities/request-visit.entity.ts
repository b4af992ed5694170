import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A customer tenant opened an open link (one pinned to no customer) while one of its users was
 * signed in: the request then shows in that tenant's inbox, and its global admin may answer it by
 * id. The visit holds the hash of the link it came through: once the partner replaces the link,
 * the visit no longer counts (the newer link has to reach the customer again).
 */
@Entity({ name: 'request_visit' })
export class RequestVisitEntity {
  @PrimaryColumn({ name: 'request_id', type: String, length: 36 })
  requestId: string;

  @PrimaryColumn({ name: 'customer_tenant_id', type: String, length: 36 })
  customerTenantId: string;

  /** SHA-256 of the token of the link opened, as `relationship_request.token_hash` held it then. */
  @Column({ name: 'token_hash', type: String, length: 64 })
  tokenHash: string;

  @Column({ name: 'visited_at', type: Date })
  visitedAt: Date;
}
