import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Answers the partner can act on (issue 13, item 3):
 * - a decline may carry a reason (`DeclineReason`) and a text;
 * - a refused accept (wrong market or cloud, not a global admin) is logged for the partner at most
 *   once per request, user and reason an hour: `accept_refusal` holds the hours already logged, its
 *   primary key settles two instances logging the same attempt at once;
 * - each partner user chooses whether to be emailed when a customer answers their request
 *   (`notify_on_answer`) and whether to get the daily digest of their requests expiring within 7
 *   days (`notify_digest`); `last_digest_on` (YYYY-MM-DD, UTC) is the day the last digest was
 *   claimed, so each user gets at most one a day, also with two instances sweeping.
 * Existing users are notified (both default to true); columns are added with ALTER TABLE on both
 * engines (no table rebuild on SQLite).
 */
export class Answers1764300000900 implements MigrationInterface {
  name = 'Answers1764300000900';

  async up(runner: QueryRunner): Promise<void> {
    const postgres = runner.connection.options.type === 'postgres';
    const yes = postgres ? 'true' : '1';
    await runner.query('ALTER TABLE relationship_request ADD COLUMN decline_reason varchar(16) NULL');
    await runner.query('ALTER TABLE relationship_request ADD COLUMN decline_reason_text varchar(500) NULL');
    await runner.query(`ALTER TABLE app_user ADD COLUMN notify_on_answer boolean NOT NULL DEFAULT ${yes}`);
    await runner.query(`ALTER TABLE app_user ADD COLUMN notify_digest boolean NOT NULL DEFAULT ${yes}`);
    await runner.query('ALTER TABLE app_user ADD COLUMN last_digest_on varchar(10) NULL');
    await runner.query(
      `CREATE TABLE accept_refusal (
         request_id varchar(36) NOT NULL,
         user_id varchar(36) NOT NULL,
         reason varchar(32) NOT NULL,
         window_hour integer NOT NULL,
         PRIMARY KEY (request_id, user_id, reason, window_hour)
       )`,
    );
    await runner.query('CREATE INDEX ix_accept_refusal_hour ON accept_refusal (window_hour)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX ix_accept_refusal_hour');
    await runner.query('DROP TABLE accept_refusal');
    for (const column of ['last_digest_on', 'notify_digest', 'notify_on_answer']) await runner.query(`ALTER TABLE app_user DROP COLUMN ${column}`);
    for (const column of ['decline_reason_text', 'decline_reason']) await runner.query(`ALTER TABLE relationship_request DROP COLUMN ${column}`);
  }
}
