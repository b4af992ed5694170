import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** Where the previous page ended: its last row's sort key and id. */
export interface KeysetCursor {
  /** The sort key of the last row. A Date needs no conversion: TypeORM binds it as each engine stores time. */
  readonly key: Date | string;
  readonly id: string;
}

/**
 * Keyset pagination, the one place its predicate is written: orders the query by the main
 * alias's `property`, then its id, and after a cursor keeps the rows strictly after it in that
 * order (with the id breaking ties, so rows created at the same moment are neither skipped nor
 * repeated).
 */
export function keyset<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  property: string,
  descending: boolean,
  cursor: KeysetCursor | null,
): SelectQueryBuilder<T> {
  const column = `${query.alias}.${property}`;
  const id = `${query.alias}.id`;
  const direction = descending ? 'DESC' : 'ASC';
  if (cursor) {
    const after = descending ? '<' : '>';
    query.andWhere(`(${column} ${after} :keysetKey OR (${column} = :keysetKey AND ${id} ${after} :keysetId))`, {
      keysetKey: cursor.key,
      keysetId: cursor.id,
    });
  }
  return query.orderBy(column, direction).addOrderBy(id, direction);
}

/**
 * Newest first by the main alias's `createdAt`, after a cursor of (time, id): `limit + 1` rows,
 * the extra one telling whether there is a next page.
 */
export function newestFirst<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  cursor: { readonly at: Date; readonly id: string } | null,
  limit: number,
): SelectQueryBuilder<T> {
  return keyset(query, 'createdAt', true, cursor && { key: cursor.at, id: cursor.id }).take(limit + 1);
}
