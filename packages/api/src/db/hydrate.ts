import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Builds an entity from the columns of a raw row that carry `prefix` (`<prefix><column name>`),
 * converting each value the way TypeORM's own hydration does for the engine (dates from SQLite
 * text, booleans, numbers). Returns null when the row's primary key column is null (the missing
 * side of a LEFT JOIN). Lets one hand-written statement fill several entities without TypeORM's
 * per-query join machinery.
 */
export function hydrate<T extends ObjectLiteral>(
  em: EntityManager,
  target: EntityTarget<T>,
  raw: Record<string, unknown>,
  prefix: string,
): T | null {
  const metadata = em.connection.getMetadata(target);
  const driver = em.connection.driver;
  const primary = metadata.primaryColumns[0];
  if (!primary || raw[`${prefix}${primary.databaseName}`] === null || raw[`${prefix}${primary.databaseName}`] === undefined) {
    return null;
  }
  const entity = metadata.create() as T;
  for (const column of metadata.columns) {
    const value = raw[`${prefix}${column.databaseName}`];
    column.setEntityValue(entity, value === undefined || value === null ? null : driver.prepareHydratedValue(value, column));
  }
  return entity;
}

/** `alias.column AS "<prefix>column"` for every column of the entity, for use with `hydrate`. */
export function selectColumns(em: EntityManager, target: EntityTarget<ObjectLiteral>, alias: string, prefix: string): string {
  return em.connection
    .getMetadata(target)
    .columns.map((column) => `${alias}.${column.databaseName} AS "${prefix}${column.databaseName}"`)
    .join(', ');
}
