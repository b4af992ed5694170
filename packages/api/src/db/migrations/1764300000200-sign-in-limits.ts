import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The sign-in limiters' counters on PostgreSQL (security/sign-in-limits.ts): rate-limiter-flexible's
 * own table layout (`key`, `points`, `expire` in epoch milliseconds), created here rather than by
 * the library at start, so that instances never race to create it and the schema stays in
 * migrations. Created on SQLite as well, for one schema on both engines; the single SQLite
 * process counts in memory and leaves the table empty.
 */
export class SignInLimits1764300000200 implements MigrationInterface {
  name = 'SignInLimits1764300000200';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'sign_in_limit',
        columns: [
          // `<limiter>:<key>`, e.g. `sign-in.pair:<sha-256 of email and address>`.
          { name: 'key', type: 'varchar', length: '255', isPrimary: true },
          { name: 'points', type: 'integer', default: 0 },
          { name: 'expire', type: 'bigint', isNullable: true },
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('sign_in_limit', true);
  }
}
