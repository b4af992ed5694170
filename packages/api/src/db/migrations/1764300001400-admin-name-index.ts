import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The names of a partner's active admin relationships are looked up by name whenever a request
 * with admin access is made (they must be unique among its active admin relationships and pending
 * requests, admin-display-name.ts). The pending requests had an index for it (ux_request_admin_name);
 * the relationships did not, so each look-up read all of the partner's relationships: 100 ms for a
 * partner with 100,000 customers (npm run bench). An index only, the same on both engines.
 */
export class AdminNameIndex1764300001400 implements MigrationInterface {
  name = 'AdminNameIndex1764300001400';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE INDEX ix_relationship_admin_name ON relationship (partner_tenant_id, display_name)
       WHERE status = 'ACTIVE' AND display_name IS NOT NULL`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX ix_relationship_admin_name');
  }
}
