import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Fixed-window rate-limit counters shared by all instances on PostgreSQL
 * (security/postgres-rate-limit-store.ts). Created on SQLite as well, so both engines have one
 * schema; the single SQLite process counts in memory and leaves the table empty.
 *
 * The window end is `timestamptz` on PostgreSQL, unlike the other tables' `timestamp`: it is only
 * ever written and compared with the database's own `now()`, and with a time zone it means the
 * same instant whatever TimeZone each instance's session runs with.
 */
export class RateLimits1764200000000 implements MigrationInterface {
  name = 'RateLimits1764200000000';

  async up(runner: QueryRunner): Promise<void> {
    const postgres = runner.connection.options.type === 'postgres';
    await runner.createTable(
      new Table({
        name: 'rate_limit',
        columns: [
          // `<limiter>:<key>`, e.g. `sign-in.email:anna@example.com`; longer keys are hashed.
          { name: 'key', type: 'varchar', length: '300', isPrimary: true },
          { name: 'count', type: 'integer' },
          { name: 'window_ends_at', type: postgres ? 'timestamptz' : 'datetime' },
        ],
        // For the periodic delete of ended windows.
        indices: [new TableIndex({ name: 'ix_rate_limit_window_ends_at', columnNames: ['window_ends_at'] })],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('rate_limit', true);
  }
}
