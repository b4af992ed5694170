import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../src/db/data-source.js';
import { Database } from '../src/db/database.js';

// SQLite's read connections run one statement each at a time: a slow read (a large partner's
// filtered page) must not hold up the reads that come after it.
describe.runIf(!process.env.DATABASE_URL?.startsWith('postgres'))('read connections on SQLite', () => {
  let dir: string;
  let dataSource: DataSource;
  let db: Database;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'partnerlink-readers-'));
    dataSource = await createDataSource({ engine: 'sqlite', file: path.join(dir, 'readers.db') });
    db = await Database.open(dataSource);
  });
  afterAll(async () => {
    await db.release();
    await dataSource.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a quick read while a slow one is still running', async () => {
    const finished: string[] = [];
    // Counting to ten million takes SQLite well over the few milliseconds of the quick reads.
    const slow = db
      .read((em) => em.query('WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000000) SELECT COUNT(*) AS c FROM n'))
      .then((rows: { c: number }[]) => finished.push(`slow ${rows[0]?.c}`));
    const quick = Array.from({ length: 5 }, (_, i) => db.read((em) => em.query('SELECT COUNT(*) AS c FROM product')).then(() => finished.push(`quick ${i}`)));
    await Promise.all([slow, ...quick]);
    expect(finished).toEqual(['quick 0', 'quick 1', 'quick 2', 'quick 3', 'quick 4', 'slow 10000000']);
  });

  it('reads only: a write on a read connection is refused', async () => {
    await expect(db.read((em) => em.query(`DELETE FROM product`))).rejects.toThrow(/readonly|read-only|query_only/i);
  });
});
