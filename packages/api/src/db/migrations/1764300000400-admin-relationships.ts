import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ADMIN_ROLE_PRESETS, addDuration, DEFAULT_ADMIN_DURATION, DEFAULT_ADMIN_PRESET, LEGACY_DAP_MIGRATION_PRESET } from '@partnerlink/shared';

/**
 * Admin relationships become granular and time-limited (GDAP, DESIGN.md rule 14): roles, a
 * duration, auto-extension, an end and a display name; a request carries the admin access it asks
 * for and, once answered, the roles the customer approved.
 *
 * Existing rows are carried over, nothing is deleted:
 * - every DELEGATED_ADMIN relationship (all-or-nothing DAP) gets the FULL_ACCESS preset's roles
 *   (shared `LEGACY_DAP_MIGRATION_PRESET`), duration P2Y and no auto-extension; an ACTIVE one
 *   ends two years after this migration ran, an ended one at the moment it ended. Its display
 *   name is the customer's name with the first 8 characters of the relationship id (unique per
 *   partner, at most 50 characters);
 * - a request that included admin rights asks for the default preset (STANDARD, what
 *   `includeDelegatedAdmin: true` now stands for) for P2Y, so a customer answering an old link
 *   sees what it grants role by role before approving. Its display name is "Admin access" with
 *   the first 8 characters of the request id.
 *
 * Columns are added with ALTER TABLE on both engines (no table rebuild on SQLite, which would
 * drop the partial unique indexes).
 */
export class AdminRelationships1764300000400 implements MigrationInterface {
  name = 'AdminRelationships1764300000400';

  async up(runner: QueryRunner): Promise<void> {
    const postgres = runner.connection.options.type === 'postgres';
    const time = postgres ? 'timestamp' : 'datetime';
    const no = postgres ? 'false' : '0';
    const yes = postgres ? 'true' : '1';
    const p = (n: number) => (postgres ? `$${n}` : '?');
    // Times as TypeORM stores a Date on each engine.
    const stored = (date: Date) => (postgres ? date : date.toISOString().slice(0, 23).replace('T', ' '));

    for (const column of [
      'roles varchar(1000) NULL',
      'duration varchar(16) NULL',
      `auto_extend boolean NOT NULL DEFAULT ${no}`,
      `activated_at ${time} NULL`,
      `ends_at ${time} NULL`,
      'display_name varchar(50) NULL',
      'last_reminder_days integer NULL',
    ]) {
      await runner.query(`ALTER TABLE relationship ADD COLUMN ${column}`);
    }
    for (const column of [
      `includes_reseller boolean NOT NULL DEFAULT ${yes}`,
      'admin_roles varchar(1000) NULL',
      'admin_duration varchar(16) NULL',
      `admin_auto_extend boolean NOT NULL DEFAULT ${no}`,
      'admin_display_name varchar(50) NULL',
      'approved_roles varchar(1000) NULL',
    ]) {
      await runner.query(`ALTER TABLE relationship_request ADD COLUMN ${column}`);
    }

    const now = new Date();
    await runner.query(
      `UPDATE relationship
          SET roles = ${p(1)}, duration = ${p(2)}, auto_extend = ${no}, activated_at = created_at,
              ends_at = CASE WHEN status = 'ACTIVE' THEN ${p(3)} ELSE ended_at END,
              display_name = (SELECT substr(t.name, 1, 38) FROM tenant t WHERE t.id = relationship.customer_tenant_id)
                             || ' · ' || substr(relationship.id, 1, 8)
        WHERE type = 'DELEGATED_ADMIN'`,
      [
        ADMIN_ROLE_PRESETS[LEGACY_DAP_MIGRATION_PRESET].roles.join(','),
        DEFAULT_ADMIN_DURATION,
        stored(addDuration(now, DEFAULT_ADMIN_DURATION)),
      ],
    );
    await runner.query(
      `UPDATE relationship_request
          SET admin_roles = ${p(1)}, admin_duration = ${p(2)}, admin_display_name = 'Admin access ' || substr(id, 1, 8)
        WHERE includes_delegated_admin = ${yes}`,
      [ADMIN_ROLE_PRESETS[DEFAULT_ADMIN_PRESET].roles.join(','), DEFAULT_ADMIN_DURATION],
    );

    // A display name is unique per partner among its pending requests (and, checked when asking,
    // its active admin relationships): the index settles two requests racing for one name.
    await runner.query(
      `CREATE UNIQUE INDEX ux_request_admin_name ON relationship_request (partner_tenant_id, admin_display_name)
        WHERE status = 'PENDING' AND admin_display_name IS NOT NULL`,
    );
    // The sweep's look-up: admin relationships still ACTIVE by their end.
    await runner.query(`CREATE INDEX ix_relationship_ends ON relationship (status, ends_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX ix_relationship_ends');
    await runner.query('DROP INDEX ux_request_admin_name');
    for (const column of ['approved_roles', 'admin_display_name', 'admin_auto_extend', 'admin_duration', 'admin_roles', 'includes_reseller']) {
      await runner.query(`ALTER TABLE relationship_request DROP COLUMN ${column}`);
    }
    await runner.query(`UPDATE relationship SET status = 'TERMINATED' WHERE status = 'EXPIRED'`);
    for (const column of ['last_reminder_days', 'display_name', 'ends_at', 'activated_at', 'auto_extend', 'duration', 'roles']) {
      await runner.query(`ALTER TABLE relationship DROP COLUMN ${column}`);
    }
  }
}
