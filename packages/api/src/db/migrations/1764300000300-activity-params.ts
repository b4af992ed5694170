import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The facts of an activity entry (`activity.params`, JSON text): names and figures as they were,
 * so every language renders the entry from them. Entries written before have none and keep their
 * English summary; nothing is rewritten.
 */
export class ActivityParams1764300000300 implements MigrationInterface {
  name = 'ActivityParams1764300000300';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn('activity', new TableColumn({ name: 'params', type: 'text', isNullable: true }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('activity', 'params');
  }
}
