import type { MigrationInterface, QueryRunner } from 'typeorm';
import { newId } from '../../security/tokens.js';

interface PendingRow {
  id: string;
  partner_tenant_id: string;
  customer_tenant_id: string;
  overdue: number | string;
}

/**
 * At most one PENDING request per partner and pinned customer (DESIGN.md rule 13), enforced by a
 * partial unique index on both engines. Open links (no customer) are not limited.
 *
 * An existing database may already hold several PENDING rows for one pair; before the index is
 * created they are resolved without deleting anything, pair by pair:
 * - a row whose expiry has passed (it already reads EXPIRED) is marked EXPIRED;
 * - of the rows still live, the newest stays PENDING and each older one is marked REVOKED by the
 *   system (no revoking user);
 * each with an activity entry (no actor) saying why. These entries are written by the upgrade
 * itself, so no webhook is sent for them. Pairs with a single PENDING row are not touched (an
 * overdue one is expired later by the usual sweep, with its webhook).
 */
export class OnePendingRequestPerCustomer1764300000100 implements MigrationInterface {
  name = 'OnePendingRequestPerCustomer1764300000100';

  async up(runner: QueryRunner): Promise<void> {
    const postgres = runner.connection.options.type === 'postgres';
    const now = new Date();
    // Times as each engine stores them (see Database.time).
    const time = postgres ? now : now.toISOString().slice(0, 23).replace('T', ' ');
    const p = (n: number) => (postgres ? `$${n}` : '?');
    const rows = (await runner.query(
      `SELECT r.id, r.partner_tenant_id, r.customer_tenant_id, CASE WHEN r.expires_at <= ${p(1)} THEN 1 ELSE 0 END AS overdue
         FROM relationship_request r
        WHERE r.status = 'PENDING' AND r.customer_tenant_id IS NOT NULL
          AND EXISTS (SELECT 1 FROM relationship_request o
                       WHERE o.status = 'PENDING' AND o.id <> r.id
                         AND o.partner_tenant_id = r.partner_tenant_id AND o.customer_tenant_id = r.customer_tenant_id)
        ORDER BY r.partner_tenant_id, r.customer_tenant_id, r.created_at DESC, r.id DESC`,
      [time],
    )) as PendingRow[];

    const keptPairs = new Set<string>();
    for (const row of rows) {
      const pair = `${row.partner_tenant_id}:${row.customer_tenant_id}`;
      const overdue = Number(row.overdue) === 1;
      let type: 'REQUEST_EXPIRED' | 'REQUEST_REVOKED';
      let summary: string;
      if (overdue) {
        await runner.query(`UPDATE relationship_request SET status = 'EXPIRED' WHERE id = ${p(1)}`, [row.id]);
        type = 'REQUEST_EXPIRED';
        summary = 'A relationship request expired unanswered (recorded when Partnerlink began allowing one pending request per customer).';
      } else if (!keptPairs.has(pair)) {
        keptPairs.add(pair); // the newest live request of the pair stays pending
        continue;
      } else {
        await runner.query(`UPDATE relationship_request SET status = 'REVOKED', revoked_at = ${p(1)} WHERE id = ${p(2)}`, [time, row.id]);
        type = 'REQUEST_REVOKED';
        summary =
          'Partnerlink withdrew this relationship request: a newer request to the same customer is pending, and only one may be pending at a time. Its link no longer works.';
      }
      await runner.query(
        `INSERT INTO activity (id, partner_tenant_id, customer_tenant_id, type, actor_user_id, actor_tenant_id, subject_id, summary, created_at)
         VALUES (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, NULL, NULL, ${p(5)}, ${p(6)}, ${p(7)})`,
        [newId(), row.partner_tenant_id, row.customer_tenant_id, type, row.id, summary, time],
      );
    }

    await runner.query(
      `CREATE UNIQUE INDEX ux_request_pending_pair ON relationship_request (partner_tenant_id, customer_tenant_id)
        WHERE status = 'PENDING' AND customer_tenant_id IS NOT NULL`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX ux_request_pending_pair');
  }
}
