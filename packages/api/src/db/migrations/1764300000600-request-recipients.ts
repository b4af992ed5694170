import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every request says whom it is for (DESIGN.md rule 13): a recipient (email, optional name) and,
 * when pinned, the customer's domain. A request may now be pinned by a domain no tenant has yet.
 *
 * Existing rows keep what they had: requests pinned to a customer tenant get that tenant's domain
 * as `pinned_domain` (domains are unique among tenants), open links stay open, and no recipient is
 * invented for old rows (the tracker shows them as before).
 *
 * At most one PENDING request per partner and pinned domain, as the pair index does for tenant
 * ids: the existing rows cannot break it, because they have at most one PENDING request per
 * partner and customer and each customer has its own domain.
 */
export class RequestRecipients1764300000600 implements MigrationInterface {
  name = 'RequestRecipients1764300000600';

  async up(runner: QueryRunner): Promise<void> {
    for (const column of ['recipient_email varchar(254) NULL', 'recipient_name varchar(120) NULL', 'pinned_domain varchar(253) NULL']) {
      await runner.query(`ALTER TABLE relationship_request ADD COLUMN ${column}`);
    }
    await runner.query(
      `UPDATE relationship_request
          SET pinned_domain = (SELECT t.domain FROM tenant t WHERE t.id = relationship_request.customer_tenant_id)
        WHERE customer_tenant_id IS NOT NULL`,
    );
    await runner.query(
      `CREATE UNIQUE INDEX ux_request_pending_domain ON relationship_request (partner_tenant_id, pinned_domain)
        WHERE status = 'PENDING' AND pinned_domain IS NOT NULL`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX ux_request_pending_domain');
    for (const column of ['pinned_domain', 'recipient_name', 'recipient_email']) {
      await runner.query(`ALTER TABLE relationship_request DROP COLUMN ${column}`);
    }
  }
}
