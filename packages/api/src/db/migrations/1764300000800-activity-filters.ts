import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The activity log filtered by customer (the customer detail page, and the log's customer
 * filter): a partner's entries about one customer, newest first, as one range of an index
 * whatever the size of the log. The other filters (type, actor, time) narrow the partner's own
 * range of ix_activity_partner_created.
 */
export class ActivityFilters1764300000800 implements MigrationInterface {
  name = 'ActivityFilters1764300000800';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE INDEX ix_activity_partner_customer ON activity (partner_tenant_id, customer_tenant_id, created_at, id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX ix_activity_partner_customer');
  }
}
