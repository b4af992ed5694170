import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Batches of relationship requests (issue 15, DESIGN.md rule 16): two new tables, the same on both
 * engines; nothing existing changes. The unique (partner, idempotency key) is what makes a batch
 * submitted twice at once one batch. A batch's rows are read in row order by their primary key;
 * a row is found from its request (an answer updates the batch page) by request id; the sender
 * finds the rows still to email through the batches that are SENDING.
 */
export class RequestBatches1764300001300 implements MigrationInterface {
  name = 'RequestBatches1764300001300';

  async up(runner: QueryRunner): Promise<void> {
    const time = runner.connection.options.type === 'postgres' ? 'timestamp' : 'datetime';
    await runner.createTable(
      new Table({
        name: 'relationship_request_batch',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'partner_tenant_id', type: 'varchar', length: '36' },
          { name: 'idempotency_key', type: 'varchar', length: '100' },
          { name: 'input_hash', type: 'varchar', length: '64' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'send', type: 'boolean' },
          { name: 'locale', type: 'varchar', length: '2' },
          { name: 'indirect_provider_tenant_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'total_rows', type: 'integer' },
          { name: 'created_rows', type: 'integer' },
          { name: 'blocked_rows', type: 'integer' },
          { name: 'invalid_rows', type: 'integer' },
          { name: 'created_by_user_id', type: 'varchar', length: '36' },
          { name: 'created_at', type: time },
          { name: 'completed_at', type: time, isNullable: true },
        ],
        foreignKeys: [{ columnNames: ['partner_tenant_id'], referencedTableName: 'tenant', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
      }),
    );
    await runner.createIndex(
      'relationship_request_batch',
      new TableIndex({ name: 'ux_request_batch_key', columnNames: ['partner_tenant_id', 'idempotency_key'], isUnique: true }),
    );
    await runner.createIndex('relationship_request_batch', new TableIndex({ name: 'ix_request_batch_partner_created', columnNames: ['partner_tenant_id', 'created_at', 'id'] }));
    await runner.query(`CREATE INDEX ix_request_batch_sending ON relationship_request_batch (created_at) WHERE status = 'SENDING'`);
    await runner.createTable(
      new Table({
        name: 'relationship_request_batch_row',
        columns: [
          { name: 'batch_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'row_number', type: 'integer', isPrimary: true },
          { name: 'domain', type: 'text', isNullable: true },
          { name: 'customer_id', type: 'text', isNullable: true },
          { name: 'recipient_email', type: 'text' },
          { name: 'recipient_name', type: 'text', isNullable: true },
          { name: 'company_name', type: 'text', isNullable: true },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'error_code', type: 'varchar', length: '32', isNullable: true },
          { name: 'reason', type: 'varchar', length: '48', isNullable: true },
          { name: 'field', type: 'varchar', length: '32', isNullable: true },
          { name: 'params', type: 'text', isNullable: true },
          { name: 'message', type: 'text', isNullable: true },
          { name: 'request_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'sent_at', type: time, isNullable: true },
          { name: 'send_error', type: 'varchar', length: '32', isNullable: true },
        ],
        foreignKeys: [
          { columnNames: ['batch_id'], referencedTableName: 'relationship_request_batch', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
          { columnNames: ['request_id'], referencedTableName: 'relationship_request', referencedColumnNames: ['id'], onDelete: 'SET NULL' },
        ],
      }),
    );
    await runner.query('CREATE INDEX ix_request_batch_row_request ON relationship_request_batch_row (request_id) WHERE request_id IS NOT NULL');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('relationship_request_batch_row', true);
    await runner.dropTable('relationship_request_batch', true);
  }
}
