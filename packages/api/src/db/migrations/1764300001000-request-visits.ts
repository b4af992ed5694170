import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The customer's inbox (issue 13 item 6): which customer tenant opened which open link, through
 * which token (its hash). Same table on both engines; nothing to carry over (visits before this
 * migration were not recorded: those customers open the link again, or answer from the email).
 * Two indexes serve the inbox: the links a tenant opened, and the pending requests pinned to a domain.
 */
export class RequestVisits1764300001000 implements MigrationInterface {
  name = 'RequestVisits1764300001000';

  async up(runner: QueryRunner): Promise<void> {
    const time = runner.connection.options.type === 'postgres' ? 'timestamp' : 'datetime';
    await runner.createTable(
      new Table({
        name: 'request_visit',
        columns: [
          { name: 'request_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'customer_tenant_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'token_hash', type: 'varchar', length: '64' },
          { name: 'visited_at', type: time },
        ],
        foreignKeys: [
          { columnNames: ['request_id'], referencedTableName: 'relationship_request', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
          { columnNames: ['customer_tenant_id'], referencedTableName: 'tenant', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
        ],
      }),
    );
    await runner.createIndex('request_visit', new TableIndex({ name: 'ix_request_visit_customer', columnNames: ['customer_tenant_id'] }));
    // The inbox's "pinned to my domain": pending requests by pinned domain (the other index leads with the partner).
    await runner.query(`CREATE INDEX ix_request_pending_pinned_domain ON relationship_request (pinned_domain) WHERE status = 'PENDING'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX IF EXISTS ix_request_pending_pinned_domain');
    await runner.dropTable('request_visit', true);
  }
}
