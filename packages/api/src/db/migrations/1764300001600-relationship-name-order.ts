import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each relationship carries its customer's name key (`customer_name_key`), and
 * ix_relationship_partner_name orders a partner's relationships by it: a partner's customer list,
 * in name order, and a name search (a prefix: a range of it) then read the partner's own
 * relationships instead of the name index of every customer tenant, where another partner's
 * customers lie between any two of its own (customer.repository.ts, namedWalk).
 *
 * The database keeps the key, so no writer can forget it: a relationship inserted without one takes
 * its customer's, and a renamed tenant's relationships follow (the API renames no tenant today).
 * The application never writes the column; the entity does not declare it.
 */
export class RelationshipNameOrder1764300001600 implements MigrationInterface {
  name = 'RelationshipNameOrder1764300001600';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE relationship ADD COLUMN customer_name_key varchar(120)');
    if (runner.connection.options.type === 'postgres') {
      await runner.query('UPDATE relationship r SET customer_name_key = t.name_key FROM tenant t WHERE t.id = r.customer_tenant_id');
      // SET search_path FROM CURRENT: the functions read the tenant table of the schema they were made in.
      await runner.query(
        `CREATE FUNCTION relationship_customer_name_key() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
         BEGIN
           IF NEW.customer_name_key IS NULL THEN
             SELECT name_key INTO NEW.customer_name_key FROM tenant WHERE id = NEW.customer_tenant_id;
           END IF;
           RETURN NEW;
         END $$`,
      );
      await runner.query(
        `CREATE TRIGGER tr_relationship_customer_name_key BEFORE INSERT ON relationship
         FOR EACH ROW EXECUTE FUNCTION relationship_customer_name_key()`,
      );
      await runner.query(
        `CREATE FUNCTION tenant_name_key_to_relationships() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
         BEGIN
           UPDATE relationship SET customer_name_key = NEW.name_key WHERE customer_tenant_id = NEW.id;
           RETURN NULL;
         END $$`,
      );
      await runner.query(
        `CREATE TRIGGER tr_tenant_name_key AFTER UPDATE OF name_key ON tenant
         FOR EACH ROW WHEN (OLD.name_key IS DISTINCT FROM NEW.name_key) EXECUTE FUNCTION tenant_name_key_to_relationships()`,
      );
    } else {
      await runner.query('UPDATE relationship SET customer_name_key = (SELECT t.name_key FROM tenant t WHERE t.id = relationship.customer_tenant_id)');
      // SQLite's triggers cannot change NEW: the inserted row is updated after its INSERT.
      await runner.query(
        `CREATE TRIGGER tr_relationship_customer_name_key AFTER INSERT ON relationship
         FOR EACH ROW WHEN NEW.customer_name_key IS NULL
         BEGIN
           UPDATE relationship SET customer_name_key = (SELECT t.name_key FROM tenant t WHERE t.id = NEW.customer_tenant_id) WHERE rowid = NEW.rowid;
         END`,
      );
      await runner.query(
        `CREATE TRIGGER tr_tenant_name_key AFTER UPDATE OF name_key ON tenant
         FOR EACH ROW WHEN OLD.name_key IS NOT NEW.name_key
         BEGIN
           UPDATE relationship SET customer_name_key = NEW.name_key WHERE customer_tenant_id = NEW.id;
         END`,
      );
    }
    await runner.query('CREATE INDEX ix_relationship_partner_name ON relationship (partner_tenant_id, status, customer_name_key, customer_tenant_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX ix_relationship_partner_name');
    await runner.query('DROP TRIGGER tr_tenant_name_key' + (runner.connection.options.type === 'postgres' ? ' ON tenant' : ''));
    await runner.query('DROP TRIGGER tr_relationship_customer_name_key' + (runner.connection.options.type === 'postgres' ? ' ON relationship' : ''));
    if (runner.connection.options.type === 'postgres') {
      await runner.query('DROP FUNCTION tenant_name_key_to_relationships()');
      await runner.query('DROP FUNCTION relationship_customer_name_key()');
    }
    await runner.query('ALTER TABLE relationship DROP COLUMN customer_name_key');
  }
}
