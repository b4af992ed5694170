import { Entity, PrimaryColumn } from 'typeorm';

/**
 * A refused accept already logged for the partner (ACCEPT_REFUSED): one row per request, user,
 * reason and hour, so a customer retrying cannot fill the partner's log. The sweep forgets rows
 * older than a day.
 */
@Entity({ name: 'accept_refusal' })
export class AcceptRefusalEntity {
  @PrimaryColumn({ name: 'request_id', type: String, length: 36 })
  requestId: string;

  @PrimaryColumn({ name: 'user_id', type: String, length: 36 })
  userId: string;

  @PrimaryColumn({ type: String, length: 32 })
  reason: string;

  /** Hours since 1970 (shared `refusalWindowHour`). */
  @PrimaryColumn({ name: 'window_hour', type: Number })
  windowHour: number;
}
