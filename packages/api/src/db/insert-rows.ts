import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';

/**
 * Inserts complete rows (as fixtures.ts builds them) in one statement, without reading anything
 * back: `em.insert` would follow each INSERT on SQLite with a SELECT of the columns that have
 * database defaults, values the rows already carry.
 */
export async function insertRows<T extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<T>, rows: readonly T[]): Promise<void> {
  if (rows.length === 0) return;
  await em
    .createQueryBuilder()
    .insert()
    .into(entity)
    .values(rows.map((row) => row as QueryDeepPartialEntity<T>))
    .updateEntity(false)
    .execute();
}
