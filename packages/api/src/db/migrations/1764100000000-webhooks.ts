import { Table, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

/** Webhook endpoints, the event outbox and deliveries; the same logical schema on SQLite and PostgreSQL. */
export class Webhooks1764100000000 implements MigrationInterface {
  name = 'Webhooks1764100000000';

  async up(runner: QueryRunner): Promise<void> {
    const time = runner.connection.options.type === 'postgres' ? 'timestamp' : 'datetime';
    const text = (name: string, length: number, nullable = false): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      isNullable: nullable,
    });
    const ref = (name: string) => text(name, 36);
    const at = (name: string, nullable = false): TableColumnOptions => ({ name, type: time, isNullable: nullable });
    const int = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable: nullable });

    await runner.createTable(
      new Table({
        name: 'webhook_endpoint',
        columns: [
          { ...ref('id'), isPrimary: true },
          ref('partner_tenant_id'),
          text('url', 2048),
          text('description', 500),
          text('events', 1000),
          { name: 'enabled', type: 'boolean' },
          text('secret_ciphertext', 200),
          int('consecutive_failures'),
          at('failing_since', true),
          at('created_at'),
          at('updated_at'),
        ],
        foreignKeys: [{ columnNames: ['partner_tenant_id'], referencedTableName: 'tenant', referencedColumnNames: ['id'] }],
        indices: [new TableIndex({ name: 'ix_webhook_endpoint_partner', columnNames: ['partner_tenant_id', 'created_at'] })],
      }),
    );

    await runner.createTable(
      new Table({
        name: 'webhook_event',
        columns: [
          { ...text('id', 40), isPrimary: true },
          ref('partner_tenant_id'),
          text('type', 60),
          { name: 'payload', type: 'text' },
          at('created_at'),
        ],
        foreignKeys: [{ columnNames: ['partner_tenant_id'], referencedTableName: 'tenant', referencedColumnNames: ['id'] }],
        indices: [new TableIndex({ name: 'ix_webhook_event_partner_created', columnNames: ['partner_tenant_id', 'created_at'] })],
      }),
    );

    await runner.createTable(
      new Table({
        name: 'webhook_delivery',
        columns: [
          { ...ref('id'), isPrimary: true },
          text('event_id', 40),
          ref('endpoint_id'),
          ref('partner_tenant_id'),
          text('status', 16),
          int('attempts'),
          at('next_attempt_at', true),
          at('locked_until', true),
          at('last_attempt_at', true),
          int('last_status_code', true),
          text('last_error', 300, true),
          int('last_duration_ms', true),
          at('delivered_at', true),
          at('created_at'),
        ],
        foreignKeys: [
          { columnNames: ['event_id'], referencedTableName: 'webhook_event', referencedColumnNames: ['id'] },
          { columnNames: ['endpoint_id'], referencedTableName: 'webhook_endpoint', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
          { columnNames: ['partner_tenant_id'], referencedTableName: 'tenant', referencedColumnNames: ['id'] },
        ],
        indices: [
          // The delivery log of an endpoint, newest first.
          new TableIndex({ name: 'ix_webhook_delivery_endpoint', columnNames: ['endpoint_id', 'created_at', 'id'] }),
          new TableIndex({ name: 'ix_webhook_delivery_event', columnNames: ['event_id'] }),
        ],
      }),
    );
    // The dispatcher's due-query: PENDING rows by next_attempt_at. Partial, so finished rows cost nothing.
    await runner.query(
      `CREATE INDEX ix_webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING'`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['webhook_delivery', 'webhook_event', 'webhook_endpoint']) await runner.dropTable(table, true);
  }
}
