import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The links a renewal replaced ("New link", a reminder): the SHA-256 hash of each old token (never
 * the token), the request it opened and when it was replaced. Opening an old link can then say
 * that a newer one replaced it, and by which partner, instead of "not found"; answering with it
 * stays impossible (INVITATION_LINK_REPLACED). Same table on both engines; nothing to carry over
 * (links replaced before this migration were not remembered and still read as unknown).
 */
export class ReplacedRequestLinks1764300000700 implements MigrationInterface {
  name = 'ReplacedRequestLinks1764300000700';

  async up(runner: QueryRunner): Promise<void> {
    const time = runner.connection.options.type === 'postgres' ? 'timestamp' : 'datetime';
    await runner.createTable(
      new Table({
        name: 'replaced_request_link',
        columns: [
          { name: 'token_hash', type: 'varchar', length: '64', isPrimary: true },
          { name: 'request_id', type: 'varchar', length: '36' },
          { name: 'replaced_at', type: time },
        ],
        foreignKeys: [{ columnNames: ['request_id'], referencedTableName: 'relationship_request', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('replaced_request_link', true);
  }
}
