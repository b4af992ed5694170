import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Default admin-access names are numbered by a counter per partner and name (admin_name_counter,
 * admin-display-name.ts) instead of a search for the first free number under a lock per partner:
 * on PostgreSQL the lock made every request with admin access of one partner wait for the one
 * before it, and the search grew with the names given that day (the benchmark's big partner:
 * seconds at p99). The counters start empty: names given before the upgrade are found taken when
 * a number is tried, and the counter moves past them. The same table on both engines.
 */
export class AdminNameCounters1764300001800 implements MigrationInterface {
  name = 'AdminNameCounters1764300001800';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE TABLE admin_name_counter (
         partner_tenant_id varchar(36) NOT NULL,
         name varchar(50) NOT NULL,
         day varchar(10) NOT NULL,
         last_number integer NOT NULL,
         PRIMARY KEY (partner_tenant_id, name)
       )`,
    );
    await runner.query('CREATE INDEX ix_admin_name_counter_day ON admin_name_counter (day)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX ix_admin_name_counter_day');
    await runner.query('DROP TABLE admin_name_counter');
  }
}
