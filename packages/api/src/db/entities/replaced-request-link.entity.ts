import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A link a renewal replaced: the hash of its token (the token itself is never stored), for "replaced by a newer link". */
@Entity({ name: 'replaced_request_link' })
export class ReplacedRequestLinkEntity {
  /** SHA-256 of the old token, as `relationship_request.token_hash` held it. */
  @PrimaryColumn({ name: 'token_hash', type: String, length: 64 })
  tokenHash: string;

  @Column({ name: 'request_id', type: String, length: 36 })
  requestId: string;

  @Column({ name: 'replaced_at', type: Date })
  replacedAt: Date;
}
