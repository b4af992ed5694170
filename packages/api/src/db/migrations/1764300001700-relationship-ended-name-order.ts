import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A partner's ended relationships in the order of their customers' names, whatever the ended
 * status: the FORMER list walks them (customer.repository.ts, candidatesOf). In
 * ix_relationship_partner_name each ended status is a range of its own, so a FORMER page read all
 * of the partner's ended relationships and sorted them (the benchmark's big partner: 2,000, 37 ms
 * on PostgreSQL); one partial index for all of them keeps the name order, and a page stops after
 * its rows. The statement states the same `status <> 'ACTIVE'` as the index, so both engines use it.
 */
export class RelationshipEndedNameOrder1764300001700 implements MigrationInterface {
  name = 'RelationshipEndedNameOrder1764300001700';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      "CREATE INDEX ix_relationship_partner_ended_name ON relationship (partner_tenant_id, customer_name_key, customer_tenant_id) WHERE status <> 'ACTIVE'",
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX ix_relationship_partner_ended_name');
  }
}
