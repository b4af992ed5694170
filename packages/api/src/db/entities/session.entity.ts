import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'session' })
export class SessionEntity {
  @PrimaryColumn({ type: String, length: 36 })
  id: string;

  @Column({ name: 'user_id', type: String, length: 36 })
  userId: string;

  /** HMAC of the token; the token itself is never stored. */
  @Column({ name: 'token_hash', type: String, length: 64 })
  tokenHash: string;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;

  @Column({ name: 'expires_at', type: Date })
  expiresAt: Date;
}
