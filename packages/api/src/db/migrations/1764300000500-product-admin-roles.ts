import type { MigrationInterface, QueryRunner } from 'typeorm';
import { PRODUCT_ADMIN_ROLES } from '@partnerlink/shared';

/**
 * The product catalogue lists, per product, the admin roles that let a partner change a
 * subscription it did not provision (GDAP, DESIGN.md rule 14; shared product-admin-roles.ts):
 * `product.admin_roles`, comma-separated in catalogue order like `relationship.roles`.
 *
 * The products that exist get their list from shared `PRODUCT_ADMIN_ROLES`; any other product
 * keeps NULL, which reads as its kind's list (shared `productAdminRoles`), so no product becomes
 * changeable without admin roles.
 *
 * Also an index for the customer list's "admin access expiring" filter and count: a partner's
 * ACTIVE admin relationships by their end, a range of one index whatever the partner's size.
 * Partial indexes work on both engines (the ones of 1764000000000 are too).
 */
export class ProductAdminRoles1764300000500 implements MigrationInterface {
  name = 'ProductAdminRoles1764300000500';

  async up(runner: QueryRunner): Promise<void> {
    const postgres = runner.connection.options.type === 'postgres';
    const p = (n: number) => (postgres ? `$${n}` : '?');
    await runner.query('ALTER TABLE product ADD COLUMN admin_roles varchar(1000) NULL');
    for (const [id, roles] of Object.entries(PRODUCT_ADMIN_ROLES)) {
      await runner.query(`UPDATE product SET admin_roles = ${p(1)} WHERE id = ${p(2)}`, [roles.join(','), id]);
    }
    await runner.query(
      `CREATE INDEX ix_relationship_admin_ends ON relationship (partner_tenant_id, ends_at)
        WHERE status = 'ACTIVE' AND type = 'DELEGATED_ADMIN'`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX ix_relationship_admin_ends');
    await runner.query('ALTER TABLE product DROP COLUMN admin_roles');
  }
}
