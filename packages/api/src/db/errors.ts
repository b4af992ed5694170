import { QueryFailedError } from 'typeorm';

/** Whether a failed statement broke a unique constraint (PostgreSQL 23505, SQLite SQLITE_CONSTRAINT unique). */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError: { code?: unknown; message?: unknown } = error.driverError ?? {};
  if (driverError.code === '23505') return true;
  return driverError.code === 'SQLITE_CONSTRAINT' && String(driverError.message).includes('UNIQUE');
}
