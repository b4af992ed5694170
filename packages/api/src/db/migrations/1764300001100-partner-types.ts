import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two tiers, first step (issue 14, DESIGN.md rule 15):
 * - every partner tenant gets a partner type; partners that exist already are DIRECT (customers
 *   keep none). The column is added with ALTER TABLE on both engines (no table rebuild on SQLite)
 *   and filled in place, so nothing is lost;
 * - reseller_authorization: an indirect provider's invitation of an indirect reseller by link
 *   (only the token's SHA-256 hash is kept, unique), INVITED → ACTIVE → TERMINATED. The reseller
 *   is known once it accepts. At most one ACTIVE authorisation per provider and reseller (a
 *   partial unique index, which also settles two accepts of two links at once); each side lists
 *   its own newest first.
 */
export class PartnerTypes1764300001100 implements MigrationInterface {
  name = 'PartnerTypes1764300001100';

  async up(runner: QueryRunner): Promise<void> {
    const time = runner.connection.options.type === 'postgres' ? 'timestamp' : 'datetime';
    await runner.query('ALTER TABLE tenant ADD COLUMN partner_type varchar(24) NULL');
    await runner.query("UPDATE tenant SET partner_type = 'DIRECT' WHERE kind = 'PARTNER'");
    await runner.query(
      `CREATE TABLE reseller_authorization (
         id varchar(36) NOT NULL PRIMARY KEY,
         provider_tenant_id varchar(36) NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
         reseller_tenant_id varchar(36) NULL REFERENCES tenant (id) ON DELETE CASCADE,
         token_hash varchar(64) NOT NULL,
         status varchar(16) NOT NULL,
         locale varchar(2) NOT NULL,
         recipient_email varchar(254) NULL,
         message varchar(2000) NULL,
         invited_by_user_id varchar(36) NOT NULL,
         created_at ${time} NOT NULL,
         expires_at ${time} NOT NULL,
         accepted_at ${time} NULL,
         accepted_by_user_id varchar(36) NULL,
         ended_at ${time} NULL,
         ended_by_user_id varchar(36) NULL,
         ended_by_side varchar(16) NULL
       )`,
    );
    await runner.query('CREATE UNIQUE INDEX ux_reseller_authorization_token ON reseller_authorization (token_hash)');
    await runner.query('CREATE INDEX ix_reseller_authorization_provider ON reseller_authorization (provider_tenant_id, created_at)');
    await runner.query('CREATE INDEX ix_reseller_authorization_reseller ON reseller_authorization (reseller_tenant_id, created_at)');
    await runner.query(
      `CREATE UNIQUE INDEX ux_reseller_authorization_active ON reseller_authorization (provider_tenant_id, reseller_tenant_id) WHERE status = 'ACTIVE'`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE reseller_authorization');
    await runner.query('ALTER TABLE tenant DROP COLUMN partner_type');
  }
}
