import type { EntityManager } from 'typeorm';

/**
 * Runs hand-written SQL with :named parameters (`:partner`, `:...ids` for a list), turned into the
 * engine's placeholders by TypeORM's driver: for statements the query builder cannot express, or
 * costs more to build than to run.
 */
export function queryNamed<T>(em: EntityManager, sql: string, params: Record<string, unknown>): Promise<T[]> {
  const [query, parameters] = em.connection.driver.escapeQueryWithParameters(sql, params, {});
  return em.query(query, parameters) as Promise<T[]>;
}
