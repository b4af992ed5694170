import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two tiers, second step (issue 14, DESIGN.md rule 15): customers invited through an indirect
 * provider. Columns only, each added with ALTER TABLE on both engines (no table rebuild on
 * SQLite) and null on every existing row, so nothing is lost and direct partners read as before:
 * - relationship_request.indirect_provider_tenant_id: the provider an indirect reseller's request
 *   names (indexed with the reseller, for revoking its pending requests when the authorisation ends);
 * - relationship.indirect_provider_tenant_id: on a reseller's INDIRECT_RESELLER relationship, the
 *   provider who holds the RESELLER relationship; indexed for the provider's list ("through which
 *   reseller", and its filter by reseller);
 * - purchase_order and subscription.associated_partner_tenant_id: the indirect reseller a
 *   provider's order is tagged with; indexed so the reseller reads its customers' subscriptions;
 * - relationship.type widens to 24 characters for INDIRECT_RESELLER (PostgreSQL enforces the
 *   length, SQLite does not: there nothing changes).
 */
export class TwoTierRequests1764300001200 implements MigrationInterface {
  name = 'TwoTierRequests1764300001200';

  async up(runner: QueryRunner): Promise<void> {
    if (runner.connection.options.type === 'postgres') await runner.query('ALTER TABLE relationship ALTER COLUMN type TYPE varchar(24)');
    await runner.query('ALTER TABLE relationship_request ADD COLUMN indirect_provider_tenant_id varchar(36) NULL');
    await runner.query('ALTER TABLE relationship ADD COLUMN indirect_provider_tenant_id varchar(36) NULL');
    await runner.query('ALTER TABLE purchase_order ADD COLUMN associated_partner_tenant_id varchar(36) NULL');
    await runner.query('ALTER TABLE subscription ADD COLUMN associated_partner_tenant_id varchar(36) NULL');
    await runner.query(
      `CREATE INDEX ix_request_indirect_provider ON relationship_request (indirect_provider_tenant_id, partner_tenant_id)
       WHERE indirect_provider_tenant_id IS NOT NULL AND status = 'PENDING'`,
    );
    await runner.query(
      `CREATE INDEX ix_relationship_indirect_provider ON relationship (indirect_provider_tenant_id, customer_tenant_id)
       WHERE indirect_provider_tenant_id IS NOT NULL`,
    );
    await runner.query(
      `CREATE INDEX ix_subscription_associated_partner ON subscription (associated_partner_tenant_id, customer_tenant_id)
       WHERE associated_partner_tenant_id IS NOT NULL`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX ix_subscription_associated_partner');
    await runner.query('DROP INDEX ix_relationship_indirect_provider');
    await runner.query('DROP INDEX ix_request_indirect_provider');
    await runner.query('ALTER TABLE subscription DROP COLUMN associated_partner_tenant_id');
    await runner.query('ALTER TABLE purchase_order DROP COLUMN associated_partner_tenant_id');
    await runner.query('ALTER TABLE relationship DROP COLUMN indirect_provider_tenant_id');
    await runner.query('ALTER TABLE relationship_request DROP COLUMN indirect_provider_tenant_id');
  }
}
