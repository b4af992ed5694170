import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A partner's active admin relationships (GDAP) in the order of their customers' names: the
 * RESELLER_AND_ADMIN list walks them (customer.repository.ts, candidatesOf) and probes each
 * customer for a reseller relationship. Before, it walked all of the partner's active
 * relationships and probed each for both: for a partner with admin access to a third of its
 * customers, four rows read per customer listed. A customer has at most one active admin
 * relationship per partner (ux_relationship_active), so the walk needs no de-duplication either.
 */
export class RelationshipAdminNameOrder1764300001900 implements MigrationInterface {
  name = 'RelationshipAdminNameOrder1764300001900';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      "CREATE INDEX ix_relationship_partner_admin_name ON relationship (partner_tenant_id, customer_name_key, customer_tenant_id) WHERE status = 'ACTIVE' AND type = 'DELEGATED_ADMIN'",
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX ix_relationship_partner_admin_name');
  }
}
