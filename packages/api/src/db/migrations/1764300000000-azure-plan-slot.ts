import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * At most one Azure plan per partner and customer while it is not cancelled, enforced by the
 * database on both engines: `subscription.plan_key` is 'AZURE_PLAN' on the subscription that holds
 * the customer's plan slot and NULL otherwise (seat licences, cancelled plans), and a partial
 * unique index covers the non-NULL keys.
 *
 * Upgrading in place: existing Azure plans that are not cancelled get the key, except that where
 * a partner already sold one customer several (the old code allowed it), only the oldest takes the
 * slot. The others keep their data and status (nothing is cancelled behind the partner's back) and
 * stay manageable; the order service still refuses another plan while any of them is not
 * cancelled, because it checks the subscriptions themselves before relying on the index.
 *
 * Also an index on the activity log's subject, for the once-a-day limit of requestRelationshipEnd.
 */
export class AzurePlanSlot1764300000000 implements MigrationInterface {
  name = 'AzurePlanSlot1764300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn('subscription', new TableColumn({ name: 'plan_key', type: 'varchar', length: '16', isNullable: true }));
    const azure = "SELECT p.id FROM product p WHERE p.kind = 'AZURE_PLAN'";
    await runner.query(
      `UPDATE subscription SET plan_key = 'AZURE_PLAN'
        WHERE status <> 'CANCELLED' AND product_id IN (${azure})
          AND NOT EXISTS (
            SELECT 1 FROM subscription older
             WHERE older.partner_tenant_id = subscription.partner_tenant_id
               AND older.customer_tenant_id = subscription.customer_tenant_id
               AND older.status <> 'CANCELLED' AND older.product_id IN (${azure})
               AND (older.created_at < subscription.created_at
                    OR (older.created_at = subscription.created_at AND older.id < subscription.id)))`,
    );
    await runner.createIndex(
      'subscription',
      new TableIndex({
        name: 'ux_subscription_plan_slot',
        columnNames: ['partner_tenant_id', 'customer_tenant_id', 'plan_key'],
        isUnique: true,
        where: 'plan_key IS NOT NULL',
      }),
    );
    // A customer's last request to end a relationship (once a day) is found by its subject.
    await runner.createIndex('activity', new TableIndex({ name: 'ix_activity_subject', columnNames: ['subject_id', 'type'] }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropIndex('activity', 'ix_activity_subject');
    await runner.dropIndex('subscription', 'ux_subscription_plan_slot');
    await runner.dropColumn('subscription', 'plan_key');
  }
}
