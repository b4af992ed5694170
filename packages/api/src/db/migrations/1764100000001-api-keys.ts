import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class ApiKeys1764100000001 implements MigrationInterface {
  name = 'ApiKeys1764100000001';

  async up(runner: QueryRunner): Promise<void> {
    const time = runner.connection.options.type === 'postgres' ? 'timestamp' : 'datetime';
    const text = (name: string, length: number, isNullable = false) => ({ name, type: 'varchar', length: String(length), isNullable });
    await runner.createTable(
      new Table({
        name: 'api_key',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          text('partner_tenant_id', 36),
          text('name', 80),
          text('scopes', 40),
          text('prefix', 16),
          text('secret_hash', 64),
          text('created_by_user_id', 36),
          { name: 'created_at', type: time },
          { name: 'expires_at', type: time, isNullable: true },
          { name: 'last_used_at', type: time, isNullable: true },
          { name: 'revoked_at', type: time, isNullable: true },
          text('revoked_by_user_id', 36, true),
        ],
        foreignKeys: [
          { columnNames: ['partner_tenant_id'], referencedTableName: 'tenant', referencedColumnNames: ['id'] },
          { columnNames: ['created_by_user_id'], referencedTableName: 'app_user', referencedColumnNames: ['id'] },
          { columnNames: ['revoked_by_user_id'], referencedTableName: 'app_user', referencedColumnNames: ['id'] },
        ],
        indices: [
          new TableIndex({ name: 'ux_api_key_secret', columnNames: ['secret_hash'], isUnique: true }),
          new TableIndex({ name: 'ix_api_key_partner', columnNames: ['partner_tenant_id', 'created_at'] }),
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('api_key', true);
  }
}
