import { Table, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

/** Column helpers that produce the same logical schema on SQLite and PostgreSQL. */
function columns(runner: QueryRunner) {
  const postgres = runner.connection.options.type === 'postgres';
  const time = postgres ? 'timestamp' : 'datetime';
  return {
    id: (name = 'id'): TableColumnOptions => ({ name, type: 'varchar', length: '36', isPrimary: name === 'id' }),
    ref: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '36', isNullable: nullable }),
    text: (name: string, length: number, nullable = false): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      isNullable: nullable,
    }),
    time: (name: string, nullable = false): TableColumnOptions => ({ name, type: time, isNullable: nullable }),
    bool: (name: string): TableColumnOptions => ({ name, type: 'boolean' }),
    int: (name: string): TableColumnOptions => ({ name, type: 'integer' }),
  };
}

function fk(column: string, table: string) {
  return { columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'] };
}

export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);

    await runner.createTable(
      new Table({
        name: 'tenant',
        columns: [
          c.id(),
          c.text('kind', 16),
          c.text('name', 120),
          c.text('name_key', 120),
          c.text('domain', 253),
          c.text('country', 2),
          c.text('cloud', 16),
          c.text('partner_id', 20, true),
          c.text('contact_name', 120, true),
          c.text('contact_email', 254, true),
          c.time('agreement_accepted_at', true),
          c.text('agreement_signer_name', 120, true),
          c.text('agreement_signer_email', 254, true),
          c.time('created_at'),
        ],
        indices: [
          new TableIndex({ name: 'ux_tenant_domain', columnNames: ['domain'], isUnique: true }),
          new TableIndex({ name: 'ix_tenant_kind_name', columnNames: ['kind', 'name_key', 'id'] }),
        ],
      }),
    );

    await runner.createTable(
      new Table({
        name: 'app_user',
        columns: [
          c.id(),
          c.ref('tenant_id'),
          c.text('email', 254),
          c.text('display_name', 120),
          c.text('password_hash', 255),
          c.text('roles', 200),
          c.time('created_at'),
        ],
        foreignKeys: [fk('tenant_id', 'tenant')],
        indices: [
          new TableIndex({ name: 'ux_user_email', columnNames: ['email'], isUnique: true }),
          new TableIndex({ name: 'ix_user_tenant', columnNames: ['tenant_id'] }),
        ],
      }),
    );

    await runner.createTable(
      new Table({
        name: 'session',
        columns: [c.id(), c.ref('user_id'), c.text('token_hash', 64), c.time('created_at'), c.time('expires_at')],
        foreignKeys: [{ ...fk('user_id', 'app_user'), onDelete: 'CASCADE' }],
        indices: [
          new TableIndex({ name: 'ux_session_token', columnNames: ['token_hash'], isUnique: true }),
          new TableIndex({ name: 'ix_session_user', columnNames: ['user_id'] }),
        ],
      }),
    );

    await runner.createTable(
      new Table({
        name: 'relationship_request',
        columns: [
          c.id(),
          c.ref('partner_tenant_id'),
          c.ref('customer_tenant_id', true),
          c.text('token_hash', 64),
          c.text('status', 16),
          c.bool('includes_delegated_admin'),
          c.text('locale', 2),
          c.text('message', 2000, true),
          c.ref('created_by_user_id'),
          c.time('created_at'),
          c.time('expires_at'),
          c.time('viewed_at', true),
          c.time('link_rotated_at', true),
          c.text('sent_to', 254, true),
          c.time('sent_at', true),
          c.time('answered_at', true),
          c.ref('answered_by_user_id', true),
          c.ref('answered_by_tenant_id', true),
          c.time('revoked_at', true),
          c.ref('revoked_by_user_id', true),
        ],
        foreignKeys: [
          fk('partner_tenant_id', 'tenant'),
          fk('customer_tenant_id', 'tenant'),
          fk('created_by_user_id', 'app_user'),
          fk('answered_by_user_id', 'app_user'),
          fk('answered_by_tenant_id', 'tenant'),
          fk('revoked_by_user_id', 'app_user'),
        ],
        indices: [
          new TableIndex({ name: 'ux_request_token', columnNames: ['token_hash'], isUnique: true }),
          new TableIndex({ name: 'ix_request_partner_created', columnNames: ['partner_tenant_id', 'created_at', 'id'] }),
          new TableIndex({
            name: 'ix_request_partner_status',
            columnNames: ['partner_tenant_id', 'status', 'expires_at'],
          }),
          new TableIndex({ name: 'ix_request_customer', columnNames: ['customer_tenant_id'] }),
        ],
      }),
    );

    await runner.createTable(
      new Table({
        name: 'relationship',
        columns: [
          c.id(),
          c.ref('partner_tenant_id'),
          c.ref('customer_tenant_id'),
          c.text('type', 16),
          c.text('status', 16),
          c.text('origin', 16),
          c.ref('request_id', true),
          c.time('created_at'),
          c.time('ended_at', true),
          c.ref('ended_by_user_id', true),
          c.text('ended_by_side', 16, true),
        ],
        foreignKeys: [
          fk('partner_tenant_id', 'tenant'),
          fk('customer_tenant_id', 'tenant'),
          fk('request_id', 'relationship_request'),
          fk('ended_by_user_id', 'app_user'),
        ],
        indices: [
          new TableIndex({ name: 'ix_relationship_partner', columnNames: ['partner_tenant_id', 'status', 'type'] }),
          new TableIndex({ name: 'ix_relationship_pair', columnNames: ['partner_tenant_id', 'customer_tenant_id', 'status'] }),
          new TableIndex({ name: 'ix_relationship_customer', columnNames: ['customer_tenant_id', 'status'] }),
        ],
      }),
    );
    // At most one ACTIVE relationship per partner, customer and type: the database enforces it.
    await runner.query(
      `CREATE UNIQUE INDEX ux_relationship_active ON relationship (partner_tenant_id, customer_tenant_id, type) WHERE status = 'ACTIVE'`,
    );

    await runner.createTable(
      new Table({
        name: 'product',
        columns: [
          { name: 'id', type: 'varchar', length: '40', isPrimary: true },
          c.text('name', 120),
          c.text('kind', 16),
          c.int('unit_price_cents'),
          c.text('currency', 3),
        ],
      }),
    );
    await runner.query(
      `INSERT INTO product (id, name, kind, unit_price_cents, currency) VALUES
        ('m365-business-basic', 'Microsoft 365 Business Basic', 'SEAT_LICENSE', 560, 'EUR'),
        ('m365-business-premium', 'Microsoft 365 Business Premium', 'SEAT_LICENSE', 2060, 'EUR'),
        ('azure-plan', 'Azure plan', 'AZURE_PLAN', 0, 'EUR')`,
    );

    await runner.createTable(
      new Table({
        name: 'purchase_order',
        columns: [
          c.id(),
          c.ref('partner_tenant_id'),
          c.ref('customer_tenant_id'),
          { name: 'product_id', type: 'varchar', length: '40' },
          c.int('quantity'),
          c.ref('placed_by_user_id'),
          c.time('created_at'),
        ],
        foreignKeys: [
          fk('partner_tenant_id', 'tenant'),
          fk('customer_tenant_id', 'tenant'),
          fk('product_id', 'product'),
          fk('placed_by_user_id', 'app_user'),
        ],
        indices: [new TableIndex({ name: 'ix_order_partner', columnNames: ['partner_tenant_id', 'created_at'] })],
      }),
    );

    await runner.createTable(
      new Table({
        name: 'subscription',
        columns: [
          c.id(),
          c.ref('customer_tenant_id'),
          c.ref('partner_tenant_id'),
          { name: 'product_id', type: 'varchar', length: '40' },
          c.ref('order_id'),
          c.int('quantity'),
          c.text('status', 16),
          c.time('created_at'),
          c.time('updated_at'),
        ],
        foreignKeys: [
          fk('customer_tenant_id', 'tenant'),
          fk('partner_tenant_id', 'tenant'),
          fk('product_id', 'product'),
          fk('order_id', 'purchase_order'),
        ],
        indices: [
          new TableIndex({
            name: 'ix_subscription_customer_partner',
            columnNames: ['customer_tenant_id', 'partner_tenant_id', 'status'],
          }),
        ],
      }),
    );

    await runner.createTable(
      new Table({
        name: 'activity',
        columns: [
          c.id(),
          c.ref('partner_tenant_id'),
          c.ref('customer_tenant_id', true),
          c.text('type', 40),
          c.ref('actor_user_id', true),
          c.ref('actor_tenant_id', true),
          c.ref('subject_id'),
          c.text('summary', 500),
          c.time('created_at'),
        ],
        foreignKeys: [
          fk('partner_tenant_id', 'tenant'),
          fk('customer_tenant_id', 'tenant'),
          fk('actor_user_id', 'app_user'),
          fk('actor_tenant_id', 'tenant'),
        ],
        indices: [new TableIndex({ name: 'ix_activity_partner_created', columnNames: ['partner_tenant_id', 'created_at', 'id'] })],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'activity',
      'subscription',
      'purchase_order',
      'product',
      'relationship',
      'relationship_request',
      'session',
      'app_user',
      'tenant',
    ]) {
      await runner.dropTable(table, true);
    }
  }
}
